// At `astro:build:done`: renders every asset's share cards into the output, fills `doc.cards`, and adds the
// share-card meta tags to built pages that lack them.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { LinkableDocument } from '../model/types.js';
import type { SiteInfo } from '../site.js';
import { assetCards, takesShareCards, type AssetCard } from './asset-cards.js';
import { renderCards } from './index.js';
import { CardFontError, loadCardFonts } from './fonts.js';
import { CardLogoError, loadCardImage } from './logo.js';
import { CardPool } from './pool.js';
import { CardTemplateError, loadTemplateModule } from './template-module.js';
import { resolveCardTheme } from './theme.js';
import { injectShareMeta } from './inject-meta.js';
import { pageShareMetaTags } from './state.js';
import type { CardsOptions } from './options.js';
import type { CardJob, CardProgress } from './types.js';

export interface BuildShareCardsInput {
  documents: LinkableDocument[];
  site: SiteInfo;
  options: CardsOptions;
  /** Absolute build output directory. */
  outDir: string;
  logger: AstroIntegrationLogger;
  /** A pool shared with the other features that draw cards in this build (see `openCardPool`). */
  pool?: CardPool;
}

export interface BuildShareCardsResult {
  rendered: number;
  reused: number;
  failed: number;
  /** Pages whose built HTML got meta tags. */
  pagesChanged: number;
  milliseconds: number;
}

/** Absolute path of the site's template module (`cards.template`), if it has one. */
export function cardTemplateFile(site: Pick<SiteInfo, 'root'>, options: Pick<CardsOptions, 'template'>): string | undefined {
  return options.template ? path.resolve(site.root, options.template) : undefined;
}

/** Rendered cards survive builds here (Astro's cache directory). */
export function shareCardCacheDir(site: Pick<SiteInfo, 'cacheDir'>): string {
  return path.join(site.cacheDir, 'astro-linkable', 'cards');
}

/**
 * One pool of card workers for a build, for share cards and contributor badges alike: a worker costs about a
 * second to start, so features share them. Workers start only when a card needs drawing.
 */
export function openCardPool(site: Pick<SiteInfo, 'root'>, options: CardsOptions): CardPool {
  return new CardPool({ size: options.concurrency, templateFile: cardTemplateFile(site, options) });
}

/**
 * Checks the files the site named for its cards — theme fonts, logo, template — and throws an AstroError naming
 * the bad one. Called at `astro:config:setup` of a build, so a typo stops the build before any page renders.
 */
export async function checkCardTheme(site: Pick<SiteInfo, 'root'>, options: CardsOptions): Promise<void> {
  if (!options.enabled) return;
  const theme = resolveCardTheme(options.theme, site.root);
  const templateFile = cardTemplateFile(site, options);
  try {
    await loadCardFonts(theme.fonts);
    if (theme.logo) await loadCardImage(theme.logo);
    if (templateFile) await loadTemplateModule(templateFile);
  } catch (error) {
    throw asCardConfigError(error);
  }
}

/** A bad font, logo or template is the developer's option: the build stops with the file and what would work. */
function asCardConfigError(error: unknown): unknown {
  if (error instanceof CardFontError) return new AstroError(error.message, 'Fix or replace the file under `cards.theme.fonts` in the astro-linkable options.');
  if (error instanceof CardLogoError) return new AstroError(error.message, 'Fix the path of `cards.theme.logo` in the astro-linkable options, or remove it to show a monogram.');
  if (error instanceof CardTemplateError) return new AstroError(error.message, 'Fix the module named by `cards.template` in the astro-linkable options.');
  return error;
}

interface ShareCardPlan {
  planned: Array<{ doc: LinkableDocument; cards: AssetCard[] }>;
  /** Sources left without cards because an earlier one (by path) has the same asset URL. */
  duplicates: Array<{ doc: LinkableDocument; owner: LinkableDocument }>;
}

/** The cards of every asset, in path order. Two sources with the same URL would write the same files; the first keeps them. */
function planShareCards(documents: LinkableDocument[], site: SiteInfo, options: CardsOptions): ShareCardPlan {
  const theme = resolveCardTheme(options.theme, site.root);
  const plan: ShareCardPlan = { planned: [], duplicates: [] };
  const owners = new Map<string, LinkableDocument>();
  for (const doc of [...documents].sort((a, b) => a.relativePath.localeCompare(b.relativePath))) {
    if (!takesShareCards(doc)) continue;
    const owner = owners.get(doc.id);
    if (owner) {
      plan.duplicates.push({ doc, owner });
      continue;
    }
    owners.set(doc.id, doc);
    plan.planned.push({ doc, cards: assetCards(doc, { site, options, theme }) });
  }
  return plan;
}

/**
 * Opens the build's card pool early (at `astro:build:start`) and warms its workers while Astro renders the pages,
 * when the cache cannot hold every share card the build needs (it has fewer cards than the build draws: a first or
 * CI build). A build whose cards are all cached starts no worker, as before.
 */
export function warmCardPool(pool: CardPool, documents: LinkableDocument[], site: SiteInfo, options: CardsOptions): boolean {
  if (!options.enabled) return false;
  const specs = planShareCards(documents, site, options).planned.flatMap(({ cards }) => cards.map((card) => card.spec));
  if (specs.length === 0) return false;
  let cached = 0;
  try {
    cached = readdirSync(shareCardCacheDir(site)).filter((name) => name.endsWith('.png')).length;
  } catch {
    cached = 0;
  }
  if (cached >= specs.length) return false;
  pool.warm(specs[0]);
  return true;
}

export async function buildShareCards(input: BuildShareCardsInput): Promise<BuildShareCardsResult | undefined> {
  const { documents, site, options, outDir, logger } = input;
  if (!options.enabled) return undefined;
  const started = performance.now();
  const { planned, duplicates } = planShareCards(documents, site, options);
  for (const { doc, owner } of duplicates) {
    logger.warn(`${doc.relativePath}: has the same asset URL as ${owner.relativePath} (${doc.url}), so it gets no share cards of its own.`);
  }
  const jobs: CardJob[] = planned.flatMap(({ doc, cards }) => cards.map((card) => ({ spec: card.spec, outFile: path.join(outDir, card.outFile), page: doc.relativePath })));
  if (jobs.length === 0) return { rendered: 0, reused: 0, failed: 0, pagesChanged: 0, milliseconds: 0 };

  let result;
  try {
    result = await renderCards(jobs, {
      cacheDir: shareCardCacheDir(site),
      templateFile: cardTemplateFile(site, options),
      concurrency: options.concurrency,
      pool: input.pool,
      onProgress: progressLogger(logger),
    });
  } catch (error) {
    throw asCardConfigError(error);
  }
  for (const warning of result.warnings) logger.warn(warning.message);
  for (const failure of result.failures) logger.warn(failure.message);

  const failed = new Set(result.files.filter((file) => file.status === 'failed').map((file) => file.outFile));
  for (const { doc, cards } of planned) {
    doc.cards = cards.filter((card) => !failed.has(path.join(outDir, card.outFile))).map((card) => card.ref);
  }

  let pagesChanged = 0;
  if (options.injectMeta) {
    const pages = planned.map(({ doc }) => ({ url: doc.url, source: doc.relativePath, tags: pageShareMetaTags(doc, site, doc.cards?.find((card) => card.kind === 'og')) }));
    const injected = await injectShareMeta(pages, outDir, site.base);
    for (const problem of injected.problems) logger.warn(problem);
    pagesChanged = injected.changed;
  }
  const summary = { rendered: result.rendered, reused: result.reused, failed: result.failures.length, pagesChanged, milliseconds: Math.round(performance.now() - started) };
  logger.info(shareCardsSummary(summary));
  return summary;
}

/** Progress at every quarter, for builds with enough cards to wait for. */
export function progressLogger(logger: AstroIntegrationLogger): (progress: CardProgress) => void {
  let reported = 0;
  return (progress) => {
    // Cached cards are copied in a blink; progress is for builds that draw many.
    if (progress.total < 40 || progress.rendered === 0) return;
    const quarter = Math.floor((progress.done * 4) / progress.total);
    if (quarter <= reported || progress.done === progress.total) return;
    reported = quarter;
    logger.info(`Share cards: ${progress.done}/${progress.total} (${quarter * 25}%)`);
  };
}

function shareCardsSummary(result: BuildShareCardsResult): string {
  const failed = result.failed > 0 ? `, ${result.failed} failed` : '';
  const pages = result.pagesChanged > 0 ? `; meta tags added to ${result.pagesChanged} page${result.pagesChanged === 1 ? '' : 's'}` : '';
  return `Share cards: ${result.rendered} rendered, ${result.reused} reused in ${result.milliseconds} ms${failed}${pages}.`;
}
