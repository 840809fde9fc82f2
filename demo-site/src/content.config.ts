// Tallyhouse's content collections: articles (Markdown/MDX) and the contributors registry (YAML).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contributorIdsSchema, contributorSchema } from 'astro-linkable/schema';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/articles' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    pubDate: z.coerce.date(),
    updatedDate: z.coerce.date().optional(),
    author: z.string(),
    tags: z.array(z.string()).default([]),
    // Plain ids rather than reference('contributors'): an unknown id is the linter's
    // `contributor-unknown` finding, not a failed build.
    contributors: contributorIdsSchema(),
    // Placeholder until astro-linkable ships its schema helper for the `linkable` block.
    linkable: z.any().optional(),
  }),
});

// astro-linkable reads these same files at build start and warns about bad fields (naming the file);
// contributorSchema() is lenient on purpose so one bad entry never stops the build.
const contributors = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './src/content/contributors' }),
  schema: contributorSchema(),
});

export const collections = { articles, contributors };
