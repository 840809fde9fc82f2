// renderCards end to end: the worker pool (compiled dist, as Astro runs it), the cache across builds, and how
// configuration problems and per-card problems are reported. Run `npm run build:package` first (npm test does).
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CardFontError, CardLogoError, CardPool, CardTemplateError, cardKey, loadCardFonts, renderCards, type CardJob, type CardSpec } from '../../packages/astro-linkable/dist/cards/index.js';

const theme: CardSpec['theme'] = { background: '#0B1020', foreground: '#F8FAFC', accent: '#8B7CFF', muted: '#94A3B8', fonts: [] };
const statistic = { value: '73%', sentence: 'of engineering teams now work fully remote at least three days a week.', source: 'Northwind survey' };

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'linkable-render-cards-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function site(out: string, changes: { title?: string } = {}): CardJob[] {
  const base = { siteName: 'Northwind Research', url: 'https://www.northwind.dev/research/remote-work/', theme, title: changes.title ?? 'The State of Remote Work 2025' };
  return [
    { page: 'src/content/research/remote-work.md', outFile: path.join(out, 'remote-work.png'), spec: { ...base, kind: 'og', width: 1200, height: 630, assetType: 'Original research', statistic } },
    { page: 'src/content/research/remote-work.md', outFile: path.join(out, 'remote-work/stat-1.png'), spec: { ...base, kind: 'stat', width: 1200, height: 630, statistic } },
    { page: 'src/content/research/remote-work.md', outFile: path.join(out, 'remote-work/stat-1-square.png'), spec: { ...base, kind: 'stat', width: 1080, height: 1080, statistic } },
    { page: 'src/contributors/jane.md', outFile: path.join(out, 'badges/jane.png'), spec: { ...base, kind: 'badge', width: 400, height: 120, scale: 2, contributor: 'Jane Okafor' } },
    { page: 'src/content/blog/thai.md', outFile: path.join(out, 'thai.png'), spec: { ...base, kind: 'og', width: 1200, height: 630, title: 'ภาษาไทย for everyone' } },
  ];
}

describe('renderCards', () => {
  const cacheDir = () => path.join(work, 'cache');

  it('renders every card in the pool, then reuses all of them on an unchanged rebuild', async () => {
    const progress: number[] = [];
    const first = await renderCards(site(path.join(work, 'build-1')), { cacheDir: cacheDir(), concurrency: 2, onProgress: (p) => progress.push(p.done) });
    expect(first.failures).toEqual([]);
    expect({ rendered: first.rendered, reused: first.reused }).toEqual({ rendered: 5, reused: 0 });
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    const sizes = await Promise.all(first.files.map(async (file) => PNG.sync.read(await readFile(file.outFile))).map(async (png) => [(await png).width, (await png).height]));
    expect(sizes).toEqual([
      [1200, 630],
      [1200, 630],
      [1080, 1080],
      [800, 240],
      [1200, 630],
    ]);

    const second = await renderCards(site(path.join(work, 'build-2')), { cacheDir: cacheDir(), concurrency: 2 });
    expect({ rendered: second.rendered, reused: second.reused }).toEqual({ rendered: 0, reused: 5 });
    for (const [index, file] of second.files.entries()) {
      expect(file.status).toBe('reused');
      expect(Buffer.compare(await readFile(file.outFile), await readFile(first.files[index].outFile))).toBe(0);
    }
    // The missing-glyph warning comes back with the reused card, not only when it was first drawn.
    for (const result of [first, second]) {
      expect(result.warnings).toEqual([
        expect.objectContaining({ kind: 'missing-glyphs', page: 'src/content/blog/thai.md', characters: expect.arrayContaining(['ภ', 'ไ']) }),
      ]);
    }
  });

  it('renders again only the cards whose title changed', async () => {
    const changed = await renderCards(site(path.join(work, 'build-3'), { title: 'The State of Remote Work 2026' }), { cacheDir: cacheDir(), concurrency: 2 });
    // The Thai card has its own title, so it is the one card still reused.
    expect({ rendered: changed.rendered, reused: changed.reused }).toEqual({ rendered: 4, reused: 1 });
    expect(changed.files.map((file) => file.status)).toEqual(['rendered', 'rendered', 'rendered', 'rendered', 'reused']);
  });

  it('renders in a pool shared between calls, leaving it open for the next caller', async () => {
    const pool = new CardPool({ size: 1 });
    try {
      const [og] = site(path.join(work, 'shared-pool'));
      const first = await renderCards([og], { pool });
      const second = await renderCards([{ ...og, outFile: og.outFile.replace('shared-pool', 'shared-pool-2') }], { pool });
      expect([first.rendered, second.rendered]).toEqual([1, 1]);
      await expect(renderCards([og], { pool, templateFile: '/elsewhere/template.mjs' })).rejects.toThrow('the shared pool draws with template (default)');
    } finally {
      await pool.close();
    }
  });

  it('renders without a cache directory, and the same spec gives the same bytes in any worker', async () => {
    const jobs = site(path.join(work, 'uncached'));
    const twice = [...jobs, ...jobs.map((job) => ({ ...job, outFile: job.outFile.replace('uncached', 'uncached-copy') }))];
    const result = await renderCards(twice, { concurrency: 2 });
    expect(result.rendered).toBe(10);
    for (const job of jobs) {
      expect(Buffer.compare(await readFile(job.outFile), await readFile(job.outFile.replace('uncached', 'uncached-copy')))).toBe(0);
    }
  });
});

describe('renderCards with bad configuration', () => {
  it('refuses a WOFF2 theme font before drawing anything, naming the file', async () => {
    const woff2 = createRequire(import.meta.url).resolve('@fontsource/inter/files/inter-latin-400-normal.woff2');
    const jobs = site(path.join(work, 'bad-font')).map((job) => ({ ...job, spec: { ...job.spec, theme: { ...theme, fonts: [{ path: woff2, name: 'Brand', weight: 400 as const, style: 'normal' as const }] } } }));
    const rendering = renderCards(jobs, { concurrency: 1 });
    await expect(rendering).rejects.toBeInstanceOf(CardFontError);
    await expect(rendering).rejects.toThrow(woff2);
    expect(existsSync(jobs[0].outFile)).toBe(false);
  });

  it('refuses a missing theme logo, but only warns about a missing per-card logo', async () => {
    const missing = path.join(work, 'missing-logo.png');
    const themed = site(path.join(work, 'bad-logo')).map((job) => ({ ...job, spec: { ...job.spec, theme: { ...theme, logo: missing } } }));
    await expect(renderCards(themed, { concurrency: 1 })).rejects.toBeInstanceOf(CardLogoError);

    const [first] = site(path.join(work, 'card-logo'));
    const result = await renderCards([{ ...first, spec: { ...first.spec, logo: missing } }], { concurrency: 1 });
    expect(result.rendered).toBe(1);
    expect(result.warnings).toEqual([
      expect.objectContaining({ kind: 'missing-logo', message: expect.stringContaining(`Card logo ${missing}: file not found`) }),
    ]);
    expect(existsSync(first.outFile)).toBe(true);
  });
});

describe('a site template module', () => {
  it('draws the cards, and one card that throws fails alone', async () => {
    const file = path.join(work, 'card-template.mjs');
    await writeFile(
      file,
      `export const version = '1';
export default function template(card) {
  if (card.title === 'Broken') throw new Error('no design for this one');
  return { type: 'div', props: { style: { display: 'flex', width: '100%', height: '100%', backgroundColor: '#fde68a', color: '#111', fontSize: 64, fontFamily: card.fontFamily }, children: card.title } };
}
`,
    );
    const [ok] = site(path.join(work, 'custom'));
    const broken = { ...ok, page: 'src/pages/broken.md', outFile: path.join(work, 'custom/broken.png'), spec: { ...ok.spec, title: 'Broken' } };
    const result = await renderCards([ok, broken], { templateFile: file, concurrency: 2 });
    expect(result.rendered).toBe(1);
    expect(result.failures).toEqual([{ page: 'src/pages/broken.md', outFile: broken.outFile, message: 'src/pages/broken.md: the card could not be rendered: no design for this one' }]);
    const png = PNG.sync.read(await readFile(ok.outFile));
    expect([...png.data.subarray(0, 3)]).toEqual([0xfd, 0xe6, 0x8a]);
    expect(existsSync(broken.outFile)).toBe(false);
  });

  it('loses only the card a worker died on: a fresh worker draws the rest', async () => {
    const file = path.join(work, 'crash-template.mjs');
    await writeFile(
      file,
      `export const version = '1';
export default function template(card) {
  if (card.title === 'Crash') process.exit(3);
  return { type: 'div', props: { style: { display: 'flex', width: '100%', height: '100%', backgroundColor: '#bfdbfe', color: '#111', fontSize: 64, fontFamily: card.fontFamily }, children: card.title } };
}
`,
    );
    const [first] = site(path.join(work, 'crash'));
    const card = (name: string) => ({ ...first, page: `src/pages/${name}.md`, outFile: path.join(work, `crash/${name}.png`), spec: { ...first.spec, title: name } });
    // One worker, so the cards after the crash can only be drawn by the worker that replaces it.
    const result = await renderCards([card('Before'), card('Crash'), card('After'), card('Last')], { templateFile: file, concurrency: 1 });
    expect(result.failures.map((failure) => failure.page)).toEqual(['src/pages/Crash.md']);
    expect(result.failures[0].message).toMatch(/stopped unexpectedly \(exit code 3\)/);
    expect(result.rendered).toBe(3);
    for (const name of ['Before', 'After', 'Last']) expect(PNG.sync.read(await readFile(path.join(work, `crash/${name}.png`))).width).toBe(first.spec.width);
  });

  it('is refused by name when it has no template export', async () => {
    const file = path.join(work, 'not-a-template.mjs');
    await writeFile(file, 'export const colour = "red";\n');
    const rendering = renderCards(site(path.join(work, 'no-template')), { templateFile: file });
    await expect(rendering).rejects.toBeInstanceOf(CardTemplateError);
    await expect(rendering).rejects.toThrow(`Card template ${file}: expected a default export`);
  });
});

describe('cardKey', () => {
  it('depends on what is drawn, not on key order or where the font files live', async () => {
    const inter = createRequire(import.meta.url).resolve('@fontsource/inter/files/inter-latin-700-normal.woff');
    const moved = path.join(work, 'moved-inter.woff');
    await copyFile(inter, moved);
    const spec = site(work)[0].spec;
    const here = await loadCardFonts([{ path: inter, name: 'Brand', weight: 700, style: 'normal' }]);
    const there = await loadCardFonts([{ path: moved, name: 'Brand', weight: 700, style: 'normal' }]);
    const reordered = Object.fromEntries(Object.entries(spec).reverse()) as unknown as CardSpec;
    expect(cardKey(reordered, { fonts: there.hash, template: 't' })).toBe(cardKey(spec, { fonts: here.hash, template: 't' }));
    expect(cardKey({ ...spec, title: 'Other' }, { fonts: here.hash, template: 't' })).not.toBe(cardKey(spec, { fonts: here.hash, template: 't' }));
    expect(cardKey(spec, { fonts: here.hash, template: 'u' })).not.toBe(cardKey(spec, { fonts: here.hash, template: 't' }));
    expect(cardKey({ ...spec, theme: { ...spec.theme, accent: '#ff0000' } }, { fonts: here.hash, template: 't' })).not.toBe(cardKey(spec, { fonts: here.hash, template: 't' }));
  });
});
