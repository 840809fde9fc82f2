// Plain text of a block with a map back to source offsets, so sentences found in the text get exact positions.

/** A run of text whose characters come from one place in the source. */
interface Segment {
  textStart: number;
  sourceStart: number;
  sourceEnd: number;
  length: number;
  /** True when the text is the source verbatim (character i maps to sourceStart + i). */
  exact: boolean;
  /** For inexact runs: the source offset of each character, found by aligning text and source. */
  map?: Int32Array;
}

export class InlineText {
  text = '';
  private readonly segments: Segment[] = [];

  /** `source` is the whole file; pass it for inexact runs so positions can be aligned character by character. */
  append(value: string, sourceStart: number, sourceEnd: number, exact: boolean, source?: string): void {
    if (value === '') return;
    const segment: Segment = { textStart: this.text.length, sourceStart, sourceEnd, length: value.length, exact };
    if (!exact && source !== undefined) segment.map = alignToSource(value, source, sourceStart, sourceEnd);
    this.segments.push(segment);
    this.text += value;
  }

  /** Source offset of the character at `index` in `text` (an approximation inside escaped or decoded runs). */
  sourceOffset(index: number): number {
    const segments = this.segments;
    if (segments.length === 0) return 0;
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segments[mid].textStart <= index) low = mid;
      else high = mid - 1;
    }
    const segment = segments[low];
    const within = index - segment.textStart;
    if (segment.exact) return segment.sourceStart + within;
    if (segment.map) return segment.map[Math.min(within, segment.map.length - 1)];
    return Math.min(segment.sourceStart + within, Math.max(segment.sourceStart, segment.sourceEnd - 1));
  }

  /** Drops the text from `index` on (used to cut an attribution line off a quote). */
  truncate(index: number): void {
    this.text = this.text.slice(0, index);
    while (this.segments.length > 0 && this.segments[this.segments.length - 1].textStart >= index) this.segments.pop();
    const last = this.segments[this.segments.length - 1];
    if (last && last.textStart + last.length > index) last.length = index - last.textStart;
  }
}

/**
 * Maps each character of a decoded text run to its place in the source. The parser drops continuation-line
 * indentation, backslash escapes and entity spellings, so walk forward in the source to each next character.
 */
function alignToSource(value: string, source: string, start: number, end: number): Int32Array {
  const map = new Int32Array(value.length);
  let cursor = start;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    let probe = cursor;
    // Look a short way ahead: skipped markup is a few characters, never a paragraph.
    const limit = Math.min(end, cursor + 12);
    while (probe < limit && source[probe] !== char) probe++;
    if (probe < limit) {
      map[i] = probe;
      cursor = probe + 1;
    } else {
      map[i] = Math.min(cursor, Math.max(start, end - 1));
    }
  }
  return map;
}

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Where UAX #29 can end a sentence: after a sentence terminator (`.`, `!`, `?`, `。`, `؟`, … and the other full stops)
 * or at a paragraph separator. A text with none of them (a heading, a table cell, a label) is one sentence, found
 * without the segmenter, whose every call clones an ICU break iterator (about 5 µs, most of a short text's cost).
 */
const MAY_END_SENTENCE = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\u0085\u2028\u2029]/u;

/** Splits text into trimmed sentences with their start/end indexes in `text`. */
export function splitSentences(text: string, locale: string): Array<{ start: number; end: number }> {
  const result: Array<{ start: number; end: number }> = [];
  if (!MAY_END_SENTENCE.test(text)) {
    pushTrimmed(text, 0, text.length, result);
    return result;
  }
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  // A soft line break inside a paragraph is not the end of a sentence, but the segmenter treats LF as one (UAX #29):
  // hard-wrapped Markdown would be cut into line-long "sentences". Same length, so indexes hold.
  const unwrapped = text.includes('\n') ? text.replace(/\r?\n/g, (lineBreak) => ' '.repeat(lineBreak.length)) : text;
  // `containing` walks the segments without the iterator protocol's result objects: measurably faster on long pages.
  const segments = segmenter.segment(unwrapped);
  for (let at = 0; at < unwrapped.length; ) {
    const { segment, index } = segments.containing(at)!;
    at = index + segment.length;
    for (const piece of splitBeforeFigures(segment, index)) pushTrimmed(text, piece.start, piece.end, result);
  }
  return result;
}

/** Adds `text[start, end)` without its surrounding spaces, unless nothing else is left. */
function pushTrimmed(text: string, start: number, end: number, result: Array<{ start: number; end: number }>): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) result.push({ start, end });
}

/**
 * UAX #29 does not end a sentence before one that starts with a number ("…in 2024. 62% of owners…"), since a
 * lowercase word follows; statistics pages are full of such sentences. Split there, unless the period ends an
 * abbreviation ("approx. 50", "No. 5", "e.g. 3").
 */
const END_BEFORE_FIGURE = /[.!?]["”’)\]]*\s+(?=["“‘(]?[$€£¥₹]?\d)/g;
const ABBREVIATION = /(?:^|[\s(])(?:[a-z]|e\.g|i\.e|approx|ca|cf|no|nos|vs|p|pp|fig|figs|vol|ch|sec|eq|ref|est|op|art|para|incl|excl|av|avg|min|max|v|ver|n)\.$/i;

function splitBeforeFigures(segment: string, offset: number): Array<{ start: number; end: number }> {
  if (!/[.!?]["”’)\]]*\s+["“‘(]?[$€£¥₹]?\d/.test(segment)) return [{ start: offset, end: offset + segment.length }];
  const pieces: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const match of segment.matchAll(END_BEFORE_FIGURE)) {
    const at = match.index ?? 0;
    const before = segment.slice(Math.max(0, at - 12), at + 1);
    if (ABBREVIATION.test(before)) continue;
    const end = at + match[0].length;
    pieces.push({ start: offset + from, end: offset + end });
    from = end;
  }
  pieces.push({ start: offset + from, end: offset + segment.length });
  return pieces;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
}

/** How many runs of non-space characters `text` has: what `text.match(/\S+/g).length` counts, without the list. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isJsSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** What `\s` matches in a JavaScript regular expression. */
function isJsSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
