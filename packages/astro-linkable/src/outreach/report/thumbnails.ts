// Share-card thumbnails for outreach.html, inlined as data: URIs so the report opens anywhere (an email attachment)
// without fetching anything. Cards are read from the build output and scaled down so the file stays small.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { ShareCardRef } from '../../model/types.js';

export interface Thumbnail {
  dataUri: string;
  width: number;
  height: number;
}

/** Pixel width of a thumbnail: twice the width it is shown at, for sharp high-density screens. */
const THUMBNAIL_WIDTH = 480;
/** Past this many bytes of thumbnails, assets further down the ranking show a placeholder instead. */
const BUDGET_BYTES = 8 * 1024 * 1024;

/**
 * One thumbnail per asset, from its Open Graph card (else its first card), in the order given (readiest first, so
 * the budget goes to the assets PR staff look at first). Cards the build did not write are skipped.
 */
export async function cardThumbnails(assets: Array<{ id: string; cards: ShareCardRef[] }>, outDir: string, base: string): Promise<Map<string, Thumbnail>> {
  const thumbnails = new Map<string, Thumbnail>();
  let spent = 0;
  for (const asset of assets) {
    const card = asset.cards.find((candidate) => candidate.kind === 'og') ?? asset.cards[0];
    if (!card) continue;
    let png: Buffer;
    try {
      png = await readFile(outputPath(outDir, base, card.url));
    } catch {
      continue;
    }
    const thumbnail = scaleDown(png, card.width, card.height);
    spent += thumbnail.dataUri.length;
    if (spent > BUDGET_BYTES) break;
    thumbnails.set(asset.id, thumbnail);
  }
  return thumbnails;
}

/** `/docs/_linkable/cards/x.png` with base `/docs` → `<outDir>/_linkable/cards/x.png`. */
function outputPath(outDir: string, base: string, publicPath: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const withoutBase = trimmedBase && publicPath.startsWith(`${trimmedBase}/`) ? publicPath.slice(trimmedBase.length) : publicPath;
  const root = path.resolve(outDir);
  const resolved = path.resolve(root, `.${decodeURIComponent(withoutBase.split(/[?#]/)[0])}`);
  if (!resolved.startsWith(`${root}${path.sep}`)) throw new Error('card path leaves the output directory');
  return resolved;
}

function scaleDown(png: Buffer, width: number, height: number): Thumbnail {
  if (width <= THUMBNAIL_WIDTH) return { dataUri: `data:image/png;base64,${png.toString('base64')}`, width, height };
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: THUMBNAIL_WIDTH }, font: { loadSystemFonts: false }, logLevel: 'off' }).render();
  return { dataUri: `data:image/png;base64,${rendered.asPng().toString('base64')}`, width: rendered.width, height: rendered.height };
}
