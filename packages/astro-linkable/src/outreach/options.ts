// The outreach-manifest option group: where the team's prospect list and SEO-tool exports live, and how targets are picked.
import { z } from 'astro/zod';

/**
 * Sites that are cited everywhere and never answer a pitch. Matched as a domain and every subdomain of it
 * (`wikipedia.org` also covers `en.wikipedia.org`). `genericDomains` adds to this list; `defaultGenericDomains: false`
 * turns it off.
 */
export const DEFAULT_GENERIC_DOMAINS = [
  'amazon.com',
  'apple.com',
  'archive.org',
  'bit.ly',
  'bsky.app',
  'creativecommons.org',
  'doi.org',
  'facebook.com',
  'github.com',
  'gitlab.com',
  'goo.gl',
  'google.com',
  'instagram.com',
  'linkedin.com',
  'medium.com',
  'microsoft.com',
  'pinterest.com',
  'reddit.com',
  'schema.org',
  'stackoverflow.com',
  't.co',
  'threads.net',
  'tiktok.com',
  'twitter.com',
  'w3.org',
  'wikimedia.org',
  'wikipedia.org',
  'wordpress.com',
  'x.com',
  'youtu.be',
  'youtube.com',
];

const files = z.union([z.string().min(1), z.array(z.string().min(1))]).transform((value) => (typeof value === 'string' ? [value] : value));

const defaults = {
  enabled: true,
  prospects: [] as string[],
  backlinks: [] as string[],
  brokenBacklinks: [] as string[],
  exclude: [] as string[],
  alreadyLinking: [] as string[],
  genericDomains: [] as string[],
  defaultGenericDomains: true,
  maxTargets: 25,
  minRelevance: 0.3,
};

export const outreachOptionsSchema = z
  .object({
    /** Write `outreach.json`, `outreach.csv` and `outreach.html` into `reportDir` at the end of `astro build`. */
    enabled: z.boolean().default(defaults.enabled),
    /** The team's prospect list(s): CSV, JSON or YAML files relative to the project root. */
    prospects: files.default(defaults.prospects),
    /** Competitor backlink exports (Ahrefs or Semrush, detected from the header row), relative to the project root. */
    backlinks: files.default(defaults.backlinks),
    /** Exports of links to dead competitor pages: every row counts as a broken link, whatever its status column says. */
    brokenBacklinks: files.default(defaults.brokenBacklinks),
    /** Domains never to pitch (a domain also covers its subdomains). */
    exclude: z.array(z.string().min(1)).default(defaults.exclude),
    /** Exports of the site's own backlinks (or plain domain lists): domains that already link are skipped. */
    alreadyLinking: files.default(defaults.alreadyLinking),
    /** More domains too generic to pitch even when a page cites them (added to the built-in list). */
    genericDomains: z.array(z.string().min(1)).default(defaults.genericDomains),
    /** Use the built-in list of generic domains (Wikipedia, Google, YouTube, X/Twitter, …). */
    defaultGenericDomains: z.boolean().default(defaults.defaultGenericDomains),
    /** Most targets listed per asset. */
    maxTargets: z.number().int().positive().default(defaults.maxTargets),
    /** How closely (0–1) a prospect or competitor link must match an asset's topics to be suggested. */
    minRelevance: z.number().min(0).max(1).default(defaults.minRelevance),
  })
  .strict()
  .default(defaults);

export type OutreachOptions = z.output<typeof outreachOptionsSchema>;
