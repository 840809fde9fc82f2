// `statistic-stale`: a statistic tied to a year more than `maxAgeYears` before the page's date.
import { defineRule, type RuleReport } from '../rule.js';

export default defineRule({
  id: 'statistic-stale',
  description: 'A statistic whose stated year is more than `maxAgeYears` before the page\'s date (or the build date).',
  defaultSeverity: 'warn',
  defaultOptions: { maxAgeYears: 3 },
  docs: {
    why: 'Writers look for current figures; a page quoting a number from years ago loses its links to the page that has this year\'s.',
    details:
      'The year is the one the sentence ties the figure to: "in 2019", "(2018)", "a 2020 study", "2021\'s figures". The reference date is the page\'s `updatedDate` (or `updated`, `lastUpdated`, …), else its publication date, else the build date (`SOURCE_DATE_EPOCH` when set). A figure is stale when the reference year minus its year is greater than `maxAgeYears`.',
    options: { maxAgeYears: 'Years a figure may be older than the page before it is reported (default `3`).' },
    failing: {
      title: 'A 2018 figure on a page updated in 2026',
      source: ['---', 'title: Cash flow facts', 'pubDate: 2026-03-10', '---', '', 'In 2018, 43% of small businesses had no cash flow forecast ([study](https://study.example/2018)).', ''].join('\n'),
    },
    passing: {
      title: 'A figure from the last three years',
      source: ['---', 'title: Cash flow facts', 'pubDate: 2026-03-10', '---', '', 'In 2025, 38% of small businesses had no cash flow forecast ([study](https://study.example/2025)).', ''].join('\n'),
    },
  },
  check(doc, { facts, options, now }) {
    const date = doc.updated ?? doc.published;
    const referenceYear = date ? Number(date.iso.slice(0, 4)) : now.getUTCFullYear();
    const against = date ? `the page's date (${date.iso})` : `the build date (${now.toISOString().slice(0, 10)})`;
    const maxAgeYears = Number(options.maxAgeYears);
    const reports: RuleReport[] = [];
    for (const statistic of facts.statistics) {
      const year = statistic.match.year;
      if (year === undefined || referenceYear - year <= maxAgeYears) continue;
      reports.push({
        message: `Statistic "${statistic.match.text}" is from ${year}, ${referenceYear - year} years before ${against}. Find a newer figure, or say why this one still holds.${
          date ? '' : ' (The page has no date; if the figure was current when it was written, set `pubDate` or `updatedDate`.)'
        }`,
        span: statistic.span,
      });
    }
    return reports;
  },
});
