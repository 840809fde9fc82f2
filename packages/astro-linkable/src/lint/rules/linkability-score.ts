// `linkability-score`: an asset whose linkability score is below `minScore`.
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'linkability-score',
  description: 'An asset whose linkability score is below `minScore`.',
  defaultSeverity: 'warn',
  defaultOptions: {},
  docs: {
    why: 'The score sums what earns links (original data, sourced statistics, citations, embeddable visuals, featured people, freshness, share-card readiness); a low one says the page has little that others would cite.',
    details:
      'The threshold is the integration option `minScore` (default `50`). The message names the signals with the most points left to gain and what to do about them. See the score breakdown in `lint.json`.',
    failing: {
      title: 'A short page with nothing to cite',
      source: ['---', 'title: Notes', '---', '', 'Some thoughts on invoices.', ''].join('\n'),
    },
    passing: {
      title: 'Sourced figures, a description, a date and a quoted expert',
      source: [
        '---',
        'title: Late payment statistics',
        'description: How late small businesses get paid, with sources.',
        'pubDate: 2026-03-10',
        '---',
        '',
        '34% of invoices are paid late, according to the [Late Payment Monitor](https://monitor.example/2026).',
        'The average delay is 12 days ([Northstar](https://northstar.example/report)).',
        '',
        '| Sector | Days late |',
        '| --- | --- |',
        '| Construction | 44 |',
        '',
        'Source: [Sector survey](https://sectors.example/2026)',
        '',
        '![Chart of days late by sector, construction longest at 44](/late.png "Infographic: days late by sector")',
        '',
        '> Send the invoice the day the work is done.',
        '> — Dana Whitcombe, Whitcombe Advisory',
        '',
      ].join('\n'),
    },
  },
  check(doc, { minScore, facts }) {
    const score = doc.score;
    if (!score || score.total >= minScore) return [];
    const gaps = [...score.signals].filter((signal) => signal.points < signal.max).sort((a, b) => b.max - b.points - (a.max - a.points) || a.id.localeCompare(b.id));
    const advice = gaps
      .slice(0, 2)
      .map((signal) => `${signal.label} ${signal.points}/${signal.max}: ${signal.advice}`)
      .join(' ');
    return [{ message: `Linkability score ${score.total}/100 is below ${minScore}. ${advice}`, span: facts.locate.documentStart() }];
  },
});
