// Spawns the `astro-linkable` bin with a module preloaded into every Node start that records, when the process exits,
// its pid, the flags it ran with, its compile cache folder and the files its main thread loaded as modules: whether
// the bin restarted Node (same pid, new flags), cached its compiled modules and loaded the linter from its bundles can
// be seen from outside.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bin = fileURLToPath(new URL('../../packages/astro-linkable/dist/bin.js', import.meta.url));

export interface ProbedRun {
  /** The pid spawned. */
  pid: number | undefined;
  code: number | null;
  stdout: string;
  stderr: string;
  /** What the process that exited recorded. */
  exit: { pid: number; execArgv: string[]; code: number; compileCacheDir?: string; loaded: string[] };
}

export function runProbed(args: string[], env: Record<string, string> = {}): ProbedRun {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'astro-linkable-probe-'));
  try {
    const probe = path.join(dir, 'probe.mjs');
    const record = path.join(dir, 'exit.json');
    writeFileSync(
      probe,
      [
        `import { writeFileSync } from 'node:fs';`,
        `import module from 'node:module';`,
        `const loaded = [];`,
        `module.registerHooks({ load(url, context, nextLoad) { if (url.startsWith('file:')) loaded.push(url); return nextLoad(url, context); } });`,
        `process.on('exit', (code) => writeFileSync(${JSON.stringify(record)}, JSON.stringify({ pid: process.pid, execArgv: process.execArgv, code, compileCacheDir: module.getCompileCacheDir(), loaded })));`,
        '',
      ].join('\n'),
    );
    const result = spawnSync(process.execPath, [bin, ...args], {
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1780000000', GITHUB_ACTIONS: '', ...env, NODE_OPTIONS: `--import=${pathToFileURL(probe).href}` },
    });
    return { pid: result.pid, code: result.status, stdout: result.stdout, stderr: result.stderr, exit: JSON.parse(readFileSync(record, 'utf8')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
