// Builds a small Astro site with astro-linkable through Astro's programmatic build(), in a fresh directory per call.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type AstroInlineConfig } from 'astro';
import mdx from '@astrojs/mdx';
import linkable, { type LinkableOptions } from 'astro-linkable';

const testDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** Inside the repo so that package imports resolve through the workspace's node_modules. */
const outRoot = path.join(testDir, '.fixtures-out');

export interface FixtureOptions {
  /** A site under test/fixtures/ to start from. */
  fixture?: string;
  /** Files to add or replace, relative to the site root. */
  files?: Record<string, string | Uint8Array>;
  /** astro-linkable options. */
  linkable?: LinkableOptions;
  /** Extra Astro inline config. */
  config?: AstroInlineConfig;
  /** Environment variables set during the build (restored after). */
  env?: Record<string, string | undefined>;
}

export interface FixtureResult {
  root: string;
  outDir: string;
  /** Everything Astro and the integration logged. */
  logs: string;
  /** The error the build failed with, if it failed. */
  error?: Error;
  read(relativeToOut: string): Promise<string>;
  readBytes(relativeToOut: string): Promise<Buffer>;
  exists(relativeToOut: string): boolean;
  /** Reads a file relative to the site root (reports, caches). */
  readFromRoot(relativeToRoot: string): Promise<string>;
  /** Builds the same site again (same root, same cache), e.g. to test caching. */
  rebuild(changes?: Pick<FixtureOptions, 'files' | 'linkable' | 'env'>): Promise<FixtureResult>;
  remove(): Promise<void>;
}

export async function createFixtureRoot(options: Pick<FixtureOptions, 'fixture' | 'files'>): Promise<string> {
  await mkdir(outRoot, { recursive: true });
  const root = await mkdtemp(path.join(outRoot, `${options.fixture ?? 'inline'}-`));
  if (options.fixture) await cp(path.join(testDir, 'fixtures', options.fixture), root, { recursive: true });
  await writeFiles(root, options.files);
  return root;
}

async function writeFiles(root: string, files: FixtureOptions['files']): Promise<void> {
  for (const [name, content] of Object.entries(files ?? {})) {
    const target = path.join(root, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

export async function buildFixture(options: FixtureOptions = {}): Promise<FixtureResult> {
  const root = await createFixtureRoot(options);
  return buildAt(root, options);
}

async function buildAt(root: string, options: FixtureOptions): Promise<FixtureResult> {
  const outDir = path.join(root, 'dist');
  const { logs, error } = await captureOutput(() =>
    withEnv(options.env, () =>
      build({
        root,
        configFile: false,
        logLevel: 'info',
        site: 'https://www.example.com',
        outDir,
        ...options.config,
        integrations: [mdx(), linkable(options.linkable), ...(options.config?.integrations ?? [])],
      }),
    ),
  );
  const result: FixtureResult = {
    root,
    outDir,
    logs,
    error,
    read: (p) => readFile(path.join(outDir, p), 'utf8'),
    readBytes: (p) => readFile(path.join(outDir, p)),
    exists: (p) => existsSync(path.join(outDir, p)),
    readFromRoot: (p) => readFile(path.join(root, p), 'utf8'),
    rebuild: async (changes = {}) => {
      await writeFiles(root, changes.files);
      return buildAt(root, { ...options, ...changes, files: undefined });
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
  return result;
}

/** Astro's node logger writes straight to stdout/stderr; keep a copy so tests can assert on warnings. */
async function captureOutput(run: () => Promise<unknown>): Promise<{ logs: string; error?: Error }> {
  const chunks: string[] = [];
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  const stderrWrite = process.stderr.write.bind(process.stderr);
  const capture = (chunk: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  let error: Error | undefined;
  try {
    await run();
  } catch (caught) {
    error = caught as Error;
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
  }
  // Strip ANSI colours so assertions read like what a person sees.
  const logs = chunks.join('').replace(/\u001b\[[0-9;]*m/g, '');
  if (process.env.FIXTURE_LOGS) stdoutWrite(logs);
  return { logs, error };
}

async function withEnv<T>(env: FixtureOptions['env'], run: () => Promise<T>): Promise<T> {
  if (!env) return run();
  const previous: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) {
    previous[key] = process.env[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    return await run();
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
