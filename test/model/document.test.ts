// The document model on hand-made inputs: what it extracts, where it points, and how it survives bad input.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentSource } from '../../packages/astro-linkable/src/model/parse.js';
import { loadDocument, loadDocuments } from '../../packages/astro-linkable/src/model/documents.js';
import { assignIdentity, entryIdFromPath, type ProjectPaths } from '../../packages/astro-linkable/src/model/identity.js';
import { decodeSource } from '../../packages/astro-linkable/src/model/source.js';
import { countWords, splitSentences } from '../../packages/astro-linkable/src/model/inline-text.js';

const parse = (text: string, file = 'src/content/articles/post.md') => parseDocumentSource({ file: `/site/${file}`, relativePath: file, text });

describe('document model: extraction', () => {
  const markdown = `---
title: Remote work in numbers
description: Fresh numbers.
pubDate: 2026-01-15
updatedDate: 2026-02-01
author: Dana Cole
tags: [remote, work]
contributors: [jane-doe]
linkable:
  type: statistics
---

# Remote work in numbers

About 42% of teams are remote, says [the Bureau](https://www.bureau.example/report).[^1] We also checked.

- One in five managers works from home ([source](http://old.example/a)).
- See [our guide](/guides/remote/).

> Remote work is here to stay.
> — Jane Doe, Acme Research

| Year | Share |
| ---- | ----- |
| 2024 | 38%   |
| 2025 | 42%   |

![Infographic: remote work](/images/remote.png "Remote work infographic")

[^1]: Bureau of Work, [Annual report](https://www.bureau.example/annual), 2025.
`;
  const doc = parse(markdown);

  it('reads frontmatter into normalised fields', () => {
    expect(doc.errors).toEqual([]);
    expect(doc.title).toBe('Remote work in numbers');
    expect(doc.description).toBe('Fresh numbers.');
    expect(doc.published).toEqual({ iso: '2026-01-15', key: 'pubDate' });
    expect(doc.updated).toEqual({ iso: '2026-02-01', key: 'updatedDate' });
    expect(doc.authors).toEqual(['Dana Cole']);
    expect(doc.tags).toEqual(['remote', 'work']);
    expect(doc.contributorIds).toEqual(['jane-doe']);
    expect(doc.linkable).toEqual({ type: 'statistics' });
  });

  it('splits sentences with exact positions and attaches their links and footnotes', () => {
    const first = doc.sentences.find((sentence) => sentence.text.startsWith('About 42%'))!;
    expect(first.text).toBe('About 42% of teams are remote, says the Bureau.');
    expect(first.span.start).toMatchObject({ line: 15, column: 1 });
    expect(doc.links[first.links[0]].url).toBe('https://www.bureau.example/report');
    expect(first.footnoteRefs).toEqual(['1']);
    const second = doc.sentences.find((sentence) => sentence.text === 'We also checked.')!;
    expect(second.links).toEqual([]);
    expect(second.footnoteRefs).toEqual([]);
    expect(second.blockIndex).toBe(first.blockIndex);
    const item = doc.sentences.find((sentence) => sentence.text.startsWith('One in five'))!;
    expect(item.block).toBe('listItem');
    expect(item.span.start).toMatchObject({ line: 17, column: 3 });
  });

  it('keeps a hard-wrapped sentence whole, with its link on the next line', () => {
    const wrapped = parse('Small firms lost $3.1 billion to late invoices\nlast year, according to [the Payments\nInstitute](https://payments.example/report). Next one.\n');
    expect(wrapped.sentences.map((sentence) => sentence.text)).toEqual([
      'Small firms lost $3.1 billion to late invoices\nlast year, according to the Payments\nInstitute.',
      'Next one.',
    ]);
    expect(wrapped.sentences[0].links).toEqual([0]);
    expect(wrapped.sentences[1].span.start).toMatchObject({ line: 3, column: 46 });
  });

  it('classifies links and reads their domains', () => {
    expect(doc.links.map((link) => [link.kind, link.domain ?? null, link.url])).toEqual([
      ['external', 'bureau.example', 'https://www.bureau.example/report'],
      ['external', 'old.example', 'http://old.example/a'],
      ['internal', null, '/guides/remote/'],
      ['external', 'bureau.example', 'https://www.bureau.example/annual'],
    ]);
    expect(doc.links[0].span.start).toMatchObject({ line: 15, column: 37 });
  });

  it('resolves reference links against definitions inside blockquotes and list items, the first of a label winning', () => {
    const text = [
      'Growth was 35% per [the Board][board], and [again][q].',
      '',
      '> Quoted with [a ref][q].',
      '>',
      '> [q]: https://q.example/first',
      '',
      '- item',
      '',
      '  [board]: https://board.example/report',
      '',
      '[q]: https://q.example/second',
      '',
    ].join('\n');
    const nested = parseDocumentSource({ file: '/site/src/content/a.md', relativePath: 'src/content/a.md', text });
    expect(nested.links.map((link) => [link.text, link.url])).toEqual([
      ['the Board', 'https://board.example/report'],
      ['again', 'https://q.example/first'],
      ['a ref', 'https://q.example/first'],
    ]);
  });

  it('reads blockquote attributions, tables, images and footnotes', () => {
    expect(doc.blockquotes).toHaveLength(1);
    expect(doc.blockquotes[0].text).toBe('Remote work is here to stay.');
    expect(doc.blockquotes[0].attribution).toEqual({ text: 'Jane Doe, Acme Research', name: 'Jane Doe', organization: 'Acme Research' });
    expect(doc.quotes).toEqual([expect.objectContaining({ text: 'Remote work is here to stay.', name: 'Jane Doe', source: 'blockquote' })]);
    expect(doc.tables).toEqual([expect.objectContaining({ header: ['Year', 'Share'], rows: [['2024', '38%'], ['2025', '42%']] })]);
    expect(doc.images).toEqual([expect.objectContaining({ src: '/images/remote.png', alt: 'Infographic: remote work', infographic: true, origin: 'markdown' })]);
    expect(doc.footnotes).toEqual([expect.objectContaining({ label: '1', text: 'Bureau of Work, Annual report, 2025.' })]);
    expect(doc.links[doc.footnotes[0].links[0]].url).toBe('https://www.bureau.example/annual');
  });

  it('reads headings with Astro-style slugs and sections', () => {
    expect(doc.headings).toEqual([expect.objectContaining({ depth: 1, text: 'Remote work in numbers', slug: 'remote-work-in-numbers' })]);
    expect(doc.sentences.find((sentence) => sentence.text.startsWith('About'))!.section).toBe(0);
  });
});

describe('document model: MDX', () => {
  const mdx = `---
title: Experts on invoices
---
import { Quote, Stat } from 'astro-linkable/components';

{/* linkable-disable-next-line statistic-needs-source */}
Late invoices cost <Stat value="$3.1 billion" source="https://stats.example/x" /> a year.

<Quote by="jane-doe">
Send the invoice the day the work ends.
</Quote>

<Infographic src="/images/big.png" alt="How invoices get paid" width={1600} height="3200" />
`;
  const doc = parse(mdx, 'src/pages/experts.mdx');

  it('records JSX elements, quotes, directives and infographics', () => {
    expect(doc.errors).toEqual([]);
    expect(doc.format).toBe('mdx');
    expect(doc.directives).toEqual([expect.objectContaining({ kind: 'disable-next-line', rules: ['statistic-needs-source'], span: expect.objectContaining({ start: expect.objectContaining({ line: 6 }) }) })]);
    expect(doc.sentences.find((sentence) => sentence.text.includes('Late invoices'))!.text).toBe('Late invoices cost $3.1 billion a year.');
    expect(doc.quotes).toEqual([expect.objectContaining({ contributorId: 'jane-doe', text: 'Send the invoice the day the work ends.', source: 'mdx' })]);
    expect(doc.mdxElements.find((element) => element.name === 'Stat')!.attributes).toEqual({ value: '$3.1 billion', source: 'https://stats.example/x' });
    expect(doc.images).toEqual([expect.objectContaining({ src: '/images/big.png', infographic: true, width: 1600, height: 3200, origin: 'mdx' })]);
  });

  it('reads HTML comment directives in Markdown', () => {
    const md = parse('Intro.\n\n<!-- linkable-disable quote-unattributed, statistic-stale -->\n\n> A quote.\n\n<!-- linkable-enable -->\n');
    expect(md.directives.map((d) => [d.kind, d.rules, d.span.start.line])).toEqual([
      ['disable', ['quote-unattributed', 'statistic-stale'], 3],
      ['enable', [], 7],
    ]);
  });
});

describe('document model: bad input never throws', () => {
  it('reports invalid YAML frontmatter with its position and keeps the body', () => {
    const doc = parse('---\ntitle: Fine\nbroken: [unclosed\n---\n\nBody with 42% of something.\n');
    expect(doc.errors).toEqual([expect.objectContaining({ ruleId: 'frontmatter-invalid', line: 3, file: 'src/content/articles/post.md' })]);
    expect(doc.errors[0].message).toMatch(/^Invalid YAML frontmatter: /);
    expect(doc.sentences.map((sentence) => sentence.text)).toContain('Body with 42% of something.');
  });

  it('reports an invalid linkable block at the bad field', () => {
    const doc = parse('---\ntitle: T\nlinkable:\n  type: listicle\n---\n\nText.\n');
    expect(doc.errors).toEqual([expect.objectContaining({ ruleId: 'frontmatter-invalid', line: 4, column: 9 })]);
    expect(doc.errors[0].message).toContain('"linkable.type"');
    expect(doc.linkable).toEqual({});
  });

  it('reports an MDX syntax error with its position and still reads the text', () => {
    const doc = parse('# Title\n\nGood sentence here.\n\nBroken <Thing attr="x" text.\n', 'src/pages/x.mdx');
    expect(doc.errors[0]).toMatchObject({ ruleId: 'parse-error', line: 5 });
    expect(doc.errors[0].message).toMatch(/^MDX syntax error: /);
    expect(doc.title).toBe('Title');
    expect(doc.sentences.map((sentence) => sentence.text)).toContain('Good sentence here.');
  });

  it('rejects binary, non-UTF-8 and empty files with a parse-error naming the problem', () => {
    const binary = decodeSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'a.md');
    expect(binary).toMatchObject({ ok: false, error: { ruleId: 'parse-error', file: 'a.md' } });
    const latin1 = decodeSource(new Uint8Array([...Buffer.from('line one\ncaf'), 0xe9, 0x20, 0x21]), 'b.md');
    expect(latin1).toMatchObject({ ok: false, error: { ruleId: 'parse-error', line: 2, column: 4 } });
    expect(!latin1.ok && latin1.error.message).toMatch(/not valid UTF-8 \(invalid byte 0xe9\)/);
    const empty = decodeSource(new TextEncoder().encode('  \n\n'), 'c.md');
    expect(!empty.ok && empty.error.message).toMatch(/empty/);
    // One decoder serves every file: a file after a broken one decodes whole, its byte order mark dropped.
    expect(decodeSource(new Uint8Array([0xe2, 0x82]), 'd.md').ok).toBe(false);
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Caf\u00e9 \u20ac5')]), 'e.md')).toEqual({ ok: true, text: 'Caf\u00e9 \u20ac5' });
  });

  it('counts words as runs of characters between the spaces a regular expression knows', () => {
    const texts = ['', '   ', 'one', ' two  words ', 'tab\tand\nnew\r\nlines', 'no\u00a0break\u2009thin\u3000ideographic\ufeffbom', 'emoji \u{1F4C8} counts, 3.5x too', '\u200b zero-width is not a space'];
    for (const text of texts) expect([text, countWords(text)]).toEqual([text, text.match(/\S+/g)?.length ?? 0]);
    expect(parse('---\ntitle: T\n---\n\n# Heading here\n\nFour words in text.\n').wordCount).toBe(6);
  });

  it('finds one sentence in a text with no sentence terminator without the segmenter, where the segmenter finds one too', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    // Texts without terminators (the segmenter is skipped) and with them (it is not), in several scripts.
    const texts = ['Segment', '  +3.5 pts ', '45%', 'Über 10 Mio. Nutzer', 'Share of owners\nwrapped', 'Emoji \u{1F4C8} and 日本語', ' \u00a0 ', '', 'Two. Sentences!', '中文句子。第二句', 'Q؟ A', 'line\u2029para'];
    for (const text of texts) {
      const found = splitSentences(text, 'en');
      const segments = [...segmenter.segment(text.replace(/\r?\n/g, ' '))].filter((segment) => segment.segment.trim() !== '');
      if (segments.length <= 1) expect([text, found]).toEqual([text, text.trim() === '' ? [] : [{ start: text.indexOf(text.trim()[0]), end: text.trimEnd().length }]]);
      else expect(found.length).toBeGreaterThan(1);
    }
    // Every character outside the terminators and separators leaves a text one sentence, as the segmenter agrees.
    for (let code = 0x20; code < 0x3400; code++) {
      const text = `Abc def${String.fromCharCode(code)} ghi ${String.fromCharCode(code)}jkl`;
      if (splitSentences(text, 'en').length === 1) expect([code, [...segmenter.segment(text)].length]).toEqual([code, 1]);
    }
  });

  it('survives deep nesting, huge lines, emoji, mixed scripts and Jinja macros', () => {
    const deep = `${'> '.repeat(2000)}deep quote\n\n${Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`;
    expect(() => parse(deep)).not.toThrow();
    // Parsers are slow on such input (GFM autolinks on a 900 kB line); the point is that nothing throws.
    const huge = parse(`${'word 42% '.repeat(20_000)}\n\n🚀 Ракета 火箭 صاروخ {{ figure_markup(caption="x") }}.\n`);
    expect(huge.sentences.length).toBeGreaterThan(0);
    expect(huge.sentences.at(-1)!.text).toContain('🚀 Ракета 火箭 صاروخ');
  });

  it('loads every file of a folder even when some are broken, too large or binary', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'linkable-model-'));
    const write = async (name: string, content: string | Uint8Array) => {
      await mkdir(path.dirname(path.join(root, name)), { recursive: true });
      await writeFile(path.join(root, name), content);
    };
    await write('src/pages/good.md', '# Good\n\nFine text.\n');
    await write('src/pages/binary.md', new Uint8Array([1, 2, 0, 3]));
    await write('src/pages/huge.md', 'x'.repeat(5 * 1024 * 1024 + 1));
    await write('src/pages/empty.md', '');
    const project = { root, srcDir: path.join(root, 'src'), publicDir: path.join(root, 'public'), base: '/', trailingSlash: 'ignore' as const };
    const docs = await loadDocuments(project, { include: ['src/pages/**/*.md'], exclude: [] });
    expect(docs.map((doc) => [doc.relativePath, doc.errors.map((error) => error.ruleId)])).toEqual([
      ['src/pages/binary.md', ['parse-error']],
      ['src/pages/empty.md', ['parse-error']],
      ['src/pages/good.md', []],
      ['src/pages/huge.md', ['parse-error']],
    ]);
    expect(docs.find((doc) => doc.relativePath.endsWith('huge.md'))!.errors[0].message).toMatch(/over 5 MB/);
    expect(docs.find((doc) => doc.relativePath.endsWith('good.md'))!.title).toBe('Good');
  });

  it('reads local image sizes from public/ when markup does not state them', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'linkable-img-'));
    await mkdir(path.join(root, 'public/images'), { recursive: true });
    await mkdir(path.join(root, 'src/pages'), { recursive: true });
    // A minimal valid PNG header: 1400 x 900.
    const png = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png, 0);
    png.writeUInt32BE(13, 8);
    png.write('IHDR', 12, 'ascii');
    png.writeUInt32BE(1400, 16);
    png.writeUInt32BE(900, 20);
    await writeFile(path.join(root, 'public/images/chart.png'), png);
    await writeFile(path.join(root, 'src/pages/p.md'), '![Chart](/images/chart.png)\n');
    const project = { root, srcDir: path.join(root, 'src'), publicDir: path.join(root, 'public'), base: '/', trailingSlash: 'ignore' as const };
    const doc = await loadDocument(project, 'src/pages/p.md', {});
    expect(doc.images[0]).toMatchObject({ width: 1400, height: 900 });
  });
});

describe('asset identity and URL', () => {
  const project: ProjectPaths = { root: '/site', srcDir: '/site/src', publicDir: '/site/public', base: '/', trailingSlash: 'ignore' };
  const identity = (file: string, text = '# T\n', extra: Partial<ProjectPaths> = {}, mapUrl?: Parameters<typeof assignIdentity>[2]) =>
    assignIdentity(parseDocumentSource({ file: `/site/${file}`, relativePath: file, text }), { ...project, ...extra }, mapUrl);

  it('maps content collection entries like Astro\'s glob loader', () => {
    expect(entryIdFromPath('2026/My First Post.md')).toBe('2026/my-first-post');
    expect(entryIdFromPath('guides/index.mdx')).toBe('guides');
    const doc = identity('src/content/articles/State of Cash.md');
    expect([doc.collection, doc.url, doc.id]).toEqual(['articles', '/articles/state-of-cash/', 'articles-state-of-cash']);
    expect(identity('src/content/articles/x.md', '---\nslug: custom/path\n---\n').url).toBe('/articles/custom/path/');
  });

  it('maps src/pages files to their routes, with base and trailingSlash', () => {
    expect(identity('src/pages/about.md').url).toBe('/about/');
    expect(identity('src/pages/index.md').url).toBe('/');
    expect(identity('src/pages/index.md').id).toBe('index');
    expect(identity('src/pages/docs/index.mdx').url).toBe('/docs/');
    expect(identity('src/pages/about.md', '# T\n', { base: '/blog', trailingSlash: 'never' }).url).toBe('/blog/about');
    expect(identity('src/pages/about.md', '# T\n', { base: '/blog' }).id).toBe('about');
  });

  it('lets frontmatter linkable.url win over the url option, which wins over the default', () => {
    const mapper = (doc: { defaultUrl: string }) => doc.defaultUrl.replace('/articles/', '/blog/');
    expect(identity('src/content/articles/a.md', '# T\n', {}, mapper).url).toBe('/blog/a/');
    expect(identity('src/content/articles/a.md', '---\nlinkable:\n  url: /special/\n---\n', {}, mapper).url).toBe('/special/');
    expect(identity('src/content/articles/a.md', '# T\n', {}, () => undefined).url).toBe('/articles/a/');
  });
});
