// Stands in for `astro/config` while `astro-linkable lint` reads a site's config (see config-import.ts). Importing the
// real module loads much of Astro (about a second); a config only needs `defineConfig`, which returns its argument.
// Helpers whose results could change the config itself throw, and the config is then read with the real module.

/** Thrown by helpers that only the real `astro/config` can run; the reader then imports the config with it. */
export class NeedsAstroConfig extends Error {
  override name = 'NeedsAstroConfig';
}

export function defineConfig<T>(config: T): T {
  return config;
}

export function mergeConfig(): never {
  throw new NeedsAstroConfig('mergeConfig needs the real astro/config');
}

export function validateConfig(): never {
  throw new NeedsAstroConfig('validateConfig needs the real astro/config');
}

export function getViteConfig(): never {
  throw new NeedsAstroConfig('getViteConfig needs the real astro/config');
}

/**
 * What the other helpers return: something that can be called, chained and stored in config fields the linter never
 * reads (image services, env schema, fonts, sessions, loggers). Not a thenable, so awaiting it is harmless.
 */
const placeholder: unknown = new Proxy(function placeholder() {}, {
  get: (_target, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : placeholder),
  apply: () => placeholder,
  construct: () => placeholder as object,
});

export const envField = placeholder;
export const fontProviders = placeholder;
export const sessionDrivers = placeholder;
export const logHandlers = placeholder;
export const sharpImageService = placeholder;
export const passthroughImageService = placeholder;
export const memoryCache = placeholder;
export const svgoOptimizer = placeholder;
