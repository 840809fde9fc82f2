// Matches the people a page quotes to the registry: Markdown attributions by name or alias, and the ids a page
// names itself (frontmatter `contributors`, `<Quote by>`), filling `contributorId` and `featuredContributors` in the model.
import type { LinkableDocument } from '../model/types.js';
import type { Contributor, ContributorRegistry } from './registry.js';

/** Lowercase, without diacritics, punctuation or extra spaces: "Tomás Lindqvist," and "tomas  lindqvist" compare equal. */
export function comparableName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A lookup from every name and alias of every contributor to the contributor. The first id (sorted) wins a shared name. */
export function nameIndex(registry: ContributorRegistry): Map<string, Contributor> {
  const index = new Map<string, Contributor>();
  for (const contributor of registry.contributors) {
    for (const name of [contributor.name, ...contributor.aliases]) {
      const key = comparableName(name);
      if (key && !index.has(key)) index.set(key, contributor);
    }
  }
  return index;
}

/** The contributor an attribution line names: the whole line ("Marcus Oyelaran, CPA") or its name part. */
export function matchAttribution(attribution: { text: string; name: string }, names: Map<string, Contributor>): Contributor | undefined {
  return names.get(comparableName(attribution.text)) ?? names.get(comparableName(attribution.name));
}

/**
 * Fills `contributorId` on Markdown quotes and attributions that name a registry contributor, and
 * `featuredContributors` on every document. Idempotent: dev mode calls it again after each reload.
 */
export function attributeQuotes(documents: LinkableDocument[], registry: ContributorRegistry): void {
  const names = nameIndex(registry);
  for (const doc of documents) {
    const byOffset = new Map<number, string | undefined>();
    for (const blockquote of doc.blockquotes) {
      if (!blockquote.attribution) continue;
      const id = matchAttribution(blockquote.attribution, names)?.id;
      if (id) blockquote.attribution.contributorId = id;
      else delete blockquote.attribution.contributorId;
      byOffset.set(blockquote.span.start.offset, id);
    }
    for (const quote of doc.quotes) {
      if (quote.source !== 'blockquote') continue;
      const id = byOffset.get(quote.span.start.offset);
      if (id) quote.contributorId = id;
      else delete quote.contributorId;
    }
    const featured = new Set<string>();
    for (const id of doc.contributorIds) if (registry.byId.has(id)) featured.add(id);
    for (const quote of doc.quotes) if (quote.contributorId && registry.byId.has(quote.contributorId)) featured.add(quote.contributorId);
    doc.featuredContributors = [...featured].sort();
  }
}
