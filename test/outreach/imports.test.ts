// Outreach imports: SEO-tool exports and prospect lists read by header name, in any encoding, streamed, with bad rows reported.
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBacklinkExport } from '../../packages/astro-linkable/src/outreach/imports/backlink-exports.js';
import type { Backlink } from '../../packages/astro-linkable/src/outreach/imports/backlink.js';
import { readLinkingDomains } from '../../packages/astro-linkable/src/outreach/imports/already-linking.js';
import { ImportReport } from '../../packages/astro-linkable/src/outreach/imports/import-report.js';
import { readProspects } from '../../packages/astro-linkable/src/outreach/imports/prospects.js';
import { detectEncoding, openTable } from '../../packages/astro-linkable/src/outreach/imports/table-stream.js';
import { readOutreachImports } from '../../packages/astro-linkable/src/outreach/read-imports.js';
import { outreachOptionsSchema } from '../../packages/astro-linkable/src/outreach/options.js';

const demoData = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo-site/data');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'outreach-imports-'));
});

async function readAll(file: string, name = path.basename(file)): Promise<{ links: Backlink[]; report: ImportReport }> {
  const report = new ImportReport(name, 'backlinks');
  const links: Backlink[] = [];
  for await (const batch of readBacklinkExport(file, report)) links.push(...batch);
  return { links, report };
}

async function write(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

/** The demo's Ahrefs export as text (it is stored UTF-16 LE with a BOM, as Ahrefs writes it). */
async function ahrefsText(): Promise<string> {
  return new TextDecoder('utf-16le').decode(await readFile(path.join(demoData, 'ahrefs-backlinks.tsv')));
}

describe('Ahrefs Site Explorer → Backlinks export', () => {
  it('reads the UTF-16 LE, tab-separated export by header name', async () => {
    const bytes = await readFile(path.join(demoData, 'ahrefs-backlinks.tsv'));
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const { links, report } = await readAll(path.join(demoData, 'ahrefs-backlinks.tsv'));
    expect(report.format).toBe('ahrefs-backlinks');
    expect(report.rows).toBe(40);
    expect(report.skipped).toBe(0);
    expect(links[0]).toMatchObject({
      line: 2,
      referringUrl: 'https://smallbizwire.example/2026/03/late-payments-getting-worse',
      referringDomain: 'smallbizwire.example',
      referringTitle: 'Late payments are getting worse: what small firms can do | Small Biz Wire',
      targetUrl: 'https://ledgerly.example/blog/late-payment-statistics',
      targetDomain: 'ledgerly.example',
      anchor: 'figures compiled by Ledgerly',
      leftContext: 'According to',
      authority: { value: 78, label: 'DR' },
      nofollow: false,
      lost: false,
      firstSeen: '2025-06-19',
      lastSeen: '2026-11-08',
    });
    // Nofollow, UGC, sponsored and lost links are read as such, not dropped.
    expect(links.some((link) => link.nofollow && link.ugc)).toBe(true);
    expect(links.some((link) => link.sponsored)).toBe(true);
    expect(links.some((link) => link.lost)).toBe(true);
  });

  it('reads the same export saved as UTF-8 CSV, and with its columns in another order plus extra ones', async () => {
    const tsv = await ahrefsText();
    const rows = tsv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
      .map((line) => line.split('\t'));
    const csv = rows.map((cells) => cells.join(',')).join('\n');
    const utf8 = await readAll(await write('ahrefs-utf8.csv', csv));
    const original = await readAll(path.join(demoData, 'ahrefs-backlinks.tsv'));
    const comparable = (links: Backlink[]) => links.map(({ file: _file, ...rest }) => rest);
    expect(utf8.report.format).toBe('ahrefs-backlinks');
    expect(comparable(utf8.links)).toEqual(comparable(original.links));

    // Reverse the columns and add two the importer has never heard of.
    const shuffled = rows.map((cells, index) => [index === 0 ? '"Team notes"' : '"call back"', ...[...cells].reverse(), index === 0 ? '"Owner"' : '"sam"'].join('\t'));
    const reordered = await readAll(await write('ahrefs-reordered.tsv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(shuffled.join('\r\n'), 'utf16le')])));
    expect(reordered.report.format).toBe('ahrefs-backlinks');
    expect(comparable(reordered.links)).toEqual(comparable(original.links));
  });

  it('detects UTF-16 without a byte-order mark from its NUL pattern, little- and big-endian', async () => {
    const text = '"Referring page URL"\t"Target URL"\n"https://a.example/x"\t"https://competitor.example/y"\n';
    const little = Buffer.from(text, 'utf16le');
    const big = Buffer.from(little).swap16();
    expect(detectEncoding(little)).toBe('utf-16le');
    expect(detectEncoding(big)).toBe('utf-16be');
    expect(detectEncoding(Buffer.from(text, 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.concat([Buffer.from([0xfe, 0xff]), big]))).toBe('utf-16be');
    for (const [name, bytes] of [
      ['le.tsv', little],
      ['be.tsv', big],
    ] as const) {
      const { links } = await readAll(await write(name, bytes));
      expect(links.map((link) => link.targetUrl)).toEqual(['https://competitor.example/y']);
    }
  });
});

describe('Ahrefs broken backlinks and Semrush exports', () => {
  it('tells the broken-backlinks export apart by its target status column', async () => {
    const { links, report } = await readAll(path.join(demoData, 'ahrefs-broken-backlinks.tsv'));
    expect(report.format).toBe('ahrefs-broken-backlinks');
    expect(links).toHaveLength(6);
    expect(links.map((link) => link.targetStatus).sort()).toEqual([404, 404, 404, 404, 404, 410]);
  });

  it('reads the Semrush Backlinks export (UTF-8 CSV) with its page Authority Score', async () => {
    const { links, report } = await readAll(path.join(demoData, 'semrush-backlinks.csv'));
    expect(report.format).toBe('semrush-backlinks');
    expect(links).toHaveLength(30);
    expect(links[0]).toMatchObject({
      referringUrl: 'https://smallbizwire.example/2026/05/late-payments-data',
      referringTitle: 'Late payments in 2026: what the data says',
      targetUrl: 'https://invoicepal.example/blog/late-payment-statistics',
      anchor: 'late payment statistics',
      authority: { value: 41, label: 'AS' },
      firstSeen: '2024-10-01',
    });
  });

  it('reads a semicolon-separated Semrush export (European Excel)', async () => {
    const file = await write('semrush-semicolon.csv', 'Page ascore;Source title;Source url;Target url;Anchor;Nofollow\n12;Tips, tricks;https://a.example/p;https://competitor.example/q;"a; b";true\n');
    const { links } = await readAll(file);
    expect(links).toEqual([expect.objectContaining({ referringTitle: 'Tips, tricks', anchor: 'a; b', nofollow: true, authority: { value: 12, label: 'AS' } })]);
  });
});

describe('bad input', () => {
  it('rejects a header row that matches no format, naming each format and the headers it needs', async () => {
    const file = await write('mystery.csv', 'Website,Links,Notes\nexample.com,4,hi\n');
    const report = new ImportReport('data/mystery.csv', 'backlinks');
    await expect(async () => {
      for await (const _ of readBacklinkExport(file, report)) void _;
    }).rejects.toThrow(
      [
        'data/mystery.csv: the header row matches no export format astro-linkable reads.',
        '  Its headers: "Website", "Links", "Notes".',
        '  Formats and the headers each needs (extra columns are fine; names are matched ignoring case and punctuation):',
        '  - Ahrefs Site Explorer → Broken backlinks export: "Referring page URL", "Target URL", "Target page HTTP code"',
        '  - Ahrefs Site Explorer → Backlinks export: "Referring page URL", "Target URL"',
        '  - Semrush Backlink Analytics → Backlinks export: "Source url", "Target url"',
      ].join('\n'),
    );
  });

  it('skips malformed rows, reporting each with its line, and keeps the good ones', async () => {
    const csv = [
      'Source url,Target url,Anchor,Page ascore',
      'https://good.example/1,https://competitor.example/a,one,10',
      'https://short.example/2,https://competitor.example/b',
      'not a url,https://competitor.example/c,three,10',
      '"https://multi.example/4","https://competitor.example/d","an anchor',
      'over two lines",20',
      'https://good.example/5,https://competitor.example/e,five,101',
      'https://good.example/6,https://competitor.example/f,six,60',
    ].join('\n');
    const { links, report } = await readAll(await write('bad-rows.csv', csv), 'data/bad-rows.csv');
    expect(links.map((link) => [link.line, link.anchor])).toEqual([
      [2, 'one'],
      [5, 'an anchor\nover two lines'],
      [8, 'six'],
    ]);
    expect(report.skipped).toBe(3);
    expect(report.describe()).toEqual([
      'data/bad-rows.csv:3: skipped row: the row has a different number of cells from the header row (expect 4, got 2)',
      'data/bad-rows.csv:4: skipped row: "Source url" is not a web address (got "not a url")',
      'data/bad-rows.csv:7: skipped row: "Page ascore" should be a number from 0 to 100 (got "101")',
    ]);
  });

  it('reports a missing file and an unknown format per file, and still reads the others', async () => {
    const root = dir;
    await write('good.csv', 'Source url,Target url\nhttps://a.example/x,https://competitor.example/y\n');
    await write('odd.csv', 'Foo,Bar\n1,2\n');
    const options = outreachOptionsSchema.parse({ backlinks: ['good.csv', 'missing.csv', 'odd.csv'] });
    const imports = await readOutreachImports(root, options);
    expect(imports.competitorLinks).toHaveLength(1);
    expect(imports.reports.map((report) => report.error?.split('\n')[0] ?? null)).toEqual([
      null,
      'missing.csv: file not found (paths are relative to the project root).',
      'odd.csv: the header row matches no export format astro-linkable reads.',
    ]);
  });

  it('streams: rows arrive while the file is still being written (a pipe), so 100,000 rows are never held whole', async () => {
    const fifo = path.join(dir, 'export.pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = createWriteStream(fifo);
    const row = (i: number) => `https://a.example/${i},https://competitor.example/x,row ${i}\n`;
    writer.write('Source url,Target url,Anchor\n');
    for (let i = 1; i <= 1000; i++) writer.write(row(i));
    const report = new ImportReport('export.pipe', 'backlinks');
    const table = await openTable(fifo, report);
    const batches = table.rows[Symbol.asyncIterator]();
    const first = await batches.next();
    // The writer has not finished: the reader got its rows from a stream, not from a file read whole.
    expect(writer.writableEnded).toBe(false);
    expect(first.value?.[0].column({ names: ['Anchor'] })).toBe('row 1');
    let count = first.value?.length ?? 0;
    expect(count).toBeLessThan(1000);
    for (let i = 1001; i <= 100_000; i++) writer.write(row(i));
    writer.end();
    for (let next = await batches.next(); !next.done; next = await batches.next()) count += next.value.length;
    expect(count).toBe(100_000);
    expect(report.rows).toBe(100_000);
  });
});

describe('prospect lists and the site’s own backlinks', () => {
  it('reads the demo prospect list: topics split, authority as a number, empty contact left out', async () => {
    const report = new ImportReport('prospects.csv', 'prospects');
    const prospects = await readProspects(path.join(demoData, 'prospects.csv'), report);
    expect(prospects).toHaveLength(25);
    expect(prospects[0]).toMatchObject({
      line: 2,
      domain: 'ledgerandink.example',
      name: 'Ledger & Ink',
      topics: ['small business finance', 'cash flow', 'late payments', 'bookkeeping'],
      authority: 71,
      contact: 'editor@ledgerandink.example',
      pageUrl: 'https://www.ledgerandink.example/2026/04/what-owners-want-from-their-bank',
    });
    expect(prospects.find((prospect) => prospect.domain === 'ledgerly.example')?.contact).toBeUndefined();
  });

  it('reads JSON and YAML lists with the same fields, reporting bad items by line', async () => {
    const json = await write(
      'prospects.json',
      JSON.stringify({ prospects: [{ domain: 'www.One.example', topics: ['cash flow', 'invoicing'], authority: 40, pageUrl: 'https://one.example/r' }, { name: 'no domain' }] }, null, 2),
    );
    const yaml = await write('prospects.yaml', '- domain: two.example\n  topics: late payments; freelancers\n  notes: Likes data.\n- domain: "not a domain!"\n');
    const jsonReport = new ImportReport('prospects.json', 'prospects');
    expect(await readProspects(json, jsonReport)).toEqual([expect.objectContaining({ domain: 'one.example', topics: ['cash flow', 'invoicing'], authority: 40, pageUrl: 'https://one.example/r', line: 3 })]);
    expect(jsonReport.describe()).toEqual(['prospects.json:12: skipped row: the row has neither a "domain" nor a "page_url"']);
    const yamlReport = new ImportReport('prospects.yaml', 'prospects');
    expect(await readProspects(yaml, yamlReport)).toEqual([expect.objectContaining({ domain: 'two.example', topics: ['late payments', 'freelancers'], notes: 'Likes data.', line: 1 })]);
    expect(yamlReport.describe()).toEqual(['prospects.yaml:4: skipped row: "domain" is not a domain name such as example.com (got "not a domain!")']);
  });

  it('takes the referring domains of the site’s own backlinks export, www. removed', async () => {
    const report = new ImportReport('own-backlinks.csv', 'already-linking');
    const domains = await readLinkingDomains(path.join(demoData, 'own-backlinks.csv'), report);
    expect([...domains].sort()).toEqual([
      'community.indiemakers.example',
      'ledgerline.example',
      'moneyforcreatives.example',
      'sidehustlestack.example',
      'smallbizwire.example',
      'thebookkeepersdesk.example',
    ]);
    const list = await write('referring-domains.csv', 'Domain,Domain rating\nwww.Example.org,50\nnot a domain,1\n');
    const listReport = new ImportReport('referring-domains.csv', 'already-linking');
    expect([...(await readLinkingDomains(list, listReport))]).toEqual(['example.org']);
    expect(listReport.format).toBe('domain-list');
    expect(listReport.describe()).toEqual(['referring-domains.csv:3: skipped row: "Domain" is not a domain name such as example.com (got "not a domain")']);
  });
});
