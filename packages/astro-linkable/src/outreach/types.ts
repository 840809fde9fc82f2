// The outreach manifest's shape (`outreach.json`, described for other tools by schemas/outreach.schema.json).
import type { AssetType, Severity } from '../model/types.js';

export const TARGET_REASONS = ['contributor', 'cited-source', 'broken-link', 'resource-page', 'prospect', 'competitor-backlink'] as const;
/** Why a site is worth pitching. */
export type TargetReason = (typeof TARGET_REASONS)[number];

/** One suggestion from one source, before suggestions for the same domain are merged. */
export interface TargetCandidate {
  domain: string;
  reason: TargetReason;
  /** Reasons the same finding also counts as (a resource page that links to a competitor); listed, not scored again. */
  extraReasons?: TargetReason[];
  /** 0–100. */
  score: number;
  /**
   * One clause of a sentence, starting lower case: "links to competitor.example/x with anchor 'y'". Written only for
   * the targets that make the list: a large export yields hundreds of thousands of candidates.
   */
  why: () => string;
  url?: string;
  contact?: string;
  name?: string;
  /** When an export or the prospect list rates the site. Left out of `why`: the merged sentence names it once. */
  authority?: Authority;
}

/** An authority score (0–100) and the tool's name for it: `DR` (Ahrefs), `AS` (Semrush), `authority` (prospect list). */
export interface Authority {
  value: number;
  label: string;
}

export interface OutreachTarget {
  domain: string;
  /** The page to pitch, when known. */
  url: string | null;
  /** Email address or contact page, when known. */
  contact: string | null;
  /** Who runs the site, when known (prospect list name, contributor name). */
  name: string | null;
  /** The strongest reason. */
  reason: TargetReason;
  /** Every reason the site came up for, strongest first. */
  reasons: TargetReason[];
  /** 0–100: how promising the pitch is. */
  score: number;
  authority: number | null;
  /** One sentence a person can read aloud. */
  why: string;
}

export interface OutreachStatistic {
  text: string;
  value: string;
  sourceUrl: string | null;
  source: string | null;
  /** The page's own finding (not sourced elsewhere). */
  own: boolean;
}

export interface OutreachAsset {
  id: string;
  url: string;
  title: string;
  type: AssetType;
  description: string | null;
  /** Position when assets are ranked by readiness (1 = readiest). */
  rank: number;
  /** How ready the page is to pitch, in words: `ready`, `nearly-ready`, `needs-work`. */
  readiness: 'ready' | 'nearly-ready' | 'needs-work';
  score: { total: number; signals: Array<{ id: string; label: string; points: number; max: number; advice: string }> } | null;
  pitch: string;
  topics: string[];
  statistics: OutreachStatistic[];
  datasets: Array<{ url: string; name: string; columns: string[]; rows: number }>;
  infographics: Array<{ src: string; title: string; alt: string; width: number | null; height: number | null; embedHtml: string | null }>;
  shareCards: Array<{ url: string; width: number; height: number; kind: string; alt: string }>;
  contributors: Array<{ id: string; name: string; website: string | null; notify: string; profileUrl: string | null }>;
  findings: Array<{ ruleId: string; severity: Severity; message: string; file: string; line: number; column: number }>;
  published: string | null;
  updated: string | null;
  targets: OutreachTarget[];
}

export interface OutreachContributor {
  id: string;
  name: string;
  organization: string | null;
  website: string | null;
  /** Private: the manifest lives in the report directory, never in the deployed site. */
  email: string | null;
  profileUrl: string | null;
  featuredIn: Array<{ id: string; title: string; url: string }>;
}

export interface OutreachImportSummary {
  file: string;
  role: string;
  format: string | null;
  rows: number;
  skipped: number;
  error: string | null;
  problems: Array<{ line: number; message: string }>;
}

export interface OutreachManifest {
  $schema: string;
  version: 1;
  site: { name: string; url: string | null };
  generatedAt: string;
  assets: OutreachAsset[];
  contributors: OutreachContributor[];
  imports: OutreachImportSummary[];
}
