// What the integration's hooks call for contributor pages: load the registry and inject the routes at
// config:setup, build the pages' state, write badges/cards/avatars at build:done, serve them in dev.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import type { LinkableOptions } from '../options.js';
import type { SiteInfo } from '../site.js';
import type { LinkableDocument } from '../model/types.js';
import { formatFindingsPretty } from '../lint/reporters/pretty.js';
import { attributeQuotes } from './attribution.js';
import { CardPool, resolveCardTheme } from '../cards/index.js';
import { featuredIn } from './featured.js';
import { contributorImageSpec, writeContributorImages, type ContributorImagesContext, type ContributorImageKind } from './images.js';
import { contributorPagesPlugin, resolvePageComponents, ROUTE_ENTRYPOINTS } from './page-components.js';
import { avatarLocation, badgeLocation, routePatterns, shareCardLocation } from './paths.js';
import { contributorsState, type ContributorsState } from './profiles.js';
import { loadContributorRegistry, type ContributorRegistry } from './registry.js';

export function emptyRegistry(): ContributorRegistry {
  return { contributors: [], byId: new Map(), problems: [], source: '' };
}

interface SetupParameters {
  site: SiteInfo;
  options: LinkableOptions;
  documents: LinkableDocument[];
  injectRoute: HookParameters<'astro:config:setup'>['injectRoute'];
  logger: AstroIntegrationLogger;
}

/**
 * Reads the registry (reporting refused entries), credits matched quotes in the documents, and injects the
 * contributor pages when the site has contributors. Returns the registry and the Vite plugins to add.
 */
export async function setupContributors({ site, options, documents, injectRoute, logger }: SetupParameters): Promise<{ registry: ContributorRegistry; vitePlugins: Plugin[] }> {
  const registry = await loadContributorRegistry(site, options.contributors);
  reportRegistryProblems(registry, logger);
  attributeQuotes(documents, registry);
  if (!options.contributors.pages || registry.contributors.length === 0) return { registry, vitePlugins: [] };

  const components = resolvePageComponents(site.root, options.contributors);
  const patterns = routePatterns(options.contributors);
  injectRoute({ pattern: patterns.index, entrypoint: ROUTE_ENTRYPOINTS.index, prerender: true });
  injectRoute({ pattern: patterns.profile, entrypoint: ROUTE_ENTRYPOINTS.profile, prerender: true });
  if (!site.site && options.contributors.badge.enabled) {
    logger.warn('Contributor badges: Astro has no `site` URL, so badge embed code links to paths, which do not work on other sites. Set `site` in astro.config.');
  }
  return { registry, vitePlugins: [contributorPagesPlugin(components)] };
}

export function reportRegistryProblems(registry: ContributorRegistry, logger: AstroIntegrationLogger): void {
  for (const line of formatFindingsPretty(registry.problems)) logger.warn(line);
}

/** The `contributors` key of the virtual state. Re-credits quotes first, so documents reloaded in dev are current. */
export function contributorsStateFor(registry: ContributorRegistry, documents: LinkableDocument[], site: SiteInfo, options: LinkableOptions): ContributorsState {
  attributeQuotes(documents, registry);
  return contributorsState(featuredIn(registry, documents), {
    site,
    options: options.contributors,
    shareCards: options.cards.enabled,
  });
}

/** Badges and share cards follow the site's card theme and template (`cards.theme`, `cards.template`). */
function imagesContext(site: SiteInfo, options: LinkableOptions): ContributorImagesContext {
  return {
    site,
    options: options.contributors,
    shareCards: options.cards.enabled,
    theme: resolveCardTheme(options.cards.theme, site.root),
    templateFile: options.cards.template ? path.resolve(site.root, options.cards.template) : undefined,
    cacheDir: path.join(site.cacheDir, 'astro-linkable', 'contributor-cards'),
    concurrency: options.cards.concurrency,
  };
}

/** astro:build:done: badges, share cards and copied avatars into the output. `pool`: the build's shared card workers. */
export async function writeContributorOutput(registry: ContributorRegistry, dir: URL, site: SiteInfo, options: LinkableOptions, logger: AstroIntegrationLogger, pool?: CardPool): Promise<void> {
  if (!options.contributors.pages || registry.contributors.length === 0) return;
  const started = performance.now();
  const result = await writeContributorImages(registry, fileURLToPath(dir), { ...imagesContext(site, options), pool });
  for (const warning of result.warnings) logger.warn(warning);
  const count = registry.contributors.length;
  logger.info(
    `Contributor pages: ${count} contributor${count === 1 ? '' : 's'}; badges and share cards ${result.rendered} rendered, ${result.reused} reused from cache, in ${Math.round(performance.now() - started)} ms.`,
  );
}

/**
 * astro dev has no build output, so badges, share cards and copied avatars are rendered or read on request
 * (in the integration's Node process, never through Vite).
 */
export function serveContributorAssets(server: ViteDevServer, getRegistry: () => ContributorRegistry, site: SiteInfo, options: LinkableOptions, logger: AstroIntegrationLogger): void {
  if (!options.contributors.pages) return;
  const context = imagesContext(site, options);
  // One worker, started on the first request: dev renders a badge or two at a time, not hundreds.
  let pool: CardPool | undefined;
  server.httpServer?.once('close', () => void pool?.close());
  server.middlewares.use((request, response, next) => {
    const pathname = decodeURIComponentSafe((request.url ?? '').split(/[?#]/)[0]);
    if (!pathname.includes('/_linkable/')) return next();
    for (const contributor of getRegistry().contributors) {
      let kind: ContributorImageKind | 'avatar' | undefined;
      if (options.contributors.badge.enabled && pathname === badgeLocation(site, contributor.id).path) kind = 'badge';
      else if (context.shareCards && pathname === shareCardLocation(site, contributor.id).path) kind = 'card';
      else if (contributor.avatar && !contributor.avatar.publicPath && pathname === avatarLocation(site, contributor.id, contributor.avatar.file).path) kind = 'avatar';
      if (!kind) continue;
      const avatarFile = contributor.avatar?.file;
      const body =
        kind === 'avatar' && avatarFile
          ? readFile(avatarFile)
          : (pool ??= new CardPool({ size: 1, templateFile: context.templateFile })).render(contributorImageSpec(kind as ContributorImageKind, contributor, context)).then((rendered) => rendered.png);
      body.then(
        (bytes) => {
          response.setHeader('Content-Type', kind === 'avatar' ? avatarType(avatarFile ?? '') : 'image/png');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(bytes);
        },
        (error: Error) => {
          logger.warn(`${contributor.file}: could not render the ${kind} of "${contributor.name}": ${error.message}`);
          response.statusCode = 500;
          response.end();
        },
      );
      return;
    }
    next();
  });
}

/** Calls `onChange` with a fresh registry whenever a registry file changes in dev. */
export function watchContributorRegistry(server: ViteDevServer, site: SiteInfo, options: LinkableOptions, logger: AstroIntegrationLogger, onChange: (registry: ContributorRegistry) => void): void {
  const source = options.contributors.file
    ? path.resolve(site.root, options.contributors.file)
    : path.join(site.srcDir, 'content', options.contributors.collection) + path.sep;
  const isRegistryFile = (file: string) => (options.contributors.file ? file === source : file.startsWith(source) && /\.(ya?ml|json)$/i.test(file));
  const reload = (file: string) => {
    if (!isRegistryFile(file)) return;
    void loadContributorRegistry(site, options.contributors).then((registry) => {
      reportRegistryProblems(registry, logger);
      onChange(registry);
    });
  };
  server.watcher.on('change', reload);
  server.watcher.on('add', reload);
  server.watcher.on('unlink', reload);
}

function avatarType(file: string): string {
  const extension = path.extname(file).toLowerCase();
  return (
    { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif', '.svg': 'image/svg+xml' }[extension] ??
    'application/octet-stream'
  );
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
