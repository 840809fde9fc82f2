// How long the outreach manifest takes on a large site: 1,000 assets against a 100,000-row Ahrefs backlinks export
// (UTF-16, as Ahrefs writes it) and 5,000 prospects. Target: under 10 s and under 1 GB on the 2-core machine.
// Run: npm run bench:outreach   (builds the package first; figures go into docs/benchmarks.md, "Outreach manifest")
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { loadDocuments } from '../packages/astro-linkable/dist/model/documents.js';
import { documentStatistics } from '../packages/astro-linkable/dist/lint/document-statistics.js';
import { readOutreachImports } from '../packages/astro-linkable/dist/outreach/read-imports.js';
import { buildOutreachManifest } from '../packages/astro-linkable/dist/outreach/manifest.js';
import { outreachOptionsSchema } from '../packages/astro-linkable/dist/outreach/options.js';
import { outreachCsv } from '../packages/astro-linkable/dist/outreach/report/csv.js';
import { outreachHtml } from '../packages/astro-linkable/dist/outreach/report/html.js';
import { parse } from 'csv-parse';

const ASSETS = 1000;
const BACKLINK_ROWS = 100_000;
const PROSPECTS = 5000;

// A deterministic pseudo-random sequence (mulberry32), so every run measures the same data.
let seed = 42;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const SUBJECTS = ['late payments', 'cash flow', 'invoicing', 'payroll', 'bookkeeping', 'tax deadlines', 'freelance rates', 'small business loans', 'credit control', 'expense tracking', 'pricing', 'remote work', 'hiring', 'customer churn', 'inventory', 'ecommerce returns', 'subscription billing', 'accounts receivable', 'budgeting', 'cash reserves'];
const ANGLES = ['statistics', 'survey', 'guide', 'checklist', 'template', 'calculator', 'trends', 'benchmarks', 'mistakes', 'tips', 'report', 'index', 'case study', 'faq', 'glossary'];
const AUDIENCES = ['freelancers', 'contractors', 'agencies', 'retailers', 'restaurants', 'startups', 'consultants', 'designers', 'plumbers', 'photographers', 'nonprofits', 'landlords'];
const FILLER = 'owners often find that the work itself is the easy part and the paperwork around it takes longer than expected each month'.split(' ');

function topic() {
  return `${pick(SUBJECTS)} ${pick(ANGLES)}`;
}

function article(index) {
  const subject = SUBJECTS[index % SUBJECTS.length];
  const angle = ANGLES[Math.floor(index / SUBJECTS.length) % ANGLES.length];
  const audience = AUDIENCES[index % AUDIENCES.length];
  const paragraphs = [];
  for (let p = 0; p < 12; p++) {
    const words = Array.from({ length: 40 }, () => pick(FILLER)).join(' ');
    const figure = `${10 + Math.floor(random() * 80)}%`;
    const source = `https://research${p % 7}.example${index % 50}.org/${subject.replace(/ /g, '-')}-${p}`;
    paragraphs.push(`For ${audience}, ${subject} matter: ${figure} of ${audience} say so, according to [a ${subject} study](${source}). ${words}.`);
  }
  return `---
title: "${subject[0].toUpperCase()}${subject.slice(1)} ${angle} for ${audience} (${index})"
description: "Everything ${audience} need to know about ${subject}, with sourced figures."
pubDate: 2026-0${1 + (index % 9)}-1${index % 10}
tags: [${subject}, ${audience}, ${angle}]
linkable:
  topics: [${subject} ${angle}, ${subject} for ${audience}]
---

${paragraphs.join('\n\n')}
`;
}

const quote = (value) => `"${String(value).replace(/"/g, '""')}"`;

async function writeAhrefsExport(file) {
  const header = ['Referring page title', 'Referring page URL', 'Language', 'Platform', 'Referring page HTTP code', 'Domain rating', 'UR', 'Domain traffic', 'Referring domains', 'Linked domains', 'External links', 'Page traffic', 'Keywords', 'Target URL', 'Left context', 'Anchor', 'Right context', 'Type', 'Content', 'Nofollow', 'UGC', 'Sponsored', 'Rendered', 'Raw', 'Lost status', 'First seen', 'Last seen', 'Lost'];
  const out = createWriteStream(file);
  out.write(Buffer.from([0xff, 0xfe]));
  let buffered = `${header.map(quote).join('\t')}\r\n`;
  for (let row = 0; row < BACKLINK_ROWS; row++) {
    const subject = pick(SUBJECTS);
    const angle = pick(ANGLES);
    const referringDomain = `site${Math.floor(random() * 20000)}.example`;
    const target = `https://competitor${row % 3}.example/blog/${subject.replace(/ /g, '-')}-${angle.replace(/ /g, '-')}`;
    const resource = random() < 0.1;
    const cells = [
      resource ? `Useful resources on ${subject}` : `${pick(AUDIENCES)} and ${subject}: what we learned`,
      `https://${referringDomain}/${resource ? 'resources' : 'blog'}/${row}`,
      'en',
      'blogs',
      '200',
      Math.floor(random() * 90),
      Math.floor(random() * 40),
      Math.floor(random() * 100000),
      Math.floor(random() * 900),
      Math.floor(random() * 100),
      Math.floor(random() * 200),
      Math.floor(random() * 2000),
      Math.floor(random() * 150),
      target,
      `There is a good ${angle} on`,
      `${subject} ${angle}`,
      `from the ${pick(AUDIENCES)} team.`,
      'text',
      'true',
      random() < 0.2 ? 'true' : 'false',
      'false',
      random() < 0.03 ? 'true' : 'false',
      'true',
      'true',
      random() < 0.05 ? 'removed' : '',
      '2025-06-19 03:20:35',
      '2026-11-08 01:55:03',
      '',
    ];
    buffered += `${cells.map(quote).join('\t')}\r\n`;
    if (buffered.length > 1 << 20) {
      if (!out.write(Buffer.from(buffered, 'utf16le'))) await once(out, 'drain');
      buffered = '';
    }
  }
  out.end(Buffer.from(buffered, 'utf16le'));
  await once(out, 'finish');
}

async function writeProspects(file) {
  const lines = ['domain,name,topics,authority,contact,page_url,notes'];
  for (let i = 0; i < PROSPECTS; i++) {
    const topics = [topic(), topic(), `${pick(SUBJECTS)} for ${pick(AUDIENCES)}`].join(';');
    lines.push([`prospect${i}.example`, `Prospect ${i}`, topics, Math.floor(random() * 90), `editor@prospect${i}.example`, `https://prospect${i}.example/resources`, quote(`Writes for ${pick(AUDIENCES)} about ${pick(SUBJECTS)}, weekly.`)].join(','));
  }
  await writeFile(file, `${lines.join('\n')}\n`);
}

function mb(bytes) {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

async function main() {
  const root = await mkdtemp(path.join(tmpdir(), 'bench-outreach-'));
  try {
    process.stdout.write('Writing the benchmark site and exports… ');
    await mkdir(path.join(root, 'src', 'content', 'articles'), { recursive: true });
    await mkdir(path.join(root, 'data'), { recursive: true });
    for (let i = 0; i < ASSETS; i++) await writeFile(path.join(root, 'src', 'content', 'articles', `article-${i}.md`), article(i));
    await writeAhrefsExport(path.join(root, 'data', 'ahrefs-backlinks.tsv'));
    await writeProspects(path.join(root, 'data', 'prospects.csv'));
    console.log('done.');

    const project = { root, srcDir: path.join(root, 'src'), publicDir: path.join(root, 'public'), base: '/', trailingSlash: 'ignore', site: 'https://www.bench.example' };
    const documents = await loadDocuments(project, { include: ['src/content/**/*.md'], exclude: [], locale: 'en' });
    // In a build the linter has filled each page's statistics before outreach runs; do the same here, untimed.
    for (const doc of documents) doc.statistics = documentStatistics(doc);
    const options = outreachOptionsSchema.parse({ prospects: 'data/prospects.csv', backlinks: ['data/ahrefs-backlinks.tsv'] });
    const rssBefore = process.memoryUsage().rss;

    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    const imports = await readOutreachImports(root, options);
    const importsDone = performance.now();
    const cpuImports = process.cpuUsage(cpuStarted);
    const manifest = buildOutreachManifest({
      documents,
      site: { name: 'Bench', site: 'https://www.bench.example', domains: ['bench.example'] },
      options,
      minScore: 50,
      contributors: [],
      imports,
      generatedAt: '2026-01-01T00:00:00.000Z',
      schema: 'outreach.schema.json',
    });
    const manifestDone = performance.now();
    const cpuManifest = process.cpuUsage(cpuStarted);
    const json = `${JSON.stringify(manifest, null, 2)}\n`;
    const csv = outreachCsv(manifest);
    const html = outreachHtml(manifest, new Map());
    const done = performance.now();
    const cpuDone = process.cpuUsage(cpuStarted);
    // Other work on a shared machine stretches wall time; CPU time (this process, all threads) is steadier.
    const cpu = (usage) => (usage.user + usage.system) / 1e6;

    const targets = manifest.assets.reduce((sum, asset) => sum + asset.targets.length, 0);
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(`Assets: ${manifest.assets.length}; backlink rows read: ${imports.reports[1].rows} (${imports.competitorLinks.length} after de-duplication); prospects: ${imports.prospects.length}; targets: ${targets}`);
    const row = (label, wall, cpuSeconds) => console.log(`${label.padEnd(30)} ${(wall / 1000).toFixed(2).padStart(6)} s wall ${cpuSeconds.toFixed(2).padStart(6)} s CPU`);
    row('Read imports (stream + parse)', importsDone - started, cpu(cpuImports));
    row('Match and rank (manifest)', manifestDone - importsDone, cpu(cpuManifest) - cpu(cpuImports));
    row('Write JSON, CSV, HTML strings', done - manifestDone, cpu(cpuDone) - cpu(cpuManifest));
    row('Total (target < 10 s)', done - started, cpu(cpuDone));
    console.log(`Output: ${mb(json.length)} JSON, ${mb(csv.length)} CSV, ${mb(html.length)} HTML; load average at the end: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
    // The floor for reading: csv-parse alone on the same bytes (decoded the same way), doing nothing with the rows.
    const floorCpu = process.cpuUsage();
    const floorStarted = performance.now();
    const decoder = new TextDecoder('utf-16le');
    const parser = parse({ delimiter: '\t', info: true, relax_quotes: true, skip_records_with_error: true, skip_empty_lines: true });
    const input = createReadStream(path.join(root, 'data', 'ahrefs-backlinks.tsv'));
    input.on('data', (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
    input.on('end', () => parser.end());
    let records = 0;
    for await (const _ of parser) records++;
    row(`csv-parse alone (${records} records)`, performance.now() - floorStarted, cpu(process.cpuUsage(floorCpu)));
    console.log(`Peak RSS: ${mb(peak)} (before the manifest: ${mb(rssBefore)}; target < 1 GB)`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
