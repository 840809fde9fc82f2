// The linter's option group: rule severities/options and when a build fails, checked against the rules that exist.
import { z } from 'astro/zod';
import type { Severity } from '../model/types.js';
import type { LintRule } from './rule.js';
import { RULES, RULES_BY_ID } from './rules/index.js';

const severity = z.enum(['off', 'warn', 'error']);
const ruleSetting = z.union([severity, z.tuple([severity, z.record(z.string(), z.unknown())])]);

export type RuleSetting = z.infer<typeof ruleSetting>;
export type FailOn = 'error' | 'warn' | 'never';

export const lintOptionsSchema = z.object({
  /** Per-rule severity, or `[severity, options]`. Unknown rule ids and unknown rule options are refused. */
  rules: z
    .record(z.string(), ruleSetting)
    .default({})
    .superRefine((rules, ctx) => {
      for (const [id, setting] of Object.entries(rules)) {
        const rule = RULES_BY_ID.get(id);
        if (!rule) {
          ctx.addIssue({ code: 'custom', path: [id], message: `unknown rule id${closestRule(id)}` });
          continue;
        }
        if (Array.isArray(setting)) {
          for (const problem of ruleOptionProblems(rule, setting[1])) ctx.addIssue({ code: 'custom', path: [id, 1, problem.key], message: problem.message });
        }
      }
    }),
  /** Fail `astro build` (and exit the CLI with 1) when findings reach this level. */
  failOn: z.enum(['error', 'warn', 'never']).default('error'),
  /** Lint in `astro dev` at start and on file change. */
  dev: z.boolean().default(true),
});

/** A rule that runs, with the severity and options the site chose. */
export interface ActiveRule {
  rule: LintRule<Record<string, unknown>>;
  severity: Severity;
  options: Record<string, unknown>;
}

/** The rules that run: every rule at its default severity, overridden by the `rules` option; `off` rules left out. */
export function activeRules(settings: Record<string, RuleSetting> = {}): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of RULES) {
    const setting = settings[rule.id];
    const level = setting === undefined ? rule.defaultSeverity : Array.isArray(setting) ? setting[0] : setting;
    if (level === 'off') continue;
    const options = { ...rule.defaultOptions, ...(Array.isArray(setting) ? setting[1] : {}) };
    active.push({ rule, severity: level, options });
  }
  return active;
}

/** Rule options must be ones the rule has, of the same type as their default. */
function ruleOptionProblems(rule: LintRule<Record<string, unknown>>, options: Record<string, unknown>): Array<{ key: string; message: string }> {
  const problems: Array<{ key: string; message: string }> = [];
  const known = Object.keys(rule.defaultOptions);
  for (const [key, value] of Object.entries(options)) {
    if (!(key in rule.defaultOptions)) {
      problems.push({ key, message: known.length ? `unknown option of ${rule.id} (it has: ${known.join(', ')})` : `${rule.id} has no options` });
      continue;
    }
    const expected = typeof rule.defaultOptions[key];
    if (typeof value !== expected) problems.push({ key, message: `expected a ${expected}` });
    else if (expected === 'number' && !(Number.isFinite(value) && (value as number) >= 0)) problems.push({ key, message: 'expected a number of 0 or more' });
  }
  return problems;
}

function closestRule(id: string): string {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(id.length / 4));
  for (const rule of RULES) {
    const distance = editDistance(id, rule.id);
    if (distance < bestDistance) {
      best = rule.id;
      bestDistance = distance;
    }
  }
  return best ? ` (did you mean "${best}"?)` : ` (known rules: see docs/rules/)`;
}

/** Suggestions for mistyped rule ids, here and in control comments. */
export function suggestRule(id: string): string | undefined {
  const hint = closestRule(id);
  const match = hint.match(/"([^"]+)"/);
  return match ? match[1] : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
