// Card fonts: the bundled Inter faces, a site's own font files, the checks that keep a bad file away from satori,
// and the record of characters no loaded font can draw.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CardFont, CardFontWeight } from './types.js';

export const SUPPORTED_FONT_FORMATS = 'TTF, OTF or WOFF';

/** Family name of the bundled default face (Latin); the other Inter subsets follow as `Inter <subset>`. */
export const DEFAULT_FONT_FAMILY = 'Inter';

/** Inter from @fontsource ships per-script subsets; each gets its own family name so satori falls back across all of them. */
const INTER_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;
const INTER_WEIGHTS: CardFontWeight[] = [400, 600, 800];

export class CardFontError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`Card font ${file}: ${problem}. Card fonts must be ${SUPPORTED_FONT_FORMATS} files (satori cannot read WOFF2).`);
    this.name = 'CardFontError';
    this.file = file;
  }
}

export interface LoadedFont extends CardFont {
  data: Buffer;
  /** sha256 of the file contents. */
  hash: string;
}

/** The fonts a card renders with, in fallback order, and one hash standing for all of them. */
export interface CardFontSet {
  fonts: LoadedFont[];
  /**
   * The site's own faces and bundled Inter Latin: for a card whose text lies within Inter Latin's range
   * (`withinCoreFonts`), the same pixels as `fonts`, while satori parses 3 bundled faces instead of 25 (about 0.15 s a
   * worker).
   */
  coreFonts: LoadedFont[];
  /** `fontFamily` for templates: site families first, then every bundled family. */
  fontFamily: string;
  hash: string;
}

/** Right-to-left scripts Inter lacks, bundled so Arabic and Hebrew titles render without any setup. */
const RTL_FALLBACKS = [
  { family: 'Noto Sans Arabic', file: (weight: number) => `@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff` },
  { family: 'Noto Sans Hebrew', file: (weight: number) => `@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-${weight}-normal.woff` },
];
const RTL_WEIGHTS: CardFontWeight[] = [400, 700];

/** The bundled faces (Inter in every subset, then Noto Sans Arabic and Hebrew), resolved through node_modules, never fetched. */
export function bundledFonts(): CardFont[] {
  const require = createRequire(import.meta.url);
  const faces: CardFont[] = [];
  for (const subset of INTER_SUBSETS) {
    for (const weight of INTER_WEIGHTS) {
      faces.push({
        path: require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
        name: subset === 'latin' ? DEFAULT_FONT_FAMILY : `${DEFAULT_FONT_FAMILY} ${subset}`,
        weight,
        style: 'normal',
      });
    }
  }
  for (const fallback of RTL_FALLBACKS) {
    for (const weight of RTL_WEIGHTS) faces.push({ path: require.resolve(fallback.file(weight)), name: fallback.family, weight, style: 'normal' });
  }
  return faces;
}

const fileCache = new Map<string, Promise<{ data: Buffer; hash: string }>>();

/**
 * Reads and checks the site's fonts and appends the bundled faces.
 * Throws a CardFontError naming the file for a missing, unreadable, WOFF2 or malformed font.
 */
export async function loadCardFonts(siteFonts: CardFont[] = []): Promise<CardFontSet> {
  const all = [...siteFonts, ...bundledFonts()];
  const fonts = await Promise.all(
    all.map(async (font) => {
      // Keyed by size and modification time too, so a font replaced between two builds in one process is re-read.
      const key = `${font.path}\0${await fileVersion(font.path)}`;
      let cached = fileCache.get(key);
      if (!cached) {
        cached = readFontFile(font.path);
        fileCache.set(key, cached);
        // A failed read is not cached, so a fixed file is picked up by the next build in the same process.
        cached.catch(() => fileCache.delete(key));
      }
      return { ...font, ...(await cached) };
    }),
  );
  const families = [...new Set(fonts.map((font) => font.name))];
  const hash = createHash('sha256')
    .update(JSON.stringify(fonts.map(({ name, weight, style, hash }) => [name, weight, style, hash])))
    .digest('hex');
  const coreFonts = fonts.filter((font, index) => index < siteFonts.length || font.name === DEFAULT_FONT_FAMILY);
  return { fonts, coreFonts, fontFamily: families.map((name) => JSON.stringify(name)).join(', '), hash };
}

/**
 * Characters bundled Inter Latin draws itself, in all three weights: its declared @fontsource range less the controls
 * and the punctuation it leaves to other faces (U+2010 hyphen, U+2020 dagger, …). test/cards/core-fonts.test.ts
 * renders every one of them with the core faces and with all faces and checks the SVGs are the same.
 */
export const CORE_CHARACTERS =
  'U+0009-000A,U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,' +
  'U+2000-2003,U+2005,U+2009,U+200B-200F,U+2013-2014,U+2018-201A,U+201C-201E,U+2022,U+2026,U+202A-202E,U+2032-2033,' +
  'U+2039-203A,U+2044,U+2060-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+FEFF';

const CORE_RANGES: Array<[number, number]> = CORE_CHARACTERS.split(',').map((range) => {
  const [from, to = from] = range.replace(/^U\+/, '').split('-');
  return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
});

/**
 * Whether every character of `text` (and of its upper- and lower-case forms, for `textTransform`) is one of
 * `CORE_CHARACTERS`, so that the core faces draw it exactly as the full set would.
 */
export function withinCoreFonts(text: string): boolean {
  for (const variant of [text, text.toUpperCase(), text.toLowerCase()]) {
    for (const character of variant) {
      const code = character.codePointAt(0)!;
      if (!CORE_RANGES.some(([from, to]) => code >= from && code <= to)) return false;
    }
  }
  return true;
}

/** Size and modification time of a file, or '' when it cannot be read (the read that follows reports why). */
export async function fileVersion(file: string): Promise<string> {
  try {
    const info = await stat(file);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return '';
  }
}

async function readFontFile(file: string): Promise<{ data: Buffer; hash: string }> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CardFontError(file, code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? String(error)})`);
  }
  checkFontFile(file, data);
  return { data, hash: createHash('sha256').update(data).digest('hex') };
}

export type FontFormat = 'ttf' | 'otf' | 'woff' | 'woff2' | 'ttc';

/** The format a font file's signature announces, or undefined when it is not a font. */
export function fontFormat(data: Uint8Array): FontFormat | undefined {
  if (data.length < 4) return undefined;
  const tag = String.fromCharCode(data[0], data[1], data[2], data[3]);
  if (tag === 'wOFF') return 'woff';
  if (tag === 'wOF2') return 'woff2';
  if (tag === 'OTTO') return 'otf';
  if (tag === 'ttcf') return 'ttc';
  if (tag === 'true' || (data[0] === 0 && data[1] === 1 && data[2] === 0 && data[3] === 0)) return 'ttf';
  return undefined;
}

/**
 * Rejects what satori would choke on later with an error that names no file: other formats, and
 * truncated or corrupt files whose table directory points outside the file or lacks a character map.
 */
export function checkFontFile(file: string, data: Buffer): void {
  const format = fontFormat(data);
  if (format === 'woff2') throw new CardFontError(file, 'is a WOFF2 file');
  if (format === 'ttc') throw new CardFontError(file, 'is a font collection (TTC)');
  if (!format) throw new CardFontError(file, 'is not a font file (unrecognised signature)');

  const woff = format === 'woff';
  const headerSize = woff ? 44 : 12;
  const entrySize = woff ? 20 : 16;
  if (data.length < headerSize) throw new CardFontError(file, 'is truncated');
  if (woff && data.readUInt32BE(8) !== data.length) throw new CardFontError(file, 'is truncated or corrupt (WOFF length mismatch)');
  const numTables = data.readUInt16BE(woff ? 12 : 4);
  if (numTables === 0 || headerSize + numTables * entrySize > data.length) throw new CardFontError(file, 'is truncated or corrupt (bad table directory)');
  let hasCmap = false;
  for (let index = 0; index < numTables; index++) {
    const entry = headerSize + index * entrySize;
    const tag = data.toString('latin1', entry, entry + 4);
    const offset = data.readUInt32BE(entry + (woff ? 4 : 8));
    const length = data.readUInt32BE(entry + (woff ? 8 : 12));
    if (offset + length > data.length) throw new CardFontError(file, `is truncated or corrupt (table "${tag}" runs past the end)`);
    if (tag === 'cmap') hasCmap = true;
  }
  if (!hasCmap) throw new CardFontError(file, 'has no character map (cmap table)');
}

/**
 * Records the characters satori found no glyph for. Satori calls `loadAdditionalAsset` with each such text
 * segment; answering with no font keeps the font's .notdef box in the card, visible but never a crash.
 */
export function missingGlyphRecorder(): {
  loadAdditionalAsset: (languageCode: string, segment: string) => Promise<never[]>;
  characters: () => string[];
} {
  const missing = new Set<string>();
  return {
    loadAdditionalAsset: async (_languageCode, segment) => {
      for (const character of segment) if (character.trim() !== '') missing.add(character);
      return [];
    },
    characters: () => [...missing],
  };
}
