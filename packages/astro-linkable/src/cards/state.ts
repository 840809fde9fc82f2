// The `cards` key of `virtual:astro-linkable/state`: each asset's share tags, known before any card is rendered
// (card paths follow from the asset id), so <LinkableHead> works in dev and in the build alike.
import type { LinkableDocument, ShareCardRef } from '../model/types.js';
import { comparablePath } from '../model/identity.js';
import { analyzeDocument } from '../lint/document-analysis.js';
import { absoluteUrl } from '../site.js';
import { assetCards, takesShareCards, type CardSite } from './asset-cards.js';
import type { CardsOptions } from './options.js';
import { resolveCardTheme } from './theme.js';
import { shareMetaTags, type CardsState, type ShareMetaTag } from './share-meta.js';

/** The tags of a page whose Open Graph card is `og` (public path; made absolute here). */
export function pageShareMetaTags(doc: LinkableDocument, site: CardSite, og: ShareCardRef | undefined): ShareMetaTag[] {
  return shareMetaTags({
    title: oneLine(doc.title) || site.name,
    description: oneLine(doc.description ?? '') || undefined,
    url: absoluteUrl(site, doc.url),
    siteName: site.name,
    image: og ? { ...og, url: absoluteUrl(site, og.url) } : undefined,
  });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// The state is rebuilt on every load of the virtual module; a document is only re-read when its file changes.
const tagsByDocument = new WeakMap<LinkableDocument, ShareMetaTag[]>();

export function cardsState(documents: LinkableDocument[], site: CardSite & { root: string }, options: CardsOptions): CardsState {
  const state: CardsState = { base: site.base, pages: {} };
  if (!options.enabled) return state;
  const theme = resolveCardTheme(options.theme, site.root);
  for (const doc of documents) {
    if (!takesShareCards(doc)) continue;
    let tags = tagsByDocument.get(doc);
    if (!tags) {
      // Before the build's lint has run; the linter reuses this analysis instead of repeating it.
      const { asset } = analyzeDocument(doc, site.domains);
      const og = assetCards(doc, {
        site,
        options: { ...options, maxStatCards: 0 },
        theme,
        statistics: doc.statistics ?? [],
        assetType: asset.type,
      })[0];
      tags = pageShareMetaTags(doc, site, og.ref);
      tagsByDocument.set(doc, tags);
    }
    state.pages[comparablePath(doc.url, site.base)] = tags;
  }
  return state;
}
