// The contributor-pages option group: where the registry lives, where the pages go, and how the badge links back.
import { z } from 'astro/zod';

const routeBase = z
  .string()
  .regex(/^\/?[a-z0-9][a-z0-9/_-]*\/?$/i, { message: 'expected a path such as "/contributors" (letters, digits, "-", "_" and "/")' })
  .refine((value) => !value.split('/').includes('..'), { message: 'expected a path without ".." segments' });

const astroComponentPath = z.string().regex(/\.astro$/, { message: 'expected the path of an .astro file, relative to the project root' });

const badgeDefaults = { enabled: true, nofollow: false };

export const contributorsOptionsSchema = z
  .object({
    /** Content collection holding the registry: YAML or JSON data entries under `src/content/<collection>/`. */
    collection: z.string().regex(/^[^/\\]+$/, { message: 'expected a collection name, not a path' }).default('contributors'),
    /** Alternatively one data file (a YAML/JSON list of entries with `id`, or a map of id → entry), relative to the project root. */
    file: z.string().min(1).optional(),
    /** Base path of the injected pages, under Astro's `base`. */
    base: routeBase.default('/contributors'),
    /** Inject the index and per-contributor pages. */
    pages: z.boolean().default(true),
    /** A site's own page components (paths relative to the project root), used instead of the defaults. */
    components: z
      .object({
        /** Page for one contributor; receives `{ contributor, site }`. */
        profile: astroComponentPath.optional(),
        /** The contributors index; receives `{ contributors, site }`. */
        index: astroComponentPath.optional(),
      })
      .strict()
      .default({}),
    /** The "Featured on <site>" badge contributors embed on their own sites. */
    badge: z
      .object({
        /** Render badges and show their embed code. */
        enabled: z.boolean().default(true),
        /** Add `rel="nofollow"` to the link in the embed code. */
        nofollow: z.boolean().default(false),
      })
      .strict()
      .default(badgeDefaults),
  })
  .strict()
  .default({ collection: 'contributors', base: '/contributors', pages: true, components: {}, badge: badgeDefaults });

export type ContributorsOptions = z.output<typeof contributorsOptionsSchema>;
