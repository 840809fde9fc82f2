// `cards.injectMeta`: adds the share-card tags to built pages of assets that lack them, never changing a tag a page
// already has. Tags are spliced in before `</head>` (parse5 offsets), so the rest of the page keeps its exact bytes.
import { readFile, writeFile } from 'node:fs/promises';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { applyInsertions } from '../embeds/built-page.js';
import { builtHtmlFile } from '../embeds/build.js';
import { metaTagHtml, missingShareMetaTags, type ShareMetaTag } from './share-meta.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PageMetaScan {
  /** `property` and `name` values of the page's `<meta>` elements, lower case. */
  keys: Set<string>;
  /** Where new head content goes: before `</head>`, else after `<head>`. */
  insertAt?: number;
}

export function scanPageMeta(html: string): PageMetaScan {
  const scan: PageMetaScan = { keys: new Set() };
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const element = node as Element;
      if (element.tagName === 'meta') {
        for (const attr of element.attrs) if ((attr.name === 'property' || attr.name === 'name') && attr.value.trim()) scan.keys.add(attr.value.trim().toLowerCase());
      } else if (element.tagName === 'head') {
        const location = element.sourceCodeLocation;
        scan.insertAt = location?.endTag?.startOffset ?? location?.startTag?.endOffset;
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return scan;
}

/**
 * The page with the tags it lacks added. `added` is 0 when it lacks none; `html` is undefined when it lacks some but
 * has no `<head>` to hold them.
 */
export function withShareMeta(html: string, tags: ShareMetaTag[]): { html: string | undefined; added: number } {
  const scan = scanPageMeta(html);
  const missing = missingShareMetaTags(tags, scan.keys);
  if (missing.length === 0) return { html, added: 0 };
  if (scan.insertAt === undefined) return { html: undefined, added: 0 };
  return { html: applyInsertions(html, [{ offset: scan.insertAt, html: missing.map(metaTagHtml).join('') }]), added: missing.length };
}

export interface InjectMetaPage {
  /** The page's public path. */
  url: string;
  tags: ShareMetaTag[];
  /** Named in warnings. */
  source: string;
}

/** Adds the missing tags to each page's built HTML; returns how many pages changed and what went wrong. */
export async function injectShareMeta(pages: InjectMetaPage[], outDir: string, base: string): Promise<{ changed: number; problems: string[] }> {
  let changed = 0;
  const problems: string[] = [];
  for (const page of pages) {
    const file = builtHtmlFile(outDir, page.url, base);
    // A page the build did not produce is already reported (its asset URL is not a built page).
    if (!file) continue;
    try {
      const result = withShareMeta(await readFile(file, 'utf8'), page.tags);
      if (result.html === undefined) {
        problems.push(`${page.source}: the built page ${page.url} has no <head>, so its share-card meta tags were not added. Add <LinkableHead /> to its layout's <head>.`);
        continue;
      }
      if (result.added === 0) continue;
      await writeFile(file, result.html);
      changed++;
    } catch (error) {
      problems.push(`${page.source}: could not add share-card meta tags to ${page.url}: ${(error as Error).message}`);
    }
  }
  return { changed, problems };
}
