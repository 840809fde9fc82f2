// The astro-linkable integration, as a site's Astro config imports it. This module loads nothing heavy: the integration
// (integration.ts, with the linter, share cards, embeds, contributor pages and outreach) loads when Astro calls the
// first hook. Reading a config then costs no more than the config itself: `astro-linkable lint` reads the site's config
// to get the options, and importing every feature took about 0.35 s of a lint that can take less than a second.
import type { AstroIntegration } from 'astro';
import type { LinkableUserOptions } from './options.js';
import { LINKABLE_OPTIONS } from './integration-options.js';

export type { LinkableUserOptions as LinkableOptions } from './options.js';
export type * from './model/types.js';
/** What a site's own contributor page components receive (`contributors.components`). */
export type { ContributorProfile, ContributorsState } from './contributors/profiles.js';

type Hooks = AstroIntegration['hooks'];

export default function astroLinkable(userOptions: LinkableUserOptions = {}): AstroIntegration {
  let loaded: Promise<Hooks> | undefined;
  // One integration (and so one state: documents, registry, card pool) per call, created at the first hook.
  const hooks = () => (loaded ??= import('./integration.js').then(({ createIntegration }) => createIntegration(userOptions).hooks));
  return {
    name: 'astro-linkable',
    // `astro-linkable lint` reads the options from the site's config through this (lint/astro-config.ts).
    [LINKABLE_OPTIONS]: userOptions,
    hooks: {
      'astro:config:setup': async (params) => (await hooks())['astro:config:setup']?.(params),
      'astro:server:setup': async (params) => (await hooks())['astro:server:setup']?.(params),
      'astro:build:start': async (params) => (await hooks())['astro:build:start']?.(params),
      'astro:build:done': async (params) => (await hooks())['astro:build:done']?.(params),
    },
  };
}
