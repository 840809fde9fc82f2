// Benchmark: `astro-linkable lint` on 1,000 generated articles of about 1,500 words, side by side with remark-parse
// alone (the floor: parsing the same files and nothing else) and markdownlint on the same files.
// Run: npm run bench:lint   (figures go into docs/benchmarks.md, "Linter")
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint as markdownlint } from 'markdownlint/promise';

const repo = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(repo, 'packages/astro-linkable/dist/cli.js');
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// BENCH_KEEP=1 keeps the generated site (for profiling); BENCH_ARTICLES and BENCH_ROUNDS shrink a trial run.

// ---- the child that runs the CLI, so its wall time and peak memory are its own
if (process.argv[2] === '--lint-child') {
  const { main } = await import(cli);
  const sink = { write: () => true };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const code = await main(['lint', '--root', process.argv[3], '--format', 'json'], { stdout: sink, stderr: process.stderr, cwd: process.cwd() });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  // CPU time and maxRSS count the worker threads too: they live in this process.
  process.stdout.write(JSON.stringify({ code, ms, cpuMs: (used.user + used.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

// ---- deterministic articles
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'invoice payment client cash flow business owner team report survey month week revenue customer supplier account late reminder terms deposit project budget forecast bank margin growth market service contract'.split(' ');
const TOPICS = ['late payments', 'cash flow', 'invoicing', 'small business lending', 'freelance rates', 'payment terms', 'bookkeeping', 'remote teams'];

function article(index) {
  const next = random(index + 1);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const words = (count) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const body = words(10 + Math.floor(next() * 10));
    return body[0].toUpperCase() + body.slice(1) + '.';
  };
  const figure = () => pick([`${Math.floor(next() * 90) + 5}%`, `${Math.floor(next() * 9) + 1} in ${Math.floor(next() * 5) + 10}`, `$${(next() * 9 + 1).toFixed(1)} billion`, `${Math.floor(next() * 4) + 2}x`]);
  const stat = () => {
    const kind = next();
    const claim = `${figure()} of ${words(4)} ${words(6)}`;
    if (kind < 0.45) return `${claim[0].toUpperCase()}${claim.slice(1)}, according to [${pick(TOPICS)} report](https://research${Math.floor(next() * 50)}.example/${index}/${Math.floor(next() * 1000)}).`;
    if (kind < 0.65) return `${claim[0].toUpperCase()}${claim.slice(1)}.[^${Math.floor(next() * 3) + 1}]`;
    if (kind < 0.85) return `Our survey found that ${claim}.`;
    return `${claim[0].toUpperCase()}${claim.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 5 }, () => (next() < 0.3 ? stat() : sentence())).join(' ');
  const lines = [
    '---',
    `title: "${pick(TOPICS)[0].toUpperCase()}${pick(TOPICS).slice(1)} in 2026: report ${index}"`,
    `description: "What ${index % 7 === 0 ? 'our survey of 1,200 owners' : 'the data'} says about ${pick(TOPICS)}."`,
    `pubDate: 2026-0${(index % 9) + 1}-1${index % 9}`,
    ...(index % 3 === 0 ? ['linkable:', '  type: original-research'] : []),
    '---',
    '',
    `# ${pick(TOPICS)} report ${index}`,
    '',
    paragraph(),
    '',
  ];
  for (let section = 0; section < 7; section++) {
    lines.push(`## ${words(3)}`, '', paragraph(), '', paragraph(), '');
    if (section === 1) {
      lines.push('| Segment | Share | Change |', '| --- | ---: | ---: |');
      for (let row = 0; row < 6; row++) lines.push(`| ${words(2)} | ${Math.floor(next() * 90)}% | +${(next() * 5).toFixed(1)} pts |`);
      lines.push('', `Source: [${pick(TOPICS)} survey](https://data${index % 40}.example/survey.csv)`, '');
    }
    if (section === 2) lines.push(`![Chart of ${words(5)}](/images/chart-${index}.png "Infographic: ${words(3)}")`, '');
    if (section === 3) lines.push(`> "${sentence()} ${sentence()}"`, `> — ${pick(['Dana Whitcombe', 'Marcus Oyelaran', 'Priya Raman'])}, ${pick(['Acme', 'Whitcombe Advisory', 'Northstar'])}`, '');
    if (section === 4) lines.push(...Array.from({ length: 5 }, () => `- ${stat()}`), '');
  }
  lines.push('## Methodology', '', `We surveyed 1,200 owners between January 5 and January 19, 2026. ${sentence()}`, '', '## Sources', '');
  lines.push(...Array.from({ length: 3 }, (_, i) => `[^${i + 1}]: [${pick(TOPICS)} study](https://study${i}.example/${index})`), '');
  return lines.join('\n');
}

function generate() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'astro-linkable-bench-'));
  const dir = path.join(root, 'src/content/articles');
  mkdirSync(dir, { recursive: true });
  // The site's config imports astro-linkable; resolve it from the repository.
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport linkable from 'astro-linkable';\nexport default defineConfig({ site: 'https://www.bench.example', integrations: [linkable()] });\n",
  );
  const files = [];
  let words = 0;
  let bytes = 0;
  for (let i = 0; i < ARTICLES; i++) {
    const text = article(i);
    const file = path.join(dir, `article-${String(i).padStart(4, '0')}.md`);
    writeFileSync(file, text);
    files.push(file);
    words += text.split(/\s+/).length;
    bytes += Buffer.byteLength(text);
  }
  return { root, files, words, bytes };
}

function cpuMs(since) {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const loadBefore = os.loadavg()[0].toFixed(1);
const { root, files, words, bytes } = generate();
if (process.env.BENCH_GENERATE_ONLY) {
  console.log(root);
  process.exit(0);
}
try {
  // Warm the OS file cache and V8 for the in-process tools.
  for (const file of files) readFileSync(file, 'utf8');

  const parser = unified().use(remarkParse);
  const remarkRuns = [];
  const markdownlintRuns = [];
  const lintRuns = [];
  let markdownlintIssues = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now();
    let cpu = process.cpuUsage();
    for (const file of files) parser.parse(readFileSync(file, 'utf8'));
    remarkRuns.push({ ms: performance.now() - started, cpuMs: cpuMs(cpu) });

    started = performance.now();
    cpu = process.cpuUsage();
    const results = await markdownlint({ files });
    markdownlintRuns.push({ ms: performance.now() - started, cpuMs: cpuMs(cpu) });
    markdownlintIssues = Object.values(results).reduce((sum, list) => sum + list.length, 0);

    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--lint-child', root], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1780000000' } });
    if (child.status !== 0) throw new Error(`lint child failed: ${child.stderr}`);
    lintRuns.push(JSON.parse(child.stdout));
  }

  const floor = median(remarkRuns.map((run) => run.ms));
  const floorCpu = median(remarkRuns.map((run) => run.cpuMs));
  const lintMs = median(lintRuns.map((run) => run.ms));
  const lintCpu = median(lintRuns.map((run) => run.cpuMs));
  const mdlMs = median(markdownlintRuns.map((run) => run.ms));
  const mdlCpu = median(markdownlintRuns.map((run) => run.cpuMs));
  const peak = Math.max(...lintRuns.map((run) => run.maxRssMb));
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const row = (name, ms, cpu, note) =>
    `${name.padEnd(30)} ${seconds(ms).padStart(9)} ${`${(ms / floor).toFixed(2)}x`.padStart(7)} ${seconds(cpu).padStart(9)} ${`${(cpu / floorCpu).toFixed(2)}x`.padStart(7)}  ${note}`;
  console.log(`${ARTICLES} articles, ${Math.round(words / ARTICLES)} words each on average, ${(bytes / 1024 / 1024).toFixed(1)} MB; median of ${ROUNDS} runs`);
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, Node ${process.version}; load average ${loadBefore} before, ${os.loadavg()[0].toFixed(1)} after`);
  console.log('');
  console.log(`${'tool'.padEnd(30)} ${'wall'.padStart(9)} ${'floor'.padStart(7)} ${'CPU'.padStart(9)} ${'floor'.padStart(7)}`);
  console.log(row('remark-parse alone (floor)', floor, floorCpu, 'read + parse, one thread, no GFM, no model'));
  console.log(row('astro-linkable lint', lintMs, lintCpu, `CLI: config, discovery, parse (GFM as needed) + model + 18 rules in worker threads, JSON; peak RSS ${Math.round(peak)} MB`));
  console.log(row('markdownlint (promise API)', mdlMs, mdlCpu, `default rules, one thread, ${markdownlintIssues} issues`));
  console.log('');
  console.log(`targets: lint <= 1.5x floor (wall): ${lintMs <= 1.5 * floor ? 'met' : 'MISSED'}; faster than markdownlint: ${lintMs < mdlMs ? 'met' : 'MISSED'}; peak memory < 500 MB: ${peak < 500 ? 'met' : 'MISSED'}`);
} finally {
  if (process.env.BENCH_KEEP) console.log(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
