// The contributor registry read from real files: good entries, both data-file shapes, and hostile input refused
// with a warning that names the file, the position, the contributor and the field.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContributorRegistry } from '../../packages/astro-linkable/src/contributors/registry.js';
import { httpUrl, isContributorId } from '../../packages/astro-linkable/src/contributors/safe-url.js';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="60"></svg>';

async function site(files: Record<string, string>): Promise<{ root: string; srcDir: string; publicDir: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'linkable-registry-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  return { root, srcDir: path.join(root, 'src'), publicDir: path.join(root, 'public') };
}

const collection = { collection: 'contributors' };

describe('contributor registry: a content collection', () => {
  it('reads YAML and JSON entries with ids from file names, sorted by id', async () => {
    const paths = await site({
      'src/content/contributors/jane-doe.yaml': [
        'name: "  Jane   Doe "',
        'role: Head of Delivery',
        'organization: Acme',
        'website: https://jane.example',
        'social:',
        '  x: https://x.example/jane',
        '  github: https://github.example/jane',
        'avatar: ./jane.svg',
        'bio: Ships on time.',
        'email: jane@secret.example',
        'aliases: [J. Doe, Janie]',
      ].join('\n'),
      'src/content/contributors/jane.svg': SVG,
      'src/content/contributors/Zed Zed.json': JSON.stringify({ name: 'Zed', avatar: '/people/zed.svg' }),
      'public/people/zed.svg': SVG,
    });
    const registry = await loadContributorRegistry(paths, collection);
    expect(registry.problems).toEqual([]);
    expect(registry.source).toBe('src/content/contributors/');
    expect(registry.contributors.map((c) => c.id)).toEqual(['jane-doe', 'zed-zed']);
    const jane = registry.byId.get('jane-doe')!;
    expect(jane).toMatchObject({
      name: 'Jane Doe',
      role: 'Head of Delivery',
      organization: 'Acme',
      website: 'https://jane.example/',
      social: { x: 'https://x.example/jane', github: 'https://github.example/jane' },
      bio: 'Ships on time.',
      email: 'jane@secret.example',
      aliases: ['J. Doe', 'Janie'],
      file: 'src/content/contributors/jane-doe.yaml',
      line: 1,
    });
    expect(jane.avatar).toMatchObject({ source: './jane.svg', file: path.join(paths.root, 'src/content/contributors/jane.svg'), width: 80, height: 60 });
    expect(jane.avatar!.publicPath).toBeUndefined();
    expect(registry.byId.get('zed-zed')!.avatar).toMatchObject({ publicPath: '/people/zed.svg' });
  });

  it('lets an `id` field override the file name', async () => {
    const paths = await site({ 'src/content/contributors/person.yaml': 'id: jane-doe\nname: Jane' });
    const registry = await loadContributorRegistry(paths, collection);
    expect(registry.contributors.map((c) => c.id)).toEqual(['jane-doe']);
  });

  it('is empty, without warnings, when the site has no registry', async () => {
    const paths = await site({ 'src/content/articles/a.md': '# A' });
    const registry = await loadContributorRegistry(paths, collection);
    expect(registry.contributors).toEqual([]);
    expect(registry.problems).toEqual([]);
  });

  it('reads a renamed collection', async () => {
    const paths = await site({ 'src/content/experts/ann.yml': 'name: Ann' });
    const registry = await loadContributorRegistry(paths, { collection: 'experts' });
    expect(registry.contributors.map((c) => c.id)).toEqual(['ann']);
  });
});

describe('contributor registry: one data file', () => {
  it('reads a YAML list of entries with ids', async () => {
    const paths = await site({ 'data/people.yaml': '- id: ann\n  name: Ann\n- id: bob\n  name: Bob\n  website: https://bob.example/' });
    const registry = await loadContributorRegistry(paths, { ...collection, file: 'data/people.yaml' });
    expect(registry.problems).toEqual([]);
    expect(registry.source).toBe('data/people.yaml');
    expect(registry.contributors.map((c) => [c.id, c.name, c.line])).toEqual([
      ['ann', 'Ann', 1],
      ['bob', 'Bob', 3],
    ]);
  });

  it('reads a JSON map of id → entry (Astro file() shape)', async () => {
    const paths = await site({ 'data/people.json': JSON.stringify({ ann: { name: 'Ann' }, bob: { name: 'Bob' } }, null, 2) });
    const registry = await loadContributorRegistry(paths, { ...collection, file: 'data/people.json' });
    expect(registry.contributors.map((c) => c.id)).toEqual(['ann', 'bob']);
  });

  it('names the option when the file is missing', async () => {
    const paths = await site({});
    const registry = await loadContributorRegistry(paths, { ...collection, file: 'data/nope.yaml' });
    expect(registry.contributors).toEqual([]);
    expect(registry.problems[0].message).toContain('"contributors.file": "data/nope.yaml"');
  });

  it('reports invalid YAML with its line and keeps going', async () => {
    const paths = await site({
      'src/content/contributors/broken.yaml': 'name: Ann\nrole: [unclosed\n',
      'src/content/contributors/fine.yaml': 'name: Fine',
    });
    const registry = await loadContributorRegistry(paths, collection);
    expect(registry.contributors.map((c) => c.id)).toEqual(['fine']);
    expect(registry.problems).toHaveLength(1);
    expect(registry.problems[0]).toMatchObject({ file: 'src/content/contributors/broken.yaml', ruleId: 'contributor-invalid', severity: 'warn' });
    expect(registry.problems[0].message).toMatch(/^Invalid YAML in contributor file/);
  });
});

describe('contributor registry: hostile entries', () => {
  it('refuses ids that are not slugs, naming the file and position', async () => {
    const paths = await site({
      'data/people.yaml': ['- id: ../../etc/passwd', '  name: Mallory', '- id: Bad_ID', '  name: Bad', '- id: ok', '  name: Ok'].join('\n'),
    });
    const registry = await loadContributorRegistry(paths, { ...collection, file: 'data/people.yaml' });
    expect(registry.contributors.map((c) => c.id)).toEqual(['ok']);
    expect(registry.problems.map((p) => [p.file, p.line, p.column])).toEqual([
      ['data/people.yaml', 1, 7],
      ['data/people.yaml', 3, 7],
    ]);
    expect(registry.problems[0].message).toBe(
      'Contributor "Mallory" has id "../../etc/passwd"; an id may only use lowercase letters, digits and dashes (e.g. "jane-doe"). The entry is ignored.',
    );
  });

  it('drops non-http(s) URLs with a warning naming the contributor and the field', async () => {
    const paths = await site({
      'src/content/contributors/eve.yaml': [
        'name: Eve',
        "website: javascript:alert('x')",
        'social:',
        '  x: "data:text/html,<script>alert(1)</script>"',
        '  linkedin: https://www.linkedin.example/in/eve"><script>',
        '  github: " JaVaScRiPt:alert(1)"',
        '  mastodon: //mastodon.example/@eve',
        '  myspace: https://myspace.example/eve',
      ].join('\n'),
    });
    const registry = await loadContributorRegistry(paths, collection);
    const eve = registry.byId.get('eve')!;
    expect(eve.website).toBeUndefined();
    // A well-formed https URL is kept, with its quotes and brackets percent-encoded.
    expect(eve.social).toEqual({ linkedin: 'https://www.linkedin.example/in/eve%22%3E%3Cscript%3E' });
    const messages = registry.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(messages).toEqual([
      `2:10 Contributor "Eve" (eve): "website" must be an http(s) URL (got "javascript:alert('x')"); it is ignored.`,
      '4:6 Contributor "Eve" (eve): "social.x" must be an http(s) URL (got "data:text/html,<script>alert(1)</script>"); it is ignored.',
      '6:11 Contributor "Eve" (eve): "social.github" must be an http(s) URL (got " JaVaScRiPt:alert(1)"); it is ignored.',
      '7:13 Contributor "Eve" (eve): "social.mastodon" must be an http(s) URL (got "//mastodon.example/@eve"); it is ignored.',
      '8:12 Contributor "Eve" (eve): unknown profile "social.myspace"; expected one of x, linkedin, bluesky, mastodon, github. It is ignored.',
    ]);
  });

  it('refuses data: and remote avatars, avatars outside the project, and files that are not images', async () => {
    const paths = await site({
      'src/content/contributors/a.yaml': 'name: A\navatar: "data:image/png;base64,iVBORw0KGgo="',
      'src/content/contributors/b.yaml': 'name: B\navatar: https://cdn.example/b.png',
      'src/content/contributors/c.yaml': 'name: C\navatar: ../../../../../../../../../../etc/hostname',
      'src/content/contributors/d.yaml': 'name: D\navatar: ./notes.txt',
      'src/content/contributors/notes.txt': 'not an image',
      'src/content/contributors/e.yaml': 'name: E\navatar: /missing.png',
    });
    const registry = await loadContributorRegistry(paths, collection);
    expect(registry.contributors.map((c) => [c.id, c.avatar])).toEqual([
      ['a', undefined],
      ['b', undefined],
      ['c', undefined],
      ['d', undefined],
      ['e', undefined],
    ]);
    const byFile = Object.fromEntries(registry.problems.map((p) => [p.file.split('/').pop(), p.message]));
    expect(byFile['a.yaml']).toBe('Contributor "A" (a): "avatar" must be the path of a local image, not a URL (got "data:image/png;base64,iVBORw0KGgo="); it is ignored.');
    expect(byFile['b.yaml']).toContain('must be the path of a local image, not a URL');
    expect(byFile['c.yaml']).toContain('must be an image inside the project');
    expect(byFile['d.yaml']).toContain('is not an image (src/content/contributors/notes.txt)');
    expect(byFile['e.yaml']).toContain('points to a file that does not exist (public/missing.png)');
  });

  it('keeps the first of two entries with the same id', async () => {
    const paths = await site({ 'data/people.yaml': '- id: ann\n  name: Ann\n- id: ann\n  name: Other Ann' });
    const registry = await loadContributorRegistry(paths, { ...collection, file: 'data/people.yaml' });
    expect(registry.contributors.map((c) => c.name)).toEqual(['Ann']);
    expect(registry.problems[0].message).toBe('Contributor id "ann" is already used by data/people.yaml:1; this entry is ignored.');
  });

  it('requires a name and text fields', async () => {
    const paths = await site({ 'data/people.yaml': '- id: ann\n- id: bob\n  name: Bob\n  role: [a, b]\n  email: not-an-email' });
    const registry = await loadContributorRegistry(paths, { ...collection, file: 'data/people.yaml' });
    expect(registry.contributors.map((c) => [c.id, c.role, c.email])).toEqual([['bob', undefined, undefined]]);
    expect(registry.problems.map((p) => p.message)).toEqual([
      'Contributor "ann" has no name; expected a "name" text field. The entry is ignored.',
      'Contributor "Bob" (bob): "role" must be text; it is ignored.',
      'Contributor "Bob" (bob): "email" must be an email address; it is ignored.',
    ]);
  });
});

describe('safe URLs and ids', () => {
  it.each([
    ['https://a.example/x?y=1', 'https://a.example/x?y=1'],
    ['http://a.example', 'http://a.example/'],
    ['  https://a.example/  ', 'https://a.example/'],
    ['javascript:alert(1)', undefined],
    ['JAVASCRIPT:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['data:text/html,hi', undefined],
    ['vbscript:x', undefined],
    ['//a.example/x', undefined],
    ['/relative', undefined],
    ['https://user:pass@a.example/', undefined],
  ])('httpUrl(%j) → %j', (input, expected) => {
    expect(httpUrl(input)).toBe(expected);
  });

  it.each([
    ['jane-doe', true],
    ['a1', true],
    ['../x', false],
    ['a/b', false],
    ['Jane', false],
    ['-x', false],
    ['', false],
    ['a'.repeat(101), false],
  ])('isContributorId(%j) → %j', (input, expected) => {
    expect(isContributorId(input)).toBe(expected);
  });
});
