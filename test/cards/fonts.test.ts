// Card fonts: bundled faces load from node_modules; a site's bad font file is refused by name before any card is drawn.
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFonts, CardFontError, fontFormat, loadCardFonts } from '../../packages/astro-linkable/src/cards/fonts.js';
import { renderCard } from '../../packages/astro-linkable/src/cards/render.js';
import type { CardFont, CardSpec } from '../../packages/astro-linkable/src/cards/types.js';

const require = createRequire(import.meta.url);
const interWoff = require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff');
const interWoff2 = require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff2');
const font = (file: string): CardFont => ({ path: file, name: 'Brand', weight: 700, style: 'normal' });

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'linkable-cards-fonts-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('bundled fonts', () => {
  it('are Inter in every subset plus Noto Sans Arabic and Hebrew, all local WOFF files', () => {
    const faces = bundledFonts();
    expect(faces.map((face) => face.name)).toEqual(expect.arrayContaining(['Inter', 'Inter cyrillic', 'Inter vietnamese', 'Noto Sans Arabic', 'Noto Sans Hebrew']));
    for (const face of faces) expect(face.path).toMatch(/node_modules\/@fontsource\/.+\.woff$/);
  });

  it('put site fonts first in the family list and hash their contents', async () => {
    const withBrand = await loadCardFonts([font(interWoff)]);
    const without = await loadCardFonts([]);
    expect(withBrand.fontFamily.startsWith('"Brand", "Inter"')).toBe(true);
    expect(withBrand.hash).not.toBe(without.hash);
  });
});

describe('a site font file', () => {
  it('draws the card when it is a WOFF file', async () => {
    const fonts = await loadCardFonts([font(interWoff)]);
    const theme: CardSpec['theme'] = { background: '#ffffff', foreground: '#111111', accent: '#0055ff', muted: '#666666', fonts: [font(interWoff)] };
    const png = PNG.sync.read(
      await renderCard({ kind: 'og', width: 1200, height: 630, title: 'Brand font', siteName: 'Site', url: '/a/', theme }, fonts),
    );
    expect([png.width, png.height]).toEqual([1200, 630]);
  });

  it('is refused when it is WOFF2, naming the file and the formats that work', async () => {
    const loading = loadCardFonts([font(interWoff2)]);
    await expect(loading).rejects.toBeInstanceOf(CardFontError);
    await expect(loading).rejects.toThrow(`Card font ${interWoff2}: is a WOFF2 file. Card fonts must be TTF, OTF or WOFF files (satori cannot read WOFF2).`);
  });

  it('is refused when it is not a font at all', async () => {
    const file = path.join(work, 'garbage.ttf');
    await writeFile(file, 'this is not a font, just text with a .ttf name\n'.repeat(20));
    await expect(loadCardFonts([font(file)])).rejects.toThrow(`Card font ${file}: is not a font file (unrecognised signature). Card fonts must be TTF, OTF or WOFF`);
  });

  it('is refused when it is truncated', async () => {
    const file = path.join(work, 'truncated.woff');
    await writeFile(file, (await readFile(interWoff)).subarray(0, 2000));
    await expect(loadCardFonts([font(file)])).rejects.toThrow(`Card font ${file}: is truncated or corrupt (WOFF length mismatch)`);
  });

  it('is refused when it does not exist', async () => {
    const file = path.join(work, 'missing.otf');
    await expect(loadCardFonts([font(file)])).rejects.toThrow(`Card font ${file}: file not found.`);
  });
});

describe('fontFormat', () => {
  it('reads the signature of each font format', () => {
    expect(fontFormat(Buffer.from([0, 1, 0, 0, 0, 0]))).toBe('ttf');
    expect(fontFormat(Buffer.from('OTTO\0\0'))).toBe('otf');
    expect(fontFormat(Buffer.from('wOFF\0\0'))).toBe('woff');
    expect(fontFormat(Buffer.from('wOF2\0\0'))).toBe('woff2');
    expect(fontFormat(Buffer.from('ttcf\0\0'))).toBe('ttc');
    expect(fontFormat(Buffer.from('<svg'))).toBeUndefined();
  });
});
