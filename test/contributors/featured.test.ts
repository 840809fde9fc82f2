// Who is featured where: frontmatter ids, <Quote by>, and Markdown attributions matched by name or alias,
// recorded in the document model and gathered into the featured-in index the outreach manifest reads.
import { describe, expect, it } from 'vitest';
import { attributeQuotes, comparableName } from '../../packages/astro-linkable/src/contributors/attribution.js';
import { featuredIn } from '../../packages/astro-linkable/src/contributors/featured.js';
import { documentFrom, registryOf } from './model.js';

const registry = registryOf([
  { id: 'jane-doe', name: 'Jane Doe', aliases: ['J. Doe'], website: 'https://jane.example/', email: 'jane@secret.example' },
  { id: 'tomas-lindqvist', name: 'Tomás Lindqvist', aliases: ['Tom Lindqvist'] },
  { id: 'marcus-oyelaran', name: 'Marcus Oyelaran', aliases: ['Marcus Oyelaran, CPA'] },
  { id: 'nobody-quoted', name: 'Nobody Quoted' },
]);

const roundup = `---
title: Shipping on time
contributors: [jane-doe, ghost]
---

<Quote by="jane-doe">
Cut the scope, not the quality.
</Quote>

> Reminders take the feelings out.
>
> — Tomas Lindqvist, Plumbline Books

> Ask for the PO number first.
>
> — Marcus Oyelaran, CPA

> I just ask what is blocking them.
>
> — Sam Unknown, Nowhere Inc

> A deadline is a feature.
`;

describe('attributeQuotes', () => {
  it('matches attributions by name or alias, ignoring case and diacritics, and records them in the model', () => {
    const doc = documentFrom('src/content/articles/roundup.mdx', roundup);
    attributeQuotes([doc], registry);
    expect(doc.quotes.map((quote) => [quote.source, quote.contributorId, quote.name, quote.span.start.line])).toEqual([
      ['mdx', 'jane-doe', undefined, 6],
      ['blockquote', 'tomas-lindqvist', 'Tomas Lindqvist', 10],
      // "Marcus Oyelaran, CPA" is an alias as a whole line; the parser alone would read "CPA" as his organization.
      ['blockquote', 'marcus-oyelaran', 'Marcus Oyelaran', 14],
      ['blockquote', undefined, 'Sam Unknown', 18],
    ]);
    expect(doc.blockquotes.map((quote) => quote.attribution?.contributorId)).toEqual(['tomas-lindqvist', 'marcus-oyelaran', undefined, undefined]);
    // `ghost` is not in the registry, so it is not featured (the linter reports it).
    expect(doc.featuredContributors).toEqual(['jane-doe', 'marcus-oyelaran', 'tomas-lindqvist']);
  });

  it('is idempotent and follows registry changes', () => {
    const doc = documentFrom('src/content/articles/roundup.mdx', roundup);
    attributeQuotes([doc], registry);
    attributeQuotes([doc], registryOf([{ id: 'jane-doe', name: 'Jane Doe' }]));
    expect(doc.quotes.map((quote) => quote.contributorId)).toEqual(['jane-doe', undefined, undefined, undefined]);
    expect(doc.blockquotes[0].attribution?.contributorId).toBeUndefined();
    expect(doc.featuredContributors).toEqual(['jane-doe']);
  });

  it('compares names without case, accents or punctuation', () => {
    expect(comparableName('  TOMÁS   Lindqvist,')).toBe('tomas lindqvist');
    expect(comparableName('Zoë Ångström')).toBe(comparableName('zoe angstrom'));
    expect(comparableName('J. Doe')).toBe('j doe');
  });
});

describe('featuredIn', () => {
  it('lists, per contributor, the pages and quotes with positions; private email stays on the record for outreach', () => {
    const docs = [
      documentFrom('src/content/articles/roundup.mdx', roundup),
      documentFrom('src/content/articles/later.md', '---\ntitle: Later\ncontributors: [jane-doe]\n---\n\nText.\n\n> Scope is a choice.\n>\n> — J. Doe\n'),
      documentFrom('src/content/articles/hidden.md', '---\ntitle: Hidden\nlinkable: false\ncontributors: [jane-doe]\n---\n\nText.\n'),
    ];
    attributeQuotes(docs, registry);
    const index = featuredIn(registry, docs);
    expect(index.map((entry) => [entry.contributor.id, entry.pages.length])).toEqual([
      ['jane-doe', 2],
      ['tomas-lindqvist', 1],
      ['marcus-oyelaran', 1],
      ['nobody-quoted', 0],
    ]);
    const jane = index[0];
    expect(jane.contributor.email).toBe('jane@secret.example');
    expect(jane.pages).toEqual([
      {
        documentId: 'articles-later',
        url: '/articles/later/',
        title: 'Later',
        file: 'src/content/articles/later.md',
        inFrontmatter: true,
        quotes: [{ text: 'Scope is a choice.', source: 'blockquote', span: expect.objectContaining({ start: { line: 8, column: 1, offset: 54 } }) }],
      },
      {
        documentId: 'articles-roundup',
        url: '/articles/roundup/',
        title: 'Shipping on time',
        file: 'src/content/articles/roundup.mdx',
        inFrontmatter: true,
        quotes: [{ text: 'Cut the scope, not the quality.', source: 'mdx', span: expect.objectContaining({ start: { line: 6, column: 1, offset: 65 } }) }],
      },
    ]);
    expect(index[1].pages[0]).toMatchObject({ inFrontmatter: false, quotes: [{ text: 'Reminders take the feelings out.', source: 'blockquote' }] });
  });
});
