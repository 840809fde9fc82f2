// Lints Markdown/MDX given as a string, the way the integration would, for rule and engine tests.
import { parseDocumentSource } from '../../packages/astro-linkable/src/model/parse.js';
import { assignIdentity } from '../../packages/astro-linkable/src/model/identity.js';
import type { Finding, LinkableDocument } from '../../packages/astro-linkable/src/model/types.js';
import { Linter } from '../../packages/astro-linkable/src/lint/engine.js';
import type { RuleSetting } from '../../packages/astro-linkable/src/lint/options.js';
import type { LintContributor } from '../../packages/astro-linkable/src/lint/rule.js';
import { RULES } from '../../packages/astro-linkable/src/lint/rules/index.js';

export const project = { root: '/site', srcDir: '/site/src', publicDir: '/site/public', base: '/', trailingSlash: 'ignore' as const };

/** The registry the contributor rule examples are written against. */
export const exampleContributors: ReadonlyMap<string, LintContributor> = new Map([
  ['dana-whitcombe', { id: 'dana-whitcombe', name: 'Dana Whitcombe', aliases: ['Dana W.'], website: 'https://whitcombe-advisory.example' }],
  ['sam-okafor', { id: 'sam-okafor', name: 'Sam Okafor', aliases: [] }],
]);

export interface LintSourceOptions {
  format?: 'md' | 'mdx';
  /** Run only this rule (every other rule off), with these options. */
  only?: string;
  options?: Record<string, unknown>;
  rules?: Record<string, RuleSetting>;
  contributors?: ReadonlyMap<string, LintContributor>;
  now?: Date;
  minScore?: number;
  siteDomains?: string[];
  file?: string;
  /** The `embeds.datasetTypes` option. */
  embedsDatasetTypes?: Array<'original-research' | 'statistics'>;
}

export function parseSource(source: string, format: 'md' | 'mdx' = 'md', file = `src/content/articles/example.${format}`): LinkableDocument {
  const parsed = parseDocumentSource({ file: `${project.root}/${file}`, relativePath: file, text: source });
  return assignIdentity(parsed, project);
}

export function lintSource(source: string, options: LintSourceOptions = {}): { findings: Finding[]; doc: LinkableDocument } {
  const doc = parseSource(source, options.format, options.file);
  let rules = options.rules ?? {};
  if (options.only) {
    rules = Object.fromEntries(RULES.map((rule) => [rule.id, 'off' as const]));
    rules[options.only] = options.options ? ['warn', options.options] : 'warn';
  }
  const linter = new Linter(
    {
      siteDomains: options.siteDomains ?? ['tallyhouse.example'],
      now: options.now ?? new Date('2026-06-01T00:00:00Z'),
      minScore: options.minScore ?? 50,
      contributors: options.contributors ?? exampleContributors,
      embedsDatasetTypes: options.embedsDatasetTypes,
    },
    { rules },
  );
  const { findings } = linter.lint(doc, source);
  return { findings, doc };
}

/** `line:column-endLine:endColumn` of each finding: compact to assert. */
export function places(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`);
}
