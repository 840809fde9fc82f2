// Nothing an author writes crashes the linter: each case lints to findings (or none), never an exception or an
// internal error, and other pages are still linted.
import { describe, expect, it } from 'vitest';
import { lintSource } from './lint-source.js';

const front = '---\ntitle: Bad input\ndescription: Bad input.\n---\n\n';
const internalErrors = (source: string, format: 'md' | 'mdx' = 'md') => {
  const { findings, doc } = lintSource(source, { format });
  return { internal: findings.filter((finding) => finding.ruleId === 'internal-error'), findings, doc };
};

describe('bad input', () => {
  it('deeply nested lists', () => {
    const nested = Array.from({ length: 600 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}: 42% of items`).join('\n');
    const { internal, doc, findings } = internalErrors(front + nested);
    expect(internal).toEqual([]);
    // The parser slows down quadratically with depth; past 20 levels (40 columns) the list is read flattened, and the author told.
    expect(findings.find((finding) => finding.ruleId === 'parse-error')?.message).toMatch(/^Lists nested more than 20 levels deep/);
    expect(doc.sentences.length).toBe(600);
  });

  it('a 10,000-row table, reported once', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `| Row ${i} | ${(i % 97) + 0.5}% | $${i},000 |`).join('\n');
    const { internal, findings } = internalErrors(`${front}| Name | Share | Amount |\n| --- | --- | --- |\n${rows}\n`);
    expect(internal).toEqual([]);
    expect(findings.filter((finding) => finding.ruleId === 'statistic-needs-source')).toHaveLength(1);
  });

  it('a huge single line', () => {
    const line = Array.from({ length: 20_000 }, (_, i) => `Figure ${i} is ${i % 100}% of the total`).join(', ');
    const { internal, findings } = internalErrors(`${front}${line}.\n`);
    expect(internal).toEqual([]);
    expect(findings.some((finding) => finding.ruleId === 'statistic-needs-source')).toBe(true);
  });

  it('mixed scripts and emoji, with exact columns after astral characters', () => {
    const source = `${front}📈 Die Quote liegt bei 42 % — 增长了 30%، ونسبة ٤٥٪ من الشركات. 🚀🚀 62% of teams 👩‍💻 agree.\n`;
    const { internal, findings } = internalErrors(source);
    expect(internal).toEqual([]);
    const lines = source.split('\n');
    for (const finding of findings.filter((f) => f.ruleId === 'statistic-needs-source')) {
      const text = lines[finding.line - 1].slice(finding.column - 1, finding.endColumn - 1);
      expect(text).toMatch(/%/);
    }
  });

  it('HTML blocks, comments and inline HTML', () => {
    const html = `${front}<div class="stats">\n<p>62% of owners</p>\n<img src="/chart.png" alt="">\n</div>\n\n<!-- 45% of nothing -->\n\nText <span>with 30%</span> inline.\n\n<table><tr><td>$4 billion</td></tr></table>\n`;
    expect(internalErrors(html).internal).toEqual([]);
  });

  it('Jinja-style macros are not read as prose', () => {
    const jinja = `${front}{{ figure_markup(\n  image="chart.png",\n  caption="Share of pages: 45.2% on mobile. 39% on desktop.",\n  sheets_gid="123"\n) }}\n\n{% set total = 42 %}\n\nAnd {{ stat }} more.\n`;
    const { internal, findings } = internalErrors(jinja);
    expect(internal).toEqual([]);
    expect(findings.filter((finding) => finding.ruleId === 'statistic-needs-source')).toEqual([]);
  });

  it('broken MDX still yields the parse error and lints what could be read', () => {
    const { internal, findings } = internalErrors(`${front}<Chart data={[1, 2>\n\n62% of teams meet daily.\n`, 'mdx');
    expect(internal).toEqual([]);
    expect(findings.map((finding) => finding.ruleId)).toContain('parse-error');
  });

  it('empty body, frontmatter only, and a file of only whitespace lines', () => {
    for (const source of ['---\ntitle: Empty\n---\n', '---\n---\n\n\n', '\n\n\n   \n']) expect(internalErrors(source).internal).toEqual([]);
  });
});
