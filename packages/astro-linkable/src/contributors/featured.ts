// The featured-in index: for each contributor, the pages that feature them and every quote of theirs with its
// position. The contributor pages render it; the outreach manifest reads it (with the private email).
import type { LinkableDocument, Span } from '../model/types.js';
import type { Contributor, ContributorRegistry } from './registry.js';

export interface FeaturedQuote {
  text: string;
  /** `mdx` for `<Quote by>`, `blockquote` for a Markdown blockquote matched by its attribution. */
  source: 'mdx' | 'blockquote';
  span: Span;
}

export interface FeaturedPage {
  /** The document's asset id. */
  documentId: string;
  /** Public path of the page. */
  url: string;
  title: string;
  /** Source file relative to the project root. */
  file: string;
  /** True when the page lists the contributor in its frontmatter `contributors`. */
  inFrontmatter: boolean;
  /** The contributor's quotes on this page, in source order. */
  quotes: FeaturedQuote[];
}

export interface FeaturedContributor {
  /** The full registry record, including the private `email`: outreach only, never rendered. */
  contributor: Contributor;
  /** Pages that feature the contributor, sorted by URL. Empty when the registry lists someone no page features. */
  pages: FeaturedPage[];
}

/**
 * Who is featured where. Call `attributeQuotes` first so Markdown attributions carry their contributor.
 * Pages that opted out with `linkable: false` are left out. Sorted by contributor id, then page URL.
 */
export function featuredIn(registry: ContributorRegistry, documents: LinkableDocument[]): FeaturedContributor[] {
  const pagesById = new Map<string, FeaturedPage[]>(registry.contributors.map((contributor) => [contributor.id, []]));
  for (const doc of documents) {
    if (doc.linkable === false) continue;
    const here = new Map<string, FeaturedPage>();
    const pageFor = (id: string): FeaturedPage | undefined => {
      if (!pagesById.has(id)) return undefined;
      let page = here.get(id);
      if (!page) {
        page = { documentId: doc.id, url: doc.url, title: doc.title, file: doc.relativePath, inFrontmatter: false, quotes: [] };
        here.set(id, page);
      }
      return page;
    };
    for (const id of doc.contributorIds) {
      const page = pageFor(id);
      if (page) page.inFrontmatter = true;
    }
    for (const quote of doc.quotes) {
      if (!quote.contributorId) continue;
      pageFor(quote.contributorId)?.quotes.push({ text: quote.text, source: quote.source, span: quote.span });
    }
    for (const [id, page] of here) pagesById.get(id)?.push(page);
  }
  return registry.contributors.map((contributor) => ({
    contributor,
    pages: (pagesById.get(contributor.id) ?? []).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
  }));
}
