// Builds the outreach manifest: every linkable asset, ranked by readiness, with its pitch, figures and the sites to pitch it to.
import type { AssetType, LinkableDocument } from '../model/types.js';
import { absoluteUrl } from '../site.js';
import { assetTopics } from './asset-topics.js';
import { pitchStatistics, statisticsOf } from './asset-statistics.js';
import { keyStatistics } from '../lint/document-statistics.js';
import { DEFAULT_GENERIC_DOMAINS, type OutreachOptions } from './options.js';
import { draftPitch } from './pitch.js';
import type { OutreachImports } from './read-imports.js';
import { citedSourceTargets } from './targets/cited-sources.js';
import { CompetitorLinkMatcher } from './targets/competitor-backlinks.js';
import { contributorTargets, featuredContributorIds, type ContributorRecord } from './targets/contributors.js';
import { Exclusions } from './targets/exclusions.js';
import { mergeTargets } from './targets/merge-targets.js';
import { ProspectMatcher } from './targets/prospects.js';
import type { Authority, OutreachAsset, OutreachContributor, OutreachManifest } from './types.js';

export interface ManifestSite {
  name: string;
  /** Deployed origin without trailing slash, when known. */
  site?: string;
  /** Domains the site owns. */
  domains: string[];
}

export interface ManifestInput {
  documents: LinkableDocument[];
  site: ManifestSite;
  options: OutreachOptions;
  /** Lowest linkability score before an asset needs work (the integration's `minScore`). */
  minScore: number;
  /** The contributor registry (empty when the site has none). */
  contributors: ContributorRecord[];
  imports: OutreachImports;
  /** ISO timestamp (from SOURCE_DATE_EPOCH when set). */
  generatedAt: string;
  /** Value of `$schema`: where the JSON Schema is, relative to the manifest. */
  schema: string;
}

/** Statistics quoted per asset in the pitch and report. */
const KEY_STATISTICS = 3;

export function buildOutreachManifest(input: ManifestInput): OutreachManifest {
  const { site, options, imports } = input;
  const assets = input.documents.filter((doc) => doc.linkable !== false && !doc.errors.some((error) => error.ruleId === 'parse-error'));
  const topicsByDoc = assetTopics(assets);
  const registry = new Map(input.contributors.map((record) => [record.id, record]));
  const exclusions = new Exclusions({
    own: site.domains,
    exclude: options.exclude,
    alreadyLinking: imports.alreadyLinking,
    generic: [...(options.defaultGenericDomains ? DEFAULT_GENERIC_DOMAINS : []), ...options.genericDomains],
  });
  const prospects = new ProspectMatcher(imports.prospects);
  const competitorLinks = new CompetitorLinkMatcher(imports.competitorLinks);
  const authorityOf = (domain: string) => lookUpAuthority(imports.authorities, domain);
  const featuredIn = new Map<string, LinkableDocument[]>();
  const titleByPath = new Map(input.documents.map((doc) => [pathOf(doc.url, site), doc.title]));

  const built = assets.map((doc): Omit<OutreachAsset, 'rank'> => {
    const url = absoluteUrl(site, doc.url);
    const type: AssetType = doc.assetType ?? (doc.linkable ? doc.linkable.type : undefined) ?? 'other';
    const topics = topicsByDoc.get(doc)!;
    const statistics = statisticsOf(doc);
    const key = keyStatistics(doc, KEY_STATISTICS, statistics);
    const featured = featuredContributorIds(doc, registry).map((id) => registry.get(id)!);
    for (const person of featured) featuredIn.set(person.id, [...(featuredIn.get(person.id) ?? []), doc]);
    const infographics = infographicsOf(doc, site);
    const datasets = (doc.datasets ?? []).map((dataset) => ({ url: absoluteUrl(site, dataset.url), name: dataset.name, columns: dataset.columns, rows: dataset.rows }));

    const candidates = [
      ...contributorTargets(featured),
      ...citedSourceTargets(doc, statistics, authorityOf),
      ...prospects.match(topics.query, options.minRelevance, options.maxTargets),
      ...competitorLinks.match(topics.query, options.minRelevance, options.maxTargets),
    ].filter((candidate) => !exclusions.skips(candidate.domain, candidate.reason));

    const findings = (doc.findings ?? doc.errors).map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      file: finding.file,
      line: finding.line,
      column: finding.column,
    }));
    const score = doc.score ? { total: doc.score.total, signals: doc.score.signals.map(({ id, label, points, max, advice }) => ({ id, label, points, max, advice })) } : null;

    return {
      id: doc.id,
      url,
      title: doc.title,
      type,
      description: doc.description ?? null,
      readiness: readiness(score?.total, findings, input.minScore),
      score,
      pitch: draftPitch({ doc, type, url, siteName: site.name, statistics: pitchStatistics(doc, statistics, KEY_STATISTICS), topics: topics.topics, contributors: featured, hasInfographic: infographics.length > 0, hasDataset: datasets.length > 0 }),
      topics: topics.topics,
      statistics: orderStatistics(statistics, key).map((statistic) => ({
        // Sentences keep the source's line breaks; a reader of the manifest wants the sentence.
        text: statistic.text.replace(/\s+/g, ' ').trim(),
        value: statistic.value,
        sourceUrl: statistic.sourceUrl ? absoluteUrl(site, statistic.sourceUrl) : null,
        // A figure sourced to another page of the site is named by that page's title, not the link's words.
        source: (statistic.sourceUrl && titleByPath.get(pathOf(statistic.sourceUrl, site))) ?? statistic.source ?? null,
        own: statistic.own,
      })),
      datasets,
      infographics,
      shareCards: (doc.cards ?? []).map((card) => ({ url: absoluteUrl(site, card.url), width: card.width, height: card.height, kind: card.kind, alt: card.alt })),
      contributors: featured.map((person) => ({
        id: person.id,
        name: person.name,
        website: person.website ?? null,
        notify: url,
        profileUrl: person.profileUrl ? absoluteUrl(site, person.profileUrl) : null,
      })),
      findings,
      published: doc.published?.iso ?? null,
      updated: doc.updated?.iso ?? null,
      targets: mergeTargets(candidates, options.maxTargets),
    };
  });

  const order = { ready: 0, 'nearly-ready': 1, 'needs-work': 2 } as const;
  built.sort((a, b) => order[a.readiness] - order[b.readiness] || (b.score?.total ?? -1) - (a.score?.total ?? -1) || b.targets.length - a.targets.length || compare(a.id, b.id));

  const contributors: OutreachContributor[] = [...featuredIn.keys()].sort(compare).map((id) => {
    const person = registry.get(id)!;
    return {
      id,
      name: person.name,
      organization: person.organization ?? null,
      website: person.website ?? null,
      email: person.email ?? null,
      profileUrl: person.profileUrl ? absoluteUrl(site, person.profileUrl) : null,
      featuredIn: featuredIn.get(id)!.map((doc) => ({ id: doc.id, title: doc.title, url: absoluteUrl(site, doc.url) })).sort((a, b) => compare(a.id, b.id)),
    };
  });

  return {
    $schema: input.schema,
    version: 1,
    site: { name: site.name, url: site.site ?? null },
    generatedAt: input.generatedAt,
    assets: built.map((asset, index) => ({ ...asset, rank: index + 1 })).map(withRankFirst),
    contributors,
    imports: imports.reports.map((report) => report.toJSON()),
  };
}

/** Keeps `rank` next to `id` in the JSON, where a person reading it expects it. */
function withRankFirst(asset: OutreachAsset): OutreachAsset {
  const { id, url, title, rank, ...rest } = asset;
  return { id, url, title, rank, ...rest };
}

/** Ready: a strong score and no errors. Needs work: below `minScore` or an open error. Otherwise nearly ready. */
function readiness(total: number | undefined, findings: Array<{ severity: string }>, minScore: number): OutreachAsset['readiness'] {
  if (findings.some((finding) => finding.severity === 'error')) return 'needs-work';
  if (total === undefined) return 'nearly-ready';
  if (total < minScore) return 'needs-work';
  return total >= Math.max(75, minScore) ? 'ready' : 'nearly-ready';
}

/** The key statistics first (as the pitch quotes them), then the rest in page order. */
function orderStatistics<T extends { text: string; value: string }>(all: T[], key: T[]): T[] {
  const keyed = new Set(key.map((statistic) => `${statistic.value}\n${statistic.text}`));
  const seen = new Set<string>();
  return [...key, ...all.filter((statistic) => !keyed.has(`${statistic.value}\n${statistic.text}`))].filter((statistic) => {
    const id = `${statistic.value}\n${statistic.text}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** What the embeds feature built, else the model's infographic images (without embed code, which is the embeds feature's). */
function infographicsOf(doc: LinkableDocument, site: ManifestSite): OutreachAsset['infographics'] {
  if (doc.embeds) {
    return doc.embeds.map((embed) => ({ src: absoluteUrl(site, embed.src), title: embed.title, alt: embed.alt, width: embed.width ?? null, height: embed.height ?? null, embedHtml: embed.embedHtml }));
  }
  return doc.images
    .filter((image) => image.infographic)
    .map((image) => ({ src: absoluteUrl(site, image.src), title: image.title ?? image.alt, alt: image.alt, width: image.width ?? null, height: image.height ?? null, embedHtml: null }));
}

/** A subdomain inherits its site's authority when the exports only rate the site (research.example.org → example.org). */
function lookUpAuthority(authorities: Map<string, Authority>, domain: string): Authority | undefined {
  let candidate = domain;
  for (;;) {
    const found = authorities.get(candidate);
    if (found) return found;
    const dot = candidate.indexOf('.');
    if (dot < 0 || candidate.indexOf('.', dot + 1) < 0) return undefined;
    candidate = candidate.slice(dot + 1);
  }
}

/** `/articles/x/#table-1` or `https://www.site.example/articles/x` → `/articles/x` when it is the site's own; else ''. */
function pathOf(url: string, site: ManifestSite): string {
  let pathname = url;
  if (/^https?:\/\//i.test(url)) {
    try {
      const parsed = new URL(url);
      if (!site.domains.includes(parsed.hostname.replace(/^www\./, ''))) return '';
      pathname = parsed.pathname;
    } catch {
      return '';
    }
  }
  return pathname.startsWith('/') ? pathname.split(/[?#]/)[0].replace(/\/+$/, '') : '';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
