// `statistic-needs-source`: a statistic with no citation in its sentence and none attached to it.
import { defineRule, type RuleReport } from '../rule.js';
import type { TextStatistic } from '../document-facts.js';

export default defineRule({
  id: 'statistic-needs-source',
  description: 'A sentence states a statistic with no link or linked footnote in it or attached to it.',
  defaultSeverity: 'warn',
  defaultOptions: {},
  docs: {
    why: 'An unsourced number cannot be checked, so careful writers will not repeat it, and those who do will not link to you for it. A sourced one makes the page a reference others cite.',
    details: [
      'A statistic is a percentage, an "X in/out of Y" share, a multiplier ("3x", "twice as likely"), an amount with a magnitude ("$1.2 billion", "60 million"), an average, median or percentile, a rate, or a large count stated as a fact. Dates, years, versions, step and list numbers, sizes in specifications, phone numbers, code and headings are not statistics.',
      '',
      'A statistic is sourced when:',
      '',
      '- its sentence has a link (to another site, or to another page of this site such as your own report), or a footnote reference whose footnote has a link;',
      '- a link is attached to it: the sentence right before it in the same paragraph or list item (or a run of figures continuing a sourced one), the sentence right after it, its list item, its table row, a `Source: [...](...)` line right under the paragraph or table, or a lead-in line ending in `:` right above the table;',
      '- or the page presents it as its own finding ("our survey", "we found", "of respondents", a table of the page\'s own data) and the page backs it: a methodology (a section such as "Methodology" or "About the data", a link to a methodology page, or a stated sample size and period), a dataset, or a table of its data. On a page of original research (declared, or with three or more figures it calls its own) that is backed this way, any unlinked figure is taken as the page\'s own unless its sentence credits someone else ("according to", "a report by", …).',
      '',
      'Figures inside an attributed blockquote belong to the person quoted. A sentence is reported once, however many figures it states; a table once. Text inside template macros (`{{ … }}`, `{% … %}`) and inline code is not read.',
      '',
      '### Accuracy',
      '',
      'Measured on labelled sentences from real articles (`test/data/`, see [statistic detection](../statistic-detection.md)); `npx vitest run test/statistics.test.ts` prints the table. "Needs source" is a sentence that states a statistic, has no citation and is not the page\'s own finding.',
      '',
      '| set | sentences | task | precision | recall |',
      '| --- | ---: | --- | ---: | ---: |',
      '| tuning | 406 | statistic detection | 0.985 | 0.985 |',
      '| tuning | 406 | needs source | 0.982 | 0.973 |',
      '| held-out | 101 | statistic detection | 1.000 | 0.959 |',
      '| held-out | 101 | needs source | 1.000 | 1.000 |',
      '| fresh, blind | 83 | statistic detection | 1.000 | 0.914 |',
      '| fresh, blind | 83 | needs source | 0.944 | 0.895 |',
      '| fresh-2, blind | 122 | statistic detection | 0.985 | 0.955 |',
      '| fresh-2, blind | 122 | needs source | 0.850 | 0.971 |',
      '| fresh-2, after its misses were fixed | 122 | statistic detection | 1.000 | 0.985 |',
      '| fresh-2, after its misses were fixed | 122 | needs source | 1.000 | 0.971 |',
      '| fresh-3 (content marketing, a health report, a settings page), blind | 138 | statistic detection | 0.773 | 0.911 |',
      '| fresh-3, blind | 138 | needs source | 0.767 | 0.902 |',
      '| fresh-3, after the fixes it prompted | 138 | statistic detection | 0.897 | 0.929 |',
      '| fresh-3, after the fixes it prompted | 138 | needs source | 0.870 | 0.922 |',
      '| fresh-4 (product blogs, case studies, a survey report, release notes), blind | 123 | statistic detection | 0.889 | 0.800 |',
      '| fresh-4, blind | 123 | needs source | 0.880 | 0.759 |',
      '| fresh-4, after its misses were fixed | 123 | statistic detection | 0.974 | 0.925 |',
      '| fresh-4, after its misses were fixed | 123 | needs source | 1.000 | 0.931 |',
      '| fresh-5 (survey reports, a policy post, a case study), blind, not tuned on | 148 | statistic detection | 0.935 | 0.986 |',
      '| fresh-5, blind, not tuned on | 148 | needs source | 0.922 | 0.983 |',
      '| all five blind sets pooled | 614 | statistic detection | 0.909 | 0.926 |',
      '| all five blind sets pooled | 614 | needs source | 0.860 | 0.918 |',
      '',
      '"Blind" rows were measured once, on sentences labelled before the detector ran on them; they are the fairest guess at how the rule does on a site nobody tuned it on. The weak points they show are a page\'s own finding marked in words the own-finding list does not know yet, and, in marketing prose, worked examples and made-up scenarios ("An email to 10,000 people generating $5,000…", "You check Google Analytics and see traffic down 28%") read as findings: each gives a false "needs a source". Suppress such a sentence with `<!-- linkable-disable-next-line statistic-needs-source -->`, or declare the page `linkable.type: original-research` with a methodology section, which takes every unlinked figure on it as the page\'s own unless the sentence credits someone else.',
      '',
      'On the 30 articles of the shared corpus (Web Almanac chapters, Go and Rust survey posts, Astro guides) the rule reports 28 sentences, reviewed by hand (`test/lint/corpus.test.ts`).',
    ].join('\n'),
    failing: {
      title: 'A figure with nothing to check it against',
      source: ['---', 'title: Remote work in 2026', '---', '', 'Remote workers attend 4 fewer meetings a week, and 62% of them want fewer still.', ''].join('\n'),
    },
    passing: {
      title: 'The same figure with its source',
      source: [
        '---',
        'title: Remote work in 2026',
        '---',
        '',
        '62% of remote workers want fewer meetings, according to the [Labor Board survey](https://labor.example/survey-2026).',
        '',
        'We surveyed 500 remote workers between January 5 and January 19, 2026; our survey found that 41% work from home full time.',
        '',
      ].join('\n'),
    },
  },
  check(_doc, { facts }) {
    const reports: RuleReport[] = [];
    const unsourced = facts.statistics.filter((statistic) => !statistic.source && !(statistic.own && facts.backsOwnFindings));
    const tablesReported = new Set<number>();
    // One finding per sentence (the issue is the sentence's missing citation), one per table.
    for (let i = 0; i < unsourced.length; i++) {
      const statistic = unsourced[i];
      if (statistic.tableIndex !== undefined) {
        if (tablesReported.has(statistic.tableIndex)) continue;
        tablesReported.add(statistic.tableIndex);
        const count = unsourced.filter((other) => other.tableIndex === statistic.tableIndex).length;
        reports.push({
          message: `Table states ${count} statistic${count === 1 ? '' : 's'} with no source (first: "${statistic.match.text}"). Add a "Source: [name](url)" line under the table, or link each row.`,
          span: statistic.span,
        });
        continue;
      }
      const sentence: TextStatistic[] = [statistic];
      while (i + 1 < unsourced.length && unsourced[i + 1].sentenceIndex === statistic.sentenceIndex) sentence.push(unsourced[++i]);
      const last = sentence[sentence.length - 1];
      reports.push({ message: messageFor(sentence, facts.backsOwnFindings), span: { start: statistic.span.start, end: last.span.end } });
    }
    return reports;
  },
});

function messageFor(statistics: TextStatistic[], backed: boolean): string {
  const [first] = statistics;
  const figures = statistics.map((statistic) => `"${oneLine(statistic.match.text)}"`);
  const named = figures.length === 1 ? figures[0] : figures.length === 2 ? `${figures[0]} and ${figures[1]}` : `${figures[0]}, ${figures[1]} and ${figures.length - 2} more`;
  const subject = figures.length === 1 ? `Statistic ${named} has no source` : `Statistics ${named} have no source`;
  if (first.unlinkedFootnotes.length > 0) {
    return `${subject}: the footnote [^${first.unlinkedFootnotes[0]}] has no link. Add the URL of the study to the footnote.`;
  }
  if (first.own && !backed) {
    return `${subject}: the sentence reads as your own finding, but the page shows no methodology, dataset or table behind it. Add a "Methodology" section (sample, period, method) or publish the data.`;
  }
  return `${subject}. Link the study or report ${figures.length === 1 ? 'it comes' : 'they come'} from in the sentence, or add a footnote with its URL.`;
}

/** A figure written across a line break reads as one line in a message. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
