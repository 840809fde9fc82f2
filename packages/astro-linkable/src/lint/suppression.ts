// Inline control comments: `linkable-disable-next-line`, and `linkable-disable` … `linkable-enable` ranges.
import type { Directive, Finding } from '../model/types.js';

const ALL = '*';

/**
 * Drops the findings the document's directives switch off. A directive without rule ids applies to every rule.
 * `disable-next-line` covers the next line with content (blank lines between the comment and the text are skipped);
 * `disable` lasts until a matching `enable` or the end of the file. `source` is read only when needed.
 */
export function suppress(findings: Finding[], directives: Directive[], source: () => string | null): Finding[] {
  if (directives.length === 0 || findings.length === 0) return findings;
  const ordered = [...directives].sort((a, b) => a.span.start.offset - b.span.start.offset);
  const nextLine = new Map<number, Set<string>>();
  let lines: string[] | undefined;
  for (const directive of ordered) {
    if (directive.kind !== 'disable-next-line') continue;
    lines ??= source()?.split('\n') ?? [];
    let target = directive.span.end.line + 1;
    while (target <= lines.length && lines[target - 1].trim() === '') target++;
    const set = nextLine.get(target) ?? new Set<string>();
    for (const id of directive.rules.length ? directive.rules : [ALL]) set.add(id);
    nextLine.set(target, set);
  }
  const ranges = ordered.filter((directive) => directive.kind !== 'disable-next-line');

  return findings.filter((finding) => {
    const line = nextLine.get(finding.line);
    if (line && (line.has(ALL) || line.has(finding.ruleId))) return false;
    return !disabledAt(ranges, finding);
  });
}

function disabledAt(ranges: Directive[], finding: Finding): boolean {
  let all = false;
  const disabled = new Set<string>();
  /** Rules enabled again while every rule is disabled. */
  const exceptions = new Set<string>();
  for (const directive of ranges) {
    const { line, column } = directive.span.start;
    if (line > finding.line || (line === finding.line && column > finding.column)) break;
    if (directive.kind === 'disable') {
      if (directive.rules.length === 0) {
        all = true;
        exceptions.clear();
      }
      for (const id of directive.rules) {
        disabled.add(id);
        exceptions.delete(id);
      }
    } else if (directive.rules.length === 0) {
      all = false;
      disabled.clear();
      exceptions.clear();
    } else {
      for (const id of directive.rules) {
        disabled.delete(id);
        if (all) exceptions.add(id);
      }
    }
  }
  return disabled.has(finding.ruleId) || (all && !exceptions.has(finding.ruleId));
}
