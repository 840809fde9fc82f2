// A real fixture build: embed snippets, JSON-LD, CSV files against their source tables, oEmbed files, hostile input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { buildFixture, type FixtureResult } from '../helpers/fixture.js';
import { loadDocuments } from '../../packages/astro-linkable/src/model/documents.js';
import { embedsOptionsSchema } from '../../packages/astro-linkable/src/embeds/options.js';
import { buildEmbeds } from '../../packages/astro-linkable/src/embeds/build.js';
import type { SiteInfo } from '../../packages/astro-linkable/src/site.js';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

let site: FixtureResult;
const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

beforeAll(async () => {
  site = await buildFixture({ fixture: 'embeds', linkable: { site: { name: 'Example Co' }, embeds: { license: LICENSE } } });
  if (site.error) throw site.error;
});
afterAll(() => site?.remove());

/** The page as a browser sees it: elements with attributes and text. */
async function page(route: string) {
  const html = await site.read(`${route}/index.html`);
  const document = parseHtml(html);
  const elements: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) elements.push(node as Element);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(document);
  const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
  const text = (node: Node): string =>
    node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in node ? node.childNodes.map(text).join('') : '';
  const jsonLd = elements
    .filter((element) => element.tagName === 'script' && attr(element, 'type') === 'application/ld+json')
    .map((element) => JSON.parse(text(element)) as Record<string, any>);
  const byId = (id: string) => elements.find((element) => attr(element, 'id') === id);
  return { html, elements, attr, text, jsonLd, byId };
}

/** Google's required and recommended image licence fields. */
function expectImageLicenceMetadata(data: Record<string, any>) {
  expect(data['@context']).toBe('https://schema.org');
  expect(data['@type']).toBe('ImageObject');
  expect(data.contentUrl).toMatch(/^https:\/\/www\.example\.com\//);
  expect(data.creator).toMatchObject({ '@type': 'Organization', name: 'Example Co' });
  expect(typeof data.creditText).toBe('string');
  expect(data.license).toMatch(/^https:\/\//);
  expect(data.acquireLicensePage).toMatch(/^https:\/\/www\.example\.com\//);
}

/** Google's Dataset requirements. */
function expectGoogleDataset(data: Record<string, any>) {
  expect(data['@type']).toBe('Dataset');
  expect(typeof data.name).toBe('string');
  expect(data.description.length).toBeGreaterThanOrEqual(50);
  expect(data.description.length).toBeLessThanOrEqual(5000);
  expect(data.license).toMatch(/^https:\/\//);
  expect(data.creator).toMatchObject({ name: 'Example Co' });
  expect(data.distribution).toEqual([{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: expect.stringMatching(/^https:\/\/www\.example\.com\/_linkable\/data\/.+\.csv$/) }]);
}

describe('a Markdown infographic page', () => {
  it('gets an embed box right after the image and its caption, with the snippet visible as text', async () => {
    const { html, byId, text, attr } = await page('articles/late-invoice-infographic');
    const box = byId('linkable-infographic-1');
    expect(box).toBeDefined();
    expect(html.indexOf('src="/images/chart.png"')).toBeLessThan(html.indexOf('id="linkable-infographic-1"'));
    const snippet = text(byId('linkable-infographic-1-code')!);
    expect(snippet).toBe(
      '<figure style="margin:0 0 1em;max-width:100%"><img src="https://www.example.com/images/chart.png" alt="Infographic: Anatomy of a late invoice. A timeline shows the invoice sent on day 0 and paid on day 38." width="1200" height="1500" style="max-width:100%;height:auto" loading="lazy"><figcaption style="font-size:0.875em">Source: <a href="https://www.example.com/articles/late-invoice-infographic/">Anatomy of a Late Invoice</a> (Example Co, Design: Ana Ruiz, CC BY 4.0)</figcaption></figure>',
    );
    const button = (await page('articles/late-invoice-infographic')).elements.find((element) => attr(element, 'data-linkable-copy') === 'linkable-infographic-1-code');
    expect(button && attr(button, 'hidden')).toBe('');
  });

  it('offers no box for an ordinary photo', async () => {
    const { html } = await page('articles/late-invoice-infographic');
    expect(html.match(/data-linkable-embed=/g)).toHaveLength(1);
  });

  it('carries ImageObject JSON-LD with Google\'s licence fields, the frontmatter credit and licence', async () => {
    const { jsonLd } = await page('articles/late-invoice-infographic');
    const image = jsonLd.find((data) => data['@type'] === 'ImageObject')!;
    expectImageLicenceMetadata(image);
    expect(image).toMatchObject({
      contentUrl: 'https://www.example.com/images/chart.png',
      name: 'Anatomy of a late invoice',
      width: 1200,
      height: 1500,
      creditText: 'Design: Ana Ruiz',
      license: LICENSE,
      acquireLicensePage: 'https://www.example.com/articles/late-invoice-infographic/#linkable-infographic-1',
    });
  });

  it('writes oEmbed files and links them from the head, once each', async () => {
    const { elements, attr } = await page('articles/late-invoice-infographic');
    const links = elements.filter((element) => element.tagName === 'link' && attr(element, 'type') === 'application/json+oembed').map((element) => attr(element, 'href'));
    expect(links).toEqual([
      'https://www.example.com/_linkable/oembed/articles-late-invoice-infographic.json',
      'https://www.example.com/_linkable/oembed/articles-late-invoice-infographic/infographic-1.json',
    ]);
    const photo = JSON.parse(await site.read('_linkable/oembed/articles-late-invoice-infographic/infographic-1.json'));
    expect(photo).toEqual({
      type: 'photo',
      version: '1.0',
      title: 'Anatomy of a late invoice',
      author_name: 'Elena Marsh',
      author_url: 'https://www.example.com/',
      provider_name: 'Example Co',
      provider_url: 'https://www.example.com/',
      thumbnail_url: 'https://www.example.com/images/chart.png',
      thumbnail_width: 1200,
      thumbnail_height: 1500,
      url: 'https://www.example.com/images/chart.png',
      width: 1200,
      height: 1500,
    });
    const rich = JSON.parse(await site.read('_linkable/oembed/articles-late-invoice-infographic.json'));
    expect(rich).toMatchObject({ type: 'rich', version: '1.0', title: 'Anatomy of a Late Invoice', provider_name: 'Example Co', width: 600 });
    expect(rich.html).toContain('<a href="https://www.example.com/articles/late-invoice-infographic/">Anatomy of a Late Invoice</a>');
    expect(rich.height).toBeGreaterThan(0);
  });

  it('gets one copy script and the default styles once', async () => {
    const { html } = await page('articles/late-invoice-infographic');
    expect(html.match(/data-linkable-copy-script/g)).toHaveLength(1);
    expect(html.match(/linkable-embed__code\{/g) ?? []).toHaveLength(html.includes('data-linkable-style') ? 1 : 0);
  });
});

describe('a research page', () => {
  it('writes each table as a CSV equal to the source table (formulas neutralised), with a BOM and CRLF', async () => {
    const raw = await site.read('_linkable/data/articles-cash-flow-report-1.csv');
    expect(raw.startsWith('\ufeff')).toBe(true);
    expect(raw).toContain('\r\n');
    expect(parseCsv(raw, { bom: true })).toEqual([
      ['Industry', 'Respondents (n)', 'Median days', 'Change'],
      ['Construction, "trades" & repair', '182', '44', '-3.5'],
      ["'=HYPERLINK(\"http://evil.example\",\"click\")", '1', '2', '+1'],
      ["'@SUM(A1:A9)", '3', '4', '-1,204.75'],
      ['</script><script>alert(1)</script>', '5', '6', '7%'],
      ['All respondents', '1,204', '34', '-2'],
    ]);
    expect(parseCsv(await site.read('_linkable/data/articles-cash-flow-report-2.csv'), { bom: true })).toEqual([
      ['Amount', 'Paid on time'],
      ['Under $500', '78%'],
      ['$50,000 and over', '52%'],
    ]);
  });

  it('links each CSV right after its table, with Dataset JSON-LD that meets Google\'s requirements', async () => {
    const { html, jsonLd, byId, elements, attr } = await page('articles/cash-flow-report');
    expect(html).toMatch(/<\/table><p class="linkable-dataset" id="linkable-dataset-1"/);
    const link = elements.find((element) => element.tagName === 'a' && attr(element, 'href') === '/_linkable/data/articles-cash-flow-report-1.csv');
    expect(link && attr(link, 'download')).toBe('articles-cash-flow-report-1.csv');
    expect(byId('linkable-dataset-2')).toBeDefined();
    const datasets = jsonLd.filter((data) => data['@type'] === 'Dataset');
    expect(datasets).toHaveLength(2);
    for (const dataset of datasets) expectGoogleDataset(dataset);
    expect(datasets[0]).toMatchObject({
      name: 'Days to payment by industry',
      temporalCoverage: '2026-07-14/2026-08-08',
      datePublished: '2026-10-06',
      dateModified: '2026-10-20',
      license: LICENSE,
      variableMeasured: ['Industry', 'Respondents (n)', 'Median days', 'Change'],
    });
    expect(datasets[0].description).toContain('Table 1. Days to payment by industry.');
  });

  it('cites the page with both authors', async () => {
    const { byId, text } = await page('articles/cash-flow-report');
    expect(text(byId('linkable-cite-apa')!)).toBe('Marsh, E., & Okafor, S. (2026, October 6). The State of Cash Flow 2026. Example Co. https://www.example.com/articles/cash-flow-report/');
  });
});

describe('a guide', () => {
  it('keeps its tables as they are: no CSV, no link', async () => {
    const { html } = await page('articles/how-to-guide');
    expect(html).not.toContain('linkable-dataset');
    expect(site.exists('_linkable/data/articles-how-to-guide-1.csv')).toBe(false);
  });
});

describe('an MDX page with hostile input', () => {
  const HOSTILE_ALT = 'Alt "quoted" </script><script>alert(1)</script>';

  it('never lets a value out of its JSON-LD script, and the JSON-LD parses back to the values', async () => {
    const { html, jsonLd } = await page('articles/hostile');
    for (const block of html.match(/<script type="application\/ld\+json">[^]*?<\/script>/g) ?? []) {
      expect(block.slice('<script type="application/ld+json">'.length, -'</script>'.length)).not.toMatch(/<|>/);
    }
    const image = jsonLd.find((data) => data['@type'] === 'ImageObject')!;
    expectImageLicenceMetadata(image);
    expect(image.description).toBe(HOSTILE_ALT);
    expect(image.name).toBe('Title <b>bold</b> & </script>');
    expect(image.creditText).toBe('Credit "><img src=x onerror=alert(1)>');
    expect(image.license).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
  });

  it('adds no element from hostile values to the page', async () => {
    const { elements, attr } = await page('articles/hostile');
    expect(elements.filter((element) => element.tagName === 'img' && attr(element, 'src') === 'x')).toHaveLength(0);
    expect(elements.filter((element) => element.tagName === 'b')).toHaveLength(0);
    const scripts = elements.filter((element) => element.tagName === 'script');
    // Two JSON-LD blocks per dataset and image, and the one copy script: nothing from the hostile values.
    expect(scripts.every((script) => attr(script, 'type') === 'application/ld+json' || attr(script, 'data-linkable-copy-script') !== undefined)).toBe(true);
    expect(scripts.filter((script) => attr(script, 'data-linkable-copy-script') !== undefined)).toHaveLength(1);
  });

  it('renders the <Infographic> with its size from public/, and a snippet that parses to the hostile values', async () => {
    const { byId, text, elements, attr } = await page('articles/hostile');
    const figure = elements.find((element) => attr(element, 'data-linkable-infographic') === '1')!;
    const img = figure.childNodes.find((child) => 'tagName' in child && (child as Element).tagName === 'img') as Element;
    expect(attr(img, 'width')).toBe('1200');
    expect(attr(img, 'alt')).toBe(HOSTILE_ALT);
    const snippet = parseHtml(text(byId('linkable-infographic-1-code')!));
    const inner: Element[] = [];
    const walk = (node: Node) => {
      if ('tagName' in node) inner.push(node as Element);
      if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    };
    walk(snippet);
    expect(inner.map((element) => element.tagName)).toEqual(['html', 'head', 'body', 'figure', 'img', 'figcaption', 'a']);
    expect(attr(inner[4], 'alt')).toBe(HOSTILE_ALT);
  });

  it('writes <Dataset> files as CSV with formulas neutralised, from CSV and from JSON', async () => {
    expect(parseCsv(await site.read('_linkable/data/articles-hostile-1.csv'), { bom: true })).toEqual([
      ['name', 'formula', 'note'],
      ['Acme, Inc.', "'=1+1", 'line one\r\nline two'],
      ["'@cmd", '-3.5', '</script><script>alert(2)</script>'],
      ["'\ttab first", "'+44 20 7946", 'quote " inside'],
    ]);
    expect(parseCsv(await site.read('_linkable/data/articles-hostile-2.csv'), { bom: true })).toEqual([
      ['method', 'share', 'median_days', 'note'],
      ['Card', '0.41', '27', ''],
      ['Bank transfer', '0.33', '31', 'incl. instant'],
      ['Cheque', '0.26', '36', ''],
    ]);
    const { jsonLd } = await page('articles/hostile');
    const datasets = jsonLd.filter((data) => data['@type'] === 'Dataset');
    expect(datasets.map((data) => data.name)).toEqual(['Hostile cells </script>', 'Payments by method']);
    for (const dataset of datasets) expectGoogleDataset(dataset);
    expect(datasets[0].temporalCoverage).toBe('2025');
  });

  it('names a missing <Dataset> file with its position, and keeps the page', async () => {
    expect(site.logs).toContain('src/content/articles/hostile.mdx:25: <Dataset src="./missing.csv">: cannot find "./missing.csv" next to the page.');
    const { html } = await page('articles/hostile');
    expect(html).toContain('The data for this figure could not be loaded.');
    expect(html).not.toContain(site.root);
  });

  it('escapes the oEmbed JSON and keeps it valid', async () => {
    const raw = await site.read('_linkable/oembed/articles-hostile/infographic-1.json');
    expect(raw).not.toMatch(/<|>/);
    expect(JSON.parse(raw)).toMatchObject({ type: 'photo', version: '1.0', title: 'Title <b>bold</b> & </script>', author_name: "Siobhán O'Brien" });
  });

  it('marks the <Stat> with an anchor and a share link built from the page URL', async () => {
    const { byId, elements, attr } = await page('articles/hostile');
    expect(byId('stat-38-days')).toBeDefined();
    const share = elements.find((element) => attr(element, 'class') === 'linkable-stat__share')!;
    const url = new URL(attr(share, 'href')!);
    expect(url.origin + url.pathname).toBe('https://x.com/intent/post');
    expect(url.searchParams.get('url')).toBe('https://www.example.com/articles/hostile/#stat-38-days');
    expect(url.searchParams.get('text')).toBe('38 days on average (Example survey)');
  });
});

describe('running the build step again on built output', () => {
  it('never inserts a box twice, and fills doc.embeds and doc.datasets for the outreach manifest', async () => {
    const outDir = path.join(site.root, 'dist-again');
    await cp(site.outDir, outDir, { recursive: true });
    const info: SiteInfo = {
      root: site.root,
      srcDir: path.join(site.root, 'src'),
      publicDir: path.join(site.root, 'public'),
      cacheDir: path.join(site.root, 'node_modules/.astro'),
      reportDir: path.join(site.root, 'linkable-report'),
      base: '/',
      trailingSlash: 'ignore',
      site: 'https://www.example.com',
      name: 'Example Co',
      domains: ['example.com'],
    };
    const documents = await loadDocuments(info, { include: ['src/content/**/*.{md,mdx}'], exclude: [] });
    const logger = { info() {}, warn() {}, error() {}, debug() {}, fork() { return logger; }, label: 'test', options: {} } as never;
    const before = await readFile(path.join(outDir, 'articles/cash-flow-report/index.html'), 'utf8');
    const result = await buildEmbeds({ documents, site: info, options: embedsOptionsSchema.parse({ nofollow: true, license: LICENSE }), outDir, logger });
    expect(await readFile(path.join(outDir, 'articles/cash-flow-report/index.html'), 'utf8')).toBe(before);
    expect(result.pagesChanged).toBe(0);

    const infographic = documents.find((doc) => doc.id === 'articles-late-invoice-infographic')!;
    expect(infographic.embeds).toHaveLength(1);
    expect(infographic.embeds![0]).toMatchObject({
      src: 'https://www.example.com/images/chart.png',
      title: 'Anatomy of a late invoice',
      width: 1200,
      height: 1500,
      oembedUrl: '/_linkable/oembed/articles-late-invoice-infographic/infographic-1.json',
    });
    expect(infographic.embeds![0].embedHtml).toContain('rel="nofollow">Anatomy of a Late Invoice</a>');
    const research = documents.find((doc) => doc.id === 'articles-cash-flow-report')!;
    expect(research.datasets).toEqual([
      { url: '/_linkable/data/articles-cash-flow-report-1.csv', name: 'Days to payment by industry', columns: ['Industry', 'Respondents (n)', 'Median days', 'Change'], rows: 5, tableIndex: 0 },
      { url: '/_linkable/data/articles-cash-flow-report-2.csv', name: 'The State of Cash Flow 2026: Larger invoices', columns: ['Amount', 'Paid on time'], rows: 2, tableIndex: 1 },
    ]);
  });
});

describe('a site with a `base`', () => {
  it('writes files into the output and links them under the base', async () => {
    const based = await buildFixture({ fixture: 'embeds', linkable: { site: { name: 'Example Co' } }, config: { base: '/docs' } });
    try {
      expect(based.error).toBeUndefined();
      expect(based.exists('_linkable/data/articles-cash-flow-report-1.csv')).toBe(true);
      expect(based.exists('_linkable/oembed/articles-cash-flow-report.json')).toBe(true);
      const html = await based.read('articles/cash-flow-report/index.html');
      expect(html).toContain('href="/docs/_linkable/data/articles-cash-flow-report-1.csv"');
      expect(html).toContain('href="https://www.example.com/docs/_linkable/oembed/articles-cash-flow-report.json"');
    } finally {
      await based.remove();
    }
  });
});
