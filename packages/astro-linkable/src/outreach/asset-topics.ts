// What each asset is about, for people and for matching: display topics (tags + keywords) and weighted query terms.
import type { LinkableDocument } from '../model/types.js';
import { addTerms, contentWords, textTerms } from './text-terms.js';

export interface AssetTopics {
  /** For people: frontmatter `linkable.topics` and tags, then keywords drawn from the text, without repeats. */
  topics: string[];
  /** Keywords drawn from the text alone. */
  keywords: string[];
  /** For matching: term → weight, strongest terms only. */
  query: Map<string, number>;
}

/** Keywords drawn from each page's text. */
const KEYWORDS_PER_ASSET = 6;
/** Terms kept in a query: enough to describe a page, few enough that a long page does not match everything. */
const QUERY_TERMS = 30;

/** Topics of every document, with keywords weighed against the whole site (a word every page uses is no keyword). */
export function assetTopics(documents: LinkableDocument[]): Map<LinkableDocument, AssetTopics> {
  const phraseCounts = documents.map((doc) => candidatePhrases(doc.text));
  const documentFrequency = new Map<string, number>();
  for (const counts of phraseCounts) for (const key of counts.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);

  const result = new Map<LinkableDocument, AssetTopics>();
  documents.forEach((doc, index) => {
    const declared = [...(doc.linkable ? (doc.linkable.topics ?? []) : []), ...doc.tags];
    const keywords = topKeywords(phraseCounts[index], documentFrequency, documents.length, declared);
    result.set(doc, { topics: uniqueTopics([...declared, ...keywords]), keywords, query: queryTerms(doc, declared, keywords) });
  });
  return result;
}

interface PhraseCount {
  /** The most common way the phrase is written. */
  surface: string;
  count: number;
  words: number;
  forms: Map<string, number>;
}

/** Single content words and two-word phrases, keyed by their stems, with how they are usually written. */
function candidatePhrases(text: string): Map<string, PhraseCount> {
  const counts = new Map<string, PhraseCount>();
  const add = (key: string, surface: string, words: number) => {
    let entry = counts.get(key);
    if (!entry) {
      entry = { surface, count: 0, words, forms: new Map() };
      counts.set(key, entry);
    }
    entry.count++;
    const seen = (entry.forms.get(surface) ?? 0) + 1;
    entry.forms.set(surface, seen);
    if (seen > (entry.forms.get(entry.surface) ?? 0) || (seen === entry.forms.get(entry.surface) && surface < entry.surface)) entry.surface = surface;
  };
  const words = contentWords(text);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word.stem || word.word.length < 3) continue;
    add(word.stem, word.word, 1);
    const next = words[i + 1];
    if (next?.stem && next.phrase === word.phrase && next.word.length >= 3) add(`${word.stem} ${next.stem}`, `${word.word} ${next.word}`, 2);
  }
  return counts;
}

function topKeywords(counts: Map<string, PhraseCount>, documentFrequency: Map<string, number>, documents: number, declared: string[]): string[] {
  const declaredStems = new Set(declared.flatMap((topic) => textTerms(topic)));
  const scored: Array<{ key: string; surface: string; score: number }> = [];
  for (const [key, entry] of counts) {
    // A phrase must recur to be a keyword; pairs are more telling than single words.
    if (entry.count < (entry.words === 2 ? 2 : 3)) continue;
    const idf = Math.log(1 + documents / (documentFrequency.get(key) ?? 1));
    scored.push({ key, surface: entry.surface, score: Math.log(1 + entry.count) * idf * (entry.words === 2 ? 1.6 : 1) });
  }
  scored.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const chosen: Array<{ key: string; surface: string }> = [];
  for (const candidate of scored) {
    if (chosen.length >= KEYWORDS_PER_ASSET) break;
    const parts = candidate.key.split(' ');
    // Skip what the author already said, and words already inside a chosen phrase (or phrases around a chosen word).
    if (declaredStems.has(candidate.key)) continue;
    if (chosen.some((other) => other.key.split(' ').some((part) => parts.includes(part)))) continue;
    chosen.push(candidate);
  }
  return chosen.map((candidate) => candidate.surface);
}

/** Case-insensitive de-duplication that keeps the first spelling. */
function uniqueTopics(topics: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const topic of topics) {
    const trimmed = topic.trim();
    const key = textTerms(trimmed).join('|') || trimmed.toLowerCase();
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result;
}

/** The author's own words about the page weigh most; the body only adds what it keeps coming back to. */
function queryTerms(doc: LinkableDocument, declared: string[], keywords: string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const topic of declared) addTerms(bag, topic, 3);
  addTerms(bag, doc.title, 2);
  if (doc.description) addTerms(bag, doc.description, 1);
  for (const keyword of keywords) addTerms(bag, keyword, 1.5);
  for (const heading of doc.headings) if (heading.depth <= 3) addTerms(bag, heading.text, 0.5);
  const strongest = [...bag].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, QUERY_TERMS);
  return new Map(strongest);
}
