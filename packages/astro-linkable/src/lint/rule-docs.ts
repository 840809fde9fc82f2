// Renders a rule's docs page (docs/rules/<id>.md) from its module, so the page and the rule cannot drift apart:
// the rule-docs test renders every page, compares it with the file, and runs the examples on the page.
import type { LintRule, RuleExample } from './rule.js';

const FENCE = '````';

export function ruleDocsPage(rule: LintRule<Record<string, unknown>>): string {
  const lines: string[] = [];
  lines.push(`# ${rule.id}`, '', rule.description, '');
  lines.push(`- Default severity: \`${rule.defaultSeverity}\``);
  lines.push(`- Options: ${Object.keys(rule.defaultOptions).length ? 'see below' : 'none'}`);
  if (rule.needsContributors) lines.push('- Runs only when the site has a contributor registry');
  lines.push('', '## Why', '', rule.docs.why, '');
  if (rule.docs.details) lines.push('## What it checks', '', rule.docs.details, '');
  const options = Object.entries(rule.defaultOptions);
  if (options.length) {
    lines.push('## Options', '', '| option | default | description |', '| --- | --- | --- |');
    for (const [key, value] of options) lines.push(`| \`${key}\` | \`${JSON.stringify(value)}\` | ${rule.docs.options?.[key] ?? ''} |`);
    lines.push('');
  }
  lines.push('## Examples', '');
  lines.push(...example('Fails', rule.docs.failing), ...example('Passes', rule.docs.passing));
  lines.push('## Configure', '');
  const sample = options.length ? `['error', { ${options.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ')} }]` : `'error'`;
  lines.push(`${FENCE}js`, `linkable({ rules: { '${rule.id}': ${sample} } }) // or 'warn', or 'off'`, FENCE, '');
  lines.push(
    `Switch it off for one line with \`<!-- linkable-disable-next-line ${rule.id} -->\` (in MDX: \`{/* linkable-disable-next-line ${rule.id} */}\`), for a stretch with \`<!-- linkable-disable ${rule.id} -->\` … \`<!-- linkable-enable ${rule.id} -->\`, or for a page with frontmatter \`linkable: { ignore: [${rule.id}] }\`.`,
    '',
  );
  return lines.join('\n');
}

function example(verdict: 'Fails' | 'Passes', { title, source, format, options }: RuleExample): string[] {
  const lines = [`### ${verdict}: ${title}`, ''];
  if (options) lines.push(`With options \`${JSON.stringify(options)}\`:`, '');
  lines.push(`${FENCE}${format ?? 'md'}`, source.replace(/\n$/, ''), FENCE, '');
  return lines;
}

/** Reads the examples back from a rendered page: what the rule-docs test runs. */
export function examplesFromPage(page: string): { failing: RuleExample; passing: RuleExample } {
  const read = (verdict: 'Fails' | 'Passes'): RuleExample => {
    const pattern = new RegExp(`^### ${verdict}: (.+)\\n\\n(?:With options \`(.+)\`:\\n\\n)?${FENCE}(md|mdx)\\n([^]*?)\\n${FENCE}$`, 'm');
    const match = pattern.exec(page);
    if (!match) throw new Error(`no "${verdict}" example on the page`);
    const found: RuleExample = { title: match[1], source: `${match[4]}\n`, format: match[3] as 'md' | 'mdx' };
    if (match[2]) found.options = JSON.parse(match[2]) as Record<string, unknown>;
    return found;
  };
  return { failing: read('Fails'), passing: read('Passes') };
}
