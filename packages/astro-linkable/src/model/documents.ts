// Finds a site's Markdown/MDX sources and loads each one into the document model, once per build.
import path from 'node:path';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseDocumentSource, type ParsedDocument } from './parse.js';
import { readSourceText } from './source.js';
import { assignIdentity, type ProjectPaths, type UrlMapper } from './identity.js';
import { discoverSources } from './discover.js';
import type { Image, LinkableDocument } from './types.js';

export { DEFAULT_INCLUDE, discoverSources } from './discover.js';

export interface LoadOptions {
  include: string[];
  exclude: string[];
  locale?: string;
  url?: UrlMapper;
}

/** Loads and parses every source. A file that cannot be read still yields a document carrying its error. */
export async function loadDocuments(project: ProjectPaths, options: LoadOptions): Promise<LinkableDocument[]> {
  const files = await discoverSources(project, options);
  const documents = await Promise.all(files.map((relativePath) => loadDocument(project, relativePath, options)));
  return documents;
}

export async function loadDocument(project: ProjectPaths, relativePath: string, options: Pick<LoadOptions, 'locale' | 'url'>): Promise<LinkableDocument> {
  return completeDocument(readAndParse(project, relativePath, options.locale), project, options.url);
}

/** The first, costly half of `loadDocument`: reads and parses the file (a file that cannot be read yields its error). */
export function readAndParse(project: Pick<ProjectPaths, 'root'>, relativePath: string, locale: string | undefined): ParsedDocument {
  const file = path.resolve(project.root, relativePath);
  const source = readSourceText(file, relativePath);
  if (source.ok) return parseDocumentSource({ file, relativePath, text: source.text, locale });
  const parsed = parseDocumentSource({ file, relativePath, text: '', locale });
  parsed.errors = [source.error];
  return parsed;
}

/** The second half of `loadDocument`: the document's identity in the site and the sizes of its local images. */
export async function completeDocument(parsed: ParsedDocument, project: ProjectPaths, url?: UrlMapper): Promise<LinkableDocument> {
  const doc = assignIdentity(parsed, project, url);
  await readImageSizes(doc.images, parsed.file, project);
  return doc;
}

/** Fills in width/height of local images that do not state them, so size rules can read them. */
async function readImageSizes(images: Image[], file: string, project: ProjectPaths): Promise<void> {
  await Promise.all(
    images.map(async (image) => {
      if (image.width !== undefined || !image.src || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(image.src)) return;
      try {
        const pathPart = decodeURI(image.src.split(/[?#]/)[0]);
        const local = image.src.startsWith('/') ? path.join(project.publicDir, pathPart) : path.resolve(path.dirname(file), pathPart);
        // Images that are not there are common (generated later, served elsewhere): ask before reading rather than
        // build an exception for each.
        if (!statSync(local, { throwIfNoEntry: false })?.isFile()) return;
        // Loaded at the first image there is to measure: 26 modules each lint thread would otherwise load at start.
        const { imageSize } = await import('image-size');
        const size = imageSize(await readFile(local));
        if (size.width) image.width = size.width;
        if (size.height) image.height = size.height;
      } catch {
        // Unreadable images and malformed paths are a concern of the image itself, not of the model; size stays unknown.
      }
    }),
  );
}
