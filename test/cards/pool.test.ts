// The card pool can be warmed early (a build does it at astro:build:start, while Astro renders pages). Idle workers
// never keep the process alive: a build that fails before its cards are drawn must still exit. Run in a child
// process, since only a process's own exit shows whether something kept it alive.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const pool = fileURLToPath(new URL('../../packages/astro-linkable/dist/cards/pool.js', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'linkable-pool-'));
const spec = {
  kind: 'og',
  width: 1200,
  height: 630,
  title: 'Warm-up',
  siteName: 'Tallyhouse',
  url: 'https://tallyhouse.example/',
  theme: { background: '#0B1020', foreground: '#F8FAFC', accent: '#8B7CFF', muted: '#94A3B8', fonts: [] },
};

function runChild(body: string) {
  const file = path.join(work, `child-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, `import { CardPool } from ${JSON.stringify(pool)};\nconst spec = ${JSON.stringify(spec)};\n${body}\n`);
  const started = Date.now();
  const child = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 });
  return { status: child.status, signal: child.signal, stdout: child.stdout, stderr: child.stderr, seconds: (Date.now() - started) / 1000 };
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('CardPool.warm', () => {
  it('lets the process exit while its workers warm up and nobody closes the pool', () => {
    const child = runChild("const pool = new CardPool({ size: 2 });\npool.warm(spec);\nconsole.log('warming');");
    expect([child.status, child.signal, child.stdout.trim(), child.stderr]).toEqual([0, null, 'warming', '']);
    expect(child.seconds).toBeLessThan(30);
  });

  it('keeps the process alive for a card someone waits for, after a warm-up, then lets it exit', () => {
    const child = runChild(
      "const pool = new CardPool({ size: 1 });\npool.warm(spec);\nconst card = await pool.render({ ...spec, title: 'Real' });\nconsole.log(card.width, card.height, card.png.length > 1000);",
    );
    expect([child.status, child.signal, child.stdout.trim(), child.stderr]).toEqual([0, null, '1200 630 true', '']);
  });
});
