// How statistics are found, sourced and ranked: what the statistic rules, share cards and the outreach manifest read.
import { describe, expect, it } from 'vitest';
import { documentStatistics, keyStatistics } from '../../packages/astro-linkable/src/lint/document-statistics.js';
import { documentFacts } from '../../packages/astro-linkable/src/lint/document-facts.js';
import { parseSource } from './lint-source.js';

const page = (body: string, frontmatter = '') => `---\ntitle: Facts\n${frontmatter}---\n\n${body}\n`;
const statisticsOf = (body: string, frontmatter = '', format: 'md' | 'mdx' = 'md') => {
  const source = page(body, frontmatter);
  const doc = parseSource(source, format);
  return documentStatistics(doc, documentFacts(doc, [], source));
};
const sourcing = (body: string) => statisticsOf(body).map((statistic) => [statistic.value, statistic.sourceUrl ?? null, statistic.own]);

describe('documentStatistics: sources', () => {
  it('a link in the sentence, or a footnote with a link', () => {
    expect(sourcing('62% of teams meet daily, says [the survey](https://survey.example/2026).')).toEqual([['62%', 'https://survey.example/2026', false]]);
    expect(sourcing('62% of teams meet daily.[^1]\n\n[^1]: [Meeting survey 2026](https://survey.example/2026).')).toEqual([['62%', 'https://survey.example/2026', false]]);
    expect(sourcing('62% of teams meet daily.[^1]\n\n[^1]: Meeting survey 2026, page 4.')).toEqual([['62%', null, false]]);
  });

  it('a link attached to the figure: the sentence before or after in the same paragraph, its list item, a source line', () => {
    expect(sourcing('The [2026 survey](https://survey.example) is out. It found that 62% of teams meet daily.')).toEqual([['62%', 'https://survey.example', false]]);
    expect(sourcing('62% of teams meet daily. That is the [2026 survey](https://survey.example).')).toEqual([['62%', 'https://survey.example', false]]);
    expect(sourcing('- 62% of teams meet daily. Managers agree.\n  [Survey](https://survey.example)')).toEqual([['62%', 'https://survey.example', false]]);
    expect(sourcing('62% of teams meet daily.\n\nSource: [Meeting survey](https://survey.example)')).toEqual([['62%', 'https://survey.example', false]]);
    // A paragraph away is not attached.
    expect(sourcing('The [2026 survey](https://survey.example) is out.\n\nMost teams meet. 62% of teams meet daily.')).toEqual([['62%', null, false]]);
  });

  it('a table row, or a source line under the table', () => {
    const table = '| Team | Share |\n| --- | --- |\n| Sales | 62% [survey](https://survey.example) |\n| Support | 41% |';
    expect(sourcing(table)).toEqual([['62%', 'https://survey.example', false], ['41%', null, false]]);
    expect(sourcing(`${table}\n\nSource: [Team survey](https://teams.example)`)).toEqual([['62%', 'https://survey.example', false], ['41%', 'https://teams.example', false]]);
  });

  it('own findings are marked, and continue into the next sentence of the paragraph', () => {
    expect(sourcing('We surveyed owners. Our survey found that 62% want faster payment. Of those, 41% wait a month.')).toEqual([
      ['62%', null, true],
      ['41%', null, true],
    ]);
  });

  it('skips headings, code, template macros and figures inside attributed quotes', () => {
    expect(statisticsOf('## 62% of teams\n\nUse `width: 50%` here.\n\n{{ figure_markup(caption="45% of pages") }}\n\n> "Nearly 80% of my clients pay late."\n> — Dana Whitcombe')).toEqual([]);
  });

  it('leaves invoice lines, durations and prices alone, but not amounts with a magnitude', () => {
    expect(statisticsOf('- **Subtotal:** $3,117.50\n- **Amount due:** $2,117.50\n\nIt takes about half an hour. Plans start at $9 a month.')).toEqual([]);
    expect(statisticsOf('Late payments cost small firms $1.2 billion a year.').map((statistic) => statistic.value)).toEqual(['$1.2 billion']);
  });

  it('places each figure exactly, even after markup', () => {
    const [statistic] = statisticsOf('A **[survey](https://s.example)** found that *62%* of teams meet daily.');
    expect(statistic.span.start).toMatchObject({ line: 5, column: 47 });
    expect(statistic.span.end).toMatchObject({ line: 5, column: 50 });
  });
});

describe('documentStatistics: declared statistics', () => {
  it('reads frontmatter linkable.stats and <Stat> elements before the text', () => {
    const declared = statisticsOf(
      'Teams meet a lot: <Stat value="62%" source="https://survey.example" /> of them daily.',
      'linkable:\n  stats:\n    - value: "41%"\n      label: of owners wait a month to be paid\n',
      'mdx',
    );
    expect(declared.map((statistic) => [statistic.origin, statistic.value, statistic.text, statistic.sourceUrl ?? null, statistic.own])).toEqual([
      ['frontmatter', '41%', 'of owners wait a month to be paid', null, true],
      ['mdx', '62%', 'Teams meet a lot: 62% of them daily.', 'https://survey.example', false],
    ]);
    expect(declared[0].span.start).toMatchObject({ line: 5, column: 15 });
  });
});

describe('keyStatistics', () => {
  it('ranks declared, then sourced, then own findings; percentages and amounts first; never unsourced figures', () => {
    const source = page(
      [
        'Most teams meet 3 times a week, says [a poll](https://poll.example).',
        'Overdue invoices add up to $1.2 billion ([study](https://study.example)).',
        '62% of teams meet daily, says [the survey](https://survey.example).',
        '',
        'Our survey found that 41% of owners wait a month.',
        '',
        'Half of all invoices are late.',
      ].join('\n'),
    );
    const doc = parseSource(source);
    doc.statistics = documentStatistics(doc, documentFacts(doc, [], source));
    expect(keyStatistics(doc, 3).map((statistic) => statistic.value)).toEqual(['62%', '$1.2 billion', '41%']);
    expect(keyStatistics(doc, 10).map((statistic) => statistic.value)).not.toContain('1 in 2');
    expect(keyStatistics(doc, 3)).toEqual(keyStatistics(doc, 3));
  });
});
