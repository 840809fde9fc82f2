// Writes each contributor's generated images into the build output: the badge and share card (drawn by the
// share-card machinery: worker pool, cache, the site's theme and template) and avatars that live outside public/.
import path from 'node:path';
import { copyFile, mkdir } from 'node:fs/promises';
import { renderCards, type CardPool } from '../cards/index.js';
import type { CardJob, CardSpec, CardTheme } from '../cards/types.js';
import { absoluteUrl } from '../site.js';
import { badgeSpec, shareCardSpec } from './badges.js';
import type { ContributorsOptions } from './options.js';
import { avatarLocation, badgeLocation, profilePath, shareCardLocation, type SitePaths } from './paths.js';
import type { Contributor, ContributorRegistry } from './registry.js';

export interface ContributorImagesContext {
  site: SitePaths & { name: string; site?: string };
  options: Pick<ContributorsOptions, 'base' | 'badge'>;
  /** Whether share cards are rendered (`cards.enabled`). */
  shareCards: boolean;
  /** The site's card theme (`cards.theme`), paths resolved. */
  theme: CardTheme;
  /** Absolute path of the site's card template module (`cards.template`). */
  templateFile?: string;
  /** Where rendered images are kept between builds. */
  cacheDir?: string;
  concurrency?: number;
  /** A card pool shared with the build's share cards (same template); without it, one is started for the images. */
  pool?: CardPool;
}

export interface ContributorImagesResult {
  /** Output files written, relative to the output directory (POSIX), sorted. */
  files: string[];
  rendered: number;
  reused: number;
  /** Problems that cost a contributor an image, or that the image shows; the other images are still written. */
  warnings: string[];
}

export type ContributorImageKind = 'badge' | 'card';

export function contributorImageKinds(context: Pick<ContributorImagesContext, 'options' | 'shareCards'>): ContributorImageKind[] {
  return [...(context.options.badge.enabled ? (['badge'] as const) : []), ...(context.shareCards ? (['card'] as const) : [])];
}

/** The card spec of one contributor image. */
export function contributorImageSpec(kind: ContributorImageKind, contributor: Contributor, context: ContributorImagesContext): CardSpec {
  const input = {
    name: contributor.name,
    role: contributor.role,
    organization: contributor.organization,
    siteName: context.site.name,
    profileUrl: absoluteUrl(context.site, profilePath(context.site, context.options, contributor.id)),
    theme: context.theme,
  };
  return kind === 'badge' ? badgeSpec(input) : shareCardSpec(input);
}

export async function writeContributorImages(registry: ContributorRegistry, outDir: string, context: ContributorImagesContext): Promise<ContributorImagesResult> {
  const warnings: string[] = [];
  const files: string[] = [];
  const jobs: CardJob[] = [];
  for (const contributor of registry.contributors) {
    for (const kind of contributorImageKinds(context)) {
      const location = kind === 'badge' ? badgeLocation(context.site, contributor.id) : shareCardLocation(context.site, contributor.id);
      jobs.push({ spec: contributorImageSpec(kind, contributor, context), outFile: path.join(outDir, location.outFile), page: `${contributor.file} (${kind === 'badge' ? 'badge' : 'share card'} of "${contributor.name}")` });
    }
  }

  let rendered = 0;
  let reused = 0;
  if (jobs.length > 0) {
    try {
      const result = await renderCards(jobs, { cacheDir: context.cacheDir, templateFile: context.templateFile, concurrency: context.concurrency, pool: context.pool });
      rendered = result.rendered;
      reused = result.reused;
      warnings.push(...result.warnings.map((warning) => warning.message), ...result.failures.map((failure) => failure.message));
      for (const file of result.files) if (file.status !== 'failed') files.push(path.relative(outDir, file.outFile));
    } catch (error) {
      // A broken theme font, logo or template: the share-card feature reports it too; the pages still build.
      warnings.push(`Contributor badges and share cards were not rendered: ${(error as Error).message}`);
    }
  }

  for (const contributor of registry.contributors) {
    const avatar = contributor.avatar;
    if (!avatar || avatar.publicPath) continue;
    const location = avatarLocation(context.site, contributor.id, avatar.file);
    const target = path.join(outDir, location.outFile);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(avatar.file, target);
      files.push(location.outFile);
    } catch (error) {
      warnings.push(`${contributor.file}: could not copy the avatar of "${contributor.name}": ${(error as Error).message}`);
    }
  }
  return { files: files.map((file) => file.split(path.sep).join('/')).sort(), rendered, reused, warnings };
}
