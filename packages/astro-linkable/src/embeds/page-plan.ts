// Everything a page offers (context, infographics, datasets, citations, oEmbed files), planned from the model alone.
import type { LinkableDocument } from '../model/types.js';
import type { SiteInfo } from '../site.js';
import type { EmbedsOptions } from './options.js';
import { pageContext, absoluteFor, publicFilePath, type ContextProblem, type PageContext } from './page-context.js';
import { planInfographics, type InfographicPlan } from './infographics.js';
import { planDatasets, type DatasetPlan } from './datasets.js';
import { citationsFor, type Citations } from './citations.js';
import { oembedLinkHtml } from './oembed.js';

/** Plain JSON: the same plan drives the components (through the state module) and the build-time writing and injection. */
export interface PagePlan {
  context: PageContext;
  infographics: InfographicPlan[];
  datasets: DatasetPlan[];
  citations: Citations;
  /** Public path of the page's own oEmbed file. */
  oembedPath: string;
  /** The `<link rel="alternate" type="application/json+oembed">` tags for the page head. */
  headHtml: string;
}

export function planPage(
  doc: LinkableDocument,
  site: Pick<SiteInfo, 'name' | 'site' | 'base' | 'publicDir'>,
  options: EmbedsOptions,
  problems: ContextProblem[] = [],
): PagePlan {
  const context = pageContext(doc, site, options, problems);
  const infographics = planInfographics(doc, context, options);
  const datasets = planDatasets(doc, context, options, site.publicDir);
  const oembedPath = publicFilePath(context, options.oembedBase, `${doc.id}.json`);
  // The page's own file first: consumers that read one discovery link take the first.
  const links = [oembedLinkHtml(absoluteFor(context, oembedPath), context.title)];
  for (const item of infographics) {
    if (item.offered) links.push(oembedLinkHtml(absoluteFor(context, item.oembedPath), item.title));
  }
  return { context, infographics, datasets, citations: citationsFor(context), oembedPath, headHtml: links.join('') };
}

/** Whether the page takes part at all: `linkable: false` pages get nothing from this feature but their `<Dataset>` files. */
export function pageTakesPart(doc: Pick<LinkableDocument, 'linkable' | 'errors'>): boolean {
  return doc.linkable !== false && !doc.errors.some((error) => error.ruleId === 'parse-error');
}
