// Formats findings for people: grouped by file, `path:line:column  severity  message  rule-id`, then a summary.
import type { Finding } from '../../model/types.js';
import type { AssetReport, LintResult } from '../engine.js';

export function formatFindingsPretty(findings: Finding[]): string[] {
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const [file, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    lines.push(file);
    for (const f of list.sort((a, b) => a.line - b.line || a.column - b.column)) {
      lines.push(`  ${f.file}:${f.line}:${f.column}  ${f.severity === 'error' ? 'error' : 'warn '}  ${f.message}  ${f.ruleId}`);
    }
  }
  return lines;
}

/** Past this many assets the summary lists only the lowest scores (a big site's log should stay readable). */
const LISTED_ASSETS = 25;

/** Counts by severity, then the assets by score (lowest first: those need work), each with its type. */
export function formatSummaryPretty(result: LintResult): string[] {
  const errors = result.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = result.findings.length - errors;
  const files = new Set(result.findings.map((finding) => finding.file)).size;
  const lines: string[] = [];
  lines.push(
    result.findings.length === 0
      ? `No findings in ${plural(result.assets.length, 'asset')}.`
      : `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}.`,
  );
  if (result.assets.length === 0) return lines;
  const bands = [
    { label: 'strong (80-100)', count: result.assets.filter((asset) => asset.score.total >= 80).length },
    { label: 'fair (50-79)', count: result.assets.filter((asset) => asset.score.total >= 50 && asset.score.total < 80).length },
    { label: 'weak (0-49)', count: result.assets.filter((asset) => asset.score.total < 50).length },
  ];
  lines.push(`Assets by linkability score: ${bands.map((band) => `${band.count} ${band.label}`).join(', ')}.`);
  const ranked = [...result.assets].sort((a, b) => a.score.total - b.score.total || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const listed = ranked.slice(0, LISTED_ASSETS);
  for (const asset of listed) lines.push(`  ${String(asset.score.total).padStart(3)}/100  ${asset.file}  ${assetType(asset)}`);
  if (ranked.length > listed.length) lines.push(`  … and ${ranked.length - listed.length} more with higher scores (see lint.json).`);
  return lines;
}

/** `statistics` when declared, `guide (classified: the title reads as a how-to)` otherwise. */
export function assetType(asset: AssetReport): string {
  if (asset.typeSource === 'frontmatter') return asset.type;
  return `${asset.type} (classified${asset.typeReason ? `: ${asset.typeReason}` : ''})`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
