// Cited sources: the sites a page links to as evidence. People notice who cites them, and a study's authors share it.
import type { DocumentStatistic, LinkableDocument } from '../../model/types.js';
import { domainOfUrl, shortUrl } from '../domains.js';
import type { Authority, TargetCandidate } from '../types.js';

/** Being cited is a warm lead whatever the site's size; figures sourced to them and repeat citations make it warmer. */
const BASE_SCORE = 56;

interface Citation {
  domain: string;
  urls: string[];
  /** Link texts, in page order. */
  texts: string[];
  /** Figures on the page sourced to this domain. */
  figures: string[];
}

/** One candidate per external domain the page cites, in page order. `authorityOf` looks a domain up in the imports. */
export function citedSourceTargets(doc: LinkableDocument, statistics: DocumentStatistic[], authorityOf: (domain: string) => Authority | undefined): TargetCandidate[] {
  const citations = new Map<string, Citation>();
  const cite = (domain: string) => {
    let citation = citations.get(domain);
    if (!citation) {
      citation = { domain, urls: [], texts: [], figures: [] };
      citations.set(domain, citation);
    }
    return citation;
  };
  for (const link of doc.links) {
    if (link.kind !== 'external') continue;
    const domain = domainOfUrl(link.url);
    if (!domain) continue;
    const citation = cite(domain);
    if (!citation.urls.includes(link.url)) citation.urls.push(link.url);
    const text = link.text.trim();
    if (text && !/^https?:\/\//i.test(text) && !citation.texts.includes(text)) citation.texts.push(text);
  }
  for (const statistic of statistics) {
    const domain = statistic.sourceUrl ? domainOfUrl(statistic.sourceUrl) : undefined;
    if (!domain) continue;
    const citation = cite(domain);
    if (!citation.urls.includes(statistic.sourceUrl!)) citation.urls.push(statistic.sourceUrl!);
    if (!citation.figures.includes(statistic.value)) citation.figures.push(statistic.value);
  }

  return [...citations.values()].map((citation) => {
    const authority = authorityOf(citation.domain);
    const repeat = Math.min(4, citation.urls.length - 1);
    const score = BASE_SCORE + (citation.figures.length > 0 ? 10 : 0) + 3 * repeat + (authority === undefined ? 0 : authority.value * 0.15);
    return {
      domain: citation.domain,
      reason: 'cited-source' as const,
      score: Math.min(90, score),
      why: () => citationClause(citation),
      // The page of theirs the asset cites most prominently: the one a figure rests on, else the first link.
      url: citation.urls[0],
      authority,
    };
  });
}

function citationClause(citation: Citation): string {
  const what = citation.texts[0] ? `their "${truncate(citation.texts[0], 70)}"` : shortUrl(citation.urls[0]);
  let clause = `this page cites ${what}`;
  if (citation.figures.length > 0) {
    const shown = citation.figures.slice(0, 3).join(', ');
    const more = citation.figures.length > 3 ? ` and ${citation.figures.length - 3} more` : '';
    clause += ` as the source of ${citation.figures.length === 1 ? 'a figure' : `${citation.figures.length} figures`} (${shown}${more})`;
  }
  if (citation.urls.length > 1) clause += `, and links to ${citation.urls.length - 1} more of their pages`;
  return clause;
}

/** Shortens at a word boundary, with an ellipsis. */
export function truncate(text: string, length: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return clean;
  const cut = clean.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** "Cash flow resources | SBDC Network" → "Cash flow resources": the site's name adds nothing next to its domain. */
export function pageTitle(title: string): string {
  const parts = title.split(/\s+[|·–—]\s+|\s+-\s+/);
  return parts.length > 1 && parts[0].length >= 12 ? parts[0] : title;
}

