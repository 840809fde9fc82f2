// The integration's options: one zod schema composed of per-feature groups, and friendly errors for bad input.
import { z } from 'astro/zod';
import { AstroError } from 'astro/errors';
import { DEFAULT_INCLUDE, DEFAULT_LOCALE } from './model/discover.js';
import type { UrlMapper } from './model/identity.js';
import { lintOptionsSchema } from './lint/options.js';
import { cardsOptionsSchema } from './cards/options.js';
import { contributorsOptionsSchema } from './contributors/options.js';
import { embedsOptionsSchema } from './embeds/options.js';
import { outreachOptionsSchema } from './outreach/options.js';

const pathPattern = z.string().min(1);

export const optionsSchema = z
  .object({
    /** The site's public identity, used on cards, badges, citations and in the manifest. */
    site: z
      .object({
        /** Display name; defaults to the host of Astro's `site`. */
        name: z.string().min(1).optional(),
        /** Deployed origin; defaults to Astro's `site`. */
        url: z.url({ message: 'expected an absolute URL such as "https://www.example.com"' }).optional(),
        /** Domains the site owns (never pitched, never counted as outbound citations). */
        domains: z.array(z.string()).default([]),
      })
      .default({ domains: [] }),
    /** Globs (relative to the project root) of the Markdown/MDX sources to read. */
    include: z.array(pathPattern).min(1).default(DEFAULT_INCLUDE),
    /** Globs to leave out. */
    exclude: z.array(pathPattern).default([]),
    /** A site's own mapping from document to public URL; return undefined to keep the default. */
    url: z.custom<UrlMapper>((value) => typeof value === 'function', { message: 'expected a function (doc) => string' }).optional(),
    /** Locale for sentence segmentation. */
    locale: z.string().default(DEFAULT_LOCALE),
    /** Where reports are written, relative to the project root; never inside the deployed output. */
    reportDir: pathPattern.default('linkable-report'),
    /** Lowest linkability score before the `linkability-score` rule reports an asset. */
    minScore: z.number().min(0).max(100).default(50),
    ...lintOptionsSchema.shape,
    cards: cardsOptionsSchema,
    contributors: contributorsOptionsSchema,
    embeds: embedsOptionsSchema,
    outreach: outreachOptionsSchema,
  })
  .strict();

export type LinkableUserOptions = z.input<typeof optionsSchema>;
export type LinkableOptions = z.output<typeof optionsSchema>;

/** Validates user options; a failure becomes one AstroError naming each bad option, its value and what was expected. */
export function parseOptions(userOptions: unknown): LinkableOptions {
  const result = optionsSchema.safeParse(userOptions ?? {});
  if (result.success) return result.data;
  throw new AstroError(formatOptionErrors(result.error.issues, userOptions), 'See the options reference in the astro-linkable README.');
}

export function formatOptionErrors(issues: z.core.$ZodIssue[], userOptions: unknown): string {
  const lines = issues.map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join('.') : '(options)';
    if (issue.code === 'unrecognized_keys') {
      const prefix = issue.path.length ? `${where}.` : '';
      return `- ${issue.keys.map((key) => `"${prefix}${key}"`).join(', ')}: unknown option`;
    }
    const value = valueAt(userOptions, issue.path);
    const shown = value === undefined ? 'missing' : `got ${preview(value)}`;
    return `- "${where}": ${issue.message} (${shown})`;
  });
  return `Invalid astro-linkable options:\n${lines.join('\n')}`;
}

function valueAt(root: unknown, keys: PropertyKey[]): unknown {
  let value = root;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function preview(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
