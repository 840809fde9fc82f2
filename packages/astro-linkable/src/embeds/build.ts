// At `astro:build:done`: writes CSV and oEmbed files, adds boxes and links to built pages, fills doc.embeds/datasets.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { DatasetRef, InfographicEmbed, LinkableDocument } from '../model/types.js';
import type { SiteInfo } from '../site.js';
import { comparablePath } from '../model/identity.js';
import type { EmbedsOptions } from './options.js';
import { planPage, pageTakesPart, type PagePlan } from './page-plan.js';
import { absoluteFor, type ContextProblem, type PageContext } from './page-context.js';
import { imageObjectJsonLd, infographicSnippet, type SnippetInput } from './infographics.js';
import { datasetJsonLd, datasetRows, type DatasetPlan } from './datasets.js';
import { toCsv } from './csv.js';
import { planStatisticsDataset } from './statistics-dataset.js';
import { documentStatistics } from '../lint/document-statistics.js';
import { infographicOEmbed, oembedLinkHtml, pageOEmbed, type OEmbedThumbnail } from './oembed.js';
import { datasetLinkHtml, embedBoxHtml } from './embed-markup.js';
import { jsonForScript, jsonLdScript } from './escaping.js';
import { COPY_SCRIPT } from './copy-script.js';
import { applyInsertions, matchDatasetTables, matchInfographicImages, offsetAfter, offsetAfterImage, offsetBefore, scanPage, type Insertion, type PageScan } from './built-page.js';

export interface BuildEmbedsInput {
  documents: LinkableDocument[];
  site: SiteInfo;
  options: EmbedsOptions;
  /** Absolute build output directory. */
  outDir: string;
  logger: AstroIntegrationLogger;
}

export interface BuildEmbedsResult {
  infographics: number;
  datasets: number;
  oembedFiles: number;
  pagesChanged: number;
  milliseconds: number;
}

export async function buildEmbeds(input: BuildEmbedsInput): Promise<BuildEmbedsResult> {
  const { documents, site, options, outDir, logger } = input;
  const started = performance.now();
  const result: BuildEmbedsResult = { infographics: 0, datasets: 0, oembedFiles: 0, pagesChanged: 0, milliseconds: 0 };
  const problems: ContextProblem[] = [];
  const styles = options.styles ? defaultStyles() : '';
  stylesheetHasMarker.clear();

  for (const doc of [...documents].sort((a, b) => a.relativePath.localeCompare(b.relativePath))) {
    const takesPart = pageTakesPart(doc);
    const hasDatasetElement = doc.mdxElements.some((element) => element.name === 'Dataset');
    if (!takesPart && !hasDatasetElement) continue;
    try {
      await buildPage(doc, takesPart, { site, options, outDir, logger, styles, problems, result });
    } catch (error) {
      // One page's failure (an unwritable file, odd HTML) must not stop the others.
      logger.warn(`${doc.relativePath}: could not add embeds and datasets: ${(error as Error).message}`);
    }
  }
  for (const message of new Set(problems.map((problem) => problem.message))) logger.warn(message);
  result.milliseconds = Math.round(performance.now() - started);
  return result;
}

interface PageBuild {
  site: SiteInfo;
  options: EmbedsOptions;
  outDir: string;
  logger: AstroIntegrationLogger;
  styles: string;
  problems: ContextProblem[];
  result: BuildEmbedsResult;
}

/** One page being worked on: its plan, its built HTML (when found) and what will be inserted into it. */
interface PageWork {
  doc: LinkableDocument;
  plan: PagePlan;
  takesPart: boolean;
  htmlFile?: string;
  html?: string;
  scan?: PageScan;
  /** Whether boxes and links go into this page's HTML. */
  inject: boolean;
  insertions: Insertion[];
  oembedLinks: Array<{ href: string; title: string }>;
}

async function buildPage(doc: LinkableDocument, takesPart: boolean, build: PageBuild): Promise<void> {
  const plan = planPage(doc, build.site, build.options, build.problems);
  const htmlFile = builtHtmlFile(build.outDir, doc.url, build.site.base);
  const html = htmlFile ? await readFile(htmlFile, 'utf8') : undefined;
  const scan = html !== undefined ? scanPage(html) : undefined;
  const work: PageWork = {
    doc,
    plan,
    takesPart,
    htmlFile,
    html,
    scan,
    inject: build.options.inject && takesPart && scan !== undefined,
    insertions: [],
    oembedLinks: [{ href: absoluteFor(plan.context, plan.oembedPath), title: plan.context.title }],
  };
  doc.embeds = await buildInfographics(work, build);
  doc.datasets = [...(await buildDatasets(work, build)), ...(await buildStatisticsDataset(work, build))];
  if (takesPart) {
    await writeOutput(build.outDir, build.site.base, plan.oembedPath, jsonForScript(pageOEmbed(plan.context, pageThumbnail(doc, plan, doc.embeds))));
    build.result.oembedFiles++;
  }
  await writePage(work, build);
}

/** Embed codes and photo oEmbed files for the offered infographics, and their boxes for Markdown images. */
async function buildInfographics(work: PageWork, build: PageBuild): Promise<InfographicEmbed[]> {
  const { doc, plan, scan } = work;
  const { context } = plan;
  const embeds: InfographicEmbed[] = [];
  const imageMatches = scan ? matchInfographicImages(scan, plan.infographics, context.origin) : new Map();
  for (const item of plan.infographics) {
    if (!item.offered || !work.takesPart) continue;
    const rendered = item.component ? scan?.componentImages.get(item.n) : imageMatches.get(item.n)?.src;
    const imageUrl = item.imageUrl ?? (rendered ? absoluteFor(context, rendered) : undefined);
    if (!imageUrl) {
      if (scan) build.logger.warn(`${doc.relativePath}:${item.line}: infographic "${item.title}" is not on the built page ${doc.url}, so it has no embed code.`);
      continue;
    }
    const snippetInput: SnippetInput = { imageUrl, alt: item.alt, title: item.title, width: item.width, height: item.height, credit: item.credit, license: item.license };
    const embedHtml = infographicSnippet(snippetInput, context);
    await writeOutput(build.outDir, build.site.base, item.oembedPath, jsonForScript(infographicOEmbed(snippetInput, context)));
    build.result.oembedFiles++;
    work.oembedLinks.push({ href: absoluteFor(context, item.oembedPath), title: item.title });
    const embed: InfographicEmbed = { src: imageUrl, title: item.title, alt: item.alt, embedHtml, oembedUrl: item.oembedPath };
    if (item.width) embed.width = item.width;
    if (item.height) embed.height = item.height;
    embeds.push(embed);
    build.result.infographics++;

    const match = imageMatches.get(item.n);
    if (work.inject && match && !item.component && !scan?.markers.has(`embed:${item.key}`)) {
      const id = `linkable-${item.key}`;
      work.insertions.push({
        offset: offsetAfterImage(match.element),
        html: embedBoxHtml({ id, key: item.key, snippet: embedHtml, license: item.license }) + jsonLdScript(imageObjectJsonLd({ ...snippetInput, boxId: id }, context)),
      });
    }
  }
  return embeds;
}

/** CSV files for the page's tables and `<Dataset>` files, and download links after Markdown tables. */
async function buildDatasets(work: PageWork, build: PageBuild): Promise<DatasetRef[]> {
  const { doc, plan, scan } = work;
  const datasets: DatasetRef[] = [];
  const tableMatches = scan ? matchDatasetTables(scan, plan.datasets) : new Map();
  for (const item of plan.datasets) {
    if (item.problem) {
      build.logger.warn(`${doc.relativePath}:${item.line}: <Dataset src="${item.src}">: ${item.problem}.`);
      continue;
    }
    if (item.kind === 'table' && !work.takesPart) continue;
    const data = datasetRows(item, doc, build.site.publicDir);
    if (!data) continue;
    await writeOutput(build.outDir, build.site.base, item.path, toCsv(data.header, data.rows));
    datasets.push(datasetRef(item));
    build.result.datasets++;

    if (!work.inject || item.kind !== 'table' || scan?.markers.has(`dataset:${item.key}`)) continue;
    const table = tableMatches.get(item.n);
    if (!table) {
      build.logger.warn(`${doc.relativePath}:${item.line}: this table is not on the built page ${doc.url}; its CSV is at ${item.path} but no download link was added.`);
      continue;
    }
    work.insertions.push({ offset: offsetAfter(table.element), html: datasetLinkWithJsonLd(item, plan.context) });
  }
  return datasets;
}

/** On a statistics page, its statistics as one more CSV, linked before the first section that states them. */
async function buildStatisticsDataset(work: PageWork, build: PageBuild): Promise<DatasetRef[]> {
  const { doc, plan, scan } = work;
  if (!work.takesPart) return [];
  const statistics = planStatisticsDataset(doc, doc.statistics ?? documentStatistics(doc), plan.context, build.options, plan.datasets.length + 1);
  if (!statistics) return [];
  const item = statistics.plan;
  await writeOutput(build.outDir, build.site.base, item.path, toCsv(item.columns, statistics.rows));
  build.result.datasets++;
  const heading = statistics.beforeHeading ? scan?.headings.get(statistics.beforeHeading) : undefined;
  if (work.inject && heading && !scan?.markers.has(`dataset:${item.key}`)) {
    work.insertions.push({ offset: offsetBefore(heading), html: datasetLinkWithJsonLd(item, plan.context, 'Download the statistics on this page (CSV)') });
  }
  return [datasetRef(item)];
}

function datasetRef(item: DatasetPlan): DatasetRef {
  const ref: DatasetRef = { url: item.path, name: item.name, columns: item.columns, rows: item.rowCount };
  if (item.tableIndex !== undefined) ref.tableIndex = item.tableIndex;
  return ref;
}

function datasetLinkWithJsonLd(item: DatasetPlan, context: PageContext, label?: string): string {
  const link = datasetLinkHtml({
    id: `linkable-${item.key}`,
    key: item.key,
    href: item.path,
    fileName: item.fileName,
    rows: item.rowCount,
    columns: item.columns.length,
    license: item.license,
    label,
  });
  return link + jsonLdScript(datasetJsonLd(item, context));
}

/** Adds the head links, default styles and copy script the insertions need, and writes the page when it changed. */
async function writePage(work: PageWork, build: PageBuild): Promise<void> {
  const { scan, html, htmlFile, insertions } = work;
  if (!work.inject || !scan || html === undefined || !htmlFile) return;
  const head = work.oembedLinks.filter(({ href }) => !scan.oembedHrefs.has(href)).map(({ href, title }) => oembedLinkHtml(href, title));
  if (insertions.length > 0 && build.styles && !hasDefaultStyles(scan, build.outDir, build.site.base)) head.push(`<style data-linkable-style>${build.styles}</style>`);
  if (head.length > 0 && scan.headEnd !== undefined) insertions.push({ offset: scan.headEnd, html: head.join('') });
  const hasCopyButton = scan.hasCopyButton || insertions.some((insertion) => insertion.html.includes('data-linkable-copy='));
  if (hasCopyButton && !scan.hasCopyScript && scan.bodyEnd !== undefined) {
    insertions.push({ offset: scan.bodyEnd, html: `<script data-linkable-copy-script>${COPY_SCRIPT}</script>` });
  }
  if (insertions.length === 0) return;
  await writeFile(htmlFile, applyInsertions(html, insertions));
  build.result.pagesChanged++;
}

const STYLE_MARKER = 'linkable-embed__code';
const stylesheetHasMarker = new Map<string, boolean>();

/** True when the page already gets the default styles: injected before, or bundled from a component's stylesheet. */
function hasDefaultStyles(scan: PageScan, outDir: string, base: string): boolean {
  if (scan.hasStyle || scan.inlineStyles.some((css) => css.includes(STYLE_MARKER))) return true;
  return scan.stylesheets.some((href) => {
    if (!href.startsWith('/') || href.startsWith('//')) return false;
    const file = path.join(path.resolve(outDir), comparablePath(href, base));
    if (!stylesheetHasMarker.has(file)) {
      let found = false;
      try {
        found = readFileSync(file, 'utf8').includes(STYLE_MARKER);
      } catch {
        // A stylesheet that is not in the output (served by another app) cannot be checked; inline ours.
      }
      stylesheetHasMarker.set(file, found);
    }
    return stylesheetHasMarker.get(file) === true;
  });
}

/** The share card when the card feature made one, else the first infographic. */
function pageThumbnail(doc: LinkableDocument, plan: PagePlan, embeds: InfographicEmbed[] = []): OEmbedThumbnail | undefined {
  const card = doc.cards?.find((candidate) => candidate.kind === 'og');
  if (card) return { url: absoluteFor(plan.context, card.url), width: card.width, height: card.height };
  const first = embeds[0];
  return first ? { url: first.src, width: first.width, height: first.height } : undefined;
}

/** The built HTML file of a page, for both `build.format` "directory" and "file". */
export function builtHtmlFile(outDir: string, url: string, base: string): string | undefined {
  const route = comparablePath(url, base);
  const candidates = route === '' ? ['index.html'] : [path.join(route, 'index.html'), `${route}.html`];
  const root = path.resolve(outDir);
  for (const candidate of candidates) {
    const file = path.join(root, candidate);
    if (file.startsWith(root + path.sep) && existsSync(file)) return file;
  }
  return undefined;
}

/** Writes a file at its public path; the build output holds the site without `base`. */
async function writeOutput(outDir: string, base: string, publicPath: string, content: string): Promise<void> {
  const root = path.resolve(outDir);
  const prefix = base.replace(/\/+$/, '');
  const inOutput = prefix && publicPath.startsWith(`${prefix}/`) ? publicPath.slice(prefix.length) : publicPath;
  const file = path.join(root, decodeURI(inOutput));
  if (!file.startsWith(root + path.sep)) throw new Error(`refusing to write outside the build output: ${publicPath}`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

let stylesCache: string | undefined;

/** The package's default stylesheet (components/embeds.css), minified, for pages that get injected boxes. */
export function defaultStyles(): string {
  if (stylesCache === undefined) {
    const css = readFileSync(new URL('../../components/embeds.css', import.meta.url), 'utf8');
    stylesCache = css
      .replace(/\/\*[^]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  }
  return stylesCache;
}
