// Static oEmbed (https://oembed.com) responses: `photo` for an infographic, `rich` for a page, and their discovery links.
import { escapeHtml } from './escaping.js';
import type { PageContext } from './page-context.js';
import type { SnippetInput } from './infographics.js';
import { readPersonName } from './citations.js';

export interface OEmbedThumbnail {
  url: string;
  width?: number;
  height?: number;
}

type OEmbedBase = {
  version: '1.0';
  title: string;
  author_name: string;
  author_url?: string;
  provider_name: string;
  provider_url?: string;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
};

export type OEmbedResponse =
  | (OEmbedBase & { type: 'photo'; url: string; width: number; height: number })
  | (OEmbedBase & { type: 'rich'; html: string; width: number; height: number })
  | (OEmbedBase & { type: 'link' });

function common(title: string, context: PageContext, thumbnail?: OEmbedThumbnail): OEmbedBase {
  const person = context.authors.length ? readPersonName(context.authors[0]) : undefined;
  const author = person ? [...person.given, person.family].join(' ') : context.creator.name;
  const response: OEmbedBase = { version: '1.0', title, author_name: author, provider_name: context.siteName };
  const authorUrl = context.creator.url ?? context.siteUrl;
  if (authorUrl) response.author_url = authorUrl;
  if (context.siteUrl) response.provider_url = context.siteUrl;
  if (thumbnail) {
    response.thumbnail_url = thumbnail.url;
    if (thumbnail.width && thumbnail.height) {
      response.thumbnail_width = thumbnail.width;
      response.thumbnail_height = thumbnail.height;
    }
  }
  return response;
}

/** An infographic is a `photo`; without a known size (which `photo` requires) it degrades to a `link`. */
export function infographicOEmbed(input: SnippetInput, context: PageContext): OEmbedResponse {
  const thumbnail = { url: input.imageUrl, width: input.width, height: input.height };
  const base = common(input.title, context, thumbnail);
  if (input.width && input.height) return { type: 'photo', ...base, url: input.imageUrl, width: Math.round(input.width), height: Math.round(input.height) };
  return { type: 'link', ...base };
}

const RICH_WIDTH = 600;

/** A page is a `rich` card: its thumbnail (share card or first infographic), title and site, linking back to the page. */
export function pageOEmbed(context: PageContext, thumbnail?: OEmbedThumbnail): OEmbedResponse {
  const base = common(context.title, context, thumbnail);
  const imageHeight = thumbnail?.width && thumbnail.height ? Math.round((RICH_WIDTH * thumbnail.height) / thumbnail.width) : 0;
  const image =
    thumbnail && imageHeight
      ? `<a href="${escapeHtml(context.url)}"><img src="${escapeHtml(thumbnail.url)}" alt="" width="${RICH_WIDTH}" height="${imageHeight}" style="display:block;max-width:100%;height:auto"></a>`
      : '';
  const html =
    `<blockquote cite="${escapeHtml(context.url)}" style="margin:0;max-width:${RICH_WIDTH}px;border:1px solid #ddd;border-radius:8px;overflow:hidden;font-family:system-ui,sans-serif">` +
    image +
    `<p style="margin:0;padding:12px 16px"><a href="${escapeHtml(context.url)}">${escapeHtml(context.title)}</a><br>` +
    `<small>${escapeHtml(context.siteName)}</small></p></blockquote>`;
  return { type: 'rich', ...base, html, width: RICH_WIDTH, height: imageHeight + 72 };
}

/** `<link rel="alternate" type="application/json+oembed">` for one oEmbed file. */
export function oembedLinkHtml(href: string, title: string): string {
  return `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(href)}" title="${escapeHtml(title)}">`;
}
