// Infographics: which images a page offers, their titles and licences, the HTML snippet others paste, and ImageObject JSON-LD.
import type { DeclaredInfographic, Image, LinkableDocument } from '../model/types.js';
import type { EmbedsOptions } from './options.js';
import { escapeHtml, safeUrl } from './escaping.js';
import type { License } from './licenses.js';
import { absoluteFor, itemLicense, publicFilePath, type PageContext } from './page-context.js';
import { infographicElementOf, isOfferedForEmbedding } from './offered-for-embedding.js';

/** One infographic of a page, as far as the source tells (plain JSON: it reaches components through the state module). */
export interface InfographicPlan {
  /** 1-based position among the page's infographics; names its ids and oEmbed file. */
  n: number;
  /** `infographic-<n>`: the marker on its box and the base of its element ids. */
  key: string;
  /** `src` as written in the source. */
  src: string;
  /** Absolute image URL when the source alone tells it (public path or URL); relative images are read from the built page. */
  imageUrl?: string;
  alt: string;
  title: string;
  width?: number;
  height?: number;
  credit?: string;
  license?: License;
  origin: Image['origin'];
  /** Rendered by the `<Infographic>` component (which draws its own box). */
  component: boolean;
  /** Whether the built page offers it for embedding (see `isOfferedForEmbedding`). */
  offered: boolean;
  /** Public path of its oEmbed JSON. */
  oembedPath: string;
  /** Source line, for messages. */
  line: number;
}

export function planInfographics(doc: LinkableDocument, context: PageContext, options: EmbedsOptions): InfographicPlan[] {
  const declared = doc.linkable ? (doc.linkable.infographics ?? []) : [];
  return doc.images
    .filter((image) => image.infographic)
    .map((image, index) => {
      const n = index + 1;
      const fromFrontmatter = declared.find((item) => item.src === image.src);
      const element = infographicElementOf(doc, image);
      const attribute = (name: string) => (typeof element?.attributes[name] === 'string' && !String(element.attributes[name]).startsWith('{') ? String(element.attributes[name]) : undefined);
      const credit = attribute('credit') ?? fromFrontmatter?.credit;
      const license = itemLicense(attribute('license') ?? fromFrontmatter?.license, context);
      const plan: InfographicPlan = {
        n,
        key: `infographic-${n}`,
        src: image.src,
        alt: image.alt,
        title: infographicTitle(image, fromFrontmatter, doc.title),
        origin: image.origin,
        component: Boolean(element),
        offered: isOfferedForEmbedding(doc, image, { embeds: options }),
        oembedPath: publicFilePath(context, options.oembedBase, `${doc.id}/infographic-${n}.json`),
        line: image.span.start.line,
      };
      const imageUrl = publicImageUrl(image.src, context);
      if (imageUrl) plan.imageUrl = imageUrl;
      if (image.width) plan.width = Math.round(image.width);
      if (image.height) plan.height = Math.round(image.height);
      if (credit) plan.credit = credit;
      if (license) plan.license = license;
      return plan;
    });
}

/** An absolute URL for a source `src` that is already public (a URL or a path under `public/`). */
export function publicImageUrl(src: string, context: Pick<PageContext, 'origin'>): string | undefined {
  const safe = safeUrl(src);
  if (!safe || !(/^https?:\/\//i.test(safe) || safe.startsWith('/'))) return undefined;
  return absoluteFor(context, safe);
}

const INFOGRAPHIC_PREFIX = /^\s*infographic\s*[:\-–—|]\s*/i;

/** "Infographic: Anatomy of a late invoice" → "Anatomy of a late invoice"; else the alt text's first sentence; else the page title. */
export function infographicTitle(image: Pick<Image, 'title' | 'alt'>, declared: DeclaredInfographic | undefined, pageTitle: string): string {
  const title = (declared?.title ?? image.title ?? '').replace(INFOGRAPHIC_PREFIX, '').trim();
  if (title) return title;
  const alt = image.alt.replace(INFOGRAPHIC_PREFIX, '').trim();
  const firstSentence = alt.split(/(?<=[.!?])\s/)[0]?.replace(/[.!?]$/, '').trim();
  if (firstSentence && firstSentence.length <= 120) return firstSentence;
  return pageTitle;
}

export interface SnippetInput {
  imageUrl: string;
  alt: string;
  title: string;
  width?: number;
  height?: number;
  credit?: string;
  license?: License;
}

/**
 * The HTML others paste: the image at an absolute URL with its size, and one attribution link back to the page whose
 * anchor text is the page title or the site name (option `embeds.attribution`), never keywords.
 */
export function infographicSnippet(input: SnippetInput, context: PageContext): string {
  const alt = input.alt.trim() || input.title;
  const size = input.width && input.height ? ` width="${Math.round(input.width)}" height="${Math.round(input.height)}"` : '';
  const rel = context.nofollow ? ' rel="nofollow"' : '';
  const anchor = context.attribution === 'site-name' ? context.siteName : context.title;
  const notes = [
    context.attribution === 'site-name' ? undefined : context.siteName,
    input.credit && input.credit !== context.siteName ? input.credit : undefined,
    input.license?.name && input.license.name !== 'licence terms' ? input.license.name : undefined,
  ].filter((note): note is string => Boolean(note));
  const after = notes.length ? ` (${notes.map(escapeHtml).join(', ')})` : '';
  return (
    `<figure style="margin:0 0 1em;max-width:100%">` +
    `<img src="${escapeHtml(input.imageUrl)}" alt="${escapeHtml(alt)}"${size} style="max-width:100%;height:auto" loading="lazy">` +
    `<figcaption style="font-size:0.875em">Source: <a href="${escapeHtml(context.url)}"${rel}>${escapeHtml(anchor)}</a>${after}</figcaption>` +
    `</figure>`
  );
}

/** Google's image licence metadata: `contentUrl` plus `creator`, `creditText`, `license` and `acquireLicensePage`. */
export function imageObjectJsonLd(input: SnippetInput & { boxId: string }, context: PageContext): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ImageObject',
    contentUrl: input.imageUrl,
    name: input.title,
  };
  if (input.alt.trim()) data.description = input.alt.trim();
  if (input.width && input.height) {
    data.width = Math.round(input.width);
    data.height = Math.round(input.height);
  }
  data.creator = context.creator;
  data.creditText = input.credit ?? context.creditText;
  if (input.license) data.license = input.license.url;
  data.acquireLicensePage = context.acquireLicensePage === context.url ? `${context.url}#${input.boxId}` : context.acquireLicensePage;
  if (context.published) data.datePublished = context.published;
  data.isPartOf = { '@type': 'WebPage', url: context.url, name: context.title };
  return data;
}
