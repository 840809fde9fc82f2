// Parsing with only the GFM extensions a text can use must give exactly the tree full GFM gives: checked on the
// shared corpus, the demo site, the fixtures, and texts written to tempt each extension.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { gfmFeaturesOf, remarkGfmFeatures } from '../../packages/astro-linkable/src/model/gfm-features.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

function sources(): Array<[string, string]> {
  const roots = [path.join(repo, '../shared/corpus'), path.join(repo, 'demo-site/src/content'), path.join(repo, 'test/fixtures')];
  const found: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name) && entry.name !== 'SOURCES.md') found.push([path.relative(repo, full), readFileSync(full, 'utf8')]);
    }
  };
  for (const root of roots) walk(root);
  return found;
}

const tempting: Array<[string, string]> = [
  ['bare URL in parentheses', 'See (https://example.org/a) and www.example.com.'],
  ['URL in a link and a bare one', '[a](https://a.example) then https://b.example'],
  ['unclosed link destination', '[note](https://example.org/page and more'],
  ['email', 'Write to press@tallyhouse.example today.'],
  ['angle autolink only', 'See <https://example.org>.'],
  ['strikethrough with one tilde', 'This is ~wrong~ right.'],
  ['task list', '- [x] done\n- [ ] to do'],
  ['table', '| a | b |\n| - | - |\n| 1 | 2 |'],
  ['footnote', 'Fact.[^1]\n\n[^1]: Source.'],
  ['none', 'Plain text with 42% and a [link](/x).'],
];

function tree(text: string, format: 'md' | 'mdx', full: boolean): unknown {
  const base = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
  const processor = full ? base.use(remarkGfm) : base.use(remarkGfmFeatures, gfmFeaturesOf(text));
  try {
    return (format === 'mdx' ? processor.use(remarkMdx) : processor).parse(text);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('GFM extensions by need', () => {
  it.each([...sources(), ...tempting])('%s parses to the same tree', (name, text) => {
    const format = name.endsWith('.mdx') ? 'mdx' : 'md';
    expect(tree(text, format, false)).toEqual(tree(text, format, true));
  });

  it('switches off what a text cannot use', () => {
    expect(gfmFeaturesOf('Plain text with 42% and a [link](https://x.example/a).')).toEqual({ autolinkLiteral: false, footnote: false, strikethrough: false, table: false, taskListItem: false });
    expect(gfmFeaturesOf('See https://x.example now.').autolinkLiteral).toBe(true);
  });
});
