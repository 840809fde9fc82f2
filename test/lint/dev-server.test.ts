// `astro dev` lints at start and again on every change: a real dev server on the lint fixture, edited and added to
// while it runs, must print the findings of the changed and the new page, and nothing for Markdown outside `include`.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureRoot } from '../helpers/fixture.js';

const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
let root: string;
let server: ChildProcess;
let output = '';

/** Resolves once the server's output (from `since` on) matches `pattern`; fails with the output after `ms`. */
function waitFor(pattern: RegExp, since = 0, ms = 45_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      const match = pattern.exec(output.slice(since));
      if (match) return resolve(match[0]);
      if (Date.now() - started > ms) return reject(new Error(`Timed out waiting for ${pattern}. Output:\n${output}`));
      setTimeout(check, 100);
    };
    check();
  });
}

beforeAll(async () => {
  root = await createFixtureRoot({ fixture: 'lint' });
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  server = spawn(process.execPath, [astro, 'dev', '--root', root, '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', SOURCE_DATE_EPOCH: '1780000000', GITHUB_ACTIONS: '' },
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8').replace(/\u001b\[[0-9;]*m/g, '');
  };
  server.stdout!.on('data', collect);
  server.stderr!.on('data', collect);
  await waitFor(/0 errors, 8 warnings in 2 files\./);
  // Changes made before the watcher is ready would go unseen.
  await waitFor(/watching for file changes/);
}, 90_000);

afterAll(async () => {
  server?.kill();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('astro dev', () => {
  it('lints at start', () => {
    expect(output).toMatch(/src\/content\/articles\/meeting-statistics\.md:8:49 {2}warn {3}Statistic "71%" has no source\./);
  });

  it('lints a changed page again', async () => {
    const since = output.length;
    const file = path.join(root, 'src/content/articles/meeting-statistics.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('---\n\n', '---\n\nElsewhere, 83% of managers disagree.\n\n'));
    // The new line comes first (line 8), and every later finding moves down two lines.
    await waitFor(/src\/content\/articles\/meeting-statistics\.md:8:12 {2}warn {3}Statistic "83%" has no source\./, since);
    await waitFor(/src\/content\/articles\/meeting-statistics\.md:10:49 {2}warn {3}Statistic "71%" has no source\./, since);
  }, 60_000);

  it('lints a page added while it runs, and ignores Markdown outside `include`', async () => {
    const since = output.length;
    await writeFile(path.join(root, 'NOTES.md'), '# Notes\n\nSome 64% of these notes are drafts.\n');
    await writeFile(path.join(root, 'src/content/articles/new-page.md'), '---\ntitle: A new page\ndescription: Added while the server runs.\n---\n\nAbout 47% of teams meet weekly.\n');
    await waitFor(/src\/content\/articles\/new-page\.md:6:7 {2}warn {3}Statistic "47%" has no source\./, since);
    expect(output.slice(since)).not.toContain('64%');
  }, 60_000);
});
