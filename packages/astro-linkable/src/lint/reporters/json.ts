// The machine-readable report, written as `lint.json` and printed by `astro-linkable lint --format json`.
import type { Finding, ScoreSignal } from '../../model/types.js';
import type { LintResult } from '../engine.js';

/** The shape of `lint.json` (documented in docs/lint.md). Version 1; a breaking change bumps it. */
export interface LintReportJson {
  version: 1;
  summary: { errors: number; warnings: number; files: number; assets: number };
  findings: Finding[];
  assets: Array<{
    file: string;
    id: string;
    url: string;
    title: string;
    type: string;
    typeSource: 'frontmatter' | 'classified';
    typeReason?: string;
    score: number;
    signals: ScoreSignal[];
  }>;
}

export function lintReportJson(result: LintResult): LintReportJson {
  const errors = result.findings.filter((finding) => finding.severity === 'error').length;
  return {
    version: 1,
    summary: {
      errors,
      warnings: result.findings.length - errors,
      files: new Set(result.findings.map((finding) => finding.file)).size,
      assets: result.assets.length,
    },
    // Fixed key order so the file is byte-identical for the same input.
    findings: result.findings.map(({ file, line, column, endLine, endColumn, ruleId, severity, message }) => ({
      file,
      line,
      column,
      endLine,
      endColumn,
      ruleId,
      severity,
      message,
    })),
    assets: result.assets.map((asset) => ({
      file: asset.file,
      id: asset.id,
      url: asset.url,
      title: asset.title,
      type: asset.type,
      typeSource: asset.typeSource,
      ...(asset.typeReason ? { typeReason: asset.typeReason } : {}),
      score: asset.score.total,
      signals: asset.score.signals.map(({ id, label, points, max, advice }) => ({ id, label, points, max, advice })),
    })),
  };
}

export function formatJson(result: LintResult): string {
  return `${JSON.stringify(lintReportJson(result), null, 2)}\n`;
}
