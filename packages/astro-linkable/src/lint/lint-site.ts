// Lints a whole site the same way in `astro build`, `astro dev` and the CLI: configure, run, print, write, decide.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { Finding, LinkableDocument } from '../model/types.js';
import type { LinkableOptions } from '../options.js';
import type { SiteInfo } from '../site.js';
import { buildDate, Linter, reachesFailOn, type LintResult } from './engine.js';
import type { LintContributor } from './rule.js';
import { formatFindingsPretty, formatSummaryPretty } from './reporters/pretty.js';
import { formatJson } from './reporters/json.js';
import { formatSarif } from './reporters/sarif.js';
import { formatGithubAnnotations } from './reporters/github.js';

export const LINT_JSON = 'lint.json';
export const LINT_SARIF = 'lint.sarif';

/** The linter for a site's options; `contributors` is the registry when the site has one. */
export function siteLinter(site: Pick<SiteInfo, 'domains'>, options: Pick<LinkableOptions, 'rules' | 'minScore' | 'embeds'>, contributors?: ReadonlyMap<string, LintContributor>): Linter {
  return new Linter(
    {
      siteDomains: site.domains,
      now: buildDate(),
      minScore: options.minScore,
      contributors: contributors && contributors.size > 0 ? contributors : undefined,
      embedsInject: options.embeds.inject,
      embedsDatasetTypes: options.embeds.datasetTypes,
    },
    { rules: options.rules },
  );
}

/**
 * Prints findings through the integration logger (errors as errors, warnings as warnings), then the summary.
 * In GitHub Actions, also prints workflow annotations.
 */
export function logLintResult(result: LintResult, logger: AstroIntegrationLogger, env: NodeJS.ProcessEnv = process.env): void {
  const severityOf = new Map<string, Finding['severity']>(result.findings.map((finding) => [findingLine(finding), finding.severity]));
  for (const line of formatFindingsPretty(result.findings)) {
    const severity = severityOf.get(line);
    if (severity === 'error') logger.error(line);
    else if (severity === 'warn') logger.warn(line);
    else logger.info(line);
  }
  for (const line of formatSummaryPretty(result)) logger.info(line);
  if (env.GITHUB_ACTIONS === 'true') writeGithubAnnotations(result.findings);
}

/** Findings of a few documents (dev mode, after a file changed): no summary, the assets' scores in one line each. */
export function logDocumentFindings(documents: LinkableDocument[], logger: AstroIntegrationLogger): void {
  const findings = documents.flatMap((doc) => doc.findings ?? []);
  const severityOf = new Map<string, Finding['severity']>(findings.map((finding) => [findingLine(finding), finding.severity]));
  for (const line of formatFindingsPretty(findings)) {
    const severity = severityOf.get(line);
    if (severity === 'error') logger.error(line);
    else if (severity === 'warn') logger.warn(line);
    else logger.info(line);
  }
  for (const doc of documents) {
    if (doc.score) logger.info(`${doc.relativePath}: linkability ${doc.score.total}/100, ${findings.filter((f) => f.file === doc.relativePath).length} finding(s).`);
  }
}

/** Workflow commands must start a line of the job's stdout; the Astro logger prefixes its lines, so write directly. */
function writeGithubAnnotations(findings: Finding[]): void {
  const lines = formatGithubAnnotations(findings);
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
}

function findingLine(f: Finding): string {
  return `  ${f.file}:${f.line}:${f.column}  ${f.severity === 'error' ? 'error' : 'warn '}  ${f.message}  ${f.ruleId}`;
}

/** Writes `lint.json` and `lint.sarif` to the report directory (outside the deployed output). */
export async function writeLintReports(result: LintResult, reportDir: string): Promise<{ json: string; sarif: string }> {
  await mkdir(reportDir, { recursive: true });
  const json = path.join(reportDir, LINT_JSON);
  const sarif = path.join(reportDir, LINT_SARIF);
  await writeFile(json, formatJson(result));
  await writeFile(sarif, formatSarif(result));
  return { json, sarif };
}

/** The message a failed build ends with, or undefined when findings do not reach `failOn`. */
export function failOnMessage(result: LintResult, failOn: LinkableOptions['failOn'], reportPath?: string): string | undefined {
  if (!reachesFailOn(result.findings, failOn)) return undefined;
  const errors = result.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = result.findings.length - errors;
  const counted = failOn === 'warn' ? `${errors} error(s) and ${warnings} warning(s)` : `${errors} error(s)`;
  const where = reportPath ? ` The full list is in ${reportPath}.` : '';
  return `astro-linkable: the build failed because the linkability linter found ${counted} (failOn: "${failOn}").${where} Fix them, change their severity in the \`rules\` option, or set \`failOn\` to "never".`;
}
