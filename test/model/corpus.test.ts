// The document model on real-world articles nobody here wrote (../shared/corpus): every file parses, counts match a hand check.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocuments } from '../../packages/astro-linkable/src/model/documents.js';
import type { LinkableDocument } from '../../packages/astro-linkable/src/model/types.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const project = { root: corpus, srcDir: path.join(corpus, 'src'), publicDir: path.join(corpus, 'public'), base: '/', trailingSlash: 'ignore' as const };

let documents: LinkableDocument[];
const byPath = (relativePath: string) => {
  const doc = documents.find((candidate) => candidate.relativePath === relativePath);
  if (!doc) throw new Error(`not loaded: ${relativePath}`);
  return doc;
};

beforeAll(async () => {
  documents = await loadDocuments(project, { include: ['**/*.{md,mdx}'], exclude: ['SOURCES.md'] });
});

describe('shared corpus', () => {
  it('loads every corpus file without a parse error', () => {
    const files = ['astro-docs', 'misc', 'web-almanac'].flatMap((dir) => readdirSync(path.join(corpus, dir)).map((file) => `${dir}/${file}`));
    expect(documents.map((doc) => doc.relativePath).sort()).toEqual(files.sort());
    for (const doc of documents) {
      expect(doc.errors, doc.relativePath).toEqual([]);
      expect(doc.title, doc.relativePath).not.toBe('');
      expect(doc.sentences.length, doc.relativePath).toBeGreaterThan(50);
    }
  });

  // Counts below were checked by hand against the files (grep for `](`, `<a href`, `<img`, `^#` outside code fences).
  it('reads the Rust 2024 survey post: TOML frontmatter, HTML links and images, one table', () => {
    const doc = byPath('misc/rust-blog-2024-State-Of-Rust-Survey-results.md');
    expect(doc.title).toBe('2024 State of Rust Survey Results');
    expect(doc.authors).toEqual(['The Rust Survey Team']);
    expect(doc.headings).toHaveLength(8);
    // 11 inline Markdown links + 3 reference links + 58 HTML anchors.
    expect(doc.links).toHaveLength(72);
    expect(doc.images).toHaveLength(23);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].header).toEqual(['Survey', 'Started', 'Completed', 'Completion rate', 'Views']);
    expect(doc.tables[0].rows).toHaveLength(2);
    expect(doc.tables[0].rows[0]).toEqual(['2023', '11 950', '9 710', '82.2%', '16 028']);
  });

  it('reads the Go 2023 H2 survey post: 19 headings, 41 images, 30 links, 14 blockquotes', () => {
    const doc = byPath('misc/go-blog-survey2023-h2-results.md');
    expect(doc.title).toBe('Go Developer Survey 2023 H2 Results');
    expect(doc.published).toEqual({ iso: '2023-12-05', key: 'date' });
    expect(doc.authors).toEqual(['Todd Kulesza']);
    expect(doc.tags).toEqual(['survey', 'community', 'developer experience research']);
    expect(doc.headings).toHaveLength(19);
    expect(doc.images).toHaveLength(41);
    expect(doc.links).toHaveLength(30);
    expect(doc.blockquotes).toHaveLength(14);
    expect(doc.links.filter((link) => link.kind === 'external').length).toBeGreaterThan(5);
  });

  it('reads the Web Almanac SEO chapter: 40 headings (a YAML comment is not one), no false images', () => {
    const doc = byPath('web-almanac/seo.md');
    expect(doc.headings).toHaveLength(40);
    expect(doc.headings[0]).toMatchObject({ depth: 2, text: 'Introduction', slug: 'introduction' });
    // "the <img> element" in prose is not an image.
    expect(doc.images).toHaveLength(0);
    expect(doc.description).toMatch(/^SEO chapter of the 2022 Web Almanac/);
    // Jinja-style {{ figure_markup(...) }} macros stay text and do not break sentences out of place.
    const macro = doc.sentences.find((sentence) => sentence.text.includes('{{ figure_markup('));
    expect(macro).toBeDefined();
  });

  it('reads Astro docs MDX: imports skipped, JSX components recorded, 34 headings', () => {
    const doc = byPath('astro-docs/guides-images.mdx');
    expect(doc.format).toBe('mdx');
    expect(doc.headings).toHaveLength(34);
    const names = new Set(doc.mdxElements.map((element) => element.name));
    expect(names).toContain('ReadMore');
    expect(names).toContain('RecipeLinks');
    expect(doc.mdxElements.filter((element) => element.name === 'ReadMore')).toHaveLength(7);
    expect(doc.sentences.some((sentence) => sentence.text.startsWith('import '))).toBe(false);
  });

  it('gives every sentence a position that points at its own text in the file', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const relativePath of ['web-almanac/cdn.md', 'misc/go-blog-survey2024-h1-results.md', 'astro-docs/guides-routing.mdx']) {
      const doc = byPath(relativePath);
      const source = await readFile(path.join(corpus, relativePath), 'utf8');
      let exact = 0;
      const plain = doc.sentences.filter((sentence) => sentence.block === 'paragraph' && sentence.links.length === 0);
      for (const sentence of plain) {
        const slice = source.slice(sentence.span.start.offset, sentence.span.end.offset);
        if (slice === sentence.text) exact++;
      }
      // Sentences without links or inline markup map back verbatim; emphasis and escapes shift a few.
      expect(exact / plain.length, relativePath).toBeGreaterThan(0.8);
    }
  });
});
