// The CLI shares files between threads, and its workers parse the files the default options would lint while the
// config loads. Whatever the thread count, and whether that early work is kept or dropped, the output must be the
// same bytes as linting in one thread.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileQueue } from '../../packages/astro-linkable/src/lint/workers.js';
import { runProbed } from '../helpers/exit-probe.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(repo, 'packages/astro-linkable/dist/bin.js');
let root: string;

function lint(args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'lint', '--root', root, '--format', 'json', ...args], {
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1780000000', GITHUB_ACTIONS: '' },
  });
  expect(result.stderr).toBe('');
  return result.stdout;
}

function writeConfig(options: string) {
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport linkable from 'astro-linkable';\nexport default defineConfig({ site: 'https://threads.example', integrations: [linkable(${options})] });\n`,
  );
}

beforeAll(() => {
  // 100 real pages (enough for the workers to parse ahead): the lint fixture's articles and the shorter pages of the
  // shared corpus, each under several names.
  root = mkdtempSync(path.join(os.tmpdir(), 'astro-linkable-threads-'));
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const articles = path.join(root, 'src/content/articles');
  mkdirSync(articles, { recursive: true });
  const sources: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name) && entry.name !== 'SOURCES.md' && statSync(full).size < 30_000) sources.push(full);
    }
  };
  walk(path.join(repo, 'test/fixtures/lint/src/content/articles'));
  walk(path.join(repo, '../shared/corpus'));
  for (let i = 0; i < 100; i++) {
    const source = sources[i % sources.length];
    cpSync(source, path.join(articles, `page-${String(i).padStart(3, '0')}-${path.basename(source)}`));
  }
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('astro-linkable lint in threads', () => {
  it('gives the same JSON in one, two and three threads (work done ahead kept)', () => {
    writeConfig('');
    const one = lint(['--threads', '1']);
    const report = JSON.parse(one) as { findings: unknown[]; assets: unknown[] };
    expect(report.assets.length).toBeGreaterThan(90);
    expect(report.findings.length).toBeGreaterThan(50);
    expect(lint(['--threads', '2'])).toBe(one);
    expect(lint(['--threads', '3'])).toBe(one);
  });

  it('drops the work done ahead when the config lints other files or another locale, and still agrees', () => {
    writeConfig("{ exclude: ['src/content/articles/page-00*'] }");
    const fewer = lint(['--threads', '1']);
    expect(JSON.parse(fewer).assets.length).toBeLessThan(95);
    expect(lint(['--threads', '2'])).toBe(fewer);
    writeConfig("{ locale: 'en-GB' }");
    expect(lint(['--threads', '2'])).toBe(lint(['--threads', '1']));
  });

  it('restarts Node in the same process with its V8 flags (single-threaded GC, less inlining) when it lints in threads, and only then', () => {
    writeConfig('');
    const threaded = runProbed(['lint', '--root', root, '--format', 'json']);
    // execve keeps the process: the pid that exits is the one spawned, now running with the flag.
    expect(threaded.exit).toMatchObject({ pid: threaded.pid, execArgv: ['--single-threaded-gc', '--max-inlined-bytecode-size-cumulative=300'], code: threaded.code });
    const optedOut = runProbed(['lint', '--root', root, '--format', 'json'], { ASTRO_LINKABLE_RESTART: '0' });
    expect(optedOut.exit.execArgv).toEqual([]);
    expect(optedOut.stdout).toBe(threaded.stdout);
    expect(runProbed(['lint', '--root', root, '--format', 'json', '--threads', '1']).exit.execArgv).toEqual([]);
    const [first] = readdirSync(path.join(root, 'src/content/articles')).sort();
    const oneFile = runProbed(['lint', '--root', root, '--format', 'json', path.join(root, 'src/content/articles', first)]);
    expect(oneFile.exit.execArgv).toEqual([]);
    expect(JSON.parse(oneFile.stdout).assets).toHaveLength(1);
  });

  it("keeps its compiled modules in Node's compile cache in the temp folder, unless NODE_DISABLE_COMPILE_CACHE is set", () => {
    writeConfig('');
    const temp = mkdtempSync(path.join(os.tmpdir(), 'astro-linkable-compile-cache-'));
    try {
      mkdirSync(path.join(temp, 'on'));
      const cached = runProbed(['lint', '--root', root, '--format', 'json'], { TMPDIR: path.join(temp, 'on') });
      const again = runProbed(['lint', '--root', root, '--format', 'json'], { TMPDIR: path.join(temp, 'on') });
      // Node keeps a folder per Node version under it.
      expect(path.dirname(again.exit.compileCacheDir!)).toBe(path.join(temp, 'on', 'node-compile-cache'));
      // What the command loaded was written there: the two bundles (the command's and a lint thread's, each hundreds
      // of KB of compiled code) and the modules around them (see the next test).
      const entries = readdirSync(again.exit.compileCacheDir!, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
      expect(entries.length).toBeGreaterThanOrEqual(again.exit.loaded.length - 1);
      expect(entries.filter((entry) => statSync(path.join(entry.parentPath, entry.name)).size > 100_000).length).toBeGreaterThanOrEqual(2);
      mkdirSync(path.join(temp, 'off'));
      const off = runProbed(['lint', '--root', root, '--format', 'json'], { TMPDIR: path.join(temp, 'off'), NODE_DISABLE_COMPILE_CACHE: '1' });
      expect(off.exit.compileCacheDir).toBeUndefined();
      expect(readdirSync(path.join(temp, 'off'))).toEqual([]);
      expect(again.stdout).toBe(cached.stdout);
      expect(off.stdout).toBe(cached.stdout);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('loads the linter bundled (a few files, no dependency of its own) in the main thread and in each worker', async () => {
    writeConfig('');
    const run = runProbed(['lint', '--root', root, '--format', 'json']);
    expect(run.code).toBe(0);
    const dist = pathToFileURL(path.join(repo, 'packages/astro-linkable/dist/')).href;
    const nodeModules = pathToFileURL(path.join(repo, 'node_modules/')).href;
    const siteFiles = run.exit.loaded.filter((url) => url.startsWith(pathToFileURL(root).href));
    const packageFiles = run.exit.loaded.filter((url) => url.startsWith(dist)).map((url) => url.slice(dist.length));
    const dependencies = new Set(run.exit.loaded.filter((url) => url.startsWith(nodeModules)).map((url) => url.slice(nodeModules.length).split('/')[0]));
    // The site's config and what it imports from the package (index.js, which loads nothing heavy); the command and
    // the stand-in for `astro/config`; from node_modules only Astro's errors (a peer dependency) and the file lister.
    expect(siteFiles).toEqual([pathToFileURL(path.join(root, 'astro.config.mjs')).href]);
    // The bundle's code is in cli.js and the chunks it loads (chunks/, shared with the lint thread).
    expect(packageFiles.filter((file) => !file.startsWith('chunks/')).sort()).toEqual(['bin.js', 'cli.js', 'index.js', 'integration-options.js', 'lint/astro-config-shim.js']);
    expect([...dependencies].sort()).toEqual(['astro', 'fdir', 'picomatch', 'tinyglobby']);
    expect(run.exit.loaded).toHaveLength(siteFiles.length + packageFiles.length + run.exit.loaded.filter((url) => url.startsWith(nodeModules)).length);

    // A lint worker: its entry, then its work, bundled (the parser, yaml, zod and the rules are inside its chunks).
    const worker = new Worker(
      [
        `const { registerHooks } = require('node:module');`,
        `const { parentPort } = require('node:worker_threads');`,
        `const loaded = [];`,
        `registerHooks({ load(url, context, nextLoad) { if (url.startsWith('file:')) loaded.push(url); return nextLoad(url, context); } });`,
        `import(${JSON.stringify(dist + 'lint/lint-worker.js')}).then(() => parentPort.postMessage(loaded));`,
      ].join('\n'),
      { eval: true },
    );
    try {
      const loaded = await new Promise<string[]>((resolve, reject) => worker.once('message', resolve).once('error', reject));
      const files = loaded.map((url) => (url.startsWith(dist) ? url.slice(dist.length) : url));
      expect(files.slice(0, 2)).toEqual(['lint/lint-worker.js', 'lint/lint-thread.js']);
      expect(files.slice(2).filter((file) => !file.startsWith('chunks/'))).toEqual([]);
      expect(files.length).toBeLessThan(20);
    } finally {
      await worker.terminate();
    }
  });

  it('rejects a bad --threads value with exit code 2', () => {
    const result = spawnSync(process.execPath, [cli, 'lint', '--root', root, '--threads', '0'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--threads must be a whole number of 1 or more \(got "0"\)/);
  });
});

describe('FileQueue', () => {
  it('hands each file to exactly one taker, from the front and the back at once', () => {
    const files = Array.from({ length: 101 }, (_, i) => `f${i}`);
    const queue = new FileQueue(files);
    const other = new FileQueue(files, queue.shared);
    const taken: string[] = [];
    for (let i = 0; i < 7; i++) taken.push(other.takeLast()!);
    for (let chunk = queue.take(); chunk.length > 0; chunk = queue.take()) {
      taken.push(...chunk);
      const last = other.takeLast();
      if (last) taken.push(last);
    }
    expect(taken.sort()).toEqual([...files].sort());
    expect(other.takeLast()).toBeUndefined();
  });

  it('stops work ahead once told to', () => {
    const queue = new FileQueue(['a', 'b', 'c']);
    expect(queue.takeLast()).toBe('c');
    queue.stopAhead();
    expect(queue.takeLast()).toBeUndefined();
    expect(queue.take()).toEqual(['a', 'b']);
  });
});
