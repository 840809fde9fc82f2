// Maps a source file to its asset identity: collection, id and public URL (as Astro would route it).
import path from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import type { LinkableDocument } from './types.js';
import type { ParsedDocument } from './parse.js';

export interface ProjectPaths {
  /** Absolute project root. */
  root: string;
  /** Absolute `src` directory. */
  srcDir: string;
  /** Absolute `public` directory. */
  publicDir: string;
  /** Astro `base`, e.g. `/` or `/docs`. */
  base: string;
  trailingSlash: 'always' | 'never' | 'ignore';
  /** The deployed origin (`site`), without trailing slash, when configured. */
  site?: string;
}

/** A site's own URL mapping; return undefined to keep the default. */
export type UrlMapper = (doc: Readonly<ParsedDocument & { collection?: string; defaultUrl: string }>) => string | undefined;

export function assignIdentity(parsed: ParsedDocument, project: ProjectPaths, mapUrl?: UrlMapper): LinkableDocument {
  const relToSrc = toPosix(path.relative(project.srcDir, parsed.file));
  let collection: string | undefined;
  let routePath: string;

  const contentMatch = relToSrc.match(/^content\/([^/]+)\/(.+)$/);
  const pageMatch = relToSrc.match(/^pages\/(.+)$/);
  if (contentMatch) {
    collection = contentMatch[1];
    const frontmatterSlug = parsed.frontmatter.slug;
    const entryId = typeof frontmatterSlug === 'string' && frontmatterSlug.trim() ? frontmatterSlug.trim() : entryIdFromPath(contentMatch[2]);
    routePath = `${collection}/${entryId}`;
  } else if (pageMatch) {
    routePath = pageMatch[1].replace(/\.(md|mdx)$/i, '').replace(/(^|\/)index$/, '');
  } else {
    routePath = toPosix(path.relative(project.root, parsed.file)).replace(/\.(md|mdx)$/i, '');
  }

  const defaultUrl = withBase(routePath, project);
  let url = defaultUrl;
  const mapped = mapUrl?.({ ...parsed, collection, defaultUrl });
  if (typeof mapped === 'string' && mapped.trim()) url = mapped.trim();
  if (parsed.linkable && parsed.linkable.url) url = parsed.linkable.url;

  const doc = parsed as LinkableDocument;
  doc.collection = collection;
  doc.url = url;
  doc.id = assetId(url, project.base);
  return doc;
}

/** Astro's glob loader id: the path without extension, each segment slugged, a trailing `/index` dropped. */
export function entryIdFromPath(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\.[^./]+$/, '');
  const segments = withoutExtension.split('/').map((segment) => githubSlug(segment));
  const id = segments.join('/').replace(/\/index$/, '');
  return id;
}

function withBase(routePath: string, project: ProjectPaths): string {
  const base = project.base.replace(/\/+$/, '');
  const trimmed = routePath.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return `${base}/`;
  const slash = project.trailingSlash === 'never' ? '' : '/';
  return `${base}/${trimmed}${slash}`;
}

/** A file-name-safe id from the URL path: `/blog/state-of-x/` → `blog-state-of-x`. */
export function assetId(url: string, base = '/'): string {
  let pathname = url;
  try {
    pathname = new URL(url, 'https://placeholder.invalid').pathname;
  } catch {
    // keep the raw value
  }
  const baseTrimmed = base.replace(/^\/+|\/+$/g, '');
  let trimmed = pathname.replace(/^\/+|\/+$/g, '');
  if (baseTrimmed && (trimmed === baseTrimmed || trimmed.startsWith(`${baseTrimmed}/`))) trimmed = trimmed.slice(baseTrimmed.length);
  const id = trimmed
    .replace(/\.html?$/i, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => githubSlug(decodeURIComponentSafe(segment)))
    .join('-')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return id || 'index';
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Normalises a pathname for comparison with built pages: no base, no leading/trailing slash. */
export function comparablePath(pathname: string, base = '/'): string {
  const baseTrimmed = base.replace(/^\/+|\/+$/g, '');
  let trimmed = pathname.split(/[?#]/)[0].replace(/^\/+|\/+$/g, '').replace(/\/index\.html$|\.html$/i, '');
  if (baseTrimmed && (trimmed === baseTrimmed || trimmed.startsWith(`${baseTrimmed}/`))) trimmed = trimmed.slice(baseTrimmed.length).replace(/^\/+/, '');
  return trimmed;
}

export function toPosix(value: string): string {
  return value.split(path.sep).join('/');
}
