// Share-card thumbnails for outreach.html: real PNGs from the build output, scaled down and inlined as data: URIs.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cardThumbnails } from '../../packages/astro-linkable/src/outreach/report/thumbnails.js';

function card(width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#1b2230"/><rect x="0" y="0" width="${width / 2}" height="${height}" fill="#2151c5"/></svg>`;
  return new Resvg(svg).render().asPng();
}

describe('card thumbnails', () => {
  it('inlines the Open Graph card scaled to 480 px wide, reading it from the output under the site base', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'outreach-thumbs-'));
    await mkdir(path.join(outDir, '_linkable', 'cards'), { recursive: true });
    await writeFile(path.join(outDir, '_linkable', 'cards', 'report.png'), card(1200, 630));
    await writeFile(path.join(outDir, '_linkable', 'cards', 'report-stat-1.png'), card(1200, 630));

    const thumbnails = await cardThumbnails(
      [
        {
          id: 'report',
          cards: [
            { kind: 'stat', url: '/docs/_linkable/cards/report-stat-1.png', width: 1200, height: 630, alt: 'stat' },
            { kind: 'og', url: '/docs/_linkable/cards/report.png', width: 1200, height: 630, alt: 'og' },
          ],
        },
        { id: 'not-built', cards: [{ kind: 'og', url: '/docs/_linkable/cards/missing.png', width: 1200, height: 630, alt: '' }] },
        { id: 'no-cards', cards: [] },
      ],
      outDir,
      '/docs',
    );
    expect([...thumbnails.keys()]).toEqual(['report']);
    const thumbnail = thumbnails.get('report')!;
    expect(thumbnail).toMatchObject({ width: 480, height: 252 });
    expect(thumbnail.dataUri.startsWith('data:image/png;base64,')).toBe(true);
    const png = PNG.sync.read(Buffer.from(thumbnail.dataUri.slice('data:image/png;base64,'.length), 'base64'));
    expect([png.width, png.height]).toEqual([480, 252]);
    // The left half of the card is blue, the right half dark: the image was scaled, not cropped.
    const pixel = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
    expect(pixel(100, 100)).toEqual([0x21, 0x51, 0xc5]);
    expect(pixel(380, 100)).toEqual([0x1b, 0x22, 0x30]);
  });

  it('never reads outside the output directory', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'outreach-thumbs-'));
    const outDir = path.join(parent, 'dist');
    await mkdir(outDir);
    await writeFile(path.join(parent, 'private.png'), card(1200, 630));
    const thumbnails = await cardThumbnails([{ id: 'x', cards: [{ kind: 'og', url: '/../private.png', width: 1200, height: 630, alt: '' }] }], outDir, '/');
    expect(thumbnails.size).toBe(0);
  });
});
