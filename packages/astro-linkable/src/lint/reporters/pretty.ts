// Formats findings for people: grouped by file, `path:line:column  severity  message  rule-id`.
import type { Finding } from '../../model/types.js';

export function formatFindingsPretty(findings: Finding[]): string[] {
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(file);
    for (const f of list.sort((a, b) => a.line - b.line || a.column - b.column)) {
      lines.push(`  ${f.file}:${f.line}:${f.column}  ${f.severity === 'error' ? 'error' : 'warn '}  ${f.message}  ${f.ruleId}`);
    }
  }
  return lines;
}
