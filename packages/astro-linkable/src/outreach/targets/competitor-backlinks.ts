// Competitor backlinks (the skyscraper technique): sites that link to a competitor's page on the same topic as an asset,
// from Ahrefs/Semrush exports. Resource pages and links to dead competitor pages (broken-link building) are the best of them.
import type { Backlink } from '../imports/backlink.js';
import { Bm25Index } from '../bm25.js';
import { shortUrl } from '../domains.js';
import { addTerms, textTerms, urlWords } from '../text-terms.js';
import type { TargetCandidate, TargetReason } from '../types.js';
import { pageTitle, truncate } from './cited-sources.js';

/** A backlink to a competitor, and whether its target is dead (so the asset can replace it). */
export interface CompetitorLink extends Backlink {
  broken: boolean;
}

/** Competitor pages looked at per asset: the pages on the asset's topic, best match first. */
const PAGES_PER_ASSET = 20;
/** Links looked at per competitor page and target listed (a page's links are pre-sorted, strongest first). */
const LINKS_PER_TARGET = 1;
/** Authority assumed when an export has none: low, so unknown sites do not outrank known strong ones. */
const UNKNOWN_AUTHORITY = 20;
/**
 * Candidates handed on per target listed. A domain further down cannot make the list: other reasons for the same
 * site add only a few points (see merge-targets.ts).
 */
const CANDIDATES_PER_TARGET = 4;
/** A link whose own anchor and page title never mention the asset's topic (a bare "Ledgerly") counts for a bit less. */
const OFF_TOPIC_LINK = 0.85;

/** "Useful resources", "Reading list", "/resources/", "Further reading", "Tools we recommend", "Links". */
const RESOURCE_PAGE = /\b(?:resources?|useful[\s-]links|links|link[\s-]list|reading[\s-]list|further[\s-]reading|recommended[\s-](?:reading|tools|links|sites)|tools[\s-]we[\s-](?:use|love|recommend)|toolkit|directory|bookmarks|blogroll)\b/i;

function looksLikeResourcePage(link: Pick<Backlink, 'referringTitle' | 'referringUrl'>): boolean {
  const path = link.referringUrl.replace(/^(?:https?:)?\/\/[^/?#]*/i, '').replace(/[?#].*$/, '');
  return RESOURCE_PAGE.test(link.referringTitle) || RESOURCE_PAGE.test(path.replace(/[/_.-]+/g, ' '));
}

/**
 * Matches in two steps, as the technique goes: first the competitor pages on an asset's topic (each page described
 * by its URL words and the anchors, surrounding text and titles of every link to it), then the sites linking to those
 * pages, strongest first. Indexing pages rather than rows keeps 1,000 assets against 100,000 rows fast.
 */
export class CompetitorLinkMatcher {
  readonly #index = new Bm25Index();
  readonly #links: CompetitorLink[];
  /** Per competitor page (index order), its links' indexes, strongest first. */
  readonly #pages: number[][] = [];
  /** Per link: 1 when the referring page looks like a resources page (decided once, not per asset). */
  readonly #resourcePages: Uint8Array;
  /** Per link: the terms of its anchor and referring page title, to tell on-topic links from bare brand links. */
  readonly #linkTerms: string[][];

  constructor(links: CompetitorLink[]) {
    // A competitor's links to itself or to another competitor are not outreach targets.
    const competitors = new Set(links.map((link) => link.targetDomain));
    this.#links = links.filter((link) => !competitors.has(link.referringDomain));
    this.#resourcePages = Uint8Array.from(this.#links, (link) => (looksLikeResourcePage(link) ? 1 : 0));
    this.#linkTerms = this.#links.map((link) => [...textTerms(link.anchor), ...textTerms(link.referringTitle)]);

    const byPage = new Map<string, number[]>();
    this.#links.forEach((link, index) => {
      const key = pageKey(link.targetUrl);
      const list = byPage.get(key);
      if (list) list.push(index);
      else byPage.set(key, [index]);
    });
    const strength = this.#links.map((link, index) => baseScore(link, this.#resourcePages[index] === 1));
    for (const [, indexes] of [...byPage].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      // What the page is about: its URL words count most, then the anchors others give it, then the words around
      // those links; the linking pages' own titles say more about them than about this page, so they count least.
      // Repeats add up with diminishing returns, so a page with 5,000 links does not drown one with 5.
      const counts = new Map<string, number>();
      for (const index of indexes) {
        const link = this.#links[index];
        addTerms(counts, link.anchor, 2);
        addTerms(counts, `${link.leftContext} ${link.rightContext}`, 1);
        addTerms(counts, link.referringTitle, 0.5);
      }
      const bag = new Map<string, number>();
      addTerms(bag, urlWords(this.#links[indexes[0]].targetUrl), 3);
      for (const [term, count] of counts) bag.set(term, (bag.get(term) ?? 0) + Math.log2(1 + count));
      this.#index.add(bag);
      this.#pages.push(indexes.sort((a, b) => strength[b] - strength[a] || a - b));
    }
    // The text around each link only ever described its page; with 100,000 rows it is worth letting go.
    for (const link of this.#links) {
      link.leftContext = '';
      link.rightContext = '';
    }
  }

  /** The referring domains worth pitching the asset to, one candidate per domain (its best link). */
  match(query: Map<string, number>, minRelevance: number, maxTargets: number): TargetCandidate[] {
    const pages = this.#index.search({ terms: query, limit: PAGES_PER_ASSET, minRelevance });
    const perPage = LINKS_PER_TARGET * maxTargets;
    const best = new Map<string, { link: CompetitorLink; index: number; relevance: number; score: number; pages: Set<string> }>();
    for (const { doc, relevance: pageRelevance } of pages) {
      const indexes = this.#pages[doc];
      for (let i = 0; i < indexes.length && i < perPage; i++) {
        const index = indexes[i];
        const link = this.#links[index];
        const relevance = this.#linkTerms[index].some((term) => query.has(term)) ? pageRelevance : pageRelevance * OFF_TOPIC_LINK;
        const score = linkScore(link, relevance, this.#resourcePages[index] === 1);
        const current = best.get(link.referringDomain);
        if (!current) best.set(link.referringDomain, { link, index, relevance, score, pages: new Set([link.targetUrl]) });
        else {
          current.pages.add(link.targetUrl);
          if (score > current.score || (score === current.score && index < current.index)) Object.assign(current, { link, index, relevance, score });
        }
      }
    }
    const strongest = [...best.values()]
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, CANDIDATES_PER_TARGET * maxTargets);
    return strongest.map(({ link, index, score, pages: linked }) => {
      const candidate = linkCandidate(link, score, this.#resourcePages[index] === 1);
      const others = linked.size - 1;
      if (others === 0) return candidate;
      return { ...candidate, why: () => `${linkClause(link, candidate.reason)}; links to ${others} more competitor ${others === 1 ? 'page' : 'pages'} on this topic` };
    });
  }
}

/** The same page whatever the case of its host or a trailing slash. */
function pageKey(url: string): string {
  return url.replace(/^(https?:\/\/[^/?#]+)/i, (host) => host.toLowerCase()).replace(/\/+(?=$|[?#])/, '');
}

/** What a link is worth before topic: the linking site's authority, and how much a link from it passes. */
function baseScore(link: CompetitorLink, resourcePage: boolean): number {
  return linkScore(link, 1, resourcePage);
}

function linkScore(link: CompetitorLink, relevance: number, resourcePage: boolean): number {
  const authority = link.authority?.value ?? UNKNOWN_AUTHORITY;
  let score = 100 * (0.6 * relevance + 0.4 * (authority / 100));
  // Nofollow and user-generated links pass little value; sponsored ones were bought; lost ones are gone.
  if (link.nofollow || link.ugc) score *= 0.65;
  if (link.sponsored) score *= 0.5;
  if (link.lost) score *= 0.75;
  if (link.broken) score += 10;
  else if (resourcePage) score += 6;
  return Math.min(90, score);
}

function linkCandidate(link: CompetitorLink, score: number, resourcePage: boolean): TargetCandidate {
  let reason: TargetReason = 'competitor-backlink';
  const extraReasons: TargetReason[] = [];
  if (link.broken) {
    reason = 'broken-link';
    if (resourcePage) extraReasons.push('resource-page');
    extraReasons.push('competitor-backlink');
  } else if (resourcePage) {
    reason = 'resource-page';
    extraReasons.push('competitor-backlink');
  }
  return {
    domain: link.referringDomain,
    reason,
    extraReasons,
    score,
    why: () => linkClause(link, reason),
    url: link.referringUrl,
    authority: link.authority,
  };
}

function linkClause(link: CompetitorLink, reason: TargetReason): string {
  const target = shortUrl(link.targetUrl);
  const title = link.referringTitle ? `"${truncate(pageTitle(link.referringTitle), 60)}"` : 'their page';
  let clause: string;
  if (reason === 'broken-link') {
    const status = link.targetStatus ? `returns ${link.targetStatus}` : 'is dead';
    clause = `${title} links to ${target}, which now ${status}; offer this page as the replacement`;
  } else {
    const anchor = link.anchor ? `with anchor "${truncate(link.anchor, 60)}"` : 'with an image or bare link';
    clause = reason === 'resource-page' ? `their resource page ${title} links to ${target} ${anchor}` : `links to ${target} ${anchor}`;
  }
  const notes = [link.nofollow || link.ugc ? 'nofollow' : undefined, link.sponsored ? 'sponsored' : undefined, link.lost ? 'link since removed' : undefined].filter(Boolean);
  return notes.length ? `${clause} (${notes.join(', ')})` : clause;
}
