// The lint engine: per document, computes the shared facts once, classifies the asset, scores it, runs every active
// rule (a rule that throws becomes a finding, never a crash), applies suppressions, and fills the document model.
import type { Finding, LinkabilityScore, LinkableDocument, Severity, Span } from '../model/types.js';
import type { AssetClassification } from './asset-type.js';
import { analyzeDocument } from './document-analysis.js';
import { DEFAULT_DATASET_TYPES } from '../embeds/statistics-dataset.js';
import { activeRules, suggestRule, type ActiveRule, type FailOn, type RuleSetting } from './options.js';
import type { LintEnvironment, RuleReport } from './rule.js';
import { RULES_BY_ID } from './rules/index.js';
import { linkabilityScore } from './score.js';
import { suppress } from './suppression.js';

/** The score and type of one asset, as reported next to the findings. */
export interface AssetReport {
  file: string;
  id: string;
  url: string;
  title: string;
  type: AssetClassification['type'];
  typeSource: AssetClassification['source'];
  /** Why the classifier chose the type (classified types only). */
  typeReason?: string;
  score: LinkabilityScore;
}

export interface LintResult {
  /** Every finding after suppression, sorted by file, line, column, rule id. */
  findings: Finding[];
  /** Every linted asset (pages with `linkable: false` are left out), sorted by file. */
  assets: AssetReport[];
}

export interface LintSettings {
  rules?: Record<string, RuleSetting>;
}

/** The linter, configured once per run and applied to each document. */
export class Linter {
  readonly rules: ActiveRule[];
  private readonly severityById: Map<string, Severity>;

  constructor(
    readonly environment: LintEnvironment,
    settings: LintSettings = {},
  ) {
    this.rules = activeRules(settings.rules);
    this.severityById = new Map(this.rules.map((active) => [active.rule.id, active.severity]));
  }

  /** Lints every document; fills each one's `assetType`, `statistics`, `score` and `findings`. */
  lintAll(documents: LinkableDocument[], sources?: ReadonlyMap<string, string>): LintResult {
    const findings: Finding[] = [];
    const assets: AssetReport[] = [];
    for (const doc of documents) {
      const result = this.lint(doc, sources?.get(doc.file));
      findings.push(...result.findings);
      if (result.asset) assets.push(result.asset);
    }
    return { findings: sortFindings(findings), assets: assets.sort((a, b) => compareText(a.file, b.file)) };
  }

  /** Lints one document. `source` is its text when the caller has it (saves reading the file for exact positions). */
  lint(doc: LinkableDocument, source?: string): { findings: Finding[]; asset?: AssetReport } {
    try {
      return this.lintDocument(doc, source);
    } catch (error) {
      // The shared analysis failed (a bug): report it on this file and let the other files run.
      doc.findings = [...this.fromErrors(doc), internalError(doc, 'document analysis', error)];
      return { findings: doc.findings };
    }
  }

  private lintDocument(doc: LinkableDocument, source?: string): { findings: Finding[]; asset?: AssetReport } {
    if (doc.linkable === false) {
      // Opted out: no asset, no rules. Problems reading the file are still worth knowing about.
      doc.findings = this.fromErrors(doc);
      return { findings: doc.findings };
    }
    const { facts, asset } = analyzeDocument(doc, this.environment.siteDomains, source);
    doc.score = linkabilityScore({
      doc,
      facts,
      asset,
      now: this.environment.now,
      maxTitleLength: Number(this.optionOf('asset-title-length', 'maxLength') ?? 70),
      maxAgeYears: Number(this.optionOf('statistic-stale', 'maxAgeYears') ?? 3),
      embedsInject: this.environment.embedsInject ?? true,
      embedsDatasetTypes: this.environment.embedsDatasetTypes ?? DEFAULT_DATASET_TYPES,
    });

    const ignored = new Set(doc.linkable.ignore ?? []);
    const findings: Finding[] = [];
    for (const active of this.rules) {
      const { rule } = active;
      if (ignored.has(rule.id)) continue;
      if (rule.needsContributors && !this.environment.contributors) continue;
      let reports: RuleReport[];
      try {
        reports = rule.check(doc, { ...this.environment, options: active.options, facts, asset });
      } catch (error) {
        findings.push(internalError(doc, rule.id, error));
        continue;
      }
      for (const report of reports) findings.push(toFinding(doc.relativePath, rule.id, active.severity, report));
    }
    findings.push(...this.unknownRuleIds(doc, facts.locate.frontmatter.bind(facts.locate)));

    const kept = sortFindings(suppress(findings, doc.directives, () => facts.locate.source()));
    doc.findings = kept;
    const report: AssetReport = {
      file: doc.relativePath,
      id: doc.id,
      url: doc.url,
      title: doc.title,
      type: asset.type,
      typeSource: asset.source,
      score: doc.score,
    };
    if (asset.reason) report.typeReason = asset.reason;
    return { findings: kept, asset: report };
  }

  private optionOf(ruleId: string, key: string): unknown {
    return this.rules.find((active) => active.rule.id === ruleId)?.options[key] ?? RULES_BY_ID.get(ruleId)?.defaultOptions[key];
  }

  private fromErrors(doc: LinkableDocument): Finding[] {
    return doc.errors
      .filter((error) => this.severityById.has(error.ruleId))
      .map((error) => ({ ...error, severity: this.severityById.get(error.ruleId)! }));
  }

  /** Rule ids in `linkable.ignore` and control comments must exist; a typo would silently switch nothing off. */
  private unknownRuleIds(doc: LinkableDocument, frontmatterSpan: (path: string[], value?: string) => Span): Finding[] {
    const findings: Finding[] = [];
    const unknown = (id: string) => !RULES_BY_ID.has(id);
    const hint = (id: string) => {
      const suggestion = suggestRule(id);
      return suggestion ? ` Did you mean "${suggestion}"?` : ' See the rule list in the astro-linkable docs.';
    };
    if (doc.linkable !== false) {
      for (const id of (doc.linkable.ignore ?? []).filter(unknown)) {
        findings.push(toFinding(doc.relativePath, 'unknown-rule', 'warn', {
          message: `Frontmatter \`linkable.ignore\` names an unknown rule "${id}".${hint(id)}`,
          span: frontmatterSpan(['linkable', 'ignore'], id),
        }));
      }
    }
    for (const directive of doc.directives) {
      for (const id of directive.rules.filter(unknown)) {
        findings.push(toFinding(doc.relativePath, 'unknown-rule', 'warn', {
          message: `linkable-${directive.kind} names an unknown rule "${id}".${hint(id)}`,
          span: directive.span,
        }));
      }
    }
    return findings;
  }
}

function internalError(doc: LinkableDocument, what: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    file: doc.relativePath,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    ruleId: 'internal-error',
    severity: 'warn',
    message: `${what === 'document analysis' ? 'The document analysis' : `Rule ${what}`} failed on ${doc.relativePath}: ${reason.split('\n')[0]}. This is a bug in astro-linkable (please report it); ${what === 'document analysis' ? 'the other files were still linted' : 'the other rules still ran'}.`,
  };
}

function toFinding(file: string, ruleId: string, severity: Severity, report: RuleReport): Finding {
  const { start, end } = report.span;
  return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, ruleId, severity, message: report.message };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message),
  );
}

/** Code-point order: the same on every machine and locale (localeCompare is not). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether findings reach the level that fails a build (or exits the CLI with 1). */
export function reachesFailOn(findings: Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warn') return findings.length > 0;
  return findings.some((finding) => finding.severity === 'error');
}

/** The build date: SOURCE_DATE_EPOCH (seconds) when set, so reproducible builds score freshness the same way. */
export function buildDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  return new Date();
}
