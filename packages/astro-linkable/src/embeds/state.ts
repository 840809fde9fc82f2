// The embeds part of `virtual:astro-linkable/state`: each page's plan, keyed by its path, for the components to read.
import type { LinkableDocument } from '../model/types.js';
import type { SiteInfo } from '../site.js';
import { comparablePath } from '../model/identity.js';
import type { EmbedsOptions } from './options.js';
import { planPage, pageTakesPart, type PagePlan } from './page-plan.js';

export interface EmbedsState {
  /** Comparable page path (no base, no slashes at the ends) → the page's plan. */
  pages: Record<string, PagePlan>;
  /** Site-wide facts for pages the model does not know (a component on an `.astro` page). */
  site: { name: string; origin?: string; base: string; nofollow: boolean; attribution: EmbedsOptions['attribution'] };
}

export function embedsState(documents: LinkableDocument[], site: SiteInfo, options: EmbedsOptions): EmbedsState {
  const pages: Record<string, PagePlan> = {};
  for (const doc of documents) {
    const hasDataset = doc.mdxElements.some((element) => element.name === 'Dataset');
    if (!pageTakesPart(doc) && !hasDataset) continue;
    pages[comparablePath(doc.url, site.base)] = planPage(doc, site, options);
  }
  const state: EmbedsState = {
    pages,
    site: { name: site.name, base: site.base, nofollow: options.nofollow, attribution: options.attribution },
  };
  if (site.site) state.site.origin = site.site;
  return state;
}

/** The plan of the page being rendered, found by its pathname. */
export function pagePlanFor(state: EmbedsState | undefined, pathname: string): PagePlan | undefined {
  if (!state) return undefined;
  return state.pages[comparablePath(pathname, state.site.base)];
}
