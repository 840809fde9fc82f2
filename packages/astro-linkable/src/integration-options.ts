// The symbol the integration object carries its options on. Its own module, so the light entry (index.ts) and the
// CLI's config reader (lint/astro-config.ts) share it without importing each other's dependencies.

/** Set on the integration object by `astroLinkable()`; `Symbol.for` so a CLI and a site's copy of the package agree. */
export const LINKABLE_OPTIONS: symbol = Symbol.for('astro-linkable.options');
