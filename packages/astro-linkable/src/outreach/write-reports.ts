// The outreach feature's entry point at the end of a build: read the imports, build the manifest, and write
// outreach.json, outreach.csv and outreach.html into the report directory (never the deployed output: contact details).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { ContributorRegistry } from '../contributors/registry.js';
import { profilePath } from '../contributors/paths.js';
import type { LinkableDocument } from '../model/types.js';
import { toPosix } from '../model/identity.js';
import type { LinkableOptions } from '../options.js';
import type { SiteInfo } from '../site.js';
import { buildOutreachManifest } from './manifest.js';
import { readOutreachImports } from './read-imports.js';
import { outreachCsv } from './report/csv.js';
import { outreachHtml } from './report/html.js';
import { cardThumbnails } from './report/thumbnails.js';
import type { ContributorRecord } from './targets/contributors.js';
import type { OutreachManifest } from './types.js';

export interface OutreachReportInput {
  documents: LinkableDocument[];
  site: SiteInfo;
  options: LinkableOptions;
  /** The contributor registry, with private emails (they go into the report directory only). */
  registry: ContributorRegistry;
  /** The build output directory, where share cards were written. */
  outDir: string;
  logger: AstroIntegrationLogger;
  /** Defaults to `process.env.SOURCE_DATE_EPOCH`. */
  sourceDateEpoch?: string;
}

const OUTREACH_FILES = { json: 'outreach.json', csv: 'outreach.csv', html: 'outreach.html' } as const;

/** The schema shipped in the package (schemas/outreach.schema.json), found from this module's place in dist/ or src/. */
export const OUTREACH_SCHEMA_FILE = fileURLToPath(new URL('../../schemas/outreach.schema.json', import.meta.url));

export async function writeOutreachReports(input: OutreachReportInput): Promise<OutreachManifest | undefined> {
  const { site, logger } = input;
  const options = input.options.outreach;
  if (!options.enabled) return undefined;
  const started = performance.now();
  const imports = await readOutreachImports(site.root, options);
  for (const report of imports.reports) {
    if (report.error) logger.error(report.error);
    else for (const line of report.describe()) logger.warn(line);
  }
  const read = imports.reports.filter((report) => !report.error);
  if (read.length > 0) {
    // Which format each file was taken for: the first thing to check when suggestions look wrong.
    const files = read.map((report) => `${report.file} (${report.format}, ${report.rows} rows${report.skipped ? `, ${report.skipped} skipped` : ''})`);
    logger.info(`Outreach imports: ${files.join('; ')}.`);
  }

  const manifest = buildOutreachManifest({
    documents: input.documents,
    site,
    options,
    minScore: input.options.minScore,
    contributors: contributorRecords(input.registry, site, input.options),
    imports,
    generatedAt: generatedAt(input.sourceDateEpoch ?? process.env.SOURCE_DATE_EPOCH, logger),
    schema: toPosix(path.relative(site.reportDir, OUTREACH_SCHEMA_FILE)),
  });

  const byId = new Map(input.documents.map((doc) => [doc.id, doc]));
  const thumbnails = await cardThumbnails(
    manifest.assets.map((asset) => ({ id: asset.id, cards: byId.get(asset.id)?.cards ?? [] })),
    input.outDir,
    site.base,
  );

  await mkdir(site.reportDir, { recursive: true });
  await writeFile(path.join(site.reportDir, OUTREACH_FILES.json), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(path.join(site.reportDir, OUTREACH_FILES.csv), outreachCsv(manifest));
  await writeFile(path.join(site.reportDir, OUTREACH_FILES.html), outreachHtml(manifest, thumbnails));

  const targets = manifest.assets.reduce((sum, asset) => sum + asset.targets.length, 0);
  const where = toPosix(path.relative(site.root, path.join(site.reportDir, OUTREACH_FILES.html))) || OUTREACH_FILES.html;
  logger.info(`Outreach: ${manifest.assets.length} assets, ${targets} suggested targets in ${Math.round(performance.now() - started)} ms. Open ${where}.`);
  return manifest;
}

/** The registry as outreach reads it, each with the public path of their contributor page when the site has them. */
function contributorRecords(registry: ContributorRegistry, site: SiteInfo, options: LinkableOptions): ContributorRecord[] {
  const pages = options.contributors.pages && registry.contributors.length > 0;
  return registry.contributors.map((contributor) => ({
    id: contributor.id,
    name: contributor.name,
    role: contributor.role,
    organization: contributor.organization,
    website: contributor.website,
    email: contributor.email,
    profileUrl: pages ? profilePath(site, options.contributors, contributor.id) : undefined,
  }));
}

/** SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention) when set, else now. */
export function generatedAt(sourceDateEpoch: string | undefined, logger?: AstroIntegrationLogger): string {
  if (sourceDateEpoch !== undefined && sourceDateEpoch.trim() !== '') {
    const seconds = Number(sourceDateEpoch);
    if (Number.isInteger(seconds) && seconds >= 0) return new Date(seconds * 1000).toISOString();
    logger?.warn(`SOURCE_DATE_EPOCH should be a whole number of seconds since 1970 (got ${JSON.stringify(sourceDateEpoch)}); using the current time.`);
  }
  return new Date().toISOString();
}
