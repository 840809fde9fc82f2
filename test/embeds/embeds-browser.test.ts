// The demo site in headless Chromium: every copy button copies its text, downloads work, and the page reads without JS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveDir } from '../helpers/browser.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outRoot = path.join(repo, 'test/.fixtures-out');
/** Screenshots land here to be looked at (they are not compared). */
const screenshots = path.join(outRoot, 'screenshots');

const PAGES = {
  infographic: '/articles/anatomy-of-a-late-invoice/',
  research: '/articles/state-of-small-business-cash-flow-2026/',
  statistics: '/articles/small-business-statistics/',
};

let outDir: string;
let server: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  await mkdir(outRoot, { recursive: true });
  outDir = await mkdtemp(path.join(outRoot, 'demo-embeds-'));
  // The real demo site, with its own config, built into a scratch directory.
  await build({ root: path.join(repo, 'demo-site'), outDir, logLevel: 'error' });
  server = await serveDir(outDir);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

async function openPage(route: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url + route);
  return { context, page, errors };
}

describe('copy buttons on the demo site', () => {
  for (const [name, route] of Object.entries(PAGES)) {
    it(`copy the exact text of their target on the ${name} page`, async () => {
      const { context, page, errors } = await openPage(route);
      const buttons = page.locator('[data-linkable-copy]');
      const count = await buttons.count();
      expect(count).toBeGreaterThanOrEqual(name === 'infographic' ? 7 : 5);
      for (let index = 0; index < count; index++) {
        const button = buttons.nth(index);
        await expect.poll(() => button.isVisible()).toBe(true);
        const targetId = await button.getAttribute('data-linkable-copy');
        const expected = await page.locator(`[id="${targetId}"]`).textContent();
        await page.evaluate(() => navigator.clipboard.writeText('(empty)'));
        await button.scrollIntoViewIfNeeded();
        await button.click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
        await expect.poll(() => button.textContent()).toBe('Copied');
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('copy a working embed snippet on the infographic page', async () => {
    const { context, page } = await openPage(PAGES.infographic);
    await page.locator('[data-linkable-copy="linkable-infographic-1-code"]').click();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toMatch(/^<figure [^>]*><img src="https:\/\/www\.tallyhouse\.example\/images\/anatomy-of-a-late-invoice\.png" alt="Infographic: Anatomy of a late invoice\. [^"]+" width="\d+" height="\d+"/);
    expect(snippet).toContain('Source: <a href="https://www.tallyhouse.example/articles/anatomy-of-a-late-invoice/">Anatomy of a Late Invoice</a> (Tallyhouse, CC BY 4.0)');
    // Pasted into another page, the snippet is one figure with the image and one credit link.
    const pasted = await page.evaluate((html) => {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      return { figures: holder.querySelectorAll('figure').length, images: holder.querySelectorAll('img').length, links: [...holder.querySelectorAll('a')].map((a) => a.textContent) };
    }, snippet);
    expect(pasted).toEqual({ figures: 1, images: 1, links: ['Anatomy of a Late Invoice'] });
    await context.close();
  });
});

describe('downloads and structured data on the demo site', () => {
  it('serves the research tables as CSV files equal to the tables on the page', async () => {
    const { context, page } = await openPage(PAGES.research);
    const tables = await page.locator('.prose table').evaluateAll((elements) =>
      elements.map((table) => [...table.querySelectorAll('tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()))),
    );
    const links = await page.locator('.linkable-dataset a[download]').evaluateAll((elements) => elements.map((a) => a.getAttribute('href')!));
    expect(links).toEqual([
      '/_linkable/data/articles-state-of-small-business-cash-flow-2026-1.csv',
      '/_linkable/data/articles-state-of-small-business-cash-flow-2026-2.csv',
    ]);
    for (const [index, href] of links.entries()) {
      const response = await page.request.get(server.url + href);
      expect(response.ok()).toBe(true);
      const rows = parseCsv(await response.text(), { bom: true }) as string[][];
      // The page shows curly quotes where the source has straight ones; compare the figures and labels.
      const normalise = (table: string[][]) => table.map((row) => row.map((cell) => cell.replace(/[\u201c\u201d]/g, '"')));
      expect(normalise(rows)).toEqual(normalise(tables[index]));
    }
    await context.close();
  });

  it('offers the statistics page\'s statistics as one CSV with their sources', async () => {
    const { context, page } = await openPage(PAGES.statistics);
    const href = await page.locator('.linkable-dataset a[download]').getAttribute('href');
    const rows = parseCsv(await (await page.request.get(server.url + href)).text(), { bom: true }) as string[][];
    expect(rows[0]).toEqual(['Statistic', 'Figures', 'Source', 'Source URL', 'Section']);
    expect(rows.length).toBeGreaterThan(30);
    expect(rows[1]).toEqual([
      expect.stringMatching(/^34\.1 million\. That is how many small businesses/),
      '34.1 million',
      'Business and Labor Statistics Office',
      'https://www.bls-stats.example/data/county-business-counts-2024',
      'Small businesses at a glance',
    ]);
    await context.close();
  });

  it('gives each page valid JSON-LD and oEmbed discovery links that resolve', async () => {
    for (const route of Object.values(PAGES)) {
      const { context, page } = await openPage(route);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const types = blocks.map((text) => JSON.parse(text)['@type']);
      expect(types.some((type) => type === 'ImageObject' || type === 'Dataset')).toBe(true);
      const hrefs = await page.locator('link[type="application/json+oembed"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      expect(new Set(hrefs).size).toBe(hrefs.length);
      for (const href of hrefs) {
        const local = new URL(href).pathname;
        const response = await page.request.get(server.url + local);
        expect(response.ok(), href).toBe(true);
        expect((await response.json()).version).toBe('1.0');
      }
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  it('shows the snippets and citations as text and no dead buttons', async () => {
    const { context, page } = await openPage(PAGES.infographic, { javaScriptEnabled: false });
    expect(await page.locator('#linkable-infographic-1-code').isVisible()).toBe(true);
    expect(await page.locator('#linkable-infographic-1-code').textContent()).toMatch(/^<figure /);
    expect(await page.locator('#linkable-cite-apa').isVisible()).toBe(true);
    expect(await page.locator('[data-linkable-copy]').first().isVisible()).toBe(false);
    await context.close();
  });
});

describe('screenshots to look at', () => {
  it('captures the infographic page\'s embed box, the citation box, and the research and statistics downloads', async () => {
    await mkdir(screenshots, { recursive: true });
    const { context, page } = await openPage(PAGES.infographic);
    const centre = (selector: string) => page.evaluate((target) => document.querySelector(target)!.scrollIntoView({ block: 'center' }), selector);
    await centre('#linkable-infographic-1');
    await page.screenshot({ path: path.join(screenshots, 'embeds-infographic.png') });
    await page.locator('.linkable-cite').screenshot({ path: path.join(screenshots, 'embeds-cite.png') });
    await page.goto(server.url + PAGES.research);
    await centre('#linkable-dataset-1');
    await page.screenshot({ path: path.join(screenshots, 'embeds-research.png') });
    await page.goto(server.url + PAGES.statistics);
    await centre('#linkable-dataset-1');
    await page.screenshot({ path: path.join(screenshots, 'embeds-statistics.png') });
    await context.close();
    const narrow = await openPage(PAGES.infographic, { width: 390 });
    await narrow.page.locator('#linkable-infographic-1').screenshot({ path: path.join(screenshots, 'embeds-infographic-mobile.png') });
    await narrow.context.close();
  });
});
