// The contributor-pages option group.
import { z } from 'astro/zod';

export const contributorsOptionsSchema = z
  .object({
    /** Content collection holding the registry (YAML/JSON data entries). */
    collection: z.string().default('contributors'),
    /** Alternatively a data file (YAML or JSON list), relative to the project root. */
    file: z.string().optional(),
    /** Base path of the injected pages. */
    base: z.string().default('/contributors'),
    /** Inject the index and per-contributor pages. */
    pages: z.boolean().default(true),
  })
  .default({ collection: 'contributors', base: '/contributors', pages: true });
