// Exact positions for findings the model only places roughly: a figure inside a sentence, a frontmatter value.
// The model keeps sentence spans, not the text between them, so this reads the source once per document, on demand.
import { readFileSync } from 'node:fs';
import { Locator } from '../model/source.js';
import type { LinkableDocument, Point, Sentence, Span } from '../model/types.js';

export class SourceLocator {
  private text: string | null | undefined;
  private locator: Locator | undefined;

  /** `source` is the file's text when the caller has it; otherwise it is read from `doc.file` when first needed. */
  constructor(
    private readonly doc: LinkableDocument,
    source?: string,
  ) {
    if (source !== undefined) this.text = stripBom(source);
  }

  /** The source text, or null when it cannot be read (then positions fall back to the model's spans). */
  source(): string | null {
    if (this.text === undefined) {
      try {
        this.text = stripBom(readFileSync(this.doc.file, 'utf8'));
      } catch {
        this.text = null;
      }
    }
    return this.text;
  }

  point(offset: number): Point {
    const text = this.source();
    if (text === null) return { line: 1, column: 1, offset: 0 };
    this.locator ??= new Locator(text);
    return this.locator.point(Math.max(0, Math.min(offset, text.length)));
  }

  span(start: number, end: number): Span {
    return { start: this.point(start), end: this.point(end) };
  }

  /**
   * Spans of figures found in a sentence's text. Markup the text lost (`**`, link brackets) shifts offsets, so each
   * figure is looked up in the sentence's source; when it cannot be found there, the sentence start is used.
   */
  figures(sentence: Sentence, figures: Array<{ text: string; start: number; end: number }>): Span[] {
    const text = this.source();
    const from = sentence.span.start.offset;
    const to = sentence.span.end.offset;
    const verbatim = text !== null && text.slice(from, to) === sentence.text;
    let cursor = from;
    return figures.map((figure) => {
      if (text === null) return sentence.span;
      if (verbatim) return this.span(from + figure.start, from + figure.end);
      const at = text.indexOf(figure.text, cursor);
      if (at !== -1 && at < to) {
        cursor = at + figure.text.length;
        return this.span(at, at + figure.text.length);
      }
      // Wrapped across lines or written with markup inside ("4**2**%"): point at its first word.
      const first = figure.text.split(/\s+/)[0];
      const near = first ? text.indexOf(first, cursor) : -1;
      if (near !== -1 && near < to) return this.span(near, Math.min(to, near + figure.text.length));
      return sentence.span;
    });
  }

  /**
   * Where a frontmatter key (a path such as `['linkable', 'type']`) or one of its values stands. Falls back to the
   * first line of the frontmatter, or the start of the file.
   */
  frontmatter(path: string[], value?: string): Span {
    const text = this.source();
    const end = this.doc.bodyOffset;
    if (text === null || end === 0) return this.span(0, 0);
    const region = text.slice(0, end);
    let offset = 0;
    let indent = -1;
    let found = -1;
    for (const key of path) {
      const pattern = new RegExp(`^([ \\t]*)(?:- )?["']?${escapeRegExp(key)}["']?[ \\t]*[:=]`, 'gm');
      pattern.lastIndex = offset;
      let match: RegExpExecArray | null;
      found = -1;
      while ((match = pattern.exec(region)) !== null) {
        if (match[1].length > indent) {
          found = match.index + match[1].length;
          indent = match[1].length;
          offset = pattern.lastIndex;
          break;
        }
      }
      if (found === -1) break;
    }
    if (found === -1) {
      const firstLine = region.indexOf('\n') + 1;
      return this.span(firstLine, firstLine);
    }
    const lineEnd = region.indexOf('\n', found);
    const keyEnd = lineEnd === -1 ? region.length : lineEnd;
    if (value !== undefined) {
      const at = region.indexOf(value, found);
      if (at !== -1) return this.span(at, at + value.length);
    }
    return this.span(found, keyEnd);
  }

  /** The whole first line of the document: where page-level findings point when nothing more precise exists. */
  documentStart(): Span {
    const text = this.source();
    const lineEnd = text === null ? 0 : Math.max(0, text.indexOf('\n'));
    return this.span(0, lineEnd);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
