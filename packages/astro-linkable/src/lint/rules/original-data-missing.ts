// `original-data-missing`: a page declared original research or statistics that shows no table, dataset or chart.
import { defineRule } from '../rule.js';
import { DEFAULT_DATASET_TYPES, offersStatisticsDataset } from '../../embeds/statistics-dataset.js';

export default defineRule({
  id: 'original-data-missing',
  description: 'A page declared original research or statistics with no table, dataset or chart.',
  defaultSeverity: 'warn',
  defaultOptions: {},
  docs: {
    why: 'Journalists and researchers link to the data, not to a summary of it: a table, chart or download is what they cite and reuse.',
    details:
      'Applies to pages whose frontmatter declares `linkable.type: original-research` or `statistics`. Data is a Markdown table, an MDX `<Dataset>`, `<DataTable>`, `<Chart>` or `<Infographic>`, an image whose alt text or title calls it a chart, graph, figure or infographic, or a link to a data file (`.csv`, `.xlsx`, `.json`, …, or a spreadsheet or data repository). A `statistics` page that states three or more statistics (in separate paragraphs or list items) has data too: the build offers them as a CSV download, unless `embeds.datasetTypes` leaves `statistics` out or the page sets `linkable.embed: false`.',
    failing: {
      title: 'Research with its findings only in prose',
      source: ['---', 'title: The 2026 Meeting Survey', 'linkable:', '  type: original-research', '---', '', 'Our survey found that 62% of remote workers want fewer meetings.', ''].join('\n'),
    },
    passing: {
      title: 'The findings as a table',
      source: [
        '---',
        'title: The 2026 Meeting Survey',
        'linkable:',
        '  type: original-research',
        '---',
        '',
        'Our survey found that 62% of remote workers want fewer meetings.',
        '',
        '| Team size | Meetings per week |',
        '| --- | --- |',
        '| 1-10 | 6 |',
        '',
      ].join('\n'),
    },
  },
  check(doc, { facts, asset, embedsDatasetTypes }) {
    if (asset.source !== 'frontmatter' || (asset.type !== 'original-research' && asset.type !== 'statistics')) return [];
    const { tables, datasets, charts, dataLinks } = facts.data;
    if (tables + datasets + charts + dataLinks > 0) return [];
    // The build offers a statistics page's statistics as a CSV download: that is its dataset.
    if (offersStatisticsDataset(doc, doc.statistics ?? [], { datasetTypes: embedsDatasetTypes ?? DEFAULT_DATASET_TYPES })) return [];
    const what = asset.type === 'statistics' ? 'a statistics page' : 'original research';
    return [
      {
        message: `The page is declared ${what} but shows no table, dataset or chart. Put the figures in a table, add a chart, or link the data file.`,
        span: facts.locate.frontmatter(['linkable', 'type']),
      },
    ];
  },
});
