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

const optionalText = z.string().optional();
/**
 * URL fields keep only http(s) URLs: a `javascript:` or `data:` value becomes undefined rather than failing the
 * whole build, so a site's own pages using `getEntry` cannot render it either. astro-linkable warns about it.
 */
const httpUrlField = z
  .string()
  .optional()
  .transform((value) => (value && /^https?:\/\/[^\s]+$/i.test(value.trim()) ? value.trim() : undefined));

/**
 * A contributor registry entry, for the `contributors` collection in `content.config.ts`:
 * `defineCollection({ loader: glob({ pattern: '**\/*.{yaml,yml,json}', base: './src/content/contributors' }), schema: contributorSchema() })`.
 * Lenient on purpose: astro-linkable reads the same files itself and warns about each bad field, naming
 * the file, so one bad entry never stops the build. `email` is private: only the outreach manifest reads it.
 */
export function contributorSchema() {
  return z.object({
    id: optionalText,
    name: z.string(),
    role: optionalText,
    organization: optionalText,
    website: httpUrlField,
    social: z
      .object({ x: httpUrlField, linkedin: httpUrlField, bluesky: httpUrlField, mastodon: httpUrlField, github: httpUrlField })
      // `prefault`: the empty default goes through the object schema (zod 4), like a written `social: {}`.
      .prefault({}),
    /** A local image: `/images/jane.png` (in public/) or a path relative to the entry file. */
    avatar: optionalText,
    bio: optionalText,
    aliases: z.array(z.string()).default([]),
    /** Private: never rendered by astro-linkable; only the outreach manifest reads it. */
    email: optionalText,
  });
}
