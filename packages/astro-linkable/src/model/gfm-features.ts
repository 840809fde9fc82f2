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
 * The GFM constructs a text may contain. Errs on the side of "yes": an extension switched on needlessly costs time,
 * one switched off wrongly would change the tree.
 */
export function gfmFeaturesOf(text: string): GfmFeatures {
  return {
    autolinkLiteral: mayHaveAutolinkLiteral(text),
    footnote: text.includes('[^'),
    strikethrough: text.includes('~'),
    table: text.includes('|'),
    taskListItem: TASK_ITEM.test(text),
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
    syntax.push(gfmTable());
    trees.push(gfmTableFromMarkdown());
  }
  if (features.taskListItem) {
    syntax.push(gfmTaskListItem());
    trees.push(gfmTaskListItemFromMarkdown());
  }
}

export function featuresKey(features: GfmFeatures): string {
  return [features.autolinkLiteral, features.footnote, features.strikethrough, features.table, features.taskListItem].map((on) => (on ? 1 : 0)).join('');
}
