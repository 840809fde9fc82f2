// Share cards in a real Astro build: the PNGs at their documented paths, the meta tags (<LinkableHead> and the ones
// the build adds), the cache across rebuilds, byte-identical output, and a bad font or logo stopping the build.
// Imports the compiled package: run `npm run build:package` first (npm test does).
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureResult } from '../helpers/fixture.js';

const LONG_TITLE = `${'A very long title about remote work, meetings, pay and focus time '.repeat(8)}`.slice(0, 500);

const files: Record<string, string> = {
  // A page whose layout writes its own og:image and og:title: the build must leave them alone.
  'src/layouts/OwnImage.astro': `---
const { frontmatter } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8" /><title>{frontmatter.title}</title><meta property="og:image" content="https://cdn.example/own.png" /><meta property="og:title" content="Own title" /></head><body><slot /></body></html>
`,
  'src/pages/press.md': '---\nlayout: ../layouts/OwnImage.astro\ntitle: Press kit\n---\n\nLogos and photos for the press.\n',
  // A page whose layout uses <LinkableHead />.
  'src/layouts/WithHead.astro': `---
import { LinkableHead } from 'astro-linkable/components';
const { frontmatter } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8" /><title>{frontmatter.title}</title><LinkableHead /></head><body><slot /></body></html>
`,
  'src/pages/team.md': '---\nlayout: ../layouts/WithHead.astro\ntitle: Meet the team\ndescription: Who writes our research.\n---\n\nWe are four people.\n',
  // An empty title: the model titles the page from its first heading, else its file name.
  'src/content/articles/q3-notes.md': '---\ntitle: ""\n---\n\nA page someone forgot to title.\n',
  // Thai: no bundled font has it; the card shows boxes and the build says which characters are missing.
  'src/content/articles/thai.md': '---\ntitle: ภาษาไทย for everyone\n---\n\nA page in two scripts.\n',
  'src/content/articles/long-title.md': `---\ntitle: "${LONG_TITLE}"\n---\n\nA page with far too long a title.\n`,
  // Three declared statistics; `maxStatCards: 2` keeps two.
  'src/content/articles/remote-work-survey.md': `---
title: The 2026 Remote Work Survey
description: What 500 remote workers told us about meetings, focus time and pay.
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

# The 2026 Remote Work Survey

We surveyed 500 remote workers in January 2026. Our survey found that 62% of them want fewer meetings.

## Methodology

We ran an online survey of 500 full-time remote workers between January 5 and January 19, 2026.
`,
};

const env = { SOURCE_DATE_EPOCH: '1767225600' };
const linkable = { cards: { maxStatCards: 2, square: true } };
const cardsDir = '_linkable/cards';

function png(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}

async function listCards(build: FixtureResult): Promise<string[]> {
  const entries = await readdir(path.join(build.outDir, cardsDir), { recursive: true });
  return entries.filter((entry) => entry.endsWith('.png')).map((entry) => entry.split(path.sep).join('/')).sort();
}

function metaContent(html: string, key: string): string[] {
  const pattern = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"\\s*/?>`, 'g');
  return [...html.matchAll(pattern)].map((match) => match[1]);
}

describe('share cards in a fixture build', () => {
  let build: FixtureResult;
  beforeAll(async () => {
    build = await buildFixture({ fixture: 'basic', files, linkable, env });
    if (build.error) throw build.error;
  }, 120_000);
  afterAll(async () => {
    await build?.remove();
  });

  it('writes a card for every asset and stat cards for its key statistics, at the documented paths and sizes', async () => {
    expect(await listCards(build)).toEqual([
      'articles-guide.png',
      'articles-guide/stat-1-square.png',
      'articles-guide/stat-1.png',
      'articles-long-title.png',
      'articles-q3-notes.png',
      'articles-remote-work-survey.png',
      'articles-remote-work-survey/stat-1-square.png',
      'articles-remote-work-survey/stat-1.png',
      'articles-remote-work-survey/stat-2-square.png',
      'articles-remote-work-survey/stat-2.png',
      'articles-thai.png',
      'press.png',
      'team.png',
    ]);
    for (const file of await listCards(build)) {
      const image = png(await build.readBytes(`${cardsDir}/${file}`));
      expect([file, image.width, image.height]).toEqual(file.endsWith('-square.png') ? [file, 1080, 1080] : [file, 1200, 630]);
    }
    expect(build.logs).toMatch(/Share cards: 13 rendered, 0 reused in \d+ ms; meta tags added to \d+ pages\./);
  });

  it('adds og: and twitter: tags to built pages that lack them', async () => {
    const html = await build.read('articles/remote-work-survey/index.html');
    expect(metaContent(html, 'og:image')).toEqual(['https://www.example.com/_linkable/cards/articles-remote-work-survey.png']);
    expect(metaContent(html, 'og:image:width')).toEqual(['1200']);
    expect(metaContent(html, 'og:image:height')).toEqual(['630']);
    expect(metaContent(html, 'og:image:alt')).toEqual(['The 2026 Remote Work Survey (example.com). 62%: of remote workers want fewer meetings.']);
    expect(metaContent(html, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaContent(html, 'twitter:image')).toEqual(['https://www.example.com/_linkable/cards/articles-remote-work-survey.png']);
    expect(metaContent(html, 'og:title')).toEqual(['The 2026 Remote Work Survey']);
    expect(metaContent(html, 'og:description')).toEqual(['What 500 remote workers told us about meetings, focus time and pay.']);
    expect(metaContent(html, 'og:url')).toEqual(['https://www.example.com/articles/remote-work-survey/']);
    expect(metaContent(html, 'og:type')).toEqual(['article']);
  });

  it("keeps a page's own og:image and og:title, adding only what it lacks", async () => {
    const html = await build.read('press/index.html');
    expect(metaContent(html, 'og:image')).toEqual(['https://cdn.example/own.png']);
    expect(metaContent(html, 'og:title')).toEqual(['Own title']);
    expect(metaContent(html, 'og:image:width')).toEqual([]);
    expect(metaContent(html, 'twitter:image')).toEqual([]);
    expect(metaContent(html, 'og:url')).toEqual(['https://www.example.com/press/']);
  });

  it('<LinkableHead /> writes the tags itself, and the build adds none twice', async () => {
    const html = await build.read('team/index.html');
    expect(metaContent(html, 'og:image')).toEqual(['https://www.example.com/_linkable/cards/team.png']);
    expect(metaContent(html, 'og:description')).toEqual(['Who writes our research.']);
    expect(metaContent(html, 'twitter:card')).toEqual(['summary_large_image']);
    // Written in the page by the component (Astro's own formatting), not spliced in by the build.
    expect(html).toMatch(/<meta property="og:image" content="https:\/\/www\.example\.com\/_linkable\/cards\/team\.png">/);
  });

  it('titles an untitled page from its file name, and keeps a 500-character title whole in og:title', async () => {
    expect(metaContent(await build.read('articles/q3-notes/index.html'), 'og:title')).toEqual(['Q3 notes']);
    expect(metaContent(await build.read('articles/long-title/index.html'), 'og:title')).toEqual([LONG_TITLE.trim()]);
    expect(build.logs).not.toMatch(/could not be rendered/);
  });

  it('warns about characters no card font has, naming the page and each character', () => {
    expect(build.logs).toContain('src/content/articles/thai.md: no card font has a glyph for "ภ" (U+0E20)');
  });

  it('uses the share card as the page oEmbed thumbnail', async () => {
    const oembed = JSON.parse(await build.read('_linkable/oembed/articles-remote-work-survey.json')) as Record<string, unknown>;
    expect(oembed).toMatchObject({ thumbnail_url: 'https://www.example.com/_linkable/cards/articles-remote-work-survey.png', thumbnail_width: 1200, thumbnail_height: 630 });
  });

  it('reuses every card on an unchanged rebuild, renders byte-identical PNGs from an empty cache, and re-renders only a retitled card', async () => {
    const before = new Map<string, Buffer>();
    for (const file of await listCards(build)) before.set(file, await build.readBytes(`${cardsDir}/${file}`));

    const unchanged = await build.rebuild();
    expect(unchanged.error).toBeUndefined();
    expect(unchanged.logs).toMatch(/Share cards: 0 rendered, 13 reused in \d+ ms/);

    // Same input, fresh render: byte for byte the same files.
    const cache = path.join(build.root, 'node_modules', '.astro', 'astro-linkable', 'cards');
    expect(existsSync(cache)).toBe(true);
    await rm(cache, { recursive: true });
    const fresh = await build.rebuild();
    expect(fresh.logs).toMatch(/Share cards: 13 rendered, 0 reused/);
    for (const [file, bytes] of before) expect([file, (await fresh.readBytes(`${cardsDir}/${file}`)).equals(bytes)]).toEqual([file, true]);

    // A page with no statistics has one card: a new title re-renders exactly that one.
    const retitled = await build.rebuild({ files: { 'src/content/articles/q3-notes.md': '---\ntitle: Third-quarter notes\n---\n\nA page someone forgot to title.\n' } });
    expect(retitled.logs).toMatch(/Share cards: 1 rendered, 12 reused/);
    expect((await retitled.readBytes(`${cardsDir}/articles-q3-notes.png`)).equals(before.get('articles-q3-notes.png')!)).toBe(false);
  }, 240_000);
});

describe('bad card configuration stops the build, naming the file', () => {
  it('a WOFF2 theme font', async () => {
    const build = await buildFixture({
      fixture: 'basic',
      files: { 'fonts/Brand.woff2': `wOF2${'\u0000'.repeat(60)}` },
      linkable: { cards: { theme: { fonts: [{ path: './fonts/Brand.woff2', name: 'Brand' }] } } },
    });
    try {
      expect(build.error?.message).toMatch(/Card font .*fonts\/Brand\.woff2: is a WOFF2 file\. Card fonts must be TTF, OTF or WOFF files/);
      expect(build.exists('index.html')).toBe(false);
    } finally {
      await build.remove();
    }
  }, 60_000);

  it('a missing theme logo', async () => {
    const build = await buildFixture({ fixture: 'basic', linkable: { cards: { theme: { logo: 'src/assets/logo.png' } } } });
    try {
      expect(build.error?.message).toMatch(/Card logo .*src\/assets\/logo\.png: file not found/);
    } finally {
      await build.remove();
    }
  }, 60_000);
});
