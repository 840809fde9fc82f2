// Turns text into the terms outreach matches on: lower case, stop words dropped, Porter-stemmed, plus adjacent word pairs.
import { stemmer } from 'stemmer';
import stopword from 'stopword';

/** Words that carry no topic in pitches, URLs and link contexts, on top of the usual English stop words. */
const OUTREACH_STOP_WORDS = [
  'also', 'amp', 'blog', 'com', 'get', 'guide', 'guides', 'here', 'html', 'htm', 'http', 'https', 'index', 'new', 'news',
  'page', 'php', 'post', 'posts', 'read', 'see', 'site', 'www', 'via', 'us', 'one', 'two', 'may', 'can', 'just', 'like',
  'many', 'much', 'per', 'use', 'used', 'using', 'way', 'ways', 'will', 'within', 'without',
];
const STOP_WORDS = new Set([...stopword.eng, ...OUTREACH_STOP_WORDS]);

/** Letters/digits runs, keeping inner apostrophes ("owner's"); numbers alone are dropped later. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Punctuation that ends a phrase: a pair of words across it is not a phrase. */
const PHRASE_BREAK = /[.,;:!?()[\]{}"“”|/\\•·–—]+|\s-\s/;

const stems = new Map<string, string>();

/** Porter stem of a lower-case word, cached: the same few thousand words recur across 100,000 rows. */
export function stem(word: string): string {
  let cached = stems.get(word);
  if (cached === undefined) {
    cached = stemmer(word.replace(/['’]s$/, '').replace(/['’]/g, ''));
    if (stems.size < 200_000) stems.set(word, cached);
  }
  return cached;
}

/** Content words of a text, lower case, in order, each with its stem; stop words and bare numbers are left out. */
export function contentWords(text: string): Array<{ word: string; stem: string; phrase: number }> {
  const result: Array<{ word: string; stem: string; phrase: number }> = [];
  const phrases = text.toLowerCase().split(PHRASE_BREAK);
  for (let phrase = 0; phrase < phrases.length; phrase++) {
    for (const match of phrases[phrase].matchAll(WORD)) {
      const word = match[0];
      if (word.length < 2 || STOP_WORDS.has(word) || /^\d+(?:['’]s)?$/.test(word)) {
        // A stop word breaks a pair ("days to payment" is not "days payment"); mark it with a gap.
        result.push({ word: '', stem: '', phrase });
        continue;
      }
      const wordStem = stem(word);
      // "getting" and "gets" are as empty as "get": check the stem as well as the word.
      result.push(STOP_WORDS.has(wordStem) ? { word: '', stem: '', phrase } : { word, stem: wordStem, phrase });
    }
  }
  return result;
}

/**
 * Terms of a text: each content word's stem, and each pair of neighbouring content words in the same phrase
 * (`late payment`), so a phrase match counts for more than two scattered words.
 */
export function textTerms(text: string): string[] {
  let terms = termCache.get(text);
  if (terms === undefined) {
    terms = computeTerms(text);
    // Anchors, titles and target URLs repeat across the rows of an export; short texts are worth remembering.
    if (text.length <= 300 && termCache.size < 100_000) termCache.set(text, terms);
  }
  return terms;
}

const termCache = new Map<string, string[]>();

function computeTerms(text: string): string[] {
  const words = contentWords(text);
  const terms: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const current = words[i];
    if (!current.stem) continue;
    terms.push(current.stem);
    const next = words[i + 1];
    if (next && next.stem && next.phrase === current.phrase && next.stem !== current.stem) terms.push(`${current.stem} ${next.stem}`);
  }
  return terms;
}

/** Adds a text's terms to a weighted bag. */
export function addTerms(bag: Map<string, number>, text: string, weight = 1): void {
  for (const term of textTerms(text)) bag.set(term, (bag.get(term) ?? 0) + weight);
}

/** The words of a URL path: `/blog/late-payment-statistics-2022/` → `blog late payment statistics 2022`. */
export function urlWords(url: string): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not absolute: use as is
  }
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // keep the raw path
  }
  return decoded
    .replace(/\.[a-z0-9]{2,5}$/i, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replace(/[-_+.]+/g, ' '))
    .join(' / ');
}
