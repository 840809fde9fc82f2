// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's changed lines.
import type { Finding } from '../../model/types.js';

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`, one line per finding. */
export function formatGithubAnnotations(findings: Finding[]): string[] {
  return findings.map((finding) => {
    const command = finding.severity === 'error' ? 'error' : 'warning';
    const properties = [
      `file=${escapeProperty(finding.file)}`,
      `line=${finding.line}`,
      `col=${finding.column}`,
      `endLine=${finding.endLine}`,
      `endColumn=${finding.endColumn}`,
      `title=${escapeProperty(finding.ruleId)}`,
    ].join(',');
    return `::${command} ${properties}::${escapeData(finding.message)}`;
  });
}

/** The escaping the Actions runner undoes (actions/toolkit `command.ts`). */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
