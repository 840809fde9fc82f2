// Where outreach targets come from: cited sources, contributors, prospects, competitor backlinks; exclusions, merging, caps.
import { describe, expect, it } from 'vitest';
import { parseDocumentSource } from '../../packages/astro-linkable/src/model/parse.js';
import { assignIdentity, type ProjectPaths } from '../../packages/astro-linkable/src/model/identity.js';
import type { LinkableDocument } from '../../packages/astro-linkable/src/model/types.js';
import { buildOutreachManifest } from '../../packages/astro-linkable/src/outreach/manifest.js';
import { outreachOptionsSchema, type OutreachOptions } from '../../packages/astro-linkable/src/outreach/options.js';
import type { OutreachImports } from '../../packages/astro-linkable/src/outreach/read-imports.js';
import type { CompetitorLink } from '../../packages/astro-linkable/src/outreach/targets/competitor-backlinks.js';
import type { ContributorRecord } from '../../packages/astro-linkable/src/outreach/targets/contributors.js';
import type { Prospect } from '../../packages/astro-linkable/src/outreach/imports/prospects.js';
import type { OutreachManifest } from '../../packages/astro-linkable/src/outreach/types.js';

const project: ProjectPaths = { root: '/site', srcDir: '/site/src', publicDir: '/site/public', base: '/', trailingSlash: 'ignore', site: 'https://www.mysite.example' };

function page(name: string, markdown: string): LinkableDocument {
  const file = `src/content/articles/${name}.md`;
  return assignIdentity(parseDocumentSource({ file: `/site/${file}`, relativePath: file, text: markdown }), project);
}

const latePayments = page(
  'late-payment-statistics',
  `---
title: Late Payment Statistics for 2026
description: How long small businesses wait to be paid, with every figure sourced.
tags: [late payments, invoicing, small business statistics]
linkable:
  type: statistics
  topics: [late payment statistics, days to payment]
---

Late payments are the most common complaint we hear from small business owners.

- **34%** of business-to-business invoices are paid late, according to the [Late Payment Monitor](https://research.payments.example/monitor-2025).
- Large companies take **47 days** on average to pay small suppliers ([Late Payment Monitor](https://research.payments.example/monitor-2025)).
- Background on invoices is on [Wikipedia](https://en.wikipedia.org/wiki/Invoice) and in [our guide](https://www.mysite.example/articles/guide/).

> Send the invoice the day the work is done.
>
> — Priya Raman, Ledgerline
`,
);
latePayments.featuredContributors = ['priya', 'ruth'];

const registry: ContributorRecord[] = [
  { id: 'priya', name: 'Priya Raman', organization: 'Ledgerline', website: 'https://www.ledgerline.example/', email: 'priya@ledgerline.example', profileUrl: '/contributors/priya/' },
  { id: 'ruth', name: 'Ruth Abernathy', email: 'ruth@mailbox.example' },
];

function prospect(domain: string, topics: string[], authority: number, extra: Partial<Prospect> = {}): Prospect {
  return { file: 'prospects.csv', line: 2, domain, name: domain.split('.')[0], topics, authority, contact: `editor@${domain}`, pageUrl: `https://${domain}/resources`, notes: '', ...extra };
}

let line = 1;
function link(referring: string, target: string, extra: Partial<CompetitorLink> = {}): CompetitorLink {
  const referringDomain = new URL(referring).hostname.replace(/^www\./, '');
  return {
    format: 'ahrefs-backlinks',
    file: 'ahrefs.tsv',
    line: ++line,
    referringUrl: referring,
    referringDomain,
    referringTitle: '',
    targetUrl: target,
    targetDomain: new URL(target).hostname,
    anchor: '',
    leftContext: '',
    rightContext: '',
    authority: { value: 50, label: 'DR' },
    nofollow: false,
    ugc: false,
    sponsored: false,
    lost: false,
    broken: false,
    ...extra,
  };
}

function imports(parts: Partial<OutreachImports> = {}): OutreachImports {
  return { prospects: [], competitorLinks: [], alreadyLinking: new Set(), authorities: new Map(), reports: [], ...parts };
}

function manifest(parts: Partial<OutreachImports> = {}, options: Partial<OutreachOptions> = {}, documents = [latePayments]): OutreachManifest {
  return buildOutreachManifest({
    documents,
    site: { name: 'My Site', site: 'https://www.mysite.example', domains: ['mysite.example'] },
    options: { ...outreachOptionsSchema.parse({}), ...options },
    minScore: 50,
    contributors: registry,
    imports: imports(parts),
    generatedAt: '2026-01-01T00:00:00.000Z',
    schema: 'schema.json',
  });
}

const targetsOf = (result: OutreachManifest, index = 0) => result.assets[index].targets;
const byDomain = (result: OutreachManifest, domain: string) => targetsOf(result).find((target) => target.domain === domain);

describe('cited sources and contributors', () => {
  it('suggests the sites a page cites, but never the site itself or generic giants like Wikipedia', () => {
    const result = manifest();
    expect(targetsOf(result).map((target) => target.domain)).toEqual(['ledgerline.example', 'research.payments.example']);
    expect(byDomain(result, 'research.payments.example')).toMatchObject({
      reason: 'cited-source',
      url: 'https://research.payments.example/monitor-2025',
      contact: null,
      why: 'This page cites their "Late Payment Monitor" as the source of 2 figures (34%, 47 days).',
    });
  });

  it('suggests featured contributors with a website, with their private email as the contact', () => {
    const result = manifest();
    expect(byDomain(result, 'ledgerline.example')).toMatchObject({
      reason: 'contributor',
      url: 'https://www.ledgerline.example/',
      contact: 'priya@ledgerline.example',
      name: 'Priya Raman',
    });
    // Ruth has no website: nothing to pitch, but she is still someone to tell.
    expect(result.assets[0].contributors).toEqual([
      { id: 'priya', name: 'Priya Raman', website: 'https://www.ledgerline.example/', notify: 'https://www.mysite.example/articles/late-payment-statistics/', profileUrl: 'https://www.mysite.example/contributors/priya/' },
      { id: 'ruth', name: 'Ruth Abernathy', website: null, notify: 'https://www.mysite.example/articles/late-payment-statistics/', profileUrl: null },
    ]);
    expect(result.contributors.map((person) => [person.id, person.email, person.featuredIn.map((page) => page.id)])).toEqual([
      ['priya', 'priya@ledgerline.example', ['articles-late-payment-statistics']],
      ['ruth', 'ruth@mailbox.example', ['articles-late-payment-statistics']],
    ]);
  });

  it('skips excluded domains and domains that already link (compared without www.)', () => {
    const result = manifest({ alreadyLinking: new Set(['ledgerline.example']) }, { exclude: ['payments.example'] });
    expect(targetsOf(result)).toEqual([]);
  });
});

describe('prospects', () => {
  it('ranks the team’s prospects by how well their topics match the page (BM25), leaving out poor matches', () => {
    const prospects = [
      prospect('gardening.example', ['gardening', 'recipes', 'home'], 90),
      prospect('paymentsweekly.example', ['late payments', 'payment statistics', 'invoicing'], 40),
      prospect('smallbiz.example', ['small business', 'statistics'], 60),
    ];
    const result = manifest({ prospects });
    const suggested = targetsOf(result).filter((target) => target.reason === 'prospect');
    expect(suggested.map((target) => target.domain)).toEqual(['paymentsweekly.example', 'smallbiz.example']);
    expect(suggested[0]).toMatchObject({
      url: 'https://paymentsweekly.example/resources',
      contact: 'editor@paymentsweekly.example',
      authority: 40,
      why: 'On your prospect list: paymentsweekly covers late payments, payment statistics, invoicing; authority 40.',
    });
    // Same input, same order and scores.
    expect(manifest({ prospects })).toEqual(result);
  });

  it('merges a prospect with the subdomain the page cites: one site, one row, both reasons', () => {
    const result = manifest({ prospects: [prospect('payments.example', ['late payments', 'research'], 76)] });
    const merged = byDomain(result, 'payments.example');
    expect(merged?.reasons).toEqual(['prospect', 'cited-source']);
    expect(merged?.contact).toBe('editor@payments.example');
    expect(merged?.why).toBe('On your prospect list: payments covers late payments; also this page cites their "Late Payment Monitor" as the source of 2 figures (34%, 47 days); authority 76.');
    expect(byDomain(result, 'research.payments.example')).toBeUndefined();
  });
});

describe('competitor backlinks', () => {
  const onTopic = 'https://competitor.example/blog/late-payment-statistics';

  it('suggests sites linking to a competitor page on the same topic, saying why in one sentence', () => {
    const result = manifest({
      competitorLinks: [
        link('https://news.example/2026/late', onTopic, { anchor: 'late payment statistics', authority: { value: 71, label: 'DR' } }),
        link('https://garden.example/tips', 'https://competitor.example/blog/tomato-growing-tips', { anchor: 'growing tomatoes' }),
      ],
    });
    expect(byDomain(result, 'news.example')).toMatchObject({
      reason: 'competitor-backlink',
      url: 'https://news.example/2026/late',
      authority: 71,
      why: 'Links to competitor.example/blog/late-payment-statistics with anchor "late payment statistics"; DR 71.',
    });
    expect(byDomain(result, 'garden.example')).toBeUndefined();
  });

  it('ranks a nofollow link below an equal followed one', () => {
    const result = manifest({
      competitorLinks: [link('https://followed.example/a', onTopic, { anchor: 'late payment statistics' }), link('https://nofollow.example/a', onTopic, { anchor: 'late payment statistics', nofollow: true })],
    });
    const followed = byDomain(result, 'followed.example')!;
    const nofollow = byDomain(result, 'nofollow.example')!;
    expect(followed.score).toBeGreaterThan(nofollow.score);
    expect(nofollow.why).toContain('(nofollow)');
  });

  it('marks resources pages, and links to dead competitor pages as broken-link opportunities', () => {
    const result = manifest({
      competitorLinks: [
        link('https://association.example/resources/useful-links', onTopic, { referringTitle: 'Useful resources | Association', anchor: 'late payment data' }),
        link('https://school.example/reading', 'https://competitor.example/blog/late-payment-statistics-2022', {
          referringTitle: 'Reading list: small business finance',
          anchor: 'late payment statistics 2022',
          broken: true,
          targetStatus: 404,
        }),
      ],
    });
    expect(byDomain(result, 'association.example')).toMatchObject({
      reason: 'resource-page',
      reasons: ['resource-page', 'competitor-backlink'],
      why: 'Their resource page "Useful resources" links to competitor.example/blog/late-payment-statistics with anchor "late payment data"; DR 50.',
    });
    expect(byDomain(result, 'school.example')).toMatchObject({
      reason: 'broken-link',
      reasons: ['broken-link', 'resource-page', 'competitor-backlink'],
      why: '"Reading list: small business finance" links to competitor.example/blog/late-payment-statistics-2022, which now returns 404; offer this page as the replacement; DR 50.',
    });
  });

  it('keeps one row per domain, caps the list at maxTargets and sorts by score, then domain', () => {
    const competitorLinks = Array.from({ length: 40 }, (_, i) => link(`https://site${String(i).padStart(2, '0')}.example/p`, onTopic, { anchor: 'late payment statistics', authority: { value: i % 5, label: 'DR' } }));
    competitorLinks.push(link('https://site00.example/other', onTopic, { anchor: 'late payment statistics', authority: { value: 0, label: 'DR' } }));
    const result = manifest({ competitorLinks }, { maxTargets: 10 });
    const targets = targetsOf(result);
    expect(targets).toHaveLength(10);
    expect(new Set(targets.map((target) => target.domain)).size).toBe(10);
    const order = targets.map((target) => [target.score, target.domain] as const);
    const sorted = [...order].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1));
    expect(order).toEqual(sorted);
  });
});

describe('the asset entry', () => {
  it('carries the pitch, topics, statistics and dates a PR person needs', () => {
    const asset = manifest().assets[0];
    expect(asset).toMatchObject({
      id: 'articles-late-payment-statistics',
      url: 'https://www.mysite.example/articles/late-payment-statistics/',
      rank: 1,
      type: 'statistics',
      description: 'How long small businesses wait to be paid, with every figure sourced.',
    });
    expect(asset.topics.slice(0, 5)).toEqual(['late payment statistics', 'days to payment', 'late payments', 'invoicing', 'small business statistics']);
    expect(asset.statistics[0]).toEqual({
      text: '34% of business-to-business invoices are paid late, according to the Late Payment Monitor.',
      value: '34%',
      sourceUrl: 'https://research.payments.example/monitor-2025',
      source: 'Late Payment Monitor',
      own: false,
    });
    expect(asset.pitch).toBe(
      'Our page “Late Payment Statistics for 2026” collects the figures people ask us about most, each linked to its original source. ' +
        'A few that stand out: 34% of business-to-business invoices are paid late, according to the Late Payment Monitor. ' +
        'Large companies take 47 days on average to pay small suppliers (Late Payment Monitor). ' +
        "If you're writing about late payment statistics or days to payment, you're welcome to cite any of them and link to the page: https://www.mysite.example/articles/late-payment-statistics/.",
    );
  });

  it('uses the author’s own linkable.pitch when there is one', () => {
    const own = page('own-pitch', '---\ntitle: T\nlinkable:\n  pitch: "  Our   own words.  "\n---\n\nText.\n');
    expect(manifest({}, {}, [own]).assets[0].pitch).toBe('Our own words.');
  });
});
