// Datasets: which tables of a page become downloadable CSV files, their names and descriptions, and Dataset JSON-LD.
import type { LinkableDocument, MdxElement, Table } from '../model/types.js';
import type { EmbedsOptions } from './options.js';
import { readDatasetSource, type TableData } from './dataset-sources.js';
import type { License } from './licenses.js';
import { absoluteFor, itemLicense, publicFilePath, type PageContext } from './page-context.js';

/** One dataset of a page (plain JSON: it reaches components through the state module). */
export interface DatasetPlan {
  /** 1-based position among the page's datasets, in source order. */
  n: number;
  /** `dataset-<n>`: the marker on its download link and the base of its element ids. */
  key: string;
  kind: 'table' | 'file' | 'statistics';
  /** Public path of the CSV. */
  path: string;
  /** Absolute URL of the CSV (the path alone without `site`). */
  url: string;
  fileName: string;
  name: string;
  /** 50 to 5000 characters, as Google requires. */
  description: string;
  columns: string[];
  rowCount: number;
  /** Index into `doc.tables` for a Markdown table. */
  tableIndex?: number;
  /** `src` of a `<Dataset>` element. */
  src?: string;
  /** Absolute path of the file a `<Dataset>` element read. */
  sourceFile?: string;
  license?: License;
  temporalCoverage?: string;
  /** Source line of the table or element, for messages. */
  line: number;
  /** Why a `<Dataset>` file could not be read; such a dataset has no CSV. */
  problem?: string;
}

/** Which Markdown tables become datasets: pages whose `linkable.type` is in `datasetTypes`, or that set `linkable.embed: true`. */
export function tablesAreDatasets(doc: Pick<LinkableDocument, 'linkable'>, options: Pick<EmbedsOptions, 'datasetTypes'>): boolean {
  const linkable = doc.linkable;
  if (linkable === false || linkable.embed === false) return false;
  if (linkable.embed === true) return true;
  return linkable.type !== undefined && options.datasetTypes.includes(linkable.type);
}

interface Candidate {
  offset: number;
  table?: { index: number; table: Table };
  element?: MdxElement;
}

/** Plans a page's datasets. `rows` of each (for the CSV) come from `datasetRows`. */
export function planDatasets(doc: LinkableDocument, context: PageContext, options: EmbedsOptions, publicDir: string): DatasetPlan[] {
  const candidates: Candidate[] = [];
  if (tablesAreDatasets(doc, options)) {
    doc.tables.forEach((table, index) => {
      if (table.rows.length > 0 && table.header.some((cell) => cell !== '')) candidates.push({ offset: table.span.start.offset, table: { index, table } });
    });
  }
  for (const element of doc.mdxElements) if (element.name === 'Dataset') candidates.push({ offset: element.span.start.offset, element });
  candidates.sort((a, b) => a.offset - b.offset);

  return candidates.map((candidate, index) => {
    const n = index + 1;
    const fileName = `${doc.id}-${n}.csv`;
    const path = publicFilePath(context, options.dataBase, fileName);
    const base = { n, key: `dataset-${n}`, path, url: absoluteFor(context, path), fileName };
    if (candidate.table) {
      const { table, index: tableIndex } = candidate.table;
      const caption = tableCaption(doc, table);
      const name = caption?.name ?? sectionName(doc, table) ?? `${doc.title}, table ${tableIndex + 1}`;
      const plan: DatasetPlan = {
        ...base,
        kind: 'table',
        name,
        description: datasetDescription(caption?.text, name, table.header, table.rows.length, context),
        columns: table.header,
        rowCount: table.rows.length,
        tableIndex,
        line: table.span.start.line,
      };
      if (context.license) plan.license = context.license;
      if (context.temporalCoverage) plan.temporalCoverage = context.temporalCoverage;
      return plan;
    }
    const element = candidate.element as MdxElement;
    const text = (name: string) => {
      const value = element.attributes[name];
      return typeof value === 'string' && !value.startsWith('{') ? value : undefined;
    };
    const src = text('src') ?? (typeof element.attributes.src === 'string' ? element.attributes.src : '');
    const source = readDatasetSource(src, doc.file, publicDir);
    const data: TableData = source.ok ? source.data : { header: [], rows: [] };
    const name = text('title') ?? text('name') ?? `${doc.title}, dataset ${n}`;
    const plan: DatasetPlan = {
      ...base,
      kind: 'file',
      name,
      description: datasetDescription(text('description'), name, data.header, data.rows.length, context),
      columns: data.header,
      rowCount: data.rows.length,
      src,
      line: element.span.start.line,
    };
    const license = itemLicense(text('license'), context);
    if (license) plan.license = license;
    const coverage = text('temporalCoverage') ?? context.temporalCoverage;
    if (coverage) plan.temporalCoverage = coverage;
    if (source.ok) plan.sourceFile = source.file;
    else plan.problem = source.message;
    return plan;
  });
}

/** The rows to write for a planned dataset: the Markdown table's, or the `<Dataset>` file's. */
export function datasetRows(plan: DatasetPlan, doc: LinkableDocument, publicDir: string): TableData | undefined {
  if (plan.kind === 'table' && plan.tableIndex !== undefined) {
    const table = doc.tables[plan.tableIndex];
    return table ? { header: table.header, rows: table.rows } : undefined;
  }
  const source = readDatasetSource(plan.src ?? '', doc.file, publicDir);
  return source.ok ? source.data : undefined;
}

const CAPTION_START = /^\s*(?:table|tab\.)\s*[\dIVXivx]*\s*[.:—–-]\s*/i;

/** A paragraph right after the table that starts "Table 1." is its caption: its first sentence names the dataset. */
function tableCaption(doc: LinkableDocument, table: Table): { name: string; text: string } | undefined {
  const end = table.span.end.offset;
  const next = doc.sentences.find((sentence) => sentence.span.start.offset >= end && sentence.block === 'paragraph');
  if (!next || next.span.start.line > table.span.end.line + 2) return undefined;
  const text = doc.sentences
    .filter((sentence) => sentence.blockIndex === next.blockIndex)
    .map((sentence) => sentence.text.trim())
    .join(' ')
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim();
  if (!CAPTION_START.test(text)) return undefined;
  const body = text.replace(CAPTION_START, '');
  const name = body.split(/(?<=[.!?])\s/)[0].replace(/[.!?]$/, '').trim();
  return name ? { name, text } : undefined;
}

function sectionName(doc: LinkableDocument, table: Table): string | undefined {
  const heading = doc.headings[table.section];
  return heading ? `${doc.title}: ${heading.text}` : undefined;
}

const MIN_DESCRIPTION = 50;
const MAX_DESCRIPTION = 5000;

/**
 * Google requires 50–5000 characters. Built from the caption (or the given description), the page it comes from, and
 * its columns, so even a bare table gets a description that says what is in it.
 */
export function datasetDescription(given: string | undefined, name: string, columns: string[], rows: number, context: PageContext): string {
  const parts = [given?.trim() || `${name}.`];
  parts.push(`From "${context.title}" by ${context.siteName}${context.published ? ` (${context.published.slice(0, 4)})` : ''}.`);
  if (columns.length) parts.push(`${rows} ${rows === 1 ? 'row' : 'rows'}; columns: ${columns.filter(Boolean).join(', ')}.`);
  let description = parts.join(' ').replace(/\s+/g, ' ').trim();
  if (description.length < MIN_DESCRIPTION && context.description) description = `${description} ${context.description}`.trim();
  while (description.length < MIN_DESCRIPTION) description = `${description} A table of data published by ${context.siteName}.`;
  return description.length > MAX_DESCRIPTION ? `${description.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…` : description;
}

/** Dataset JSON-LD with Google's required and recommended fields. */
export function datasetJsonLd(plan: DatasetPlan, context: PageContext): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: plan.name,
    description: plan.description,
    url: `${context.url}#linkable-${plan.key}`,
    creator: context.creator,
    isAccessibleForFree: true,
  };
  if (plan.license) data.license = plan.license.url;
  if (context.published) data.datePublished = context.published;
  if (context.updated) data.dateModified = context.updated;
  if (context.tags.length) data.keywords = context.tags;
  if (plan.temporalCoverage) data.temporalCoverage = plan.temporalCoverage;
  if (plan.columns.length) data.variableMeasured = plan.columns.filter(Boolean);
  data.distribution = [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: plan.url }];
  return data;
}
