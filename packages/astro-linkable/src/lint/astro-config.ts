// Reads a site's astro-linkable options from its Astro config without building, for `astro-linkable lint`.
// Astro exports no public config loader (its resolveConfig is internal), so the config file is imported as a module
// and the integration found in its `integrations`: the integration object carries its options on a shared symbol.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import { importConfigExport, type ConfigLoader } from './config-import.js';
import { LINKABLE_OPTIONS } from '../integration-options.js';

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs', 'astro.config.cts'];

/** A problem with the site's configuration: the CLI prints the message and exits with 2. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

export interface SiteConfig {
  /** The config file that was read. */
  configFile: string;
  /** The parts of the Astro config astro-linkable needs (paths resolved the way Astro resolves them). */
  astro: Pick<AstroConfig, 'root' | 'srcDir' | 'publicDir' | 'cacheDir' | 'site' | 'base' | 'trailingSlash'>;
  /** The options the site passed to `astroLinkable()`, not yet validated. */
  userOptions: unknown;
  /** Whether the config was read with a stand-in for `astro/config` (fast) or with Astro's own module. */
  loader: ConfigLoader;
}

export async function readSiteConfig(projectDir: string): Promise<SiteConfig> {
  const configFile = CONFIG_FILES.map((name) => path.join(projectDir, name)).find((file) => existsSync(file));
  if (!configFile) throw new SiteConfigError(`No Astro config in ${projectDir} (looked for ${CONFIG_FILES.join(', ')}). Pass the site's folder with --root.`);

  let config: Record<string, unknown>;
  let loader: ConfigLoader;
  try {
    const imported = await importConfigExport(configFile);
    if (!imported.exported || typeof imported.exported !== 'object') throw new Error('its default export is not a config object');
    config = imported.exported as Record<string, unknown>;
    loader = imported.loader;
  } catch (error) {
    throw new SiteConfigError(`Could not load ${configFile}: ${(error as Error).message}`);
  }

  const integrations = [config.integrations].flat(Infinity).filter((entry): entry is Record<PropertyKey, unknown> => Boolean(entry) && typeof entry === 'object');
  const integration = integrations.find((entry) => LINKABLE_OPTIONS in entry || entry.name === 'astro-linkable');
  if (!integration) throw new SiteConfigError(`${configFile} does not add the astro-linkable integration to \`integrations\`.`);
  if (!(LINKABLE_OPTIONS in integration)) {
    throw new SiteConfigError(`The astro-linkable integration in ${configFile} comes from a version that the CLI cannot read options from; update the package.`);
  }

  const rootValue = config.root;
  const root = rootValue === undefined ? projectDir : path.resolve(projectDir, rootValue instanceof URL ? rootValue.pathname : String(rootValue));
  const dir = (value: unknown, fallback: string) => pathToFileURL(`${path.resolve(root, value instanceof URL ? value.pathname : typeof value === 'string' ? value : fallback)}/`);
  const astro: SiteConfig['astro'] = {
    root: pathToFileURL(`${root}/`),
    srcDir: dir(config.srcDir, 'src'),
    publicDir: dir(config.publicDir, 'public'),
    cacheDir: dir(config.cacheDir, 'node_modules/.astro'),
    site: typeof config.site === 'string' ? config.site : undefined,
    base: typeof config.base === 'string' ? config.base : '/',
    trailingSlash: (config.trailingSlash as AstroConfig['trailingSlash']) ?? 'ignore',
  };
  return { configFile, astro, userOptions: integration[LINKABLE_OPTIONS], loader };
}
