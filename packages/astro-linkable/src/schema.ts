// Schema helpers a site uses in `content.config.ts` to type and validate astro-linkable frontmatter.
import { z } from 'astro/zod';
import { linkableFrontmatterSchema } from './model/frontmatter-schema.js';

/**
 * The `linkable` frontmatter field. Use it inside a collection schema:
 * `schema: z.object({ title: z.string(), linkable: linkableSchema() })`.
 */
export function linkableSchema() {
  return linkableFrontmatterSchema.optional();
}

/** The `contributors` frontmatter field: ids of people featured on the page. */
export function contributorIdsSchema() {
  return z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a contributor id (lowercase letters, digits and dashes)')).optional();
}
