// A statistics page's statistics as one downloadable dataset: a row per statement, with its figures and source.
import type { AssetType, DocumentStatistic, LinkableDocument } from '../model/types.js';
import type { EmbedsOptions } from './options.js';
import { datasetDescription, type DatasetPlan } from './datasets.js';
import { absoluteFor, publicFilePath, type PageContext } from './page-context.js';

export interface StatisticsDataset {
  plan: DatasetPlan;
  rows: string[][];
  /** Slug of the heading the download link goes before (the first section with statistics). */
  beforeHeading?: string;
}

const COLUMNS = ['Statistic', 'Figures', 'Source', 'Source URL', 'Section'];
/** The default of `embeds.datasetTypes`, for callers without the options. */
export const DEFAULT_DATASET_TYPES: readonly AssetType[] = ['original-research', 'statistics'];

/** Fewer rows than this is not a collection worth a download. */
const MIN_ROWS = 3;

interface Row {
  statement: string;
  figures: string[];
  source?: string;
  sourceUrl?: string;
  section: number;
}

/** Whether the page takes a statistics dataset at all: a `statistics` page, with statistics in `embeds.datasetTypes`. */
function takesStatisticsDataset(doc: LinkableDocument, options: { datasetTypes: readonly AssetType[] }): boolean {
  const linkable = doc.linkable;
  return linkable !== false && linkable.embed !== false && linkable.type === 'statistics' && options.datasetTypes.includes('statistics');
}

/** The statistics the model found or the author declared, grouped by the paragraph or list item that states them. */
function statisticsRows(doc: LinkableDocument, statistics: DocumentStatistic[]): Row[] {
  const rows: Row[] = [];
  const byBlock = new Map<number, Row>();
  for (const statistic of statistics) {
    const sentence = statistic.origin === 'frontmatter' ? undefined : doc.sentences.find((candidate) => contains(candidate.span, statistic.span));
    let row = sentence ? byBlock.get(sentence.blockIndex) : undefined;
    if (!row) {
      const statement = sentence
        ? doc.sentences
            .filter((candidate) => candidate.blockIndex === sentence.blockIndex)
            .map((candidate) => candidate.text.trim())
            .join(' ')
        : statistic.text;
      row = { statement, figures: [], section: sentence?.section ?? -1 };
      rows.push(row);
      if (sentence) byBlock.set(sentence.blockIndex, row);
    }
    if (!row.figures.includes(statistic.value)) row.figures.push(statistic.value);
    if (!row.sourceUrl && statistic.sourceUrl) row.sourceUrl = statistic.sourceUrl;
    if (!row.source && statistic.source) row.source = statistic.source;
  }
  return rows;
}

/**
 * Whether the build will offer the page's statistics as a CSV download (what `planStatisticsDataset` plans): the
 * linter counts that download as the page's data, so `original-data-missing` and the build agree.
 */
export function offersStatisticsDataset(doc: LinkableDocument, statistics: DocumentStatistic[], options: { datasetTypes: readonly AssetType[] }): boolean {
  return takesStatisticsDataset(doc, options) && statisticsRows(doc, statistics).length >= MIN_ROWS;
}

/**
 * For pages whose `linkable.type` is `statistics` (and `statistics` is in `embeds.datasetTypes`): the statistics the
 * model found or the author declared, grouped by the paragraph or list item that states them.
 */
export function planStatisticsDataset(
  doc: LinkableDocument,
  statistics: DocumentStatistic[],
  context: PageContext,
  options: EmbedsOptions,
  n: number,
): StatisticsDataset | undefined {
  if (!takesStatisticsDataset(doc, options)) return undefined;
  const rows = statisticsRows(doc, statistics);
  if (rows.length < MIN_ROWS) return undefined;

  const fileName = `${doc.id}-${n}.csv`;
  const path = publicFilePath(context, options.dataBase, fileName);
  const name = `${doc.title}: the statistics as data`;
  const plan: DatasetPlan = {
    n,
    key: `dataset-${n}`,
    kind: 'statistics',
    path,
    url: absoluteFor(context, path),
    fileName,
    name,
    description: datasetDescription(
      `Every statistic on "${doc.title}", one row per statement, with its figures, the source it cites and the source's URL.`,
      name,
      COLUMNS,
      rows.length,
      context,
    ),
    columns: COLUMNS,
    rowCount: rows.length,
    line: 1,
  };
  if (context.license) plan.license = context.license;
  if (context.temporalCoverage) plan.temporalCoverage = context.temporalCoverage;
  const firstSection = rows.find((row) => row.section >= 0)?.section;
  const heading = firstSection === undefined ? undefined : doc.headings[firstSection];
  const result: StatisticsDataset = {
    plan,
    rows: rows.map((row) => [
      row.statement,
      row.figures.join('; '),
      row.source ?? '',
      row.sourceUrl ? absoluteFor(context, row.sourceUrl) : '',
      doc.headings[row.section]?.text ?? '',
    ]),
  };
  if (heading && heading.depth > 1) result.beforeHeading = heading.slug;
  return result;
}

function contains(outer: { start: { offset: number }; end: { offset: number } }, inner: { start: { offset: number }; end: { offset: number } }): boolean {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
}
