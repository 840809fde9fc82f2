// The engine around the rules: severities and options, suppression, opt-outs, classification, score, crashes.
import { describe, expect, it } from 'vitest';
import { Linter, reachesFailOn, buildDate } from '../../packages/astro-linkable/src/lint/engine.js';
import { parseOptions } from '../../packages/astro-linkable/src/options.js';
import { lintSource, parseSource, places } from './lint-source.js';
import type { LinkableDocument } from '../../packages/astro-linkable/src/model/types.js';

const unsourced = (before = '', after = '') =>
  ['---', 'title: Meetings', 'description: Meeting facts.', '---', '', before, 'Remote teams hold 62% more meetings than office teams.', after, ''].join('\n');

describe('rules option', () => {
  it('runs every rule at its default severity, and honours off, warn, error and rule options', () => {
    const source = ['---', 'title: A title that is quite a bit longer than forty characters', '---', '', 'Text.', ''].join('\n');
    const ids = (rules = {}) => lintSource(source, { rules }).findings.map((finding) => `${finding.ruleId}:${finding.severity}`);
    expect(ids()).toEqual(['linkability-score:warn', 'asset-missing-description:warn']);
    expect(ids({ 'asset-missing-description': 'off', 'linkability-score': 'error' })).toEqual(['linkability-score:error']);
    expect(ids({ 'asset-title-length': ['error', { maxLength: 40 }] })).toContain('asset-title-length:error');
  });

  it('counts a title in characters as people see them: an accented letter or an emoji is one', () => {
    const titled = (title: string) => lintSource(`---\ntitle: "${title}"\ndescription: A page.\n---\n\nText.\n`, { only: 'asset-title-length' }).findings;
    // "e" + a combining acute accent is one character seen, two code units; an emoji with its skin tone likewise.
    expect(titled('e\u0301'.repeat(70))).toEqual([]);
    expect(titled('\u{1F44B}\u{1F3FD}'.repeat(71)).map((finding) => finding.message)).toEqual([expect.stringContaining('Title is 71 characters')]);
    expect(titled('a'.repeat(71)).map((finding) => finding.message)).toEqual([expect.stringContaining('Title is 71 characters')]);
    expect(titled('a'.repeat(70))).toEqual([]);
  });

  it('refuses unknown rule ids and rule options with a message naming them', () => {
    expect(() => parseOptions({ rules: { 'statistic-need-source': 'warn' } })).toThrow(/"rules\.statistic-need-source": unknown rule id \(did you mean "statistic-needs-source"\?\)/);
    expect(() => parseOptions({ rules: { 'statistic-stale': ['warn', { maxAge: 2 }] } })).toThrow(/"rules\.statistic-stale\.1\.maxAge": unknown option of statistic-stale \(it has: maxAgeYears\)/);
    expect(() => parseOptions({ rules: { 'statistic-stale': ['warn', { maxAgeYears: 'two' }] } })).toThrow(/maxAgeYears": expected a number/);
    expect(() => parseOptions({ failOn: 'warning' })).toThrow(/"failOn"/);
    expect(parseOptions({ rules: { 'statistic-stale': ['error', { maxAgeYears: 5 }] } }).rules['statistic-stale']).toEqual(['error', { maxAgeYears: 5 }]);
  });
});

describe('suppression', () => {
  it('disable-next-line switches a rule off for the next line with content', () => {
    expect(places(lintSource(unsourced(), { only: 'statistic-needs-source' }).findings)).toEqual(['7:19-7:22']);
    expect(lintSource(unsourced('<!-- linkable-disable-next-line statistic-needs-source -->'), { only: 'statistic-needs-source' }).findings).toEqual([]);
    // Another rule's id leaves this one on.
    expect(lintSource(unsourced('<!-- linkable-disable-next-line statistic-stale -->'), { only: 'statistic-needs-source' }).findings).toHaveLength(1);
    // Without ids, every rule.
    expect(lintSource(unsourced('<!-- linkable-disable-next-line -->'), { only: 'statistic-needs-source' }).findings).toEqual([]);
  });

  it('disable … enable switches a rule off in between, in Markdown and in MDX comments', () => {
    const between = ['---', 'title: T', 'description: D.', '---', '', '<!-- linkable-disable statistic-needs-source -->', '', 'Teams hold 62% more meetings.', '', '<!-- linkable-enable statistic-needs-source -->', '', 'Teams hold 41% more meetings.', ''].join('\n');
    expect(places(lintSource(between, { only: 'statistic-needs-source' }).findings)).toEqual(['12:12-12:15']);
    const mdx = between.replace(/<!-- (.*?) -->/g, '{/* $1 */}');
    expect(places(lintSource(mdx, { only: 'statistic-needs-source', format: 'mdx' }).findings)).toEqual(['12:12-12:15']);
  });

  it('an enable with ids after a disable of every rule turns just those back on', () => {
    const source = ['---', 'title: T', '---', '', '<!-- linkable-disable -->', '', '<!-- linkable-enable statistic-needs-source -->', '', 'Teams hold 62% more meetings.', ''].join('\n');
    // Findings above the comment (the score, the description) are not affected.
    expect(lintSource(source).findings.filter((finding) => finding.line > 5).map((finding) => finding.ruleId)).toEqual(['statistic-needs-source']);
  });

  it('frontmatter linkable.ignore switches rules off for the page', () => {
    const source = unsourced().replace('description: Meeting facts.', 'description: Meeting facts.\nlinkable:\n  ignore: [statistic-needs-source]');
    expect(lintSource(source, { only: 'statistic-needs-source' }).findings).toEqual([]);
  });

  it('reports unknown rule ids in control comments and linkable.ignore', () => {
    const source = unsourced('<!-- linkable-disable-next-line statistic-need-source -->').replace('description: Meeting facts.', 'description: Meeting facts.\nlinkable:\n  ignore: [no-such-rule]');
    const unknown = lintSource(source, { only: 'statistic-needs-source' }).findings.filter((finding) => finding.ruleId === 'unknown-rule');
    expect(unknown.map((finding) => [finding.line, finding.column, finding.message])).toEqual([
      [5, 12, 'Frontmatter `linkable.ignore` names an unknown rule "no-such-rule". See the rule list in the astro-linkable docs.'],
      [8, 1, 'linkable-disable-next-line names an unknown rule "statistic-need-source". Did you mean "statistic-needs-source"?'],
    ]);
  });
});

describe('opting out and asset types', () => {
  it('leaves out pages with linkable: false entirely', () => {
    const { findings, doc } = lintSource(unsourced().replace('title: Meetings', 'title: Meetings\nlinkable: false'));
    expect(findings).toEqual([]);
    expect(doc.score).toBeUndefined();
  });

  it('takes the type from frontmatter, or classifies the page and says why', () => {
    const declared = lintSource(unsourced().replace('title: Meetings', 'title: Meetings\nlinkable:\n  type: news')).doc;
    expect([declared.assetType, declared.assetTypeSource]).toEqual(['news', 'frontmatter']);
    const guide = lintSource(['---', 'title: How to write an invoice', '---', '', 'Put a number on it.', ''].join('\n'));
    expect([guide.doc.assetType, guide.doc.assetTypeSource]).toEqual(['guide', 'classified']);
    const linter = new Linter({ siteDomains: [], now: new Date('2026-06-01'), minScore: 50 });
    const research = parseSource(
      ['---', 'title: The 2026 Survey', '---', '', 'We surveyed 500 owners between January 5 and January 19, 2026.', '', 'Our survey found that 62% want faster payment. We found that 41% wait a month. Respondents said 30% of invoices are late.', ''].join('\n'),
    );
    const { asset } = linter.lint(research);
    expect(asset).toMatchObject({ type: 'original-research', typeSource: 'classified' });
    expect(asset?.typeReason).toMatch(/own findings/);
  });
});

describe('score', () => {
  it('scores 0-100 with seven signals, each with points, maximum and advice', () => {
    const { doc } = lintSource(unsourced());
    expect(doc.score?.signals.map((signal) => signal.id)).toEqual(['original-data', 'sourced-statistics', 'citations', 'infographics', 'contributors', 'freshness', 'share-card']);
    expect(doc.score?.signals.reduce((sum, signal) => sum + signal.max, 0)).toBe(100);
    expect(doc.score?.total).toBe(doc.score?.signals.reduce((sum, signal) => sum + signal.points, 0));
    for (const signal of doc.score!.signals) expect(signal.advice).toMatch(/\w.*[.!]$/);
    expect(doc.score?.signals.find((signal) => signal.id === 'sourced-statistics')).toMatchObject({ points: 0, advice: '1 of 1 statistics have no source: link each one to the study it comes from.' });
  });
});

describe('a statistics page whose statistics the build offers as a CSV', () => {
  const page = [
    '---',
    'title: Meeting statistics',
    'linkable:',
    '  type: statistics',
    '---',
    '',
    'Managers spend 31% of their week in meetings, says [the Board](https://board.example/a).',
    '',
    'Some 71% of them call meetings unproductive, says [a poll](https://poll.example/b).',
    '',
    '- Half of all meetings start late, per [the Institute](https://institute.example/c).',
    '',
  ].join('\n');
  const originalData = (doc: LinkableDocument) => doc.score!.signals.find((signal) => signal.id === 'original-data')!.points;

  it('has data: no original-data-missing, and the score counts the download', () => {
    const offered = lintSource(page);
    expect(offered.findings.filter((finding) => finding.ruleId === 'original-data-missing')).toEqual([]);
    const without = lintSource(page, { embedsDatasetTypes: ['original-research'] });
    expect(without.findings.filter((finding) => finding.ruleId === 'original-data-missing').map((finding) => finding.message)).toEqual([
      'The page is declared a statistics page but shows no table, dataset or chart. Put the figures in a table, add a chart, or link the data file.',
    ]);
    expect(originalData(offered.doc) - originalData(without.doc)).toBe(6);
  });

  it('has none with fewer than three statements (the build offers no download then)', () => {
    const short = page.split('\n- Half')[0];
    expect(lintSource(short).findings.filter((finding) => finding.ruleId === 'original-data-missing')).toHaveLength(1);
  });
});

describe('a rule that throws', () => {
  it('becomes an internal-error finding naming the rule and the file; other rules and files still run', () => {
    const linter = new Linter({ siteDomains: [], now: new Date('2026-06-01'), minScore: 50 });
    linter.rules.unshift({
      rule: { id: 'exploding-rule', description: '', defaultSeverity: 'warn', defaultOptions: {}, docs: {} as never, check: () => { throw new Error('boom'); } },
      severity: 'warn',
      options: {},
    });
    const result = linter.lintAll([parseSource(unsourced(), 'md', 'src/content/articles/a.md'), parseSource(unsourced(), 'md', 'src/content/articles/b.md')]);
    const internal = result.findings.filter((finding) => finding.ruleId === 'internal-error');
    expect(internal.map((finding) => finding.message)).toEqual([
      'Rule exploding-rule failed on src/content/articles/a.md: boom. This is a bug in astro-linkable (please report it); the other rules still ran.',
      'Rule exploding-rule failed on src/content/articles/b.md: boom. This is a bug in astro-linkable (please report it); the other rules still ran.',
    ]);
    expect(result.findings.filter((finding) => finding.ruleId === 'statistic-needs-source')).toHaveLength(2);
    expect(result.assets).toHaveLength(2);
  });
});

describe('an analysis that throws', () => {
  it('becomes an internal-error finding on that file; the other files are still linted', () => {
    const linter = new Linter({ siteDomains: [], now: new Date('2026-06-01'), minScore: 50 });
    const broken = parseSource(unsourced(), 'md', 'src/content/articles/a.md');
    (broken as { sentences: unknown }).sentences = null;
    const result = linter.lintAll([broken, parseSource(unsourced(), 'md', 'src/content/articles/b.md')]);
    expect(result.findings.filter((finding) => finding.file === 'src/content/articles/a.md').map((finding) => finding.ruleId)).toEqual(['internal-error']);
    expect(result.findings.find((finding) => finding.ruleId === 'internal-error')?.message).toMatch(/^The document analysis failed on src\/content\/articles\/a\.md: .+ the other files were still linted\.$/);
    expect(result.assets.map((asset) => asset.file)).toEqual(['src/content/articles/b.md']);
  });
});

describe('failOn', () => {
  it('fails on errors, on any finding, or never', () => {
    const warn = { file: 'a.md', line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: 'x', severity: 'warn' as const, message: 'm' };
    const error = { ...warn, severity: 'error' as const };
    expect([reachesFailOn([warn], 'error'), reachesFailOn([warn, error], 'error')]).toEqual([false, true]);
    expect([reachesFailOn([warn], 'warn'), reachesFailOn([], 'warn')]).toEqual([true, false]);
    expect(reachesFailOn([error], 'never')).toBe(false);
  });

  it('takes the build date from SOURCE_DATE_EPOCH', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('statistic-needs-source messages', () => {
  it('name each figure of a sentence and agree in number', () => {
    const source = '---\ntitle: Owners\n---\n\nAbout 62% of owners chase invoices.\n\nMore than half of owners, 54%, chase them weekly.\n';
    const messages = lintSource(source, { only: 'statistic-needs-source' }).findings.map((finding) => finding.message);
    expect(messages).toEqual([
      'Statistic "62%" has no source. Link the study or report it comes from in the sentence, or add a footnote with its URL.',
      'Statistics "half of" and "54%" have no source. Link the study or report they come from in the sentence, or add a footnote with its URL.',
    ]);
  });
});
