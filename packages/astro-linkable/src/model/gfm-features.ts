// Parses each source with only the GFM extensions its text can use. Each extension costs parse time on every file
// (autolink literals alone double remark-parse's time) whether or not the file has a table, a footnote, a bare URL;
// a file whose text cannot contain a construct gets the same tree without that extension.
import type { Processor } from 'unified';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

export interface GfmFeatures {
  autolinkLiteral: boolean;
  footnote: boolean;
  strikethrough: boolean;
  table: boolean;
  taskListItem: boolean;
}

export const ALL_GFM_FEATURES: GfmFeatures = { autolinkLiteral: true, footnote: true, strikethrough: true, table: true, taskListItem: true };

const URL_START = /https?:\/\/|www\./gi;
/** Where a URL cannot become an autolink literal: a link destination, a `<…>` autolink, an HTML attribute value. */
const WRAPPED_URL = /\]\([^\s()]*(?:\([^\s()]*\)[^\s()]*)*(?:\s+"[^"]*")?\)|<https?:\/\/[^\s<>]*>|=\s*"[^"]*"|=\s*'[^']*'/gi;
const EMAIL_OR_SCHEME = /[\w.+-]@[\w-]+\.\w|\b(?:mailto|xmpp):/i;
const TASK_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/m;
/**
 * A line that may be a table's delimiter row (`| --- | :-: |`), inside any blockquotes and list items: only pipes,
 * colons, hyphens and blanks after the container prefix, with at least one hyphen. Looser than GFM on purpose.
 */
const TABLE_DELIMITER_ROW = /^[ \t>]*[|:\- \t]*-[|:\- \t]*\r?$/m;

/**
 * The GFM constructs a text may contain. Errs on the side of "yes": an extension switched on needlessly costs time,
 * one switched off wrongly would change the tree.
 */
export function gfmFeaturesOf(text: string): GfmFeatures {
  return {
    autolinkLiteral: mayHaveAutolinkLiteral(text),
    footnote: text.includes('[^'),
    strikethrough: text.includes('~'),
    table: text.includes('|') && TABLE_DELIMITER_ROW.test(text),
    taskListItem: (text.includes('[ ]') || text.includes('[x]') || text.includes('[X]')) && TASK_ITEM.test(text),
  };
}

function mayHaveAutolinkLiteral(text: string): boolean {
  if (EMAIL_OR_SCHEME.test(text)) return true;
  const all = count(text, URL_START);
  if (all === 0) return false;
  // Only URLs that stand in link destinations, `<…>` or attribute values? Then no literal can form.
  let wrapped = 0;
  for (const match of text.matchAll(WRAPPED_URL)) wrapped += count(match[0], URL_START);
  return all > wrapped;
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let found = 0;
  while (pattern.exec(text) !== null) found++;
  return found;
}

/** A unified plugin adding the chosen GFM extensions, in the order remark-gfm adds them. */
export function remarkGfmFeatures(this: Processor, features: GfmFeatures): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  const syntax = (data.micromarkExtensions ??= []);
  const trees = (data.fromMarkdownExtensions ??= []);
  if (features.autolinkLiteral) {
    syntax.push(gfmAutolinkLiteral());
    trees.push(gfmAutolinkLiteralFromMarkdown());
  }
  if (features.footnote) {
    syntax.push(gfmFootnote());
    trees.push(gfmFootnoteFromMarkdown());
  }
  if (features.strikethrough) {
    syntax.push(gfmStrikethrough());
    trees.push(gfmStrikethroughFromMarkdown());
  }
  if (features.table) {
    syntax.push(gatedTable());
    trees.push(gfmTableFromMarkdown());
    gateTablesByLine(this);
  }
  if (features.taskListItem) {
    syntax.push(gfmTaskListItem());
    trees.push(gfmTaskListItemFromMarkdown());
  }
}

export function featuresKey(features: GfmFeatures): string {
  return [features.autolinkLiteral, features.footnote, features.strikethrough, features.table, features.taskListItem].map((on) => (on ? 1 : 0)).join('');
}

// ---- Tables, tried only where one can start
//
// micromark tries the table construct at the start of every block: on a paragraph line it reads the whole line as a
// possible header row before it learns that no delimiter row follows, which costs about 40% of remark-parse's time on
// prose with one table. A header row is always the line just above a delimiter row, so while a text is parsed we know
// the lines where a table can start and fail the attempt on any other line at once. Body rows (an attempt right after
// a table's head or a row) always go on to the real tokenizer.

/** For the text being parsed: `lines[n]` is 1 when line n (1-based) is followed by a possible delimiter row. */
let tableStartLines: Uint8Array | undefined;

function headerRowLines(text: string): Uint8Array | undefined {
  // A lone CR ends a line for micromark but not for the pattern; such rare texts are not gated.
  if (/\r(?!\n)/.test(text)) return undefined;
  const lines = text.split('\n');
  const starts = new Uint8Array(lines.length + 1);
  for (let index = 1; index < lines.length; index++) {
    if (lines[index].includes('-') && TABLE_DELIMITER_ROW_LINE.test(lines[index])) starts[index] = 1;
  }
  return starts;
}

/** The same test on one line. */
const TABLE_DELIMITER_ROW_LINE = new RegExp(TABLE_DELIMITER_ROW.source);

/** Wraps the processor's parser so the table gate knows the lines of the text it parses (parsing is synchronous). */
function gateTablesByLine(processor: Processor): void {
  const parse = processor.parser;
  if (!parse) return;
  processor.parser = (document, file) => {
    const outer = tableStartLines;
    tableStartLines = headerRowLines(document);
    try {
      return parse(document, file);
    } finally {
      tableStartLines = outer;
    }
  };
}

type TableConstruct = { name: string; tokenize: (this: TokenizeContext, effects: unknown, ok: State, nok: State) => State; resolveAll: unknown };
type State = (code: number | null) => unknown;
interface TokenizeContext {
  events: Array<[string, { type: string }, unknown]>;
  now(): { line: number };
}

function gatedTable(): { flow: { null: TableConstruct } } {
  const table = (gfmTable() as unknown as { flow: { null: TableConstruct } }).flow.null;
  return {
    flow: {
      null: {
        ...table,
        tokenize(effects, ok, nok) {
          if (tableStartLines && !continuesTable(this) && tableStartLines[this.now().line] !== 1) return nok;
          return table.tokenize.call(this, effects, ok, nok);
        },
      },
    },
  };
}

/** Whether the attempt comes right after a table's head or a row (as gfm-table itself decides): a body row. */
function continuesTable(context: TokenizeContext): boolean {
  for (let index = context.events.length - 1; index > -1; index--) {
    const type = context.events[index][1].type;
    if (type !== 'lineEnding' && type !== 'linePrefix') return type === 'tableHead' || type === 'tableRow';
  }
  return false;
}
