// Share cards for a build: checks fonts, logos and template once, reuses cached cards, renders the rest in the
// worker pool and writes every PNG to its output path.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CardCache, cardKey } from './cache.js';
import { loadCardFonts, type CardFontSet } from './fonts.js';
import { loadCardImage } from './logo.js';
import { CardPool, type RenderedInWorker } from './pool.js';
import { DEFAULT_TEMPLATE, loadTemplateModule } from './template-module.js';
import type { CardFileResult, CardJob, CardProgress, CardSpec, CardWarning, RenderCardsResult } from './types.js';

export interface RenderCardsOptions {
  /** Where rendered cards are kept between builds, e.g. `<Astro cacheDir>/astro-linkable/cards`. Without it, nothing is cached. */
  cacheDir?: string;
  /** Absolute path of a site's template module (see `loadTemplateModule`). */
  templateFile?: string;
  /** Worker threads; defaults to `os.availableParallelism()`. Ignored when `pool` is given. */
  concurrency?: number;
  /**
   * A pool to render in, shared with other callers in the same build (workers start once, not per call). It must
   * have been created with the same `templateFile`; renderCards leaves it open. Without it, renderCards starts its
   * own pool and closes it when done.
   */
  pool?: CardPool;
  /** Called after each card is written or reused. */
  onProgress?: (progress: CardProgress) => void;
}

/**
 * Writes a PNG for every job. Problems with the site's configuration (a missing or WOFF2 font, a missing theme
 * logo, a template module that does not load) throw before any card is drawn, naming the file. A card that fails
 * on its own becomes a `failures` entry and the others are still written. A missing per-card logo is a warning:
 * that card falls back to the theme logo, or to the monogram.
 */
export async function renderCards(jobs: CardJob[], options: RenderCardsOptions = {}): Promise<RenderCardsResult> {
  if (options.pool && options.pool.templateFile !== options.templateFile) {
    throw new Error(`renderCards: the shared pool draws with template ${options.pool.templateFile ?? '(default)'}, not ${options.templateFile ?? '(default)'}.`);
  }
  const template = options.templateFile ? await loadTemplateModule(options.templateFile) : DEFAULT_TEMPLATE;
  const warnings: CardWarning[] = [];
  const fontSets = await loadFontSets(jobs);
  const prepared = await Promise.all(jobs.map((job) => dropMissingCardLogo(job, warnings)));
  const themeLogos = new Set(prepared.map((job) => job.spec.theme.logo).filter((logo): logo is string => Boolean(logo)));
  await Promise.all([...themeLogos].map((logo) => loadCardImage(logo)));

  const cache = options.cacheDir ? new CardCache(options.cacheDir) : undefined;
  const pool = options.pool ?? new CardPool({ size: options.concurrency, templateFile: options.templateFile });
  const progress: CardProgress = { done: 0, total: jobs.length, rendered: 0, reused: 0 };
  const renders = new Map<string, Promise<RenderedInWorker>>();
  const cacheWrites: Array<Promise<unknown>> = [];
  const directories = new Map<string, Promise<unknown>>();
  const ensureDirectory = (file: string) => {
    const dir = path.dirname(file);
    let made = directories.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      directories.set(dir, made);
    }
    return made;
  };

  const files: CardFileResult[] = [];
  const failures: RenderCardsResult['failures'] = [];
  try {
    await Promise.all(
      prepared.map(async (job, index) => {
        const { spec, outFile } = job;
        const fonts = fontSets.get(fontsId(spec))!;
        const logoFile = spec.logo ?? spec.theme.logo;
        const key = cardKey(spec, { fonts: fonts.hash, logo: logoFile ? (await loadCardImage(logoFile)).hash : undefined, template: template.id });
        const scale = spec.scale ?? 1;
        const result: CardFileResult = { outFile, key, status: 'reused', width: Math.round(spec.width * scale), height: Math.round(spec.height * scale) };
        files[index] = result;
        await ensureDirectory(outFile);
        try {
          const cached = cache ? await cache.copyTo(key, outFile) : false;
          if (cached) {
            warnAboutGlyphs(job, cached.missingCharacters, warnings);
            progress.reused++;
          } else {
            // Two jobs with the same key (the same card under two names) are drawn once.
            let render = renders.get(key);
            if (!render) {
              render = pool.render(spec);
              renders.set(key, render);
              // A failed cache write costs only a re-render next time; the card itself is still written.
              if (cache) cacheWrites.push(render.then((card) => cache.put(key, card.png, { missingCharacters: card.missingCharacters })).catch(() => undefined));
            }
            const card = await render;
            await writeFile(outFile, card.png);
            warnAboutGlyphs(job, card.missingCharacters, warnings);
            for (const message of card.styleErrors) {
              warnings.push({ kind: 'invalid-style', page: job.page, outFile, message: `${where(job)}: the card template uses a style satori cannot apply, so it was left out: ${message}` });
            }
            result.status = 'rendered';
            progress.rendered++;
          }
        } catch (error) {
          result.status = 'failed';
          failures.push({ page: job.page, outFile, message: `${where(job)}: the card could not be rendered: ${error instanceof Error ? error.message : String(error)}` });
        }
        progress.done++;
        options.onProgress?.({ ...progress });
      }),
    );
    // Cache writes run beside the output writes; wait for them so the next build finds every card.
    await Promise.all(cacheWrites);
  } finally {
    if (!options.pool) await pool.close();
  }
  return { rendered: progress.rendered, reused: progress.reused, files, warnings, failures };
}

function fontsId(spec: CardSpec): string {
  return JSON.stringify(spec.theme.fonts);
}

/** One font set per distinct font list; throws CardFontError for the first bad file. */
async function loadFontSets(jobs: CardJob[]): Promise<Map<string, CardFontSet>> {
  const lists = new Map<string, CardSpec['theme']['fonts']>();
  for (const job of jobs) lists.set(fontsId(job.spec), job.spec.theme.fonts);
  const sets = new Map<string, CardFontSet>();
  for (const [id, fonts] of lists) sets.set(id, await loadCardFonts(fonts));
  return sets;
}

async function dropMissingCardLogo(job: CardJob, warnings: CardWarning[]): Promise<CardJob> {
  if (!job.spec.logo) return job;
  try {
    await loadCardImage(job.spec.logo);
    return job;
  } catch (error) {
    const fallback = job.spec.theme.logo ? 'the theme logo' : 'a monogram of the site name';
    warnings.push({ kind: 'missing-logo', page: job.page, outFile: job.outFile, message: `${where(job)}: ${(error as Error).message} The card uses ${fallback} instead.` });
    return { ...job, spec: { ...job.spec, logo: undefined } };
  }
}

function warnAboutGlyphs(job: CardJob, characters: string[], warnings: CardWarning[]): void {
  if (characters.length === 0) return;
  const listed = characters.map((character) => `"${character}" (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
  warnings.push({
    kind: 'missing-glyphs',
    page: job.page,
    outFile: job.outFile,
    characters,
    message: `${where(job)}: no card font has a glyph for ${listed}; the card shows a box in their place. Add a font that covers them to the cards theme fonts.`,
  });
}

function where(job: CardJob): string {
  return job.page ?? job.outFile;
}

// render.js (satori, resvg) is deliberately not re-exported: it loads only inside the workers.
export { loadCardFonts, bundledFonts, CardFontError, SUPPORTED_FONT_FORMATS, type CardFontSet } from './fonts.js';
export { CardLogoError } from './logo.js';
export { CardTemplateError, loadTemplateModule } from './template-module.js';
export { CardCache, cardKey } from './cache.js';
export { CardPool } from './pool.js';
export { defaultTemplate, TEMPLATE_VERSION, CARD_SIZES } from './templates/index.js';
export { resolveCardTheme, DEFAULT_CARD_COLORS, tint } from './theme.js';
export type * from './types.js';
