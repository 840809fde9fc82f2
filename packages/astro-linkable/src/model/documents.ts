// Finds a site's Markdown/MDX sources and loads each one into the document model, once per build.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { imageSize } from 'image-size';
import { parseDocumentSource, type ParsedDocument } from './parse.js';
import { readSourceText } from './source.js';
import { assignIdentity, toPosix, type ProjectPaths, type UrlMapper } from './identity.js';
import type { Image, LinkableDocument } from './types.js';

export const DEFAULT_INCLUDE = ['src/content/**/*.{md,mdx}', 'src/pages/**/*.{md,mdx}'];

export interface LoadOptions {
  include: string[];
  exclude: string[];
  locale?: string;
  url?: UrlMapper;
}

/** The sources matching `include` minus `exclude`, relative to the project root, sorted for stable output. */
export async function discoverSources(project: ProjectPaths, options: Pick<LoadOptions, 'include' | 'exclude'>): Promise<string[]> {
  const files = await glob(options.include, {
    cwd: project.root,
    ignore: ['**/node_modules/**', ...options.exclude],
    onlyFiles: true,
    absolute: false,
  });
  return files.map(toPosix).sort();
}

/** Loads and parses every source. A file that cannot be read still yields a document carrying its error. */
export async function loadDocuments(project: ProjectPaths, options: LoadOptions): Promise<LinkableDocument[]> {
  const files = await discoverSources(project, options);
  const documents = await Promise.all(files.map((relativePath) => loadDocument(project, relativePath, options)));
  return documents;
}

export async function loadDocument(project: ProjectPaths, relativePath: string, options: Pick<LoadOptions, 'locale' | 'url'>): Promise<LinkableDocument> {
  const file = path.resolve(project.root, relativePath);
  const source = await readSourceText(file, relativePath);
  let parsed: ParsedDocument;
  if (source.ok) {
    parsed = parseDocumentSource({ file, relativePath, text: source.text, locale: options.locale });
  } else {
    parsed = parseDocumentSource({ file, relativePath, text: '', locale: options.locale });
    parsed.errors = [source.error];
  }
  const doc = assignIdentity(parsed, project, options.url);
  await readImageSizes(doc.images, file, project);
  return doc;
}

/** Fills in width/height of local images that do not state them, so size rules can read them. */
async function readImageSizes(images: Image[], file: string, project: ProjectPaths): Promise<void> {
  await Promise.all(
    images.map(async (image) => {
      if (image.width !== undefined || !image.src || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(image.src)) return;
      const local = image.src.startsWith('/')
        ? path.join(project.publicDir, decodeURI(image.src.split(/[?#]/)[0]))
        : path.resolve(path.dirname(file), decodeURI(image.src.split(/[?#]/)[0]));
      try {
        const size = imageSize(await readFile(local));
        if (size.width) image.width = size.width;
        if (size.height) image.height = size.height;
      } catch {
        // Missing or unreadable images are a concern of the image itself, not of the model; size stays unknown.
      }
    }),
  );
}
