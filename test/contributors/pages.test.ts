// Contributor pages end to end: a real Astro build of a site whose registry holds good and hostile entries,
// its pages, JSON-LD, badges and embed code read back as HTML/JSON/PNG, and a real browser on the result.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureResult } from '../helpers/fixture.js';
import { launchBrowser, serveDir } from '../helpers/browser.js';
import { attr, children, readHtml, text, type Page } from './html.js';

const HOSTILE_NAME = `Eve <script>alert('name')</script> "Quotes" & 'Apostrophes'`;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** The href of the link inside each <cite> (the <Quote> captions), in page order. */
function citeLinks(page: Page): Array<string | undefined> {
  return page.all('cite').map((cite) => {
    const [link] = children(cite, 'a');
    return link ? attr(link, 'href') : undefined;
  });
}

function jsonLd(html: string): Array<Record<string, any>> {
  return readHtml(html)
    .all('script')
    .filter((script) => attr(script, 'type') === 'application/ld+json')
    .map((script) => JSON.parse(text(script)));
}

describe('contributor pages: default options', () => {
  let site: FixtureResult;

  beforeAll(async () => {
    // The fixture features unknown people on purpose (the linter's findings); these tests are about the pages.
    site = await buildFixture({ fixture: 'contributors', linkable: { failOn: 'never' } });
    if (site.error) throw site.error;
  });
  afterAll(() => site?.remove());

  it('warns about each refused entry and field, naming the file and contributor', () => {
    expect(site.logs).toContain(
      `src/content/contributors/eve.yaml:6:10  warn   Contributor "${HOSTILE_NAME}" (eve): "website" must be an http(s) URL (got "javascript:alert('website')"); it is ignored.  contributor-invalid`,
    );
    expect(site.logs).toMatch(/eve\.yaml:8:6 +warn +Contributor ".*" \(eve\): "social\.x" must be an http\(s\) URL/);
    expect(site.logs).toMatch(/eve\.yaml:10:11 +warn +Contributor ".*" \(eve\): "social\.github" must be an http\(s\) URL/);
    expect(site.logs).toMatch(/eve\.yaml:12:9 +warn +Contributor ".*" \(eve\): "avatar" must be the path of a local image, not a URL/);
    expect(site.logs).toContain('traversal.yaml:2:5  warn   Contributor "Mallory Traversal" has id "../../../etc/passwd"; an id may only use lowercase letters');
    expect(site.logs).toMatch(/outside-avatar\.yaml:3:9 +warn +Contributor "Oscar Outside" \(outside-avatar\): "avatar" must be an image inside the project/);
  });

  it('injects an index and one page per valid contributor, and nothing for a refused id', async () => {
    for (const id of ['eve', 'jane-doe', 'outside-avatar', 'zoe-angstrom']) expect(site.exists(`contributors/${id}/index.html`), id).toBe(true);
    const files = (await filesUnder(site.outDir)).map((file) => path.relative(site.outDir, file));
    expect(files.filter((file) => /passwd|mallory|traversal/i.test(file))).toEqual([]);
    expect(files.every((file) => !file.startsWith('..'))).toBe(true);

    const index = readHtml(await site.read('contributors/index.html'));
    expect(index.byClass('lcl-card').map((card) => attr(card, 'href'))).toEqual(['/contributors/eve/', '/contributors/jane-doe/', '/contributors/outside-avatar/', '/contributors/zoe-angstrom/']);
    expect(index.byClass('lcl-name').map(text)).toEqual([HOSTILE_NAME, 'Jane Doe', 'Oscar Outside', 'Zoë Ångström']);
  });

  it('shows the profile: avatar, role, organization, followed links to their own sites, quotes and pages', async () => {
    const page = readHtml(await site.read('contributors/jane-doe/index.html'));
    expect(page.all('h1').map(text)).toEqual(['Jane Doe']);
    expect(page.byClass('lc-position').map(text)).toEqual(['Head of Delivery, Acme & Sons']);
    const me = page.all('a').filter((link) => attr(link, 'rel') === 'me');
    expect(me.map((link) => [attr(link, 'href'), text(link)])).toEqual([
      ['https://jane.example/', 'jane.example'],
      ['https://x.example/janedoe', 'X'],
      ['https://github.example/janedoe', 'GitHub'],
    ]);
    expect(page.all('a').some((link) => /nofollow/.test(attr(link, 'rel') ?? ''))).toBe(false);

    const avatar = page.byClass('lc-avatar')[0];
    expect(attr(avatar, 'src')).toBe('/_linkable/contributors/jane-doe-avatar.svg');
    expect(await site.read('_linkable/contributors/jane-doe-avatar.svg')).toBe(await readFile(path.join(site.root, 'src/content/contributors/avatars/jane.svg'), 'utf8'));

    const quotes = page.byClass('lc-quotes')[0];
    expect(text(quotes)).toContain('Cut the scope, not the quality. Nobody remembers the feature you dropped.');
    expect(page.all('figcaption').flatMap((caption) => children(caption, 'a')).map((link) => attr(link, 'href'))).toEqual(['/articles/roundup/']);
    expect(text(page.byClass('lc-pages')[0]).trim()).toBe('Four people on shipping on time');

    const zoe = readHtml(await site.read('contributors/zoe-angstrom/index.html'));
    expect(attr(zoe.byClass('lc-avatar')[0], 'src')).toBe('/avatars/zoe.svg');
    // Matched by name in two spellings: "Zoe Angstrom" (roundup) and "Zoë Ångström" (plain).
    expect(text(zoe.byClass('lc-quotes')[0])).toContain('Write the release notes first');
    expect(text(zoe.byClass('lc-quotes')[0])).toContain('Say what changed for the reader');
  });

  it('carries valid ProfilePage/Person JSON-LD with name, url, sameAs, jobTitle and worksFor', async () => {
    const [data] = jsonLd(await site.read('contributors/jane-doe/index.html'));
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('ProfilePage');
    expect(data.url).toBe('https://www.example.com/contributors/jane-doe/');
    expect(data.mainEntity).toMatchObject({
      '@type': 'Person',
      name: 'Jane Doe',
      url: 'https://www.example.com/contributors/jane-doe/',
      sameAs: ['https://jane.example/', 'https://x.example/janedoe', 'https://github.example/janedoe'],
      jobTitle: 'Head of Delivery',
      worksFor: { '@type': 'Organization', name: 'Acme & Sons' },
      image: 'https://www.example.com/_linkable/contributors/jane-doe-avatar.svg',
    });
  });

  it('offers the badge with embed code that links back with the brand as anchor text', async () => {
    const page = readHtml(await site.read('contributors/jane-doe/index.html'));
    const code = page.all('textarea')[0];
    const snippet = text(code);
    expect(snippet).toBe(
      '<a href="https://www.example.com/contributors/jane-doe/"><img src="https://www.example.com/_linkable/badges/jane-doe.png" alt="Featured on example.com" width="400" height="120"></a>',
    );
    const button = page.byClass('lc-copy')[0];
    expect(attr(button, 'data-linkable-copy')).toBe(attr(code, 'id'));
    expect(attr(button, 'hidden')).toBe('');

    const badge = PNG.sync.read(await site.readBytes('_linkable/badges/jane-doe.png'));
    expect([badge.width, badge.height]).toEqual([800, 240]);
    const card = PNG.sync.read(await site.readBytes('_linkable/contributors/jane-doe-card.png'));
    expect([card.width, card.height]).toEqual([1200, 630]);
    const head = readHtml(await site.read('contributors/jane-doe/index.html'));
    const ogImage = head.all('meta').find((meta) => attr(meta, 'property') === 'og:image');
    expect(attr(ogImage!, 'content')).toBe('https://www.example.com/_linkable/contributors/jane-doe-card.png');
  });

  it('escapes hostile registry text everywhere: page, JSON-LD, embed code, <Quote>', async () => {
    const html = await site.read('contributors/eve/index.html');
    const page = readHtml(html);
    // The only scripts are the JSON-LD and the copy button's: no injected <script>, no event handlers.
    expect(page.all('script').map((script) => attr(script, 'type') ?? 'inline')).toEqual(['application/ld+json', 'inline']);
    expect(page.elements.filter((element) => element.attrs.some((attribute) => attribute.name.startsWith('on')))).toEqual([]);
    expect(page.all('h1').map(text)).toEqual([HOSTILE_NAME]);
    expect(text(page.byClass('lc-position')[0])).toBe(`</script><script>alert('role')</script>, <img src=x onerror=alert('org')>`);
    for (const element of page.elements) {
      for (const name of ['href', 'src']) expect(attr(element, name) ?? '', `${element.tagName} ${name}`).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }

    const [data] = jsonLd(html);
    expect(data.mainEntity.name).toBe(HOSTILE_NAME);
    expect(data.mainEntity.description).toBe(`</script><!-- <script>alert('bio')</script> \u2028 line separator`);
    expect(data.mainEntity.sameAs).toEqual(["https://www.linkedin.example/in/eve%22%3E%3Cscript%3Ealert('linkedin')%3C/script%3E"]);
    const body = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1];
    expect(body).not.toMatch(/[<>\u2028]/);

    const snippet = readHtml(text(page.all('textarea')[0]));
    expect(snippet.all('a').map((link) => attr(link, 'href'))).toEqual(['https://www.example.com/contributors/eve/']);

    const article = readHtml(await site.read('articles/roundup/index.html'));
    const eveQuote = article.byClass('linkable-quote').find((figure) => attr(figure, 'data-contributor') === 'eve')!;
    expect(text(eveQuote)).toContain(HOSTILE_NAME);
    expect(article.all('script').filter((script) => !attr(script, 'type'))).toEqual([]);
  });

  it('renders <Quote> with the name, role, organization and a link to the contributor page', async () => {
    const article = readHtml(await site.read('articles/roundup/index.html'));
    const quotes = article.byClass('linkable-quote');
    expect(quotes.map((figure) => attr(figure, 'data-contributor'))).toEqual(['jane-doe', 'eve', undefined]);
    const jane = quotes[0];
    expect(citeLinks(article)).toEqual(['/contributors/jane-doe/', '/contributors/eve/']);
    expect(text(jane)).toContain('Head of Delivery, Acme & Sons');
    // An unknown id renders the quote without a caption (the linter reports it).
    expect(article.all('figcaption').length).toBe(2);
  });

  it('never writes a private email anywhere in the build output', async () => {
    const files = await filesUnder(site.outDir);
    expect(files.length).toBeGreaterThan(10);
    const leaks: string[] = [];
    for (const file of files) {
      const bytes = await readFile(file);
      if (bytes.includes('secret.example') || bytes.includes('-private@')) leaks.push(path.relative(site.outDir, file));
    }
    expect(leaks).toEqual([]);
  });

  describe('in a real browser', () => {
    let browser: Browser;
    let server: { url: string; close(): Promise<void> };
    beforeAll(async () => {
      browser = await launchBrowser();
      server = await serveDir(site.outDir);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('copies the embed code with one click, and shows it as plain text without JavaScript', async () => {
      const context = await browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${server.url}/contributors/jane-doe/`);
      const button = page.locator('.lc-copy');
      await button.click();
      await expect.poll(() => button.textContent()).toBe('Copied');
      const expected = await page.locator('textarea').inputValue();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      expect(await page.locator('.lc-badge-preview img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(800);
      await page.goto(`${server.url}/contributors/eve/`);
      await page.goto(`${server.url}/articles/roundup/`);
      expect(dialogs).toEqual([]);
      await context.close();

      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noScript.newPage();
      await plain.goto(`${server.url}/contributors/jane-doe/`);
      expect(await plain.locator('.lc-copy').isVisible()).toBe(false);
      expect(await plain.locator('textarea').isVisible()).toBe(true);
      expect(await plain.locator('textarea').inputValue()).toBe(expected);
      await noScript.close();
    });
  });
});

describe('contributor pages: base path, nofollow badge, a site component, Astro base', () => {
  let site: FixtureResult;

  beforeAll(async () => {
    site = await buildFixture({
      fixture: 'contributors',
      files: {
        'src/components/Profile.astro': [
          '---',
          "import { ContributorHead, ContributorProfile } from 'astro-linkable/components';",
          'const { contributor, site, indexUrl } = Astro.props;',
          '---',
          '<html lang="en"><head><title>{contributor.name}</title><ContributorHead contributor={contributor} site={site} /></head>',
          '<body class="site-own-profile"><ContributorProfile contributor={contributor} site={site} indexUrl={indexUrl} /></body></html>',
        ].join('\n'),
      },
      linkable: {
        failOn: 'never',
        site: { name: 'Acme Journal' },
        cards: { enabled: false },
        contributors: { base: 'people/', badge: { nofollow: true }, components: { profile: './src/components/Profile.astro' } },
      },
      config: { base: '/docs' },
    });
    if (site.error) throw site.error;
  });
  afterAll(() => site?.remove());

  it('serves the pages under the configured base and renders them with the site component', async () => {
    expect(site.exists('people/index.html')).toBe(true);
    expect(site.exists('contributors/index.html')).toBe(false);
    const page = readHtml(await site.read('people/jane-doe/index.html'));
    expect(page.all('body').map((body) => attr(body, 'class'))).toEqual(['site-own-profile']);
    expect(page.byClass('lc-back').flatMap((p) => children(p, 'a')).map((link) => attr(link, 'href'))).toEqual(['/docs/people/']);
    const [data] = jsonLd(await site.read('people/jane-doe/index.html'));
    expect(data.url).toBe('https://www.example.com/docs/people/jane-doe/');
  });

  it('adds rel="nofollow" to the embed code, uses the site name, and renders no share card when cards are off', async () => {
    const page = readHtml(await site.read('people/jane-doe/index.html'));
    expect(text(page.all('textarea')[0])).toBe(
      '<a href="https://www.example.com/docs/people/jane-doe/" rel="nofollow"><img src="https://www.example.com/docs/_linkable/badges/jane-doe.png" alt="Featured on Acme Journal" width="400" height="120"></a>',
    );
    expect(site.exists('_linkable/badges/jane-doe.png')).toBe(true);
    expect(site.exists('_linkable/contributors/jane-doe-card.png')).toBe(false);
    expect(page.byClass('lc-card')).toEqual([]);
  });

  it('links <Quote> to the page under the new base', async () => {
    const article = readHtml(await site.read('articles/roundup/index.html'));
    expect(citeLinks(article)[0]).toBe('/docs/people/jane-doe/');
  });
});

describe('contributor pages: switched off', () => {
  it('injects no pages and renders no badges; <Quote> links to the website instead', async () => {
    const site = await buildFixture({ fixture: 'contributors', linkable: { failOn: 'never', contributors: { pages: false } } });
    try {
      if (site.error) throw site.error;
      expect(site.exists('contributors/index.html')).toBe(false);
      expect(site.exists('_linkable/badges')).toBe(false);
      const article = readHtml(await site.read('articles/roundup/index.html'));
      // Eve's website was refused, so her name is not a link at all.
      expect(citeLinks(article)).toEqual(['https://jane.example/', undefined]);
    } finally {
      await site.remove();
    }
  });
});
