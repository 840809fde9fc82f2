// Benchmark: `astro-linkable lint` on 1,000 generated articles of about 1,500 words, side by side with remark-parse
// alone (the floor: parsing the same files and nothing else) and markdownlint on the same files. Each tool runs as a
// fresh Node process, timed from spawn to exit, the way a user runs it; the floor is also timed in this process after
// a warm-up round, for reference.
// Run: npm run bench:lint   (figures go into docs/benchmarks.md, "Linter")
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
// The `astro-linkable` bin, run as a user runs it.
const bin = path.join(repo, 'packages/astro-linkable/dist/bin.js');
const probe = pathToFileURL(path.join(repo, 'bench/usage-probe.mjs')).href;
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// BENCH_KEEP=1 keeps the generated site (for profiling); BENCH_ARTICLES and BENCH_ROUNDS shrink a trial run.

// ---- children: each tool runs in a fresh Node process, timed from spawn to exit (Node's start, loading the tool, the
// work), its CPU time (all threads) and peak memory reported by bench/usage-probe.mjs when it exits.
const articlesIn = (site) => readdirSync(path.join(site, 'src/content/articles')).sort().map((name) => path.join(site, 'src/content/articles', name));
if (process.argv[2] === '--floor-child') {
  const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
  const parser = unified().use(remarkParse);
  for (const file of articlesIn(process.argv[3])) parser.parse(readFileSync(file, 'utf8'));
  process.exit(0);
}
if (process.argv[2] === '--markdownlint-child') {
  const { lint } = await import('markdownlint/promise');
  const results = await lint({ files: articlesIn(process.argv[3]) });
  process.stdout.write(String(Object.values(results).reduce((sum, list) => sum + list.length, 0)));
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
  // Warm the OS file cache.
  for (const file of files) readFileSync(file, 'utf8');
  const usageFile = path.join(root, 'usage.json');
  const timed = (args, env = {}) => {
    const started = performance.now();
    const child = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
      env: { ...process.env, SOURCE_DATE_EPOCH: '1780000000', NODE_OPTIONS: `--import=${probe}`, BENCH_USAGE_FILE: usageFile, ...env },
    });
    const ms = performance.now() - started;
    if (child.status !== 0) throw new Error(`${args.join(' ')} failed (${child.status}): ${child.stderr}`);
    return { ms, ...JSON.parse(readFileSync(usageFile, 'utf8')), stdout: child.stdout };
  };

  // For reference, the floor as most parser benchmarks take it: in this process, after a warm-up round.
  const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
  const parser = unified().use(remarkParse);
  for (const file of files) parser.parse(readFileSync(file, 'utf8'));

  const remarkRuns = [];
  const warmRuns = [];
  const markdownlintRuns = [];
  const lintRuns = [];
  const plainRuns = [];
  let markdownlintIssues = 0;
  const self = fileURLToPath(import.meta.url);
  for (let round = 0; round < ROUNDS; round++) {
    remarkRuns.push(timed([self, '--floor-child', root]));
    const lint = timed([bin, 'lint', '--root', root, '--format', 'json']);
    JSON.parse(lint.stdout);
    lintRuns.push(lint);
    // The same bin without its restart with its V8 flags (Node's default flags), to show what the restart buys.
    const plain = timed([bin, 'lint', '--root', root, '--format', 'json'], { ASTRO_LINKABLE_RESTART: '0' });
    if (plain.stdout !== lint.stdout) throw new Error('lint output differs without the restart');
    plainRuns.push(plain);
    const mdl = timed([self, '--markdownlint-child', root]);
    markdownlintIssues = Number(mdl.stdout);
    markdownlintRuns.push(mdl);
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (const file of files) parser.parse(readFileSync(file, 'utf8'));
    warmRuns.push({ ms: performance.now() - started, cpuMs: cpuMs(cpu) });
  }

  const floor = median(remarkRuns.map((run) => run.ms));
  const floorCpu = median(remarkRuns.map((run) => run.cpuMs));
  const warm = median(warmRuns.map((run) => run.ms));
  const warmCpu = median(warmRuns.map((run) => run.cpuMs));
  const lintMs = median(lintRuns.map((run) => run.ms));
  const lintCpu = median(lintRuns.map((run) => run.cpuMs));
  const mdlMs = median(markdownlintRuns.map((run) => run.ms));
  const mdlCpu = median(markdownlintRuns.map((run) => run.cpuMs));
  const peak = Math.max(...lintRuns.map((run) => run.maxRssMb));
  const plainMs = median(plainRuns.map((run) => run.ms));
  const plainCpu = median(plainRuns.map((run) => run.cpuMs));
  const plainPeak = Math.max(...plainRuns.map((run) => run.maxRssMb));
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const row = (name, ms, cpu, note) =>
    `${name.padEnd(30)} ${seconds(ms).padStart(9)} ${`${(ms / floor).toFixed(2)}x`.padStart(7)} ${seconds(cpu).padStart(9)} ${`${(cpu / floorCpu).toFixed(2)}x`.padStart(7)}  ${note}`;
  console.log(`${ARTICLES} articles, ${Math.round(words / ARTICLES)} words each on average, ${(bytes / 1024 / 1024).toFixed(1)} MB; median of ${ROUNDS} runs`);
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, Node ${process.version}; load average ${loadBefore} before, ${os.loadavg()[0].toFixed(1)} after`);
  console.log('');
  console.log(`${'tool'.padEnd(30)} ${'wall'.padStart(9)} ${'floor'.padStart(7)} ${'CPU'.padStart(9)} ${'floor'.padStart(7)}`);
  console.log(row('remark-parse alone (floor)', floor, floorCpu, 'a Node process: read + parse, one thread, no GFM, no model'));
  console.log(row('astro-linkable lint', lintMs, lintCpu, `the bin: config, discovery, parse (GFM as needed) + model + 18 rules in 2 threads, JSON; peak RSS ${Math.round(peak)} MB`));
  console.log(row('  lint, ASTRO_LINKABLE_RESTART=0', plainMs, plainCpu, `the same, without the bin's restart with its V8 flags; peak RSS ${Math.round(plainPeak)} MB`));
  console.log(row('markdownlint (promise API)', mdlMs, mdlCpu, `a Node process: default rules, one thread, ${markdownlintIssues} issues`));
  console.log(row('(remark-parse, warm, in-process)', warm, warmCpu, `the parse loop alone, JIT warm; lint is ${(lintMs / warm).toFixed(2)}x this`));
  // Each run as well as the median: on a shared or burstable machine a tool's time swings from run to run.
  const runs = (list) => list.map((run) => (run.ms / 1000).toFixed(2)).join(' ');
  console.log('');
  console.log(`runs (wall, s, in order): floor ${runs(remarkRuns)} | lint ${runs(lintRuns)} | lint/floor ${lintRuns.map((run, i) => (run.ms / remarkRuns[i].ms).toFixed(2)).join(' ')}`);
  console.log('');
  console.log(`targets: lint <= 1.5x floor (wall): ${lintMs <= 1.5 * floor ? 'met' : 'MISSED'}; faster than markdownlint: ${lintMs < mdlMs ? 'met' : 'MISSED'}; peak memory < 500 MB: ${peak < 500 ? 'met' : 'MISSED'}`);
} finally {
  if (process.env.BENCH_KEEP) console.log(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
