// The statistics of a page as other features use them (share cards, outreach): found in the text, declared in
// frontmatter `linkable.stats` or marked with an MDX `<Stat>`, each with its source; and the strongest few of them.
import type { DocumentStatistic, LinkableDocument, MdxElement } from '../model/types.js';
import { documentFacts, type DocumentFacts } from './document-facts.js';
import { findStatistics } from './statistics.js';

/**
 * Every statistic on the page: declared ones first (frontmatter, then `<Stat>` elements), then those found in the
 * text in document order. Pass `facts` when the linter has computed them already (no second scan of the sentences).
 */
export function documentStatistics(doc: LinkableDocument, facts: DocumentFacts = documentFacts(doc, [])): DocumentStatistic[] {
  const result: DocumentStatistic[] = [];
  const linkable = doc.linkable === false ? undefined : doc.linkable;
  for (const declared of linkable?.stats ?? []) {
    const statistic: DocumentStatistic = {
      value: declared.value,
      text: declared.label ?? declared.value,
      own: !declared.sourceUrl && !declared.source,
      span: declared.span ?? facts.locate.frontmatter(['linkable', 'stats'], declared.value),
      origin: 'frontmatter',
    };
    if (declared.sourceUrl) statistic.sourceUrl = declared.sourceUrl;
    if (declared.source) statistic.source = declared.source;
    addKind(statistic);
    result.push(statistic);
  }
  for (const element of doc.mdxElements) {
    if (element.name === 'Stat' && typeof element.attributes.value === 'string') result.push(statFromElement(doc, element));
  }
  for (const found of facts.statistics) {
    const sentence = doc.sentences[found.sentenceIndex];
    const statistic: DocumentStatistic = {
      value: found.match.value,
      text: sentence.text,
      own: found.own,
      span: found.span,
      origin: 'text',
      kind: found.match.kind,
    };
    if (found.source) {
      statistic.sourceUrl = found.source.url;
      if (found.source.name) statistic.source = found.source.name;
    }
    if (found.match.year !== undefined) statistic.year = found.match.year;
    result.push(statistic);
  }
  return result;
}

function statFromElement(doc: LinkableDocument, element: MdxElement): DocumentStatistic {
  const attributes = element.attributes;
  const value = String(attributes.value);
  const sourceAttribute = typeof attributes.source === 'string' ? attributes.source : undefined;
  const urlAttribute = [attributes.sourceUrl, attributes.href, attributes.url].find((candidate): candidate is string => typeof candidate === 'string');
  const sourceUrl = urlAttribute ?? (sourceAttribute && /^(?:https?:)?\/\/|^\//.test(sourceAttribute) ? sourceAttribute : undefined);
  // The sentence the element stands in says what the figure means; fall back to the element's own text.
  const sentence = doc.sentences.find(
    (candidate) => candidate.span.start.offset <= element.span.start.offset && element.span.end.offset <= candidate.span.end.offset,
  );
  const label = typeof attributes.label === 'string' ? attributes.label : undefined;
  const statistic: DocumentStatistic = {
    value,
    text: label ?? sentence?.text ?? (element.text || value),
    own: !sourceUrl && !sourceAttribute,
    span: element.span,
    origin: 'mdx',
  };
  if (sourceUrl) statistic.sourceUrl = sourceUrl;
  if (sourceAttribute && sourceAttribute !== sourceUrl) statistic.source = sourceAttribute;
  addKind(statistic);
  return statistic;
}

/** Declared values are free text ("42%", "$1.2bn"); read their kind the way the detector would. */
function addKind(statistic: DocumentStatistic): void {
  const [match] = findStatistics(statistic.value);
  if (match) statistic.kind = match.kind;
}

/** Kinds people quote and share most readily come first. */
const KIND_RANK: Record<string, number> = { percent: 0, amount: 1, multiplier: 2, ratio: 3, average: 4, rate: 5, count: 6 };

/**
 * The strongest statistics of a page, at most `max`: declared ones first, then sourced ones, then the page's own
 * findings; within each group percentages and amounts before other kinds, then document order. Unsourced figures
 * that are not the page's own are never key statistics: nobody should share a number without its source.
 */
export function keyStatistics(doc: LinkableDocument, max = 3, statistics: DocumentStatistic[] = doc.statistics ?? documentStatistics(doc)): DocumentStatistic[] {
  const tier = (statistic: DocumentStatistic): number => {
    if (statistic.origin !== 'text') return 0;
    if (statistic.sourceUrl) return 1;
    return statistic.own ? 2 : 3;
  };
  const ranked = statistics
    .map((statistic, order) => ({ statistic, order, tier: tier(statistic), kind: KIND_RANK[statistic.kind ?? ''] ?? 7 }))
    .filter((entry) => entry.tier < 3)
    .sort((a, b) => a.tier - b.tier || (a.tier === 0 ? 0 : a.kind - b.kind) || a.order - b.order);
  const seen = new Set<string>();
  const result: DocumentStatistic[] = [];
  for (const { statistic } of ranked) {
    // One card per sentence: two figures of the same sentence make the same card.
    const key = statistic.origin === 'text' ? statistic.text : `${statistic.value}\u0000${statistic.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(statistic);
    if (result.length >= max) break;
  }
  return result;
}
