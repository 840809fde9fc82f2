// The card cache: a PNG per key, where the key hashes everything that changes a card's pixels, kept in Astro's
// cache directory so an unchanged card is never rendered twice.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CardSpec } from './types.js';
import { PNG_ENCODER_VERSION } from './png.js';

/** The renderer's own inputs: a new satori, resvg, zlib or PNG encoder can move pixels or bytes. */
export const RENDERER_VERSION = (() => {
  const require = createRequire(import.meta.url);
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return `satori@${version('satori')} resvg@${version('@resvg/resvg-js')} zlib@${process.versions.zlib} png@${PNG_ENCODER_VERSION}`;
})();

export interface CardKeyParts {
  /** `CardFontSet.hash`: the contents of every font file, in order. */
  fonts: string;
  /** sha256 of the logo file drawn on the card, if any. */
  logo?: string;
  /** Which template draws the card: the default's version, or a site template's file hash and exported version. */
  template: string;
}

/**
 * sha256 over the template, renderer, the spec's visible fields, theme colours and the *contents* of fonts and
 * logo (not their paths, so moving a project keeps its cache).
 */
export function cardKey(spec: CardSpec, parts: CardKeyParts): string {
  const { theme, logo: _logo, ...visible } = spec;
  const { fonts: _fonts, logo: _themeLogo, ...colors } = theme;
  const material = stableJson({ renderer: RENDERER_VERSION, template: parts.template, spec: visible, colors, fonts: parts.fonts, logo: parts.logo ?? null });
  return createHash('sha256').update(material).digest('hex');
}

/** JSON with object keys sorted, so that key order in a spec never changes its hash. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : entry,
  );
}

/** What the cache keeps beside a PNG: the characters the card could not draw, so warnings repeat on reuse. */
export interface CardCacheMeta {
  missingCharacters: string[];
}

export class CardCache {
  readonly dir: string;
  #ready: Promise<unknown> | undefined;
  /**
   * The cache's file names, read once: a build asks for every card, and most are either all there (a warm build) or
   * all missing (a cold one), so one directory read replaces a failed open per missing PNG or meta file.
   */
  #names: Promise<Set<string>> | undefined;

  constructor(dir: string) {
    this.dir = dir;
  }

  pngPath(key: string): string {
    return path.join(this.dir, `${key}.png`);
  }

  /** Copies a cached card to `outFile`; false when the key is not cached. */
  async copyTo(key: string, outFile: string): Promise<false | CardCacheMeta> {
    const names = await this.#listing();
    if (!names.has(`${key}.png`)) return false;
    try {
      await copyFile(this.pngPath(key), outFile);
    } catch (error) {
      // Removed since the listing was read: render it again.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
    return (names.has(`${key}.json`) ? await this.#readMeta(key) : undefined) ?? { missingCharacters: [] };
  }

  /** Stores a card. Writes go to a temporary name first so an interrupted build never leaves half a PNG under a key. */
  async put(key: string, png: Uint8Array, meta: CardCacheMeta): Promise<void> {
    this.#ready ??= mkdir(this.dir, { recursive: true });
    await this.#ready;
    const names = await this.#listing();
    const temporary = path.join(this.dir, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    if (meta.missingCharacters.length > 0) {
      await writeFile(path.join(this.dir, `${key}.json`), JSON.stringify(meta));
      names.add(`${key}.json`);
    }
    await writeFile(temporary, png);
    await rename(temporary, this.pngPath(key));
    names.add(`${key}.png`);
  }

  #listing(): Promise<Set<string>> {
    this.#names ??= readdir(this.dir).then(
      (names) => new Set(names),
      // No cache directory yet: nothing is cached.
      () => new Set<string>(),
    );
    return this.#names;
  }

  async #readMeta(key: string): Promise<CardCacheMeta | undefined> {
    try {
      return JSON.parse(await readFile(path.join(this.dir, `${key}.json`), 'utf8')) as CardCacheMeta;
    } catch {
      // An unreadable meta file only loses a repeated warning.
      return undefined;
    }
  }
}
