// The share cards of one asset: its Open Graph card and a stat card per key statistic — their specs, public
// paths, output files and alt text. Plain functions of the document, so the build, dev and <LinkableHead> agree.
import { ASSET_TYPE_LABELS, type DocumentStatistic, type LinkableDocument, type ShareCardRef } from '../model/types.js';
import { keyStatistics } from '../lint/document-statistics.js';
import { absoluteUrl, type SiteInfo } from '../site.js';
import { CARD_SIZES } from './templates/index.js';
import { cardTitle } from './title.js';
import type { CardsOptions } from './options.js';
import type { CardSpec, CardStatistic, CardTheme } from './types.js';

/** What the cards need of the site. */
export type CardSite = Pick<SiteInfo, 'base' | 'site' | 'name' | 'domains'>;

/** One card of an asset: what the document model records, what the renderer draws, and where the file goes. */
export interface AssetCard {
  ref: ShareCardRef;
  spec: CardSpec;
  /** Output file relative to the build output, POSIX separators (the output holds the site without `base`). */
  outFile: string;
}

/** Assets get cards; pages that opted out (`linkable: false`) or could not be parsed do not. */
export function takesShareCards(doc: LinkableDocument): boolean {
  return doc.linkable !== false && !doc.errors.some((error) => error.ruleId === 'parse-error');
}

/** `cards.base` as a folder under the output: `/_linkable/cards/` → `_linkable/cards`. */
function cardsFolder(options: Pick<CardsOptions, 'base'>): string {
  return options.base.replace(/^\/+|\/+$/g, '');
}

/** The public path of a file under the output: Astro's `base` in front. */
function publicPath(site: Pick<CardSite, 'base'>, outFile: string): string {
  return `${site.base.replace(/\/+$/, '')}/${outFile}`;
}

export function ogCardFile(options: Pick<CardsOptions, 'base'>, id: string): string {
  return `${cardsFolder(options)}/${id}.png`;
}

/** `n` counts from 1 in the order of `keyStatistics`. */
export function statCardFile(options: Pick<CardsOptions, 'base'>, id: string, n: number, square = false): string {
  return `${cardsFolder(options)}/${id}/stat-${n}${square ? '-square' : ''}.png`;
}

/** The public path of an asset's Open Graph card; deterministic from its id, so it is known before anything renders. */
export function ogCardPath(site: Pick<CardSite, 'base'>, options: Pick<CardsOptions, 'base'>, id: string): string {
  return publicPath(site, ogCardFile(options, id));
}

export interface AssetCardsInput {
  site: CardSite;
  options: Pick<CardsOptions, 'base' | 'maxStatCards' | 'square'>;
  /** The theme with its paths resolved (`resolveCardTheme`). */
  theme: CardTheme;
  /** The page's statistics; the linter's `doc.statistics` by default. */
  statistics?: DocumentStatistic[];
  /** The page's asset type; the linter's `doc.assetType` by default. */
  assetType?: LinkableDocument['assetType'];
}

/**
 * The Open Graph card (title, site, asset type and the strongest statistic), then for each key statistic — declared
 * in frontmatter `linkable.stats` or with `<Stat>`, else the strongest sourced ones — a wide stat card and, with
 * `square`, a 1080x1080 one.
 */
export function assetCards(doc: LinkableDocument, input: AssetCardsInput): AssetCard[] {
  const { site, options, theme } = input;
  const statistics = input.statistics ?? doc.statistics;
  const assetType = input.assetType ?? doc.assetType;
  const key = keyStatistics(doc, Math.max(1, options.maxStatCards), statistics).map((statistic) => cardStatistic(doc, statistic, site));
  const url = absoluteUrl(site, doc.url);
  const title = cardTitle({ title: doc.title, siteName: site.name, url });
  // "Page" says nothing on a card; an unclassified page gets no label.
  const label = assetType && assetType !== 'other' ? ASSET_TYPE_LABELS[assetType] : undefined;

  const og: CardSpec = { kind: 'og', ...CARD_SIZES.og, title: doc.title, siteName: site.name, url, theme };
  if (label) og.assetType = label;
  if (key[0]) og.statistic = key[0];
  const cards: AssetCard[] = [
    { spec: og, outFile: ogCardFile(options, doc.id), ref: ref('og', publicPath(site, ogCardFile(options, doc.id)), CARD_SIZES.og, ogAlt(title, site.name, key[0])) },
  ];

  key.slice(0, options.maxStatCards).forEach((statistic, index) => {
    const sizes = options.square ? ([['stat', CARD_SIZES.stat], ['stat-square', CARD_SIZES.statSquare]] as const) : ([['stat', CARD_SIZES.stat]] as const);
    for (const [kind, size] of sizes) {
      const outFile = statCardFile(options, doc.id, index + 1, kind === 'stat-square');
      cards.push({
        spec: { kind: 'stat', ...size, title: doc.title, siteName: site.name, statistic, url, theme },
        outFile,
        ref: ref(kind, publicPath(site, outFile), size, statAlt(statistic)),
      });
    }
  });
  return cards;
}

function ref(kind: ShareCardRef['kind'], url: string, size: { width: number; height: number }, alt: string): ShareCardRef {
  return { kind, url, width: size.width, height: size.height, alt };
}

/** Alt text says what the card says: the title and site, and the figure it shows. */
function ogAlt(title: string, siteName: string, statistic: CardStatistic | undefined): string {
  const head = siteName && siteName !== title ? `${title} (${siteName})` : title;
  return statistic ? `${head}. ${figureLine(statistic)}` : head;
}

function statAlt(statistic: CardStatistic): string {
  return `${figureLine(statistic)}${statistic.source ? ` Source: ${statistic.source}.` : ''}`;
}

function figureLine(statistic: CardStatistic): string {
  const sentence = statistic.sentence.trim();
  if (!sentence) return statistic.value;
  const line = sentence.includes(statistic.value) ? sentence : `${statistic.value}: ${sentence}`;
  return /[.!?…]$/.test(line) ? line : `${line}.`;
}

/**
 * A statistic as a card shows it. The source line names who published the figure: the name the page gives, else
 * the linked site's host; the site itself for the page's own findings and figures it sources to its own pages.
 */
export function cardStatistic(doc: LinkableDocument, statistic: DocumentStatistic, site: Pick<CardSite, 'name' | 'domains'>): CardStatistic {
  const result: CardStatistic = { value: collapse(statistic.value), sentence: collapse(statisticSentence(doc, statistic)) };
  const named = collapse(statistic.source ?? '');
  const source = (named && looksLikeName(named, statistic.value) ? named : undefined) ?? sourceHost(statistic.sourceUrl, site) ?? (statistic.own ? site.name : undefined);
  if (source) result.source = source;
  return result;
}

/**
 * A source's name is often the text of the link that sources it: "Business and Labor Statistics Office" reads as a
 * source, "a study" or "29% said the invoice was stuck…" do not; those give way to the linked site's name.
 */
function looksLikeName(text: string, value: string): boolean {
  return text.length <= 60 && text.split(/\s+/).length <= 8 && !text.includes(value.trim()) && /\p{Lu}/u.test(text);
}

function sourceHost(url: string | undefined, site: Pick<CardSite, 'name' | 'domains'>): string | undefined {
  if (!url) return undefined;
  if (url.startsWith('/') && !url.startsWith('//')) return site.name;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    if (site.domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) return site.name;
    return host || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The words that give the figure its meaning. A sentence that is little more than the figure ("**34.1 million.**"
 * opening a list item) borrows the sentences after it in the same block, so the card still says what was counted.
 */
function statisticSentence(doc: LinkableDocument, statistic: DocumentStatistic): string {
  const text = statistic.text.trim();
  if (statistic.origin !== 'text') return text === statistic.value.trim() ? '' : text;
  const index = doc.sentences.findIndex((sentence) => sentence.span.start.offset <= statistic.span.start.offset && statistic.span.end.offset <= sentence.span.end.offset);
  if (index === -1) return text;
  let result = doc.sentences[index].text.trim();
  for (let next = index + 1; meaningLength(result, statistic.value) < 40 && next < doc.sentences.length; next++) {
    const sentence = doc.sentences[next];
    if (sentence.blockIndex !== doc.sentences[index].blockIndex) break;
    result = `${result} ${sentence.text.trim()}`;
  }
  return result;
}

/** Hard-wrapped source lines become one line: line breaks would reach alt text and card layout as they are. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Letters in the sentence apart from the figure itself. */
function meaningLength(sentence: string, value: string): number {
  return sentence.replace(value, '').replace(/[^\p{L}]/gu, '').length;
}
