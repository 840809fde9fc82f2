// Who published a page and on what terms: the facts every snippet, citation, JSON-LD block and oEmbed file repeats.
import type { LinkableDocument } from '../model/types.js';
import type { SiteInfo } from '../site.js';
import { absoluteUrl } from '../site.js';
import type { EmbedsOptions } from './options.js';
import { readLicense, type License } from './licenses.js';

export interface Creator {
  '@type': 'Organization' | 'Person';
  name: string;
  url?: string;
}

/** Plain JSON (it travels to components through the virtual state module). */
export interface PageContext {
  /** Asset id, used in file names. */
  id: string;
  /** Public path of the page, with `base`. */
  path: string;
  /** Absolute URL of the page (the path alone when Astro's `site` is not set). */
  url: string;
  title: string;
  description?: string;
  authors: string[];
  /** ISO dates. */
  published?: string;
  updated?: string;
  tags: string[];
  siteName: string;
  /** Absolute URL of the site's home page, when known. */
  siteUrl?: string;
  /** The site origin without trailing slash, when known. */
  origin?: string;
  /** Astro's `base`, which prefixes the public path of every file this feature writes. */
  base: string;
  creator: Creator;
  creditText: string;
  license?: License;
  acquireLicensePage: string;
  /** ISO 8601 date, year or interval from frontmatter `temporalCoverage`. */
  temporalCoverage?: string;
  nofollow: boolean;
  attribution: EmbedsOptions['attribution'];
}

export interface ContextProblem {
  message: string;
}

/** Builds the page context; problems (an unreadable licence) are returned for the caller to report. */
export function pageContext(
  doc: LinkableDocument,
  site: Pick<SiteInfo, 'name' | 'site' | 'base'>,
  options: EmbedsOptions,
  problems: ContextProblem[] = [],
): PageContext {
  const origin = site.site;
  const siteUrl = origin ? `${origin}${site.base.endsWith('/') ? site.base : `${site.base}/`}` : undefined;
  const url = absoluteUrl(site, doc.url);
  const creator: Creator = options.creator
    ? { '@type': options.creator.type, name: options.creator.name, ...(options.creator.url ? { url: absoluteUrl(site, options.creator.url) } : {}) }
    : { '@type': 'Organization', name: site.name, ...(siteUrl ? { url: siteUrl } : {}) };

  const frontmatterLicense = typeof doc.frontmatter.license === 'string' ? doc.frontmatter.license : undefined;
  const licenseValue = frontmatterLicense ?? options.license;
  const license = readLicense(licenseValue, origin);
  if (licenseValue && !license) {
    const where = frontmatterLicense ? `${doc.relativePath}: frontmatter "license"` : 'option "embeds.license"';
    problems.push({ message: `${where} is "${licenseValue}"; expected a licence URL or a Creative Commons id such as "CC-BY-4.0". It is left out of the structured data.` });
  }

  const context: PageContext = {
    id: doc.id,
    path: doc.url,
    url,
    title: doc.title,
    authors: doc.authors,
    tags: doc.tags,
    siteName: site.name,
    base: site.base,
    creator,
    creditText: options.creditText ?? creator.name,
    acquireLicensePage: options.acquireLicensePage ? absoluteUrl(site, options.acquireLicensePage) : url,
    nofollow: options.nofollow,
    attribution: options.attribution,
  };
  if (doc.description) context.description = doc.description;
  if (doc.published) context.published = doc.published.iso;
  if (doc.updated) context.updated = doc.updated.iso;
  if (siteUrl) context.siteUrl = siteUrl;
  if (origin) context.origin = origin;
  if (license) context.license = license;
  const coverage = temporalCoverage(doc.frontmatter.temporalCoverage);
  if (coverage) context.temporalCoverage = coverage;
  return context;
}

/** Frontmatter `temporalCoverage`: a year, a date, or an ISO 8601 interval such as `2026-07-14/2026-08-08`. */
function temporalCoverage(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string' && value.trim()) return value.trim();
  return undefined;
}

/** The licence of one item: its own value when readable, else the page's. */
export function itemLicense(value: string | undefined, context: PageContext): License | undefined {
  return readLicense(value, context.origin) ?? context.license;
}

/** The public path of a file this feature writes: `base` + the option's directory + the file name. */
export function publicFilePath(context: Pick<PageContext, 'base'>, directory: string, file: string): string {
  const prefix = context.base.replace(/\/+$/, '');
  const folder = directory.replace(/\/+$/, '');
  return `${prefix}${folder}/${file}`;
}

/** An absolute URL for a site path, using the context's origin. */
export function absoluteFor(context: Pick<PageContext, 'origin'>, pathOrUrl: string): string {
  return absoluteUrl({ site: context.origin }, pathOrUrl);
}
