// Reads a built HTML page (parse5, with source offsets) and inserts embed boxes, download links, JSON-LD and head tags.
//
// Markdown pages cannot import components, and Astro 7's default Markdown processor runs no rehype plugins, so the
// built HTML is the one place every page's infographics and tables can be reached whatever the layout. Insertions are
// spliced into the original text at parse5's offsets: the rest of the page keeps its exact bytes. Every inserted
// element carries a `data-linkable-*` marker, and an item whose marker is already on the page is never inserted again.
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { InfographicPlan } from './infographics.js';
import type { DatasetPlan } from './datasets.js';
import { comparableText } from './comparable-text.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

interface PageImage {
  element: Element;
  src: string;
  alt: string;
  /** Inside a component-rendered `<Infographic>` figure. */
  inComponent: boolean;
}

interface PageTable {
  element: Element;
  header: string[];
}

/** What the page contains, found in one parse. */
export interface PageScan {
  images: PageImage[];
  tables: PageTable[];
  /** `n` → image src of `<Infographic>` figures (`data-linkable-infographic="<n>"`). */
  componentImages: Map<number, string>;
  /** Values of `data-linkable-embed` and `data-linkable-dataset` markers already on the page. */
  markers: Set<string>;
  oembedHrefs: Set<string>;
  hasCopyButton: boolean;
  hasCopyScript: boolean;
  hasStyle: boolean;
  /** `href`s of stylesheets and the text of `<style>` elements, to tell whether the default styles already arrive. */
  stylesheets: string[];
  inlineStyles: string[];
  /** Heading `id` → heading element. */
  headings: Map<string, Element>;
  headEnd?: number;
  bodyEnd?: number;
}

export function scanPage(html: string): PageScan {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const scan: PageScan = {
    images: [],
    tables: [],
    componentImages: new Map(),
    markers: new Set(),
    oembedHrefs: new Set(),
    hasCopyButton: false,
    hasCopyScript: false,
    hasStyle: false,
    stylesheets: [],
    inlineStyles: [],
    headings: new Map(),
  };
  const visit = (node: Node, componentN: number | undefined) => {
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const child of node.childNodes) visit(child, componentN);
      return;
    }
    const element = node as Element;
    const attrs = attributes(element);
    let inside = componentN;
    if (attrs['data-linkable-infographic'] !== undefined) inside = Number(attrs['data-linkable-infographic']) || 0;
    if (attrs['data-linkable-embed']) scan.markers.add(`embed:${attrs['data-linkable-embed']}`);
    if (attrs['data-linkable-dataset']) scan.markers.add(`dataset:${attrs['data-linkable-dataset']}`);
    if (attrs['data-linkable-copy'] !== undefined) scan.hasCopyButton = true;
    if (attrs['data-linkable-copy-script'] !== undefined) scan.hasCopyScript = true;
    if (attrs['data-linkable-style'] !== undefined) scan.hasStyle = true;
    switch (element.tagName) {
      case 'img':
        scan.images.push({ element, src: attrs.src ?? '', alt: attrs.alt ?? '', inComponent: inside !== undefined });
        if (inside && !scan.componentImages.has(inside) && attrs.src) scan.componentImages.set(inside, attrs.src);
        break;
      case 'table':
        scan.tables.push({ element, header: tableHeader(element) });
        break;
      case 'link':
        if ((attrs.type ?? '').toLowerCase() === 'application/json+oembed' && attrs.href) scan.oembedHrefs.add(attrs.href);
        if (/(^|\s)stylesheet(\s|$)/i.test(attrs.rel ?? '') && attrs.href) scan.stylesheets.push(attrs.href);
        break;
      case 'style':
        scan.inlineStyles.push(textOf(element));
        break;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        if (attrs.id && !scan.headings.has(attrs.id)) scan.headings.set(attrs.id, element);
        break;
      case 'head':
        scan.headEnd = element.sourceCodeLocation?.endTag?.startOffset;
        break;
      case 'body':
        scan.bodyEnd = element.sourceCodeLocation?.endTag?.startOffset;
        break;
    }
    const children = element.tagName === 'template' ? (element as DefaultTreeAdapterMap['template']).content.childNodes : element.childNodes;
    for (const child of children) visit(child, inside);
  };
  visit(document, undefined);
  return scan;
}

function attributes(element: Element): Record<string, string> {
  const result: Record<string, string> = {};
  for (const attr of element.attrs) result[attr.name] = attr.value;
  return result;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if ('childNodes' in node) return node.childNodes.map(textOf).join('');
  return '';
}

function childElements(element: Element, ...names: string[]): Element[] {
  return element.childNodes.filter((child): child is Element => 'tagName' in child && names.includes((child as Element).tagName));
}

/** The first row's cell texts: `thead > tr`, else the first `tr` (directly or in `tbody`). */
function tableHeader(table: Element): string[] {
  const rows = [
    ...childElements(table, 'thead').flatMap((section) => childElements(section, 'tr')),
    ...childElements(table, 'tr'),
    ...childElements(table, 'tbody').flatMap((section) => childElements(section, 'tr')),
  ];
  const first = rows[0];
  return first ? childElements(first, 'th', 'td').map((cell) => comparableText(textOf(cell))) : [];
}

/** A src made comparable: no origin, no query or hash, percent-decoded. */
function comparableSrc(src: string, origin: string | undefined): string {
  let value = src.trim();
  if (origin && value.toLowerCase().startsWith(origin.toLowerCase())) value = value.slice(origin.length);
  value = value.split(/[?#]/)[0];
  try {
    value = decodeURI(value);
  } catch {
    // keep the raw value
  }
  return value;
}

/** Pairs the page's Markdown infographics (not `<Infographic>` components) with `<img>` elements of the built page. */
export function matchInfographicImages(scan: PageScan, items: InfographicPlan[], origin: string | undefined): Map<number, PageImage> {
  const matches = new Map<number, PageImage>();
  const free = scan.images.filter((image) => !image.inComponent);
  const used = new Set<PageImage>();
  const take = (item: InfographicPlan, test: (image: PageImage) => boolean) => {
    const image = free.find((candidate) => !used.has(candidate) && test(candidate));
    if (image) {
      used.add(image);
      matches.set(item.n, image);
    }
  };
  const markdownItems = items.filter((item) => !item.component);
  // By src first (public images keep theirs), then by alt text (images Astro optimised get a new src).
  for (const item of markdownItems) {
    const wanted = comparableSrc(item.src, origin);
    take(item, (image) => wanted !== '' && comparableSrc(image.src, origin) === wanted);
  }
  for (const item of markdownItems) {
    if (matches.has(item.n) || !item.alt.trim()) continue;
    const alt = comparableText(item.alt);
    take(item, (image) => comparableText(image.alt) === alt);
  }
  return matches;
}

/** Pairs the page's table datasets with `<table>` elements by header text, in order. */
export function matchDatasetTables(scan: PageScan, items: DatasetPlan[]): Map<number, PageTable> {
  const matches = new Map<number, PageTable>();
  let from = 0;
  for (const item of items) {
    if (item.kind !== 'table') continue;
    const header = item.columns.map(comparableText);
    const index = scan.tables.findIndex((table, i) => i >= from && table.header.length === header.length && table.header.every((cell, c) => cell === header[c]));
    if (index === -1) continue;
    matches.set(item.n, scan.tables[index]);
    from = index + 1;
  }
  return matches;
}

/** Where a box goes after an image: after its `<p>`/`<figure>` (a block cannot sit inside a paragraph), else after the image. */
export function offsetAfterImage(image: Element): number {
  let node: Element = image;
  while (node.parentNode && 'tagName' in node.parentNode && ['a', 'picture'].includes((node.parentNode as Element).tagName)) node = node.parentNode as Element;
  const parent = node.parentNode as Element | null;
  if (parent && 'tagName' in parent && ['p', 'figure'].includes(parent.tagName) && parent.sourceCodeLocation?.endTag) node = parent;
  // Keep an image and its caption together: the Markdown habit is an italic paragraph right below the image.
  const caption = nextElementSibling(node);
  if (caption && isCaptionParagraph(caption) && caption.sourceCodeLocation?.endTag) node = caption;
  return node.sourceCodeLocation?.endOffset ?? image.sourceCodeLocation?.endOffset ?? 0;
}

function nextElementSibling(element: Element): Element | undefined {
  const siblings = element.parentNode && 'childNodes' in element.parentNode ? element.parentNode.childNodes : [];
  for (const sibling of siblings.slice(siblings.indexOf(element) + 1)) {
    if ('tagName' in sibling) return sibling as Element;
    if (sibling.nodeName === '#text' && (sibling as DefaultTreeAdapterMap['textNode']).value.trim() !== '') return undefined;
  }
  return undefined;
}

/** `<p><em>…</em></p>`: a paragraph that is one run of italics. */
function isCaptionParagraph(element: Element): boolean {
  if (element.tagName !== 'p') return false;
  const meaningful = element.childNodes.filter((child) => 'tagName' in child || (child.nodeName === '#text' && (child as DefaultTreeAdapterMap['textNode']).value.trim() !== ''));
  return meaningful.length === 1 && 'tagName' in meaningful[0] && ['em', 'i'].includes((meaningful[0] as Element).tagName);
}

export function offsetAfter(element: Element): number {
  return element.sourceCodeLocation?.endOffset ?? 0;
}

export function offsetBefore(element: Element): number {
  return element.sourceCodeLocation?.startOffset ?? 0;
}

export interface Insertion {
  offset: number;
  html: string;
}

/** Splices insertions into the page; insertions at the same offset keep their order. */
export function applyInsertions(html: string, insertions: Insertion[]): string {
  if (insertions.length === 0) return html;
  const ordered = insertions.map((insertion, index) => ({ ...insertion, index })).sort((a, b) => a.offset - b.offset || a.index - b.index);
  let result = '';
  let cursor = 0;
  for (const insertion of ordered) {
    result += html.slice(cursor, insertion.offset) + insertion.html;
    cursor = insertion.offset;
  }
  return result + html.slice(cursor);
}
