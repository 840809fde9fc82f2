// The 0–100 linkability score: seven signals, each with its points, its maximum and one sentence of advice.
import type { AssetType, LinkabilityScore, LinkableDocument, ScoreSignal } from '../model/types.js';
import type { AssetClassification } from './asset-type.js';
import type { DocumentFacts } from './document-facts.js';
import { isOfferedForEmbedding } from '../embeds/offered-for-embedding.js';
import { offersStatisticsDataset } from '../embeds/statistics-dataset.js';

export interface ScoreInput {
  doc: LinkableDocument;
  facts: DocumentFacts;
  asset: AssetClassification;
  now: Date;
  /** Share-card title length limit (the `asset-title-length` option). */
  maxTitleLength: number;
  /** Statistics older than this many years count against freshness (the `statistic-stale` option). */
  maxAgeYears: number;
  /** The `embeds.inject` option, which decides whether plain Markdown infographics get an embed box. */
  embedsInject: boolean;
  /** The `embeds.datasetTypes` option: a statistics page of this type gets its statistics as a CSV download. */
  embedsDatasetTypes: readonly AssetType[];
}

/** Signal ids, stable for tools that read the breakdown. Maxima add up to 100. */
export const SCORE_SIGNALS = [
  { id: 'original-data', label: 'Original data', max: 20 },
  { id: 'sourced-statistics', label: 'Sourced statistics', max: 20 },
  { id: 'citations', label: 'Citations', max: 15 },
  { id: 'infographics', label: 'Infographics and embeds', max: 15 },
  { id: 'contributors', label: 'Contributors', max: 10 },
  { id: 'freshness', label: 'Freshness', max: 10 },
  { id: 'share-card', label: 'Share card readiness', max: 10 },
] as const;

export function linkabilityScore(input: ScoreInput): LinkabilityScore {
  const signals = [originalData(input), sourcedStatistics(input), citations(input), infographics(input), contributors(input), freshness(input), shareCard(input)];
  const total = Math.round(signals.reduce((sum, signal) => sum + signal.points, 0));
  return { total: Math.max(0, Math.min(100, total)), signals };
}

function signal(id: (typeof SCORE_SIGNALS)[number]['id'], points: number, advice: string): ScoreSignal {
  const { label, max } = SCORE_SIGNALS.find((candidate) => candidate.id === id)!;
  return { id, label, points: Math.round(Math.max(0, Math.min(max, points))), max, advice };
}

/** Journalists and bloggers link to the place a number was first published. */
function originalData({ doc, facts, embedsDatasetTypes }: ScoreInput): ScoreSignal {
  const own = facts.statistics.filter((statistic) => statistic.own).length;
  const statisticsCsv = offersStatisticsDataset(doc, doc.statistics ?? [], { datasetTypes: embedsDatasetTypes }) ? 1 : 0;
  const reusable = facts.data.tables + facts.data.datasets + facts.data.dataLinks + facts.data.charts + statisticsCsv;
  let points = 0;
  if (own > 0) points += 8;
  if (reusable > 0) points += 6;
  if (facts.hasMethodology) points += 6;
  if (points >= 20) return signal('original-data', points, 'Original findings with data and a methodology: the kind of page others cite.');
  if (own === 0) return signal('original-data', points, 'Publish a finding of your own (a survey, an analysis of your data): original numbers earn links that summaries do not.');
  if (reusable === 0) return signal('original-data', points, 'Show the data behind your findings in a table, chart or downloadable dataset so others can reuse it.');
  return signal('original-data', points, 'Add a methodology section (sample, period, how the data was collected) so others trust and cite your findings.');
}

function sourcedStatistics({ facts }: ScoreInput): ScoreSignal {
  const needing = facts.statistics.filter((statistic) => !statistic.own);
  if (facts.statistics.length === 0) return signal('sourced-statistics', 6, 'State a few figures (with their sources) that readers can quote: numbers are what people cite.');
  if (needing.length === 0) return signal('sourced-statistics', 20, 'Every figure is your own finding or sourced.');
  const sourced = needing.filter((statistic) => statistic.source).length;
  const share = sourced / needing.length;
  const advice =
    share === 1
      ? 'Every statistic links to its source.'
      : `${needing.length - sourced} of ${needing.length} statistics have no source: link each one to the study it comes from.`;
  return signal('sourced-statistics', 20 * share, advice);
}

function citations({ facts }: ScoreInput): ScoreSignal {
  const domains = new Set(facts.outboundLinks.map((link) => link.domain));
  const insecure = facts.outboundLinks.filter((link) => /^http:/i.test(link.url)).length;
  const points = Math.min(domains.size, 5) * 3 - (insecure > 0 ? 2 : 0);
  if (domains.size === 0) return signal('citations', 0, 'Link to the studies and sources you build on: cited sources notice and share pages that cite them.');
  if (insecure > 0) return signal('citations', points, `${insecure} citation link${insecure === 1 ? ' uses' : 's use'} http:; switch them to https:.`);
  if (domains.size < 5) return signal('citations', points, `Cites ${domains.size} site${domains.size === 1 ? '' : 's'}; citing a few more primary sources makes the page a better reference.`);
  return signal('citations', points, `Cites ${domains.size} sites.`);
}

function infographics({ doc, embedsInject }: ScoreInput): ScoreSignal {
  const graphics = doc.images.filter((image) => image.infographic);
  const offered = graphics.filter((image) => isOfferedForEmbedding(doc, image, { embeds: { inject: embedsInject } })).length;
  if (offered > 0) return signal('infographics', 15, 'An infographic others can embed with one paste.');
  if (graphics.length > 0) return signal('infographics', 9, 'Offer your infographic for embedding (the <Infographic> component or frontmatter `linkable.infographics`) so every embed links back.');
  if (doc.images.length > 0) return signal('infographics', 4, 'Turn your key figures into an infographic others can embed with a link back.');
  return signal('infographics', 0, 'Add a chart or infographic: visuals are the assets other sites embed and credit with a link.');
}

function contributors({ doc }: ScoreInput): ScoreSignal {
  const people = new Set<string>([
    ...doc.contributorIds,
    ...doc.quotes.map((quote) => quote.contributorId ?? quote.name ?? '').filter(Boolean),
  ]);
  if (people.size >= 3) return signal('contributors', 10, `Features ${people.size} people, who are likely to share and link to it.`);
  if (people.size > 0) return signal('contributors', 3 + people.size * 2, 'Quote a few more experts: people share and link to pages that feature them.');
  return signal('contributors', 0, 'Quote an expert or credit a contributor: people share and link to pages that feature them.');
}

function freshness({ doc, facts, now, maxAgeYears }: ScoreInput): ScoreSignal {
  const date = doc.updated ?? doc.published;
  if (!date) return signal('freshness', 0, 'Add a publication date (`pubDate`) and an update date: people cite current figures, and dated pages show they are.');
  const ageDays = (now.getTime() - Date.parse(date.iso)) / 86_400_000;
  const referenceYear = Number(date.iso.slice(0, 4));
  const stale = facts.statistics.filter((statistic) => statistic.match.year !== undefined && referenceYear - statistic.match.year > maxAgeYears).length;
  let points = ageDays <= 365 ? 10 : ageDays <= 730 ? 6 : ageDays <= 1095 ? 3 : 0;
  if (stale > 0) points = Math.min(points, 5);
  if (stale > 0) return signal('freshness', points, `${stale} statistic${stale === 1 ? ' is' : 's are'} more than ${maxAgeYears} years old: replace them with current figures.`);
  if (points === 10) return signal('freshness', points, 'Updated within the last year.');
  return signal('freshness', points, `Last dated ${date.iso}: refresh the figures and set an update date so it stays worth citing.`);
}

function shareCard({ doc, facts, maxTitleLength }: ScoreInput): ScoreSignal {
  let points = 0;
  const missing: string[] = [];
  if (doc.description) points += 4;
  else missing.push('a description');
  if (doc.title.length <= maxTitleLength) points += 3;
  else missing.push(`a title of at most ${maxTitleLength} characters`);
  const quotable = facts.statistics.some((statistic) => statistic.source || statistic.own) || (doc.linkable !== false && (doc.linkable.stats?.length ?? 0) > 0);
  if (quotable) points += 3;
  else missing.push('a sourced statistic for a stat card');
  if (missing.length === 0) return signal('share-card', points, 'Title, description and a quotable statistic are ready for share cards.');
  const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}` : missing[0];
  return signal('share-card', points, `Add ${list} so share cards and pitches sell the page.`);
}
