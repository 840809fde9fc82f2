// The outreach reports from a real `astro build`: where they go, their schema, byte-identical rebuilds, and hostile imports
// that must not inject HTML into outreach.html or formulas into outreach.csv.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureResult } from '../helpers/fixture.js';
import { launchBrowser } from '../helpers/browser.js';
import { compileManifestSchema } from './manifest-schema.js';
import type { OutreachManifest } from '../../packages/astro-linkable/src/outreach/types.js';

const EPOCH = '1767225600'; // 2026-01-01T00:00:00Z

const prospects = [
  'domain,name,topics,authority,contact,page_url,notes',
  `hostile.example,"<script>alert('name')</script>",remote work;meetings;surveys,60,"=HYPERLINK(""https://evil.example"",""click"")",https://hostile.example/x,"+1 notes"`,
  'jsurl.example,JS Link,remote work;surveys,50,someone@jsurl.example,javascript:alert(2),row is skipped',
  'formula.example,"@SUM(1+1)",remote work;meetings;focus time,55,javascript:alert(1),https://formula.example/p,"\tstarts with a tab"',
  'labor.example,Labor Board,remote work;labor statistics,80,press@labor.example,https://labor.example/press,Cited in our survey.',
].join('\n');

const backlinks = [
  'Page ascore,Source title,Source url,Target url,Anchor,Nofollow',
  '40,"</script><img src=x onerror=alert(3)>",https://evil-title.example/remote-work,https://competitor.example/blog/remote-work-survey-2025,"<b onmouseover=alert(4)>remote work survey</b>",false',
  `35,Quotes "everywhere",https://quote.example/"><script>alert(5)</script>,https://competitor.example/blog/remote-work-statistics,-remote work statistics,false`,
  '30,Remote meetings resources,https://resources.example/resources/remote-work,https://competitor.example/blog/meetings-survey,meeting statistics,true',
].join('\n');

const contributors = `- id: jane-doe
  name: Jane Doe
  organization: Focus Lab
  website: https://janedoe.example
  email: jane.private@mailbox.example
`;

const roundup = `---
title: Meetings, according to the people who run them
description: Four managers on cutting meeting time, with our survey data.
contributors: [jane-doe]
linkable:
  type: expert-roundup
  topics: [remote work, meetings]
---

We asked managers how they cut meetings in remote teams.

> Cancel the status meeting and write it down instead.
>
> — Jane Doe, Focus Lab
`;

let first: FixtureResult;
let second: FixtureResult;
let manifest: OutreachManifest;
const report = (result: FixtureResult, file: string) => readFile(path.join(result.root, 'linkable-report', file));

beforeAll(async () => {
  first = await buildFixture({
    fixture: 'basic',
    files: {
      'data/prospects.csv': prospects,
      'data/semrush.csv': backlinks,
      'data/contributors.yaml': contributors,
      'src/content/articles/meetings-roundup.md': roundup,
    },
    linkable: {
      contributors: { file: 'data/contributors.yaml', pages: false },
      outreach: { prospects: 'data/prospects.csv', backlinks: ['data/semrush.csv'] },
    },
    env: { SOURCE_DATE_EPOCH: EPOCH },
  });
  if (first.error) throw first.error;
  manifest = JSON.parse(await first.readFromRoot('linkable-report/outreach.json'));
  second = await first.rebuild();
  if (second.error) throw second.error;
});

afterAll(async () => {
  await first?.remove();
});

describe('outreach reports from a build', () => {
  it('writes outreach.json, .csv and .html to the report directory, and nothing with contacts into the site', async () => {
    for (const file of ['outreach.json', 'outreach.csv', 'outreach.html']) expect((await report(first, file)).length).toBeGreaterThan(100);
    const built: string[] = [];
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else built.push(full);
      }
    };
    await walk(first.outDir);
    expect(built.filter((file) => /outreach/.test(file))).toEqual([]);
    for (const file of built) expect(await readFile(file, 'utf8'), file).not.toContain('jane.private@mailbox.example');
    expect(manifest.contributors[0]).toMatchObject({ id: 'jane-doe', email: 'jane.private@mailbox.example' });
    expect(first.logs).toMatch(/Outreach: 3 assets, \d+ suggested targets in \d+ ms\. Open linkable-report\/outreach\.html\./);
  });

  it('matches the JSON Schema shipped in the package, and takes generatedAt from SOURCE_DATE_EPOCH', async () => {
    const validate = await compileManifestSchema();
    expect(validate(manifest), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(manifest.generatedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(manifest.$schema).toMatch(/schemas\/outreach\.schema\.json$/);
    // The schema is not a rubber stamp: a target without a reason fails it.
    const broken = structuredClone(manifest);
    delete (broken.assets[0].targets[0] as Partial<(typeof broken.assets)[0]['targets'][0]>).reason;
    expect(validate(broken)).toBe(false);
  });

  it('builds byte-identical reports twice with the same SOURCE_DATE_EPOCH', async () => {
    for (const file of ['outreach.json', 'outreach.csv', 'outreach.html']) {
      expect((await report(second, file)).equals(await report(first, file)), file).toBe(true);
    }
  });

  it('finds targets from cited sources, contributors, prospects and the competitor export', () => {
    const survey = manifest.assets.find((asset) => asset.id === 'articles-remote-work-survey')!;
    const roundupAsset = manifest.assets.find((asset) => asset.id === 'articles-meetings-roundup')!;
    const reasons = new Set(manifest.assets.flatMap((asset) => asset.targets.flatMap((target) => target.reasons)));
    expect([...reasons].sort()).toEqual(['cited-source', 'competitor-backlink', 'contributor', 'prospect', 'resource-page']);
    expect(survey.targets.find((target) => target.domain === 'labor.example')?.reasons).toEqual(expect.arrayContaining(['cited-source', 'prospect']));
    expect(roundupAsset.targets.find((target) => target.domain === 'janedoe.example')).toMatchObject({ reason: 'contributor', contact: 'jane.private@mailbox.example' });
  });

  it('reports the malformed prospect row with its file and line, and skips it', () => {
    expect(first.logs).toContain('data/prospects.csv:3: skipped row: "page_url" is not a web address (got "javascript:alert(2)")');
    expect(manifest.imports.find((entry) => entry.file === 'data/prospects.csv')).toMatchObject({ rows: 4, skipped: 1 });
    expect(JSON.stringify(manifest)).not.toContain('jsurl.example');
  });

  it('writes an RFC 4180 CSV in UTF-8 with a BOM, with every formula-like cell neutralised', async () => {
    const bytes = await report(first, 'outreach.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    const rows: string[][] = parse(text, { bom: true });
    expect(rows[0].slice(0, 8)).toEqual(['Asset rank', 'Asset', 'Asset URL', 'Asset type', 'Readiness', 'Asset score', 'Target site', 'Target page']);
    expect(rows.length - 1).toBe(manifest.assets.reduce((sum, asset) => sum + asset.targets.length, 0));
    const cells = rows.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("https://evil.example","click")`);
    expect(cells).toContain("'@SUM(1+1)");
  });

  it('escapes every imported value in outreach.html; nothing hostile runs or loads in a browser', async () => {
    const html = (await report(first, 'outreach.html')).toString('utf8');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b onmouseover');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&#60;script&#62;alert(&#39;name&#39;)&#60;/script&#62;');

    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const dialogs: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const file = path.join(first.root, 'linkable-report', 'outreach.html');
      await page.goto(`file://${file}`);
      await page.mouse.move(400, 400);
      await page.locator('tr[data-domain]').first().hover();
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([`file://${file}`]);
      // The hostile name shows as text.
      await expect(page.getByText("<script>alert('name')</script>").count()).resolves.toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });
});
