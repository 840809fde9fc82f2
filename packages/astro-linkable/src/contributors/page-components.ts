// A Vite plugin serving `virtual:astro-linkable/contributor-pages`: the page components the injected contributor
// routes render — the package's defaults, or a site's own (the way Starlight lets sites override components).
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { AstroError } from 'astro/errors';
import type { ContributorsOptions } from './options.js';

export const CONTRIBUTOR_PAGES_ID = 'virtual:astro-linkable/contributor-pages';
const RESOLVED_ID = `\0${CONTRIBUTOR_PAGES_ID}`;

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

export const DEFAULT_PAGE_COMPONENTS = {
  profile: path.join(packageRoot, 'components', 'ContributorProfilePage.astro'),
  index: path.join(packageRoot, 'components', 'ContributorsIndexPage.astro'),
};

/** Absolute route entrypoints in the package. */
export const ROUTE_ENTRYPOINTS = {
  index: path.join(packageRoot, 'routes', 'contributors-index.astro'),
  profile: path.join(packageRoot, 'routes', 'contributor.astro'),
};

/** Resolves the page components; a configured file that does not exist is a config error naming the option. */
export function resolvePageComponents(root: string, options: Pick<ContributorsOptions, 'components'>): { profile: string; index: string } {
  const resolve = (key: 'profile' | 'index') => {
    const configured = options.components[key];
    if (!configured) return DEFAULT_PAGE_COMPONENTS[key];
    const file = path.resolve(root, configured);
    if (!existsSync(file)) {
      throw new AstroError(
        `Invalid astro-linkable options:\n- "contributors.components.${key}": file not found (got ${JSON.stringify(configured)}, resolved to ${file})`,
        'Point it at an .astro component, relative to the project root, e.g. "./src/components/ContributorPage.astro".',
      );
    }
    return file;
  };
  return { profile: resolve('profile'), index: resolve('index') };
}

export function contributorPagesPlugin(components: { profile: string; index: string }): Plugin {
  return {
    name: 'astro-linkable:contributor-pages',
    resolveId(id) {
      return id === CONTRIBUTOR_PAGES_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return [
        `export { default as ProfilePage } from ${JSON.stringify(toImportPath(components.profile))};`,
        `export { default as IndexPage } from ${JSON.stringify(toImportPath(components.index))};`,
      ].join('\n');
    },
  };
}

/** Vite takes POSIX paths, also on Windows. */
function toImportPath(file: string): string {
  return file.split(path.sep).join('/');
}
