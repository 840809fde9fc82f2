// Every lint rule, in the order they are documented. Tools and users depend on these ids: never rename one.
import type { LintRule } from '../rule.js';
import statisticNeedsSource from './statistic-needs-source.js';
import statisticStale from './statistic-stale.js';
import citationUnlinked from './citation-unlinked.js';
import citationInsecure from './citation-insecure.js';
import noOutboundCitations from './no-outbound-citations.js';
import originalDataMissing from './original-data-missing.js';
import originalDataMethodology from './original-data-methodology.js';
import infographicMissingAlt from './infographic-missing-alt.js';
import infographicTooSmall from './infographic-too-small.js';
import infographicNoEmbed from './infographic-no-embed.js';
import assetMissingDescription from './asset-missing-description.js';
import assetTitleLength from './asset-title-length.js';
import quoteUnattributed from './quote-unattributed.js';
import contributorUnknown from './contributor-unknown.js';
import contributorNoLink from './contributor-no-link.js';
import frontmatterInvalid from './frontmatter-invalid.js';
import parseError from './parse-error.js';
import linkabilityScore from './linkability-score.js';

export const RULES: ReadonlyArray<LintRule<any>> = [
  statisticNeedsSource,
  statisticStale,
  citationUnlinked,
  citationInsecure,
  noOutboundCitations,
  originalDataMissing,
  originalDataMethodology,
  infographicMissingAlt,
  infographicTooSmall,
  infographicNoEmbed,
  assetMissingDescription,
  assetTitleLength,
  quoteUnattributed,
  contributorUnknown,
  contributorNoLink,
  frontmatterInvalid,
  parseError,
  linkabilityScore,
];

export const RULES_BY_ID: ReadonlyMap<string, LintRule<any>> = new Map(RULES.map((rule) => [rule.id, rule]));

/**
 * Findings the engine itself reports. They are not rules (they cannot be configured), but they carry ids like rules
 * so every reporter can show them.
 */
export const ENGINE_FINDINGS = {
  'internal-error': 'A rule failed on a file (a bug in astro-linkable); the other rules and files still ran.',
  'unknown-rule': 'A control comment or frontmatter `linkable.ignore` names a rule id that does not exist.',
} as const;
