// The reporters: pretty for people, lint.json for tools, SARIF 2.1.0 (checked against the official schema), and
// GitHub workflow annotations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Linter, type LintResult } from '../../packages/astro-linkable/src/lint/engine.js';
import { formatFindingsPretty, formatSummaryPretty } from '../../packages/astro-linkable/src/lint/reporters/pretty.js';
import { formatJson, lintReportJson } from '../../packages/astro-linkable/src/lint/reporters/json.js';
import { sarifLog } from '../../packages/astro-linkable/src/lint/reporters/sarif.js';
import { formatGithubAnnotations } from '../../packages/astro-linkable/src/lint/reporters/github.js';
import { parseSource } from './lint-source.js';

const PAGES: Array<[string, 'md' | 'mdx', string]> = [
  ['src/content/articles/meetings.md', 'md', '---\ntitle: Meetings\n---\n\nRemote teams hold 62% more meetings, 100% of the time.\n'],
  ['src/content/articles/broken.mdx', 'mdx', '---\ntitle: Broken\n---\n\n<Chart data="x">\n'],
  ['src/content/articles/guide,with:odd%name.md', 'md', '---\ntitle: "How to: invoices, 100% done"\ndescription: Steps.\npubDate: 2026-05-01\n---\n\nSee [the guide](https://guide.example).\n'],
];

function lintPages(): LintResult {
  const linter = new Linter({ siteDomains: [], now: new Date('2026-06-01T00:00:00Z'), minScore: 50 });
  const documents = PAGES.map(([file, format, source]) => parseSource(source, format, file));
  return linter.lintAll(documents, new Map(documents.map((doc, i) => [doc.file, PAGES[i][2]])));
}

describe('pretty', () => {
  it('groups findings by file as path:line:column  severity  message  rule-id, then a summary', () => {
    const result = lintPages();
    const lines = formatFindingsPretty(result.findings);
    expect(lines[0]).toBe('src/content/articles/broken.mdx');
    expect(lines[1]).toMatch(/^ {2}src\/content\/articles\/broken\.mdx:1:1 {2}warn {3}Linkability score \d+\/100 .+ {2}linkability-score$/);
    expect(lines[2]).toMatch(/^ {2}src\/content\/articles\/broken\.mdx:2:1 {2}warn {3}The page has no description\. .+ {2}asset-missing-description$/);
    expect(lines[3]).toMatch(/^ {2}src\/content\/articles\/broken\.mdx:5:1 {2}error {2}MDX syntax error: .+ {2}parse-error$/);
    expect(lines).toContain('src/content/articles/meetings.md');
    const summary = formatSummaryPretty(result);
    expect(summary[0]).toMatch(/^1 error, \d+ warnings in 3 files\.$/);
    expect(summary[1]).toMatch(/^Assets by linkability score: 0 strong \(80-100\), \d fair \(50-79\), \d weak \(0-49\)\.$/);
    expect(summary.slice(2).every((line) => /^ +\d+\/100 {2}src\/content\/articles\/\S+ {2}\S+/.test(line))).toBe(true);
    expect(summary.join('\n')).toContain('(classified: ');
  });
});

describe('lint.json', () => {
  it('has version, summary, findings with exact positions and per-asset scores with their breakdown', () => {
    const result = lintPages();
    const report = lintReportJson(result);
    expect(Object.keys(report)).toEqual(['version', 'summary', 'findings', 'assets']);
    expect(report.summary).toEqual({ errors: 1, warnings: result.findings.length - 1, files: 3, assets: 3 });
    for (const finding of report.findings) expect(Object.keys(finding)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'severity', 'message']);
    const meetings = report.assets.find((asset) => asset.file === 'src/content/articles/meetings.md')!;
    expect(meetings).toMatchObject({ id: 'articles-meetings', url: '/articles/meetings/', title: 'Meetings', typeSource: 'classified' });
    expect(meetings.signals).toHaveLength(7);
    expect(meetings.score).toBe(meetings.signals.reduce((sum, signal) => sum + signal.points, 0));
    expect(formatJson(lintPages())).toBe(formatJson(result));
  });
});

describe('SARIF', () => {
  const require = createRequire(import.meta.url);
  // CommonJS packages: their default export is the function itself.
  const Ajv = (require('ajv-draft-04') as { default: typeof import('ajv-draft-04').default }).default;
  const addFormats = (require('ajv-formats') as { default: typeof import('ajv-formats').default }).default;
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The schema has a language-tag pattern that is invalid as a unicode regular expression; read it as the spec's authors did.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('is valid against the official SARIF 2.1.0 schema', () => {
    const log = JSON.parse(JSON.stringify(sarifLog(lintPages())));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.length).toBe(lintPages().findings.length);
  });

  it('catches an invalid log (the validation can fail)', () => {
    const log = JSON.parse(JSON.stringify(sarifLog(lintPages())));
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].tool.driver.name;
    expect(validate(log)).toBe(false);
  });

  it('names each rule and points each result at its file and region', () => {
    const log = sarifLog(lintPages());
    const run = log.runs[0];
    const result = run.results!.find((candidate) => candidate.ruleId === 'parse-error')!;
    expect(run.tool.driver.rules![result.ruleIndex!].id).toBe('parse-error');
    expect(result.level).toBe('error');
    expect(result.locations![0].physicalLocation).toEqual({
      artifactLocation: { uri: 'src/content/articles/broken.mdx' },
      region: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 1 },
    });
    expect(run.tool.driver.rules!.map((rule) => rule.id)).toContain('internal-error');
  });
});

describe('GitHub annotations', () => {
  it('writes one workflow command per finding, escaping what the runner would misread', () => {
    const lines = formatGithubAnnotations([
      { file: 'src/a,b:c.md', line: 3, column: 5, endLine: 3, endColumn: 8, ruleId: 'statistic-needs-source', severity: 'warn', message: 'Statistic "62%" has no source.\nLink it.' },
      { file: 'src/b.mdx', line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: 'parse-error', severity: 'error', message: 'MDX syntax error: 100% broken' },
    ]);
    expect(lines).toEqual([
      '::warning file=src/a%2Cb%3Ac.md,line=3,col=5,endLine=3,endColumn=8,title=statistic-needs-source::Statistic "62%25" has no source.%0ALink it.',
      '::error file=src/b.mdx,line=1,col=1,endLine=1,endColumn=1,title=parse-error::MDX syntax error: 100%25 broken',
    ]);
  });
});
