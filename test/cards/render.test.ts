// Share-card rendering: real PNGs from the default templates, decoded and inspected pixel by pixel.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCardFonts, type CardFontSet } from '../../packages/astro-linkable/src/cards/fonts.js';
import { CardLogoError } from '../../packages/astro-linkable/src/cards/logo.js';
import { cardTitle, renderCard, renderCardDetailed, textDirection } from '../../packages/astro-linkable/src/cards/render.js';
import { ogTitleSize } from '../../packages/astro-linkable/src/cards/templates/og.js';
import type { CardSpec } from '../../packages/astro-linkable/src/cards/types.js';

const theme: CardSpec['theme'] = { background: '#0B1020', foreground: '#F8FAFC', accent: '#8B7CFF', muted: '#94A3B8', fonts: [] };
const BACKGROUND = [0x0b, 0x10, 0x20];

function og(overrides: Partial<CardSpec> = {}): CardSpec {
  return {
    kind: 'og',
    width: 1200,
    height: 630,
    title: 'The State of Remote Work 2025',
    siteName: 'Northwind Research',
    assetType: 'Original research',
    url: 'https://www.northwind.dev/research/state-of-remote-work-2025/',
    theme,
    ...overrides,
  };
}

const statistic = { value: '73%', sentence: 'of engineering teams now work fully remote at least three days a week.', source: 'Northwind survey of 2,400 teams' };

/** Share of pixels in a box that differ clearly from the background colour. */
function inkShare(png: PNG, box: { x: number; y: number; width: number; height: number }): number {
  let ink = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const offset = (y * png.width + x) * 4;
      const distance = Math.abs(png.data[offset] - BACKGROUND[0]) + Math.abs(png.data[offset + 1] - BACKGROUND[1]) + Math.abs(png.data[offset + 2] - BACKGROUND[2]);
      if (distance > 60) ink++;
    }
  }
  return ink / (box.width * box.height);
}

/** Share of pixels in a box close to the theme's accent colour (#8B7CFF). */
function accentShare(png: PNG, box: { x: number; y: number; width: number; height: number }): number {
  let hits = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const offset = (y * png.width + x) * 4;
      if (Math.abs(png.data[offset] - 0x8b) + Math.abs(png.data[offset + 1] - 0x7c) + Math.abs(png.data[offset + 2] - 0xff) < 40) hits++;
    }
  }
  return hits / (box.width * box.height);
}

/** Standard deviation of luminance over the whole image: a blank card has none. */
function luminanceSpread(png: PNG): number {
  let sum = 0;
  let squares = 0;
  const count = png.width * png.height;
  for (let offset = 0; offset < png.data.length; offset += 4) {
    const luminance = 0.2126 * png.data[offset] + 0.7152 * png.data[offset + 1] + 0.0722 * png.data[offset + 2];
    sum += luminance;
    squares += luminance * luminance;
  }
  const mean = sum / count;
  return Math.sqrt(squares / count - mean * mean);
}

/** The left half of the title area: clear of the corner glow, so any ink there is text. */
const TITLE_BOX = { x: 72, y: 150, width: 520, height: 330 };
const FOOTER_BOX = { x: 72, y: 540, width: 500, height: 40 };

let fonts: CardFontSet;
let work: string;
beforeAll(async () => {
  fonts = await loadCardFonts();
  work = await mkdtemp(path.join(tmpdir(), 'linkable-cards-render-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('default OG card', () => {
  it('is a 1200x630 PNG that decodes, with a title on a visible background', async () => {
    const png = PNG.sync.read(await renderCard(og(), fonts));
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(luminanceSpread(png)).toBeGreaterThan(10);
    expect(inkShare(png, TITLE_BOX)).toBeGreaterThan(0.04);
    expect(inkShare(png, FOOTER_BOX)).toBeGreaterThan(0.02);
    // Top-left corner is plain background.
    expect([...png.data.subarray(4 * (10 * 1200 + 10), 4 * (10 * 1200 + 10) + 3)]).toEqual(BACKGROUND);
  });

  it('renders the same bytes for the same input', async () => {
    const first = await renderCard(og({ statistic }), fonts);
    const second = await renderCard(og({ statistic }), fonts);
    expect(Buffer.compare(first, second)).toBe(0);
    const other = await renderCard(og({ statistic, title: 'The State of Remote Work 2026' }), fonts);
    expect(Buffer.compare(first, other)).not.toBe(0);
  });

  it('falls back to the site name when the title is empty', async () => {
    expect(cardTitle({ title: '  \n ', siteName: 'Northwind Research', url: '/x/' })).toBe('Northwind Research');
    expect(cardTitle({ title: '', siteName: '', url: 'https://www.northwind.dev/a/' })).toBe('northwind.dev');
    expect(cardTitle({ title: '', siteName: '', url: '/a/' })).toBe('Untitled');
    const png = PNG.sync.read(await renderCard(og({ title: '' }), fonts));
    expect(inkShare(png, TITLE_BOX)).toBeGreaterThan(0.04);
  });

  it('shrinks and clamps a 500-character title, keeping the footer clear', async () => {
    expect(ogTitleSize(500, false)).toEqual({ fontSize: 52, lines: 5 });
    expect(ogTitleSize(20, false).fontSize).toBeGreaterThan(ogTitleSize(80, false).fontSize);
    const title = 'Remote teams ship more and meet less, according to our survey of engineering leaders '.repeat(6).slice(0, 500);
    const png = PNG.sync.read(await renderCard(og({ title }), fonts));
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(inkShare(png, TITLE_BOX)).toBeGreaterThan(0.08);
    // The band between title block and footer rule stays background: the clamp held.
    expect(inkShare(png, { x: 72, y: 496, width: 1000, height: 16 })).toBe(0);
    expect(inkShare(png, FOOTER_BOX)).toBeGreaterThan(0.02);
  });

  it('sets right-to-left direction from the title and draws Arabic and Hebrew with the bundled fonts', async () => {
    expect(textDirection('تقرير العمل عن بعد 2025')).toBe('rtl');
    expect(textDirection('2025: דוח העבודה')).toBe('rtl');
    expect(textDirection('The 2025 report')).toBe('ltr');
    const arabic = await renderCardDetailed(og({ title: 'تقرير العمل' }), fonts);
    expect(arabic.missingCharacters).toEqual([]);
    const png = PNG.sync.read(arabic.png);
    // A short right-to-left title hugs the right edge: ink on the right of the title area, none on the left.
    expect(inkShare(png, { x: 700, y: 200, width: 420, height: 200 })).toBeGreaterThan(0.04);
    expect(inkShare(png, TITLE_BOX)).toBe(0);
    const hebrew = await renderCardDetailed(og({ title: 'דוח העבודה מרחוק' }), fonts);
    expect(hebrew.missingCharacters).toEqual([]);
  });

  it('reports characters no font can draw, and still renders a card', async () => {
    const result = await renderCardDetailed(og({ title: 'Thai: ภาษาไทย, emoji 🚀' }), fonts);
    expect(result.missingCharacters).toEqual(expect.arrayContaining(['ภ', 'า', 'ษ', '🚀']));
    expect(result.missingCharacters).not.toContain('T');
    expect(result.missingCharacters).not.toContain(' ');
    expect(inkShare(PNG.sync.read(result.png), TITLE_BOX)).toBeGreaterThan(0.04);
  });

  it('shows the key statistic, in the accent colour, when there is one', async () => {
    const body = { x: 72, y: 150, width: 1056, height: 350 };
    const plain = PNG.sync.read(await renderCard(og(), fonts));
    const withStatistic = PNG.sync.read(await renderCard(og({ statistic }), fonts));
    expect(accentShare(plain, body)).toBe(0);
    expect(accentShare(withStatistic, body)).toBeGreaterThan(0.01);
  });
});

describe('logo', () => {
  it('draws a PNG logo in place of the monogram', async () => {
    const logo = new PNG({ width: 40, height: 40 });
    for (let offset = 0; offset < logo.data.length; offset += 4) logo.data.set([255, 80, 0, 255], offset);
    const file = path.join(work, 'logo.png');
    await writeFile(file, PNG.sync.write(logo));
    const png = PNG.sync.read(await renderCard(og({ theme: { ...theme, logo: file } }), fonts));
    const offset = (86 * 1200 + 98) * 4; // centre of the 52px brand mark at (72, 60)
    expect([...png.data.subarray(offset, offset + 3)]).toEqual([255, 80, 0]);
  });

  it('rejects a missing logo file with an error naming it', async () => {
    const file = path.join(work, 'no-such-logo.svg');
    const rendering = renderCard(og({ theme: { ...theme, logo: file } }), fonts);
    await expect(rendering).rejects.toBeInstanceOf(CardLogoError);
    await expect(rendering).rejects.toThrow(`Card logo ${file}: file not found. Expected a PNG, JPEG, GIF, WebP or SVG file.`);
  });
});

describe('stat cards and badges', () => {
  it('renders a 1200x630 stat card and a 1080x1080 square one with the figure large', async () => {
    for (const [width, height] of [
      [1200, 630],
      [1080, 1080],
    ]) {
      const png = PNG.sync.read(await renderCard(og({ kind: 'stat', width, height, statistic }), fonts));
      expect([png.width, png.height]).toEqual([width, height]);
      // The figure's band, just under the header, is heavily inked in the accent colour.
      const top = height >= width ? 320 : 150;
      expect(inkShare(png, { x: 80, y: top, width: 380, height: 150 })).toBeGreaterThan(0.2);
    }
  });

  it('renders a "Featured on" badge at twice its layout size, with transparent rounded corners', async () => {
    const png = PNG.sync.read(await renderCard(og({ kind: 'badge', width: 400, height: 120, scale: 2, contributor: 'Dr. Jane Okafor' }), fonts));
    expect([png.width, png.height]).toEqual([800, 240]);
    expect(png.data[3]).toBe(0); // top-left corner pixel is outside the rounded rectangle
    expect(png.data[(120 * 800 + 400) * 4 + 3]).toBe(255);
    expect(luminanceSpread(png)).toBeGreaterThan(10);
  });
});
