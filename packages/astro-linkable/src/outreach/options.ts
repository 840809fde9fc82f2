// The outreach-manifest option group.
import { z } from 'astro/zod';

export const outreachOptionsSchema = z
  .object({
    /** The team's prospect list (CSV, JSON or YAML), relative to the project root. */
    prospects: z.string().optional(),
    /** Competitor backlink exports (Ahrefs, Semrush), relative to the project root. */
    backlinks: z.array(z.string()).default([]),
    /** Domains never to pitch. */
    exclude: z.array(z.string()).default([]),
    /** Exports of the site's own backlinks: those domains already link and are skipped. */
    alreadyLinking: z.array(z.string()).default([]),
    /** Most targets listed per asset. */
    maxTargets: z.number().int().positive().default(25),
  })
  .default({ backlinks: [], exclude: [], alreadyLinking: [], maxTargets: 25 });
