// The demo site's outreach plan end to end: a copy of demo-site built for real, its manifest checked against the schema
// and for sensible targets, and its outreach.html driven in headless Chromium (filter, sort, copy, no network).
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { compileManifestSchema } from './manifest-schema.js';
import type { OutreachManifest } from '../../packages/astro-linkable/src/outreach/types.js';

const testDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const demo = path.resolve(testDir, '../demo-site');

let root: string;
let manifest: OutreachManifest;
let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  // A copy, so the test never races a developer's `npm run build` over demo-site/linkable-report.
  await mkdir(path.join(testDir, '.fixtures-out'), { recursive: true });
  root = await mkdtemp(path.join(testDir, '.fixtures-out', 'demo-'));
  for (const entry of ['src', 'public', 'data', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(path.join(demo, entry), path.join(root, entry), { recursive: true });
  }
  const previous = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = '1767225600';
  try {
    await build({ root, logLevel: 'error', outDir: path.join(root, 'dist') });
  } finally {
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
  }
  manifest = JSON.parse(await readFile(path.join(root, 'linkable-report', 'outreach.json'), 'utf8'));

  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`file://${path.join(root, 'linkable-report', 'outreach.html')}`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('the demo site’s outreach manifest', () => {
  it('matches the JSON Schema shipped in the package', async () => {
    const validate = await compileManifestSchema();
    expect(validate(manifest), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
  });

  it('finds targets for every article from all five sources, and skips the excluded and already-linking sites', () => {
    const articles = manifest.assets.filter((asset) => asset.id.startsWith('articles-'));
    expect(articles).toHaveLength(6);
    for (const asset of articles) expect(asset.targets.length, asset.id).toBeGreaterThan(3);
    const reasons = new Set(manifest.assets.flatMap((asset) => asset.targets.flatMap((target) => target.reasons)));
    expect([...reasons].sort()).toEqual(['broken-link', 'cited-source', 'competitor-backlink', 'contributor', 'prospect', 'resource-page']);
    const domains = new Set(manifest.assets.flatMap((asset) => asset.targets.map((target) => target.domain)));
    // exclude: the competitor on the prospect sheet; alreadyLinking: own-backlinks.csv (www. ignored).
    for (const skipped of ['ledgerly.example', 'invoicepal.example', 'smallbizwire.example', 'thebookkeepersdesk.example', 'ledgerline.example']) expect(domains.has(skipped), skipped).toBe(false);
    // Cited in the research report and on the prospect list: one row, both reasons (the cited page is on a subdomain).
    const research = manifest.assets.find((asset) => asset.id === 'articles-state-of-small-business-cash-flow-2026')!;
    expect(research.targets.find((target) => target.domain === 'payments-institute.example')?.reasons.sort()).toEqual(['cited-source', 'prospect']);
    // The how-to guide goes first to its contributor and to the resource pages that link to the competitor's guide.
    const guide = manifest.assets.find((asset) => asset.id === 'articles-how-to-write-an-invoice')!;
    expect(guide.targets.slice(0, 5).map((target) => target.domain)).toEqual(
      expect.arrayContaining(['paidfreelancer.example', 'freelance-collective.example', 'sbdc-network.example', 'invoicetemplates.example']),
    );
    expect(guide.targets.find((target) => target.domain === 'freelance-collective.example')?.reason).toBe('resource-page');
    // Featured contributors come first on the roundup, with their private email.
    const roundup = manifest.assets.find((asset) => asset.id === 'articles-expert-roundup-getting-paid-on-time')!;
    expect(roundup.targets[0]).toMatchObject({ reason: 'contributor', contact: expect.stringMatching(/@/) });
  });
});

describe('outreach.html in a browser', () => {
  const firstTable = () => page.locator('section[data-targets]').first();
  const visibleDomains = (section = firstTable()) => section.locator('tbody tr[data-domain]:not(.hidden)').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-domain')));

  it('opens without a single network request, share-card thumbnails inlined', async () => {
    expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([`file://${path.join(root, 'linkable-report', 'outreach.html')}`]);
    const thumbnail = page.locator('article.asset').first().locator('img.thumb');
    await expect(thumbnail.getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/);
    // Decoded and drawn: a broken data: URI would leave naturalWidth at 0.
    await expect(thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).resolves.toBe(480);
  });

  it('filters a table by text and by reason', async () => {
    const section = firstTable();
    const all = await visibleDomains();
    expect(all.length).toBeGreaterThan(5);
    await section.locator('input[type=search]').fill('resource page');
    const filtered = await visibleDomains();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    await expect(section.locator('.count').textContent()).resolves.toBe(`${filtered.length} of ${all.length} sites shown`);
    await section.locator('input[type=search]').fill('no site is called this');
    expect(await visibleDomains()).toEqual([]);
    await expect(section.locator('.empty-row').isVisible()).resolves.toBe(true);
    await section.locator('input[type=search]').fill('');
    await section.locator('select').selectOption('prospect');
    const prospects = await visibleDomains();
    const expected = manifest.assets[0].targets.filter((target) => target.reasons.includes('prospect')).map((target) => target.domain);
    expect(prospects).toEqual(expected);
    await section.locator('select').selectOption('');
  });

  it('sorts a table by a column, both ways', async () => {
    const section = firstTable();
    const authority = () => section.locator('tbody tr[data-domain]').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-authority') || -1)));
    await section.locator('button[data-sort=authority]').click();
    const descending = await authority();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await section.locator('button[data-sort=authority]').click();
    const ascending = await authority();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await expect(section.locator('th[aria-sort=ascending] button').getAttribute('data-sort')).resolves.toBe('authority');
    await section.locator('button[data-sort=domain]').click();
    const domains = await section.locator('tbody tr[data-domain]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-domain')!));
    expect(domains).toEqual([...domains].sort((a, b) => a.localeCompare(b)));
  });

  it('copies the pitch and the embed code with one click', async () => {
    const asset = manifest.assets[0];
    await page.locator(`button[data-copy="pitch-${asset.id}"]`).click();
    await page.waitForFunction((id) => document.querySelector(`button[data-copy="pitch-${id}"]`)?.textContent === 'Copied', asset.id);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(asset.pitch);

    const withEmbed = manifest.assets.find((candidate) => candidate.infographics.some((infographic) => infographic.embedHtml))!;
    const button = page.locator(`button[data-copy="embed-${withEmbed.id}-0"]`);
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(withEmbed.infographics[0].embedHtml);
  });

  it('looks like a finished page (screenshot kept for review)', async () => {
    await page.reload();
    await page.evaluate(() => window.scrollTo(0, 0));
    const shot = path.join(testDir, '.fixtures-out', 'outreach-report.png');
    await page.screenshot({ path: shot, fullPage: false });
    await page.locator('article.asset').first().screenshot({ path: path.join(testDir, '.fixtures-out', 'outreach-report-asset.png') });
    expect(requests.filter((url) => !url.startsWith('data:') && !url.startsWith('file:'))).toEqual([]);
  });
});
