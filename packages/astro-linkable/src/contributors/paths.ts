// Where contributor pages, badges, share cards and avatars live: route patterns, public paths and output files.
import path from 'node:path';
import type { ContributorsOptions } from './options.js';

export interface SitePaths {
  /** Astro `base`, e.g. `/` or `/docs`. */
  base: string;
  trailingSlash: 'always' | 'never' | 'ignore';
}

/** Folder of generated contributor images under the output (and the public path under `base`). */
export const BADGE_DIR = '_linkable/badges';
export const CONTRIBUTOR_ASSET_DIR = '_linkable/contributors';

/** The pages' route base without Astro's `base`: `contributors/` → `/contributors`. */
export function routeBase(options: Pick<ContributorsOptions, 'base'>): string {
  return `/${options.base.replace(/^\/+|\/+$/g, '')}`;
}

/** Pattern for injectRoute (Astro adds its own `base`). */
export function routePatterns(options: Pick<ContributorsOptions, 'base'>): { index: string; profile: string } {
  const base = routeBase(options);
  return { index: base, profile: `${base}/[id]` };
}

function sitePath(site: SitePaths, route: string, page: boolean): string {
  const base = site.base.replace(/\/+$/, '');
  const trimmed = route.replace(/^\/+/, '');
  if (!page) return `${base}/${trimmed}`;
  return `${base}/${trimmed.replace(/\/+$/, '')}${site.trailingSlash === 'never' ? '' : '/'}`;
}

export function indexPath(site: SitePaths, options: Pick<ContributorsOptions, 'base'>): string {
  return sitePath(site, routeBase(options), true);
}

export function profilePath(site: SitePaths, options: Pick<ContributorsOptions, 'base'>, id: string): string {
  return sitePath(site, `${routeBase(options)}/${id}`, true);
}

/** Public path and output file (relative to the output directory) of a generated image. */
export interface AssetLocation {
  path: string;
  outFile: string;
}

function asset(site: SitePaths, relative: string): AssetLocation {
  return { path: sitePath(site, relative, false), outFile: relative.split('/').join(path.sep) };
}

export function badgeLocation(site: SitePaths, id: string): AssetLocation {
  return asset(site, `${BADGE_DIR}/${id}.png`);
}

export function shareCardLocation(site: SitePaths, id: string): AssetLocation {
  return asset(site, `${CONTRIBUTOR_ASSET_DIR}/${id}-card.png`);
}

/** Avatars outside `public/` are copied here; the extension keeps the file's type. */
export function avatarLocation(site: SitePaths, id: string, sourceFile: string): AssetLocation {
  const extension = path.extname(sourceFile).toLowerCase().replace(/[^.a-z0-9]/g, '') || '.img';
  return asset(site, `${CONTRIBUTOR_ASSET_DIR}/${id}-avatar${extension}`);
}

/** The site path of a file in `public/` (Astro serves it under `base`). */
export function publicFilePath(site: SitePaths, publicPath: string): string {
  return sitePath(site, publicPath, false);
}
