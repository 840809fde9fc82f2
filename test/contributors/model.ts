// Builds documents and registries for contributor tests from Markdown text, through the real parser.
import { parseDocumentSource } from '../../packages/astro-linkable/src/model/parse.js';
import { assignIdentity } from '../../packages/astro-linkable/src/model/identity.js';
import type { LinkableDocument } from '../../packages/astro-linkable/src/model/types.js';
import type { Contributor, ContributorRegistry } from '../../packages/astro-linkable/src/contributors/registry.js';

const project = { root: '/site', srcDir: '/site/src', publicDir: '/site/public', base: '/', trailingSlash: 'ignore' as const };

export function documentFrom(relativePath: string, text: string): LinkableDocument {
  return assignIdentity(parseDocumentSource({ file: `/site/${relativePath}`, relativePath, text }), project);
}

/** A registry in the given order (the loader sorts by id; tests state the order they mean). */
export function registryOf(entries: Array<Partial<Contributor> & { id: string; name: string }>): ContributorRegistry {
  const contributors = entries.map((entry) => ({ social: {}, aliases: [], file: `src/content/contributors/${entry.id}.yaml`, line: 1, ...entry }));
  return { contributors, byId: new Map(contributors.map((c) => [c.id, c])), problems: [], source: 'src/content/contributors/' };
}
