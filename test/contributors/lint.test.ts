// The contributor checks behind `contributor-unknown`, `contributor-no-link` and `quote-unattributed`:
// the Markdown that fails, the Markdown that passes, the message and the position.
import { describe, expect, it } from 'vitest';
import { findContributorsWithoutLink, findUnattributedQuotes, findUnknownContributors } from '../../packages/astro-linkable/src/contributors/lint.js';
import { documentFrom, registryOf } from './model.js';

const registry = registryOf([
  { id: 'dana-whitcombe', name: 'Dana Whitcombe', website: 'https://whitcombe.example/' },
  { id: 'ruth-abernathy', name: 'Ruth Abernathy', aliases: ['Ruth A.'] },
  { id: 'tomas-lindqvist', name: 'Tomás Lindqvist' },
]);
const lookup = registry.byId;

const at = (reports: Array<{ message: string; span: { start: { line: number; column: number }; end: { line: number; column: number } } }>) =>
  reports.map((report) => ({ line: report.span.start.line, column: report.span.start.column, endLine: report.span.end.line, endColumn: report.span.end.column, message: report.message }));

describe('contributor-unknown (findUnknownContributors)', () => {
  it('reports a frontmatter id the registry lacks, at the id, with a suggestion', () => {
    const doc = documentFrom('src/content/articles/a.md', '---\ntitle: A\ncontributors: [dana-whitcombe, dana-whitcomb]\n---\n\nText.\n');
    expect(at(findUnknownContributors(doc, lookup))).toEqual([
      {
        line: 3,
        column: 32,
        endLine: 3,
        endColumn: 45,
        message: 'Contributor "dana-whitcomb" in frontmatter `contributors` is not in the contributor registry (did you mean "dana-whitcombe"?). Fix the id or add an entry for them.',
      },
    ]);
  });

  it('points at each id of a block list', () => {
    const doc = documentFrom('src/content/articles/a.md', '---\ntitle: A\ncontributors:\n  - ruth-abernathy\n  - someone-else\n---\n\nText.\n');
    expect(at(findUnknownContributors(doc, lookup)).map((r) => [r.line, r.column])).toEqual([[5, 5]]);
  });

  it('reports <Quote by> with an unknown id, and a quoted person the registry does not know', () => {
    const doc = documentFrom(
      'src/content/articles/a.mdx',
      ['---', 'title: A', '---', '', '<Quote by="nobody">', 'Hi.', '</Quote>', '', '> Ask first.', '>', '> — Sam Unknown, Nowhere Inc', ''].join('\n'),
    );
    expect(at(findUnknownContributors(doc, lookup))).toEqual([
      {
        line: 5,
        column: 1,
        endLine: 7,
        endColumn: 9,
        message: '<Quote by="nobody"> names a contributor who is not in the registry; the quote is shown without a link to their page.',
      },
      {
        line: 9,
        column: 1,
        endLine: 11,
        endColumn: 29,
        message: '"Sam Unknown" is quoted but not in the contributor registry, so they get no contributor page or badge. Add them to the registry, or add this spelling to an existing contributor\'s `aliases`.',
      },
    ]);
  });

  it('passes known ids and names, aliases and spellings without accents', () => {
    const doc = documentFrom(
      'src/content/articles/a.mdx',
      ['---', 'title: A', 'contributors: [dana-whitcombe]', '---', '', '<Quote by="ruth-abernathy">', 'Call early.', '</Quote>', '', '> Automate it.', '>', '> — Tomas Lindqvist, Plumbline Books', '', '> Call.', '>', '> — Ruth A.', ''].join('\n'),
    );
    expect(findUnknownContributors(doc, lookup)).toEqual([]);
  });

  it('does not report quoted names when the site has no registry', () => {
    const doc = documentFrom('src/content/articles/a.md', '> Ask first.\n>\n> — Sam Unknown, Nowhere Inc\n');
    expect(findUnknownContributors(doc, new Map())).toEqual([]);
  });
});

describe('contributor-no-link (findContributorsWithoutLink)', () => {
  it('reports a featured contributor without a website once, where they first appear', () => {
    const doc = documentFrom(
      'src/content/articles/a.mdx',
      ['---', 'title: A', 'contributors: [dana-whitcombe, ruth-abernathy]', '---', '', '<Quote by="ruth-abernathy">', 'Call early.', '</Quote>', ''].join('\n'),
    );
    expect(at(findContributorsWithoutLink(doc, lookup))).toEqual([
      {
        line: 3,
        column: 32,
        endLine: 3,
        endColumn: 46,
        message:
          'Ruth Abernathy (ruth-abernathy) is featured here but has no `website` in the contributor registry. People link back from a site of their own: add their website so their page and badge point somewhere they control.',
      },
    ]);
  });

  it('finds contributors featured only by a Markdown attribution', () => {
    const doc = documentFrom('src/content/articles/a.md', 'Intro.\n\n> Call.\n>\n> — Ruth A.\n');
    expect(at(findContributorsWithoutLink(doc, lookup)).map((r) => [r.line, r.column])).toEqual([[3, 1]]);
  });

  it('passes contributors with a website', () => {
    const doc = documentFrom('src/content/articles/a.md', '---\ntitle: A\ncontributors: [dana-whitcombe]\n---\n\nText.\n');
    expect(findContributorsWithoutLink(doc, lookup)).toEqual([]);
  });
});

describe('quote-unattributed (findUnattributedQuotes)', () => {
  it('reports a blockquote without attribution and a <Quote> without `by`', () => {
    const doc = documentFrom('src/content/articles/a.mdx', ['Intro.', '', '> A deadline is a feature.', '', '<Quote>', 'Nobody said this.', '</Quote>', ''].join('\n'));
    expect(at(findUnattributedQuotes(doc))).toEqual([
      {
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 27,
        message: 'Blockquote has no attribution. End it with a line such as "— Jane Doe, Acme" (or use <Quote by="id">) so the person quoted is credited and can link to the page.',
      },
      { line: 5, column: 1, endLine: 7, endColumn: 9, message: '<Quote> has no `by`: name the contributor (<Quote by="jane-doe">) so the quote is credited and linked to their page.' },
    ]);
  });

  it('passes attributed quotes and callouts', () => {
    const doc = documentFrom(
      'src/content/articles/a.mdx',
      ['> Ship it.', '>', '> — Dana Whitcombe', '', '> [!NOTE]', '> Not a quote.', '', '> **Tip:** also not a quote.', '', '<Quote by="dana-whitcombe">', 'Ship.', '</Quote>', ''].join('\n'),
    );
    expect(findUnattributedQuotes(doc)).toEqual([]);
  });
});
