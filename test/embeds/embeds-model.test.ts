// The embeds feature as functions of the document model: CSV, citations, licences, snippets, JSON-LD and offers.
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseFragment } from 'parse5';
import { parseDocumentSource } from '../../packages/astro-linkable/src/model/parse.js';
import type { LinkableDocument } from '../../packages/astro-linkable/src/model/types.js';
import { embedsOptionsSchema } from '../../packages/astro-linkable/src/embeds/options.js';
import { neutraliseFormula, toCsv } from '../../packages/astro-linkable/src/embeds/csv.js';
import { citationsFor, readPersonName, bibtexEscape } from '../../packages/astro-linkable/src/embeds/citations.js';
import { readLicense } from '../../packages/astro-linkable/src/embeds/licenses.js';
import { jsonForScript, jsonLdScript } from '../../packages/astro-linkable/src/embeds/escaping.js';
import { infographicSnippet, infographicTitle, imageObjectJsonLd } from '../../packages/astro-linkable/src/embeds/infographics.js';
import { isOfferedForEmbedding } from '../../packages/astro-linkable/src/embeds/offered-for-embedding.js';
import { planPage } from '../../packages/astro-linkable/src/embeds/page-plan.js';
import { datasetDescription } from '../../packages/astro-linkable/src/embeds/datasets.js';
import { applyInsertions, offsetAfterImage, scanPage } from '../../packages/astro-linkable/src/embeds/built-page.js';
import { COPY_SCRIPT } from '../../packages/astro-linkable/src/embeds/copy-script.js';
import type { PageContext } from '../../packages/astro-linkable/src/embeds/page-context.js';

const HOSTILE = `"><script>alert(1)</script></script><!-- & 'quote' \u2028 end`;

function doc(text: string, file = 'src/content/articles/page.md'): LinkableDocument {
  const parsed = parseDocumentSource({ file: `/site/${file}`, relativePath: file, text });
  return Object.assign(parsed, { id: 'articles-page', url: '/articles/page/' }) as LinkableDocument;
}

const site = { name: 'Example Co', site: 'https://www.example.com', base: '/', publicDir: '/site/public' };
const defaults = embedsOptionsSchema.parse(undefined);

function context(overrides: Partial<PageContext> = {}): PageContext {
  return {
    id: 'articles-page',
    path: '/articles/page/',
    url: 'https://www.example.com/articles/page/',
    title: 'The State of Cash Flow 2026',
    authors: ['Elena Marsh, Head of Research at Example Co'],
    tags: [],
    published: '2026-10-06',
    siteName: 'Example Co',
    base: '/',
    siteUrl: 'https://www.example.com/',
    origin: 'https://www.example.com',
    creator: { '@type': 'Organization', name: 'Example Co', url: 'https://www.example.com/' },
    creditText: 'Example Co',
    acquireLicensePage: 'https://www.example.com/articles/page/',
    nofollow: false,
    attribution: 'page-title',
    ...overrides,
  };
}

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas, and keeps plain numbers readable', () => {
    const cases: Array<[string, string]> = [
      ['=1+1', "'=1+1"],
      ['+SUM(A1:A2)', "'+SUM(A1:A2)"],
      ['-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tTab', "'\tTab"],
      ['\rCR', "'\rCR"],
      ['-', "'-"],
      ['-3.5', '-3.5'],
      ['+12%', '+12%'],
      ['-1,204.75', '-1,204.75'],
      ['-.5', '-.5'],
      ['34%', '34%'],
      ['a=b', 'a=b'],
    ];
    for (const [cell, expected] of cases) expect(neutraliseFormula(cell), cell).toBe(expected);
  });

  it('writes RFC 4180 with CRLF, quotes where needed, a BOM, and rows cut or padded to the header', () => {
    const csv = toCsv(['Name', 'Note'], [['Acme, "Inc."', 'line one\nline two'], ['only one'], ['a', 'b', 'extra']]);
    expect(csv.startsWith('\ufeffName,Note\r\n')).toBe(true);
    expect(csv).toContain('"Acme, ""Inc.""","line one\nline two"\r\n');
    expect(parseCsv(csv, { bom: true })).toEqual([
      ['Name', 'Note'],
      ['Acme, "Inc."', 'line one\nline two'],
      ['only one', ''],
      ['a', 'b'],
    ]);
  });
});

describe('citations', () => {
  it('reads bylines: name with role, family name first, suffixes', () => {
    expect(readPersonName('Elena Marsh, Head of Research at Tallyhouse')).toEqual({ family: 'Marsh', given: ['Elena'] });
    expect(readPersonName('Okafor, Sam')).toEqual({ family: 'Okafor', given: ['Sam'] });
    expect(readPersonName('Jane Doe, PhD')).toEqual({ family: 'Doe', given: ['Jane'] });
    expect(readPersonName('Ludwig van Beethoven')).toEqual({ family: 'van Beethoven', given: ['Ludwig'] });
    expect(readPersonName('')).toBeUndefined();
  });

  it('formats one author in APA, MLA, Chicago, BibTeX and HTML', () => {
    const citations = citationsFor(context({ updated: '2026-10-20' }));
    expect(citations.apa).toBe('Marsh, E. (2026, October 6). The State of Cash Flow 2026. Example Co. https://www.example.com/articles/page/');
    expect(citations.mla).toBe('Marsh, Elena. "The State of Cash Flow 2026." Example Co, 6 Oct. 2026, www.example.com/articles/page/.');
    expect(citations.chicago).toBe('Marsh, Elena. "The State of Cash Flow 2026." Example Co. October 6, 2026. https://www.example.com/articles/page/.');
    expect(citations.bibtex).toBe(
      [
        '@misc{marsh2026state,',
        '  author = {Marsh, Elena},',
        '  title = {{The State of Cash Flow 2026}},',
        '  howpublished = {Example Co},',
        '  year = {2026},',
        '  month = oct,',
        '  url = {https://www.example.com/articles/page/},',
        '  note = {Last updated 2026-10-20}',
        '}',
      ].join('\n'),
    );
    expect(citations.html).toBe('<a href="https://www.example.com/articles/page/">The State of Cash Flow 2026</a>');
  });

  it('formats several authors, an organisation as author, and a page without a date', () => {
    const two = citationsFor(context({ authors: ['Elena Marsh', 'Okafor, Sam'] }));
    expect(two.apa.startsWith('Marsh, E., & Okafor, S. (2026, October 6).')).toBe(true);
    expect(two.mla.startsWith('Marsh, Elena, and Sam Okafor. "')).toBe(true);
    const three = citationsFor(context({ authors: ['A One', 'B Two', 'C Three'] }));
    expect(three.apa.startsWith('One, A., Two, B., & Three, C.')).toBe(true);
    expect(three.mla.startsWith('One, A, et al. "')).toBe(true);
    expect(three.chicago.startsWith('One, A, B Two, and C Three. "')).toBe(true);
    const organisation = citationsFor(context({ authors: [], published: undefined }));
    expect(organisation.apa).toBe('Example Co. (n.d.). The State of Cash Flow 2026. https://www.example.com/articles/page/');
    expect(organisation.mla).toBe('"The State of Cash Flow 2026." Example Co, www.example.com/articles/page/.');
    expect(organisation.bibtex).toContain('author = {{Example Co}}');
  });

  it('escapes hostile titles in BibTeX and the HTML link', () => {
    expect(bibtexEscape('50% of {R&D} costs $5 #1 a_b ^ ~ \\')).toBe('50\\% of \\{R\\&D\\} costs \\$5 \\#1 a\\_b \\^{} \\~{} \\textbackslash{}');
    const citations = citationsFor(context({ title: HOSTILE }));
    const link = parseFragment(citations.html).childNodes;
    expect(link).toHaveLength(1);
    expect((link[0] as { tagName?: string }).tagName).toBe('a');
    expect(citations.html).not.toContain('<script');
  });
});

describe('licences', () => {
  it('reads URLs, site paths and Creative Commons ids', () => {
    expect(readLicense('CC BY 4.0', undefined)).toEqual({ url: 'https://creativecommons.org/licenses/by/4.0/', name: 'CC BY 4.0' });
    expect(readLicense('CC-BY-SA-4.0', undefined)).toEqual({ url: 'https://creativecommons.org/licenses/by-sa/4.0/', name: 'CC BY-SA 4.0' });
    expect(readLicense('cc by-nc-nd', undefined)?.url).toBe('https://creativecommons.org/licenses/by-nc-nd/4.0/');
    expect(readLicense('CC0', undefined)?.url).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
    expect(readLicense('/license/', 'https://www.example.com')?.url).toBe('https://www.example.com/license/');
    expect(readLicense('https://example.com/terms', undefined)).toEqual({ url: 'https://example.com/terms', name: 'licence terms' });
    expect(readLicense('All rights reserved', undefined)).toBeUndefined();
  });
});

describe('escaping', () => {
  it('JSON-LD cannot close its script element, and parses back to the same value', () => {
    const value = { name: HOSTILE, nested: ['</SCRIPT>', '<!--'] };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual(value);
    const script = jsonLdScript(value);
    expect(script.match(/<\/script/gi)).toHaveLength(1);
  });
});

describe('infographic snippet', () => {
  const input = { imageUrl: 'https://www.example.com/images/chart.png', alt: 'Days to payment by industry', title: 'Late invoices', width: 1200, height: 1500 };

  it('is the image at an absolute URL with its size and one credit link whose anchor is the page title', () => {
    const snippet = infographicSnippet(input, context());
    expect(snippet).toBe(
      '<figure style="margin:0 0 1em;max-width:100%"><img src="https://www.example.com/images/chart.png" alt="Days to payment by industry" width="1200" height="1500" style="max-width:100%;height:auto" loading="lazy"><figcaption style="font-size:0.875em">Source: <a href="https://www.example.com/articles/page/">The State of Cash Flow 2026</a> (Example Co)</figcaption></figure>',
    );
  });

  it('uses the site name as anchor and rel="nofollow" when configured', () => {
    const snippet = infographicSnippet(input, context({ attribution: 'site-name', nofollow: true }));
    expect(snippet).toContain('<a href="https://www.example.com/articles/page/" rel="nofollow">Example Co</a></figcaption>');
  });

  it('escapes hostile alt text, titles and credits so the snippet parses to the same values', () => {
    const snippet = infographicSnippet({ ...input, alt: HOSTILE, credit: HOSTILE }, context({ title: HOSTILE, siteName: HOSTILE }));
    const fragment = parseFragment(snippet);
    const elements: string[] = [];
    const walk = (node: { tagName?: string; childNodes?: unknown[] }) => {
      if (node.tagName) elements.push(node.tagName);
      for (const child of (node.childNodes ?? []) as Array<{ tagName?: string }>) walk(child);
    };
    walk(fragment as never);
    expect(elements).toEqual(['figure', 'img', 'figcaption', 'a']);
    const img = (fragment.childNodes[0] as { childNodes: Array<{ attrs: Array<{ name: string; value: string }> }> }).childNodes[0];
    expect(img.attrs.find((attr) => attr.name === 'alt')?.value).toBe(HOSTILE);
  });

  it('titles an infographic from its title, else its alt text, else the page', () => {
    expect(infographicTitle({ title: 'Infographic: Late fees at a glance', alt: '' }, undefined, 'Page')).toBe('Late fees at a glance');
    expect(infographicTitle({ alt: 'Infographic: Anatomy of a late invoice. A timeline of …' }, undefined, 'Page')).toBe('Anatomy of a late invoice');
    expect(infographicTitle({ alt: '' }, undefined, 'Page')).toBe('Page');
  });

  it('carries Google image licence metadata in ImageObject JSON-LD', () => {
    const license = { url: 'https://creativecommons.org/licenses/by/4.0/', name: 'CC BY 4.0' };
    const data = imageObjectJsonLd({ ...input, license, boxId: 'linkable-infographic-1' }, context());
    expect(data).toMatchObject({
      '@type': 'ImageObject',
      contentUrl: 'https://www.example.com/images/chart.png',
      creator: { '@type': 'Organization', name: 'Example Co' },
      creditText: 'Example Co',
      license: license.url,
      acquireLicensePage: 'https://www.example.com/articles/page/#linkable-infographic-1',
    });
  });
});

describe('which infographics are offered for embedding', () => {
  const markdown = '---\ntitle: T\n---\n\n![Chart](/c.png "Infographic: days to payment")\n';

  it('offers Markdown infographics through build-time injection, unless the option or the page turns it off', () => {
    const page = doc(markdown);
    const image = page.images[0];
    expect(image.infographic).toBe(true);
    expect(isOfferedForEmbedding(page, image)).toBe(true);
    expect(isOfferedForEmbedding(page, image, { embeds: { inject: false } })).toBe(false);
    const optedOut = doc(markdown.replace('title: T', 'title: T\nlinkable:\n  embed: false'));
    expect(isOfferedForEmbedding(optedOut, optedOut.images[0])).toBe(false);
  });

  it('offers an <Infographic> element whatever the option, unless it says embed={false}', () => {
    const page = doc('<Infographic src="/c.png" alt="Chart of days to payment" />\n\n<Infographic src="/d.png" alt="Other" embed={false} />\n', 'src/content/articles/page.mdx');
    expect(isOfferedForEmbedding(page, page.images[0], { embeds: { inject: false } })).toBe(true);
    expect(isOfferedForEmbedding(page, page.images[1])).toBe(false);
  });

  it('never offers an image that is not an infographic', () => {
    const page = doc('![A desk](/desk.png)\n');
    expect(isOfferedForEmbedding(page, page.images[0])).toBe(false);
  });
});

describe('planning a page', () => {
  const research = [
    '---',
    'title: Survey',
    'description: What 500 workers told us.',
    'pubDate: 2026-03-02',
    'license: CC-BY-4.0',
    'temporalCoverage: 2026-01',
    'linkable:',
    '  type: original-research',
    '---',
    '',
    '## Results',
    '',
    '| Team size | Meetings |',
    '| --- | --- |',
    '| 1-10 | 6 |',
    '',
    '*Table 1. Meetings per week by team size.*',
    '',
  ].join('\n');

  it('turns the tables of research pages into datasets named by their caption', () => {
    const plan = planPage(doc(research), site, defaults);
    expect(plan.datasets).toHaveLength(1);
    expect(plan.datasets[0]).toMatchObject({
      n: 1,
      kind: 'table',
      path: '/_linkable/data/articles-page-1.csv',
      url: 'https://www.example.com/_linkable/data/articles-page-1.csv',
      name: 'Meetings per week by team size',
      columns: ['Team size', 'Meetings'],
      rowCount: 1,
      temporalCoverage: '2026-01',
      license: { url: 'https://creativecommons.org/licenses/by/4.0/', name: 'CC BY 4.0' },
    });
  });

  it('leaves the tables of other pages alone unless `linkable.embed: true`, and follows `dataBase`', () => {
    const guide = research.replace('type: original-research', 'type: guide');
    expect(planPage(doc(guide), site, defaults).datasets).toHaveLength(0);
    const optedIn = planPage(doc(guide.replace('type: guide', 'type: guide\n  embed: true')), site, embedsOptionsSchema.parse({ dataBase: '/downloads/' }));
    expect(optedIn.datasets[0].path).toBe('/downloads/articles-page-1.csv');
  });

  it('puts file URLs under Astro\'s `base`', () => {
    const page = Object.assign(doc(research), { url: '/docs/articles/page/' });
    const plan = planPage(page, { ...site, base: '/docs/' }, defaults);
    expect(plan.datasets[0].path).toBe('/docs/_linkable/data/articles-page-1.csv');
    expect(plan.datasets[0].url).toBe('https://www.example.com/docs/_linkable/data/articles-page-1.csv');
    expect(plan.oembedPath).toBe('/docs/_linkable/oembed/articles-page.json');
    expect(plan.context.siteUrl).toBe('https://www.example.com/docs/');
  });

  it('reports an unreadable licence with the file and the expected form', () => {
    const problems: Array<{ message: string }> = [];
    planPage(doc(research.replace('license: CC-BY-4.0', 'license: All rights reserved')), site, defaults, problems);
    expect(problems[0].message).toContain('src/content/articles/page.md: frontmatter "license" is "All rights reserved"; expected a licence URL');
  });

  it('keeps dataset descriptions within Google\'s 50 to 5000 characters', () => {
    expect(datasetDescription(undefined, 'X', [], 0, context({ title: 'T', siteName: 'S', published: undefined })).length).toBeGreaterThanOrEqual(50);
    expect(datasetDescription('y'.repeat(9000), 'X', ['a'], 1, context()).length).toBeLessThanOrEqual(5000);
  });
});

describe('built page insertion', () => {
  it('puts a box after the paragraph of an image and its italic caption, leaving every other byte alone', () => {
    const html = '<html><head></head><body><p>Intro</p>\n<p><a href="/x"><img src="/c.png" alt="c"></a></p>\n<p><em>Figure 1.</em></p>\n<p>After</p></body></html>';
    const scan = scanPage(html);
    const offset = offsetAfterImage(scan.images[0].element);
    const result = applyInsertions(html, [{ offset, html: '<div>BOX</div>' }]);
    expect(result).toBe(html.replace('<p><em>Figure 1.</em></p>', '<p><em>Figure 1.</em></p><div>BOX</div>'));
  });
});

describe('copy script', () => {
  it('stays within a few hundred bytes', () => {
    expect(Buffer.byteLength(COPY_SCRIPT)).toBeLessThan(500);
  });
});
