// The headline a card shows: the title with whitespace collapsed and a fallback, so a card never has an empty one.
import { splitUrl } from './templates/elements.js';
import type { CardSpec } from './types.js';

/**
 * The title a card shows. Whitespace is collapsed; an empty title falls back to the site name, then the URL's
 * host, then "Untitled". Lives apart from render.ts so the main thread can use it without loading satori.
 */
export function cardTitle(spec: Pick<CardSpec, 'title' | 'siteName' | 'url'>): string {
  const collapse = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  return collapse(spec.title) || collapse(spec.siteName) || splitUrl(spec.url).host || 'Untitled';
}
