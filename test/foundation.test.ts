// The integration skeleton end to end: a real fixture build, asset URLs checked against built pages, friendly option errors.
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureResult } from './helpers/fixture.js';

const built: FixtureResult[] = [];
afterAll(async () => {
  await Promise.all(built.map((fixture) => fixture.remove()));
});

describe('fixture build with astro-linkable', () => {
  it('builds, reads every source and warns about assets that were not built', async () => {
    const fixture = await buildFixture({
      fixture: 'basic',
      files: {
        // A collection with no route: its asset URL is never built.
        'src/content/drafts/orphan.md': '---\ntitle: Orphan\n---\n\nNobody renders this page.\n',
      },
    });
    built.push(fixture);
    expect(fixture.error).toBeUndefined();
    expect(fixture.exists('articles/remote-work-survey/index.html')).toBe(true);
    expect(fixture.logs).toMatch(/\[astro-linkable\] Read 3 sources/);
    expect(fixture.logs).toContain('src/content/drafts/orphan.md: its asset URL /drafts/orphan/ is not a page this build produced');
    expect(fixture.logs).not.toContain('remote-work-survey.md: its asset URL');
  });

  it('keeps building when a source is broken, reporting the file and position', async () => {
    const fixture = await buildFixture({
      fixture: 'basic',
      files: {
        'src/pages/broken.mdx': '# Broken\n\nThis has an unclosed <Component tag.\n',
        'src/pages/notes.md': '---\ntitle: [unclosed\n---\n\nText.\n',
      },
    });
    built.push(fixture);
    expect(fixture.logs).toMatch(/src\/pages\/broken\.mdx:3:\d+ +error +MDX syntax error/);
    expect(fixture.logs).toMatch(/src\/pages\/notes\.md:2:\d+ +error +Invalid YAML frontmatter/);
    expect(fixture.logs).toMatch(/Read 4 sources/);
  });

  it('fails at once with a message naming a bad option, its value and what was expected', async () => {
    const fixture = await buildFixture({
      fixture: 'basic',
      linkable: { failOn: 'sometimes', site: { url: 'not a url' }, unknownThing: true } as never,
    });
    built.push(fixture);
    expect(fixture.error).toBeDefined();
    const message = fixture.error!.message;
    expect(message).toContain('Invalid astro-linkable options');
    expect(message).toMatch(/"failOn": .*"error".*"warn".*"never".*\(got "sometimes"\)/);
    expect(message).toMatch(/"site\.url": expected an absolute URL.*\(got "not a url"\)/);
    expect(message).toContain('"unknownThing": unknown option');
    expect(fixture.exists('index.html')).toBe(false);
  });
});
