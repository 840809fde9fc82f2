// Which sources `astro-linkable lint FILE|FOLDER ...` lints: the named files and the sources inside named folders,
// among those the site's include/exclude options select.
import { describe, expect, it } from 'vitest';
import { selectSources } from '../../packages/astro-linkable/src/model/discover.js';

const root = '/sites/tally';
const files = ['src/content/blog/a.md', 'src/content/blog/b.mdx', 'src/content/blog-old/c.md', 'src/pages/about.md'];

describe('selectSources', () => {
  it('keeps named files and the sources inside named folders, in the listed order, each once', () => {
    expect(selectSources(files, root, [`${root}/src/pages/about.md`, `${root}/src/content/blog`, `${root}/src/content/blog/a.md`])).toEqual({
      files: ['src/content/blog/a.md', 'src/content/blog/b.mdx', 'src/pages/about.md'],
      unmatched: [],
    });
  });

  it('does not take a folder name for a prefix of another folder', () => {
    expect(selectSources(files, root, [`${root}/src/content/blog`]).files).not.toContain('src/content/blog-old/c.md');
  });

  it('selects everything for the site root, and a trailing slash changes nothing', () => {
    expect(selectSources(files, root, [root]).files).toEqual(files);
    expect(selectSources(files, root, [`${root}/src/content/blog/`]).files).toEqual(['src/content/blog/a.md', 'src/content/blog/b.mdx']);
  });

  it('reports the index of each path that selects nothing: outside the site, not a source, left out by the options', () => {
    const result = selectSources(files, root, [`/sites/other/src/content/x.md`, `${root}/astro.config.mjs`, `${root}/src/content/blog/a.md`, `${root}/src/content/drafts`]);
    expect(result).toEqual({ files: ['src/content/blog/a.md'], unmatched: [0, 1, 3] });
  });
});
