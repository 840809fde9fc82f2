// Logo files for cards: read once, checked by signature, handed to satori as data URIs (never as URLs it would fetch).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileVersion } from './fonts.js';
import type { CardImage } from './types.js';

export const SUPPORTED_LOGO_FORMATS = 'PNG, JPEG, GIF, WebP or SVG';

export class CardLogoError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`Card logo ${file}: ${problem}. Expected a ${SUPPORTED_LOGO_FORMATS} file.`);
    this.name = 'CardLogoError';
    this.file = file;
  }
}

const cache = new Map<string, Promise<CardImage>>();

/** Reads a logo file; throws CardLogoError naming the file when it is missing or not an image satori can draw. */
export async function loadCardImage(file: string): Promise<CardImage> {
  // Keyed by size and modification time too, so a logo replaced between two builds in one process is re-read.
  const key = `${file}\0${await fileVersion(file)}`;
  let image = cache.get(key);
  if (!image) {
    image = readImage(file);
    cache.set(key, image);
    image.catch(() => cache.delete(key));
  }
  return image;
}

async function readImage(file: string): Promise<CardImage> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CardLogoError(file, code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? String(error)})`);
  }
  const mime = imageMimeType(data);
  if (!mime) throw new CardLogoError(file, 'is not a recognised image');
  return {
    src: `data:${mime};base64,${data.toString('base64')}`,
    hash: createHash('sha256').update(data).digest('hex'),
    file,
  };
}

function imageMimeType(data: Buffer): string | undefined {
  if (data.length >= 8 && data.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length >= 6 && data.toString('latin1', 0, 4) === 'GIF8') return 'image/gif';
  if (data.length >= 12 && data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  // SVG is text: allow an XML prolog, comments and a BOM before the root element.
  if (/^(?:\uFEFF)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(data.toString('utf8', 0, 4096))) return 'image/svg+xml';
  return undefined;
}
