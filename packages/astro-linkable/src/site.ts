// The site as the integration sees it: paths from Astro's config, and the public name and origin.
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import type { ProjectPaths } from './model/identity.js';
import type { LinkableOptions } from './options.js';

export interface SiteInfo extends ProjectPaths {
  /** Display name (option `site.name`, else the host of Astro's `site`, else the project folder name). */
  name: string;
  /** Absolute Astro cache directory (for rendered cards). */
  cacheDir: string;
  /** Absolute report directory. */
  reportDir: string;
  /** Domains the site owns, lowercase without `www.`. */
  domains: string[];
}

export function siteInfo(config: AstroConfig, options: LinkableOptions): SiteInfo {
  const root = fileURLToPath(config.root);
  const origin = (options.site.url ?? config.site)?.replace(/\/+$/, '');
  let host: string | undefined;
  try {
    host = origin ? new URL(origin).hostname.replace(/^www\./, '') : undefined;
  } catch {
    host = undefined;
  }
  const folder = root.replace(/\/+$/, '').split('/').pop() ?? 'site';
  const domains = [...new Set([...(host ? [host] : []), ...options.site.domains.map((d) => d.toLowerCase().replace(/^www\./, ''))])];
  return {
    root,
    srcDir: fileURLToPath(config.srcDir),
    publicDir: fileURLToPath(config.publicDir),
    cacheDir: fileURLToPath(config.cacheDir),
    reportDir: fileURLToPath(new URL(options.reportDir.replace(/\/?$/, '/'), config.root)),
    base: config.base || '/',
    trailingSlash: config.trailingSlash,
    site: origin,
    name: options.site.name ?? host ?? folder,
    domains,
  };
}

/** Absolute URL of a site path (or the path itself when no `site` is configured). */
export function absoluteUrl(site: Pick<SiteInfo, 'site'>, pathname: string): string {
  if (/^https?:\/\//i.test(pathname)) return pathname;
  return site.site ? `${site.site}${pathname.startsWith('/') ? '' : '/'}${pathname}` : pathname;
}
