// What a lint rule is: an id, a description, a default severity and options, its documented examples, and `check`.
import type { AssetType, LinkableDocument, Severity, Span } from '../model/types.js';
import type { DocumentFacts } from './document-facts.js';
import type { AssetClassification } from './asset-type.js';

/** A featured person as the contributor rules need them (the registry itself belongs to the contributors feature). */
export interface LintContributor {
  id: string;
  name: string;
  aliases?: string[];
  website?: string;
}

/** Everything outside the document a rule may read. Built once per lint run. */
export interface LintEnvironment {
  /** Domains the site owns, lowercase without `www.`; links to them are not outbound citations. */
  siteDomains: string[];
  /** The build date (from SOURCE_DATE_EPOCH when set), for freshness checks. */
  now: Date;
  /** Lowest score before `linkability-score` reports an asset. */
  minScore: number;
  /** The contributor registry by id, when the site has one; contributor rules only run with it. */
  contributors?: ReadonlyMap<string, LintContributor>;
  /** The `embeds.inject` option: the build adds an embed box after every infographic (default true). */
  embedsInject?: boolean;
  /** The `embeds.datasetTypes` option: asset types whose data the build offers as CSV (default original-research, statistics). */
  embedsDatasetTypes?: readonly AssetType[];
}

export interface RuleContext<Options = Record<string, unknown>> extends LintEnvironment {
  /** The rule's options: its defaults merged with the site's `rules` setting. */
  options: Options;
  /** Facts about the document computed once and shared by every rule (statistics, methodology, sections…). */
  facts: DocumentFacts;
  /** The page's asset type: declared in frontmatter or classified from its content. */
  asset: AssetClassification;
}

/** What `check` returns: a message at a place. The engine adds file, rule id and severity. */
export interface RuleReport {
  message: string;
  span: Span;
}

/** A documented example: Markdown (or MDX with `format: 'mdx'`) that fails or passes the rule. */
export interface RuleExample {
  title: string;
  /** Full source, frontmatter included. */
  source: string;
  format?: 'md' | 'mdx';
  /** Options the example runs with (merged over the defaults). */
  options?: Record<string, unknown>;
}

export interface LintRule<Options extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  /** One line: what the rule reports. */
  description: string;
  defaultSeverity: Severity;
  defaultOptions: Options;
  /** Whether the contributor registry is needed (the rule is skipped without one). */
  needsContributors?: boolean;
  docs: {
    /** Why the rule matters for earning links, one or two sentences. */
    why: string;
    /** What exactly counts, in Markdown (rendered into the rule's docs page). */
    details?: string;
    /** One line per option. */
    options?: Record<string, string>;
    failing: RuleExample;
    passing: RuleExample;
  };
  check(doc: LinkableDocument, context: RuleContext<Options>): RuleReport[];
}

/** Keeps each rule module's options typed while the registry stores them side by side. */
export function defineRule<Options extends Record<string, unknown>>(rule: LintRule<Options>): LintRule<Options> {
  return rule;
}
