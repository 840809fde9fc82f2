// Reads the bits of raw HTML and MDX comments the model cares about: <img>, <a href>, and linkable control comments.
import type { DirectiveKind } from './types.js';

const ATTRIBUTE = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Attributes of the first tag in `html` (values decoded for the common entities). */
export function htmlAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const open = tag.match(/^<[a-zA-Z][\w-]*\s*([^>]*)/);
  if (!open) return attributes;
  for (const match of open[1].matchAll(ATTRIBUTE)) {
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    attributes[match[1].toLowerCase()] = decodeEntities(value);
  }
  return attributes;
}

/** Every `<tag …>` of one name in an HTML fragment, with its offset in the fragment. */
export function findTags(html: string, name: string): Array<{ tag: string; index: number }> {
  const pattern = new RegExp(`<${name}\\b[^>]*>`, 'gi');
  return [...html.matchAll(pattern)].map((match) => ({ tag: match[0], index: match.index ?? 0 }));
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const DIRECTIVE = /linkable-(disable-next-line|disable|enable)\b([^]*)$/;

/**
 * Reads a control comment body (`linkable-disable-next-line rule-a, rule-b`), from an HTML comment
 * `<!-- … -->` or an MDX expression `/* … *\/`. Returns undefined for any other comment.
 */
export function parseDirective(comment: string): { kind: DirectiveKind; rules: string[] } | undefined {
  const body = comment
    .trim()
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .replace(/^\/\*/, '')
    .replace(/\*\/$/, '')
    .replace(/^\/\//, '')
    .trim();
  const match = body.match(DIRECTIVE);
  if (!match || body.indexOf('linkable-') !== 0) return undefined;
  const rules = match[2]
    .split(/[\s,]+/)
    .map((rule) => rule.trim())
    .filter((rule) => rule !== '' && rule !== '--');
  return { kind: match[1] as DirectiveKind, rules };
}

/** Every HTML comment in a fragment with its offset. */
export function findComments(html: string): Array<{ text: string; index: number }> {
  return [...html.matchAll(/<!--[^]*?-->/g)].map((match) => ({ text: match[0], index: match.index ?? 0 }));
}
