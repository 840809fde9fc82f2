// Which cards an asset gets, where they go, what they say; and the meta tags that carry them (added to built pages
// only where a page lacks them). No rendering here: see render.test.ts and build.test.ts for PNGs.
import { describe, expect, it } from 'vitest';
import { assetCards, takesShareCards } from '../../packages/astro-linkable/src/cards/asset-cards.js';
import { cardsState } from '../../packages/astro-linkable/src/cards/state.js';
import { missingShareMetaTags, shareMetaFor, shareMetaTags } from '../../packages/astro-linkable/src/cards/share-meta.js';
import { withShareMeta } from '../../packages/astro-linkable/src/cards/inject-meta.js';
import { progressLogger } from '../../packages/astro-linkable/src/cards/build.js';
import { cardsOptionsSchema } from '../../packages/astro-linkable/src/cards/options.js';
import { resolveCardTheme } from '../../packages/astro-linkable/src/cards/theme.js';
import { documentStatistics } from '../../packages/astro-linkable/src/lint/document-statistics.js';
import { documentFacts } from '../../packages/astro-linkable/src/lint/document-facts.js';
import { classifyAsset } from '../../packages/astro-linkable/src/lint/asset-type.js';
import type { LinkableDocument } from '../../packages/astro-linkable/src/model/types.js';
import { parseSource } from '../lint/lint-source.js';

const site = { base: '/', site: 'https://www.northwind.dev', name: 'Northwind', domains: ['northwind.dev'], root: '/site' };
const options = (overrides: Record<string, unknown> = {}) => cardsOptionsSchema.parse(overrides);
const theme = resolveCardTheme(options().theme, site.root);

/** A parsed page with its statistics and asset type read the way the linter reads them. */
function page(source: string, format: 'md' | 'mdx' = 'md', file?: string): LinkableDocument {
  const doc = parseSource(source, format, file);
  const facts = documentFacts(doc, site.domains, source);
  doc.statistics = documentStatistics(doc, facts);
  doc.assetType = classifyAsset(doc, facts).type;
  return doc;
}

const survey = page(`---
title: The 2026 Remote Work Survey
linkable:
  type: original-research
  stats:
    - value: "62%"
      label: of remote workers want fewer meetings
    - value: "4.1 hours"
      label: of focus time a day, on average
    - value: "3x"
      label: more likely to stay when meetings are capped
---

According to [the Labor Board](https://labor.example/report), remote work grew 35% since 2020.
`);

describe('assetCards', () => {
  it('gives an asset an Open Graph card and stat cards for its declared statistics, at most maxStatCards', () => {
    const cards = assetCards(survey, { site, options: options({ maxStatCards: 2 }), theme });
    expect(cards.map((card) => [card.ref.kind, card.ref.url, card.outFile, card.ref.width, card.ref.height])).toEqual([
      ['og', '/_linkable/cards/articles-example.png', '_linkable/cards/articles-example.png', 1200, 630],
      ['stat', '/_linkable/cards/articles-example/stat-1.png', '_linkable/cards/articles-example/stat-1.png', 1200, 630],
      ['stat', '/_linkable/cards/articles-example/stat-2.png', '_linkable/cards/articles-example/stat-2.png', 1200, 630],
    ]);
    const [og, first] = cards;
    expect(og.spec).toMatchObject({ kind: 'og', title: 'The 2026 Remote Work Survey', siteName: 'Northwind', assetType: 'Original research', url: 'https://www.northwind.dev/articles/example/' });
    expect(og.spec.statistic).toEqual({ value: '62%', sentence: 'of remote workers want fewer meetings', source: 'Northwind' });
    expect(first.spec).toMatchObject({ kind: 'stat', statistic: og.spec.statistic });
    expect(og.ref.alt).toBe('The 2026 Remote Work Survey (Northwind). 62%: of remote workers want fewer meetings.');
    expect(first.ref.alt).toBe('62%: of remote workers want fewer meetings. Source: Northwind.');
  });

  it('adds 1080x1080 stat cards with `square`, puts Astro `base` in public paths only, and keeps the strongest statistic with maxStatCards 0', () => {
    const square = assetCards(survey, { site: { ...site, base: '/docs/' }, options: options({ maxStatCards: 1, square: true, base: '/cards/' }), theme });
    expect(square.map((card) => [card.ref.kind, card.ref.url, card.outFile, card.spec.width, card.spec.height])).toEqual([
      ['og', '/docs/cards/articles-example.png', 'cards/articles-example.png', 1200, 630],
      ['stat', '/docs/cards/articles-example/stat-1.png', 'cards/articles-example/stat-1.png', 1200, 630],
      ['stat-square', '/docs/cards/articles-example/stat-1-square.png', 'cards/articles-example/stat-1-square.png', 1080, 1080],
    ]);
    const none = assetCards(survey, { site, options: options({ maxStatCards: 0 }), theme });
    expect(none).toHaveLength(1);
    expect(none[0].spec.statistic?.value).toBe('62%');
  });

  it('uses an MDX <Stat> as a key statistic', () => {
    const doc = page(
      `---\ntitle: Invoices in numbers\n---\n\nimport { Stat } from 'astro-linkable/components';\n\nMost invoices are late: <Stat value="29%" source="Tallyhouse survey" /> of them arrive after the due date.\n`,
      'mdx',
    );
    const [og] = assetCards(doc, { site, options: options(), theme });
    expect(og.spec.statistic).toMatchObject({ value: '29%', source: 'Tallyhouse survey' });
  });

  it('falls back to the strongest sourced statistics in the text, naming the source by a name, else the linked site', () => {
    const doc = page(`---
title: Meetings in 2026
---

Teams that start on time finish 3x faster, says [a study](https://www.meetings.example/study).

1. **34.1 million.** That is how many small businesses operated in 2024, according to the [Business and Labor Statistics Office](https://bls.example/2024).
`);
    const cards = assetCards(doc, { site, options: options(), theme });
    const statistics = cards.filter((card) => card.ref.kind === 'stat').map((card) => card.spec.statistic);
    expect(statistics).toContainEqual({ value: '3x', sentence: 'Teams that start on time finish 3x faster, says a study.', source: 'meetings.example' });
    // A sentence that is only the figure borrows the next one in its block, so the card says what was counted.
    expect(statistics).toContainEqual({
      value: '34.1 million',
      sentence: '34.1 million. That is how many small businesses operated in 2024, according to the Business and Labor Statistics Office.',
      source: 'Business and Labor Statistics Office',
    });
  });

  it('gives no cards to pages that opted out', () => {
    expect(takesShareCards(page('---\ntitle: Private\nlinkable: false\n---\n\nHello.\n'))).toBe(false);
    expect(takesShareCards(survey)).toBe(true);
  });
});

describe('share meta tags', () => {
  const tags = shareMetaTags({
    title: 'Cash flow "2026" <report>',
    description: 'What 1,204 owners told us.',
    url: 'https://www.northwind.dev/report/',
    siteName: 'Northwind',
    image: { kind: 'og', url: 'https://www.northwind.dev/_linkable/cards/report.png', width: 1200, height: 630, alt: 'Cash flow 2026 (Northwind)' },
  });

  it('are og:image with its size and alt, the large Twitter card, title, description, URL and type', () => {
    expect(tags.map((tag) => `${tag.attribute}:${tag.key}=${tag.content}`)).toEqual([
      'property:og:type=article',
      'property:og:title=Cash flow "2026" <report>',
      'property:og:description=What 1,204 owners told us.',
      'property:og:url=https://www.northwind.dev/report/',
      'property:og:site_name=Northwind',
      'property:og:image=https://www.northwind.dev/_linkable/cards/report.png',
      'property:og:image:width=1200',
      'property:og:image:height=630',
      'property:og:image:alt=Cash flow 2026 (Northwind)',
      'name:twitter:card=summary_large_image',
      'name:twitter:image=https://www.northwind.dev/_linkable/cards/report.png',
      'name:twitter:image:alt=Cash flow 2026 (Northwind)',
    ]);
  });

  it('are inserted before </head>, escaped, leaving the rest of the page byte for byte', () => {
    const html = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body><p>Body &amp; soul</p></body></html>';
    const result = withShareMeta(html, tags);
    expect(result.added).toBe(12);
    expect(result.html).toContain('<meta property="og:title" content="Cash flow &quot;2026&quot; &lt;report&gt;">');
    expect(result.html!.replace(/<meta property="og:[^>]*>|<meta name="twitter:[^>]*>/g, '')).toBe(html);
    expect(result.html!.indexOf('og:image')).toBeLessThan(result.html!.indexOf('</head>'));
    // Running again adds nothing.
    expect(withShareMeta(result.html!, tags)).toEqual({ html: result.html, added: 0 });
  });

  it("never change or duplicate a page's own tags, and leave its own image whole", () => {
    const html = '<html><head><meta property="og:image" content="https://cdn.example/own.png"><meta name="og:title" content="Own"></head><body></body></html>';
    const added = missingShareMetaTags(tags, new Set(['og:image', 'og:title'])).map((tag) => tag.key);
    expect(added).toEqual(['og:type', 'og:description', 'og:url', 'og:site_name', 'twitter:card']);
    const result = withShareMeta(html, tags);
    expect(result.html).toContain('<meta property="og:image" content="https://cdn.example/own.png">');
    expect(result.html!.match(/og:image/g)).toHaveLength(1);
    expect(result.html!.match(/og:title/g)).toHaveLength(1);
  });

  it('cannot be inserted into a page without a <head>', () => {
    expect(withShareMeta('<p>Fragment</p>', tags)).toEqual({ html: undefined, added: 0 });
  });
});

describe('cardsState (what <LinkableHead> reads)', () => {
  it('holds the tags of every asset by its path, with absolute card URLs, before anything is rendered', () => {
    const other = parseSource('---\ntitle: Opted out\nlinkable: false\n---\n\nHi.\n', 'md', 'src/content/articles/private.md');
    const fresh = parseSource('---\ntitle: The 2026 Remote Work Survey\n---\n\nWe surveyed 500 people.\n');
    const state = cardsState([fresh, other], site, options());
    expect(Object.keys(state.pages)).toEqual(['articles/example']);
    const tags = shareMetaFor(state, '/articles/example/');
    expect(tags.find((tag) => tag.key === 'og:image')?.content).toBe('https://www.northwind.dev/_linkable/cards/articles-example.png');
    expect(tags.find((tag) => tag.key === 'og:title')?.content).toBe('The 2026 Remote Work Survey');
    expect(shareMetaFor(state, '/articles/private/')).toEqual([]);
    expect(cardsState([fresh], site, options({ enabled: false })).pages).toEqual({});
  });
});

describe('build progress', () => {
  it('is logged at each quarter when many cards are drawn, and not for a few or for cached ones', () => {
    const lines: string[] = [];
    const logger = { info: (line: string) => lines.push(line) } as unknown as Parameters<typeof progressLogger>[0];
    const report = progressLogger(logger);
    for (let done = 1; done <= 100; done++) report({ done, total: 100, rendered: done, reused: 0 });
    expect(lines).toEqual(['Share cards: 25/100 (25%)', 'Share cards: 50/100 (50%)', 'Share cards: 75/100 (75%)']);

    const quiet: string[] = [];
    const few = progressLogger({ info: (line: string) => quiet.push(line) } as unknown as Parameters<typeof progressLogger>[0]);
    for (let done = 1; done <= 20; done++) few({ done, total: 20, rendered: done, reused: 0 });
    const cached = progressLogger({ info: (line: string) => quiet.push(line) } as unknown as Parameters<typeof progressLogger>[0]);
    for (let done = 1; done <= 100; done++) cached({ done, total: 100, rendered: 0, reused: done });
    expect(quiet).toEqual([]);
  });
});
