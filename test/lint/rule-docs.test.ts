// Every rule's docs page is rendered from its module and its examples are run: the failing one fails at the place
// asserted here, the passing one passes. Docs and behaviour cannot drift (remark-lint style).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../packages/astro-linkable/src/lint/rules/index.js';
import { examplesFromPage, ruleDocsPage } from '../../packages/astro-linkable/src/lint/rule-docs.js';
import { lintSource, places } from './lint-source.js';

const ISSUE_RULE_IDS = [
  'statistic-needs-source',
  'statistic-stale',
  'citation-unlinked',
  'citation-insecure',
  'no-outbound-citations',
  'original-data-missing',
  'original-data-methodology',
  'infographic-missing-alt',
  'infographic-too-small',
  'infographic-no-embed',
  'asset-missing-description',
  'asset-title-length',
  'quote-unattributed',
  'contributor-unknown',
  'contributor-no-link',
  'frontmatter-invalid',
  'parse-error',
  'linkability-score',
];

/** Where each rule's failing example fails: `line:column-endLine:endColumn`, and a phrase of the message. */
const FAILING: Record<string, { at: string[]; message: string }> = {
  'statistic-needs-source': { at: ['5:52-5:55'], message: 'Statistic "62%" has no source' },
  'statistic-stale': { at: ['6:10-6:13'], message: 'is from 2018, 8 years before the page\'s date (2026-03-10)' },
  'citation-unlinked': { at: ['10:3-10:53'], message: 'Citation "National Small Business Council, Owner Survey 2026" has no URL' },
  'citation-insecure': { at: ['5:46-5:86'], message: 'http://meetings.example/study uses http:' },
  'no-outbound-citations': { at: ['5:1-5:8'], message: 'states 2 statistics but links to no external source' },
  'original-data-missing': { at: ['4:3-4:26'], message: 'declared original research but shows no table, dataset or chart' },
  'original-data-methodology': { at: ['4:3-4:26'], message: 'no "Methodology" section, no sample size, no period' },
  'infographic-missing-alt': { at: ['5:1-5:87'], message: 'has a file name as alt text ("late-payments.png")' },
  'infographic-too-small': { at: ['5:1-5:112'], message: 'is 800 px wide; make it at least 1000 px' },
  'infographic-no-embed': { at: ['7:1-7:108'], message: 'cannot be embedded: the page sets `linkable.embed: false`' },
  'asset-missing-description': { at: ['2:1-2:31'], message: 'The page has no description' },
  'asset-title-length': { at: ['2:1-2:93'], message: 'Title is 85 characters; keep it to 70 or fewer' },
  'quote-unattributed': { at: ['5:1-5:47'], message: 'Blockquote has no attribution' },
  'contributor-unknown': { at: ['3:16-3:29'], message: 'Contributor "dana-whitcomb" in frontmatter `contributors` is not in the contributor registry (did you mean "dana-whitcombe"?)' },
  'contributor-no-link': { at: ['3:16-3:26'], message: 'Sam Okafor (sam-okafor) is featured here but has no `website`' },
  'frontmatter-invalid': { at: ['4:9-4:19'], message: 'Frontmatter "linkable.type"' },
  'parse-error': { at: ['5:1-5:1'], message: 'MDX syntax error: Expected a closing tag for `<Chart>`' },
  'linkability-score': { at: ['1:1-1:4'], message: 'Linkability score 9/100 is below 50' },
};

describe('rule registry', () => {
  it('has exactly the rule ids of the issue, each documented', () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual([...ISSUE_RULE_IDS].sort());
    for (const rule of RULES) {
      expect(rule.description, rule.id).toMatch(/\S/);
      expect(rule.docs.why, rule.id).toMatch(/\S/);
    }
  });
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  const file = new URL(`../../packages/astro-linkable/docs/rules/${id}.md`, import.meta.url);
  const page = readFileSync(file, 'utf8');
  const examples = examplesFromPage(page);

  it('has a docs page rendered from the rule (run `npm run docs:rules` after changing a rule)', () => {
    expect(page).toBe(ruleDocsPage(rule));
  });

  it('fails the failing example on the page, at the documented place', () => {
    const { findings } = lintSource(examples.failing.source, { format: examples.failing.format, only: id, options: examples.failing.options });
    const own = findings.filter((finding) => finding.ruleId === id);
    expect(own.length, JSON.stringify(findings)).toBeGreaterThan(0);
    expect(places(own)).toEqual(FAILING[id].at);
    expect(own[0].message).toContain(FAILING[id].message);
    expect(own.every((finding) => finding.file === 'src/content/articles/example.' + (examples.failing.format ?? 'md'))).toBe(true);
  });

  it('passes the passing example on the page', () => {
    const { findings } = lintSource(examples.passing.source, { format: examples.passing.format, only: id, options: examples.passing.options });
    expect(findings.filter((finding) => finding.ruleId === id)).toEqual([]);
  });
});
