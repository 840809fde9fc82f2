// The Open Graph and Twitter tags that carry a page's share card, and the lookup <LinkableHead> does by pathname.
// Kept free of heavy imports: the component bundles this module into the site's server build.
import { comparablePath } from '../model/identity.js';
import type { ShareCardRef } from '../model/types.js';
import { escapeHtml } from '../embeds/escaping.js';

export interface ShareMetaTag {
  /** Open Graph uses `property`, Twitter `name`. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

export interface SharePage {
  title: string;
  description?: string;
  /** Absolute page URL (a path when the site has no `site` URL). */
  url: string;
  siteName: string;
  /** The Open Graph card, with an absolute `url`. */
  image?: ShareCardRef;
}

/** The `cards` key of `virtual:astro-linkable/state`. */
export interface CardsState {
  /** Astro `base`, to match pathnames. */
  base: string;
  /** Comparable page path (no base, no slashes at the ends) → the page's tags. */
  pages: Record<string, ShareMetaTag[]>;
}

/** og:type article, title, description, URL, site name, the card with its size and alt, and the Twitter equivalents. */
export function shareMetaTags(page: SharePage): ShareMetaTag[] {
  const og = (key: string, content: string | number | undefined): ShareMetaTag[] =>
    content === undefined || content === '' ? [] : [{ attribute: 'property', key, content: String(content) }];
  const twitter = (key: string, content: string | undefined): ShareMetaTag[] => (content ? [{ attribute: 'name', key, content }] : []);
  const image = page.image;
  return [
    ...og('og:type', 'article'),
    ...og('og:title', page.title),
    ...og('og:description', page.description),
    ...og('og:url', page.url),
    ...og('og:site_name', page.siteName),
    ...(image ? [...og('og:image', image.url), ...og('og:image:width', image.width), ...og('og:image:height', image.height), ...og('og:image:alt', image.alt)] : []),
    ...twitter('twitter:card', image ? 'summary_large_image' : 'summary'),
    ...(image ? [...twitter('twitter:image', image.url), ...twitter('twitter:image:alt', image.alt)] : []),
  ];
}

/** The tags of the page being rendered, found by its pathname; none for pages that are not assets. */
export function shareMetaFor(state: CardsState | undefined, pathname: string): ShareMetaTag[] {
  if (!state) return [];
  return state.pages[comparablePath(pathname, state.base)] ?? [];
}

const IMAGE_KEYS = /^(?:og:image(?::.*)?|twitter:image(?::.*)?)$/;

/**
 * The tags a page still lacks, given the keys it already has (lower case, `property` and `name` alike). A page that
 * chose its own image keeps it whole: none of our image tags are added beside its og:image or twitter:image, so the
 * width, height and alt never describe a different picture.
 */
export function missingShareMetaTags(tags: ShareMetaTag[], existing: ReadonlySet<string>): ShareMetaTag[] {
  const hasOwnImage = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'].some((key) => existing.has(key));
  return tags.filter((tag) => !existing.has(tag.key) && !(hasOwnImage && IMAGE_KEYS.test(tag.key)));
}

export function metaTagHtml(tag: ShareMetaTag): string {
  return `<meta ${tag.attribute}="${escapeHtml(tag.key)}" content="${escapeHtml(tag.content)}">`;
}
