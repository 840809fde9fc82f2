#!/usr/bin/env node
// The `astro-linkable` command: `astro-linkable lint` lints a site's content with the options from its Astro config,
// without building it. Exit codes: 0 clean, 1 findings reach `failOn` or exceed --max-warnings, 2 usage/config error.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AstroConfig } from 'astro';
import { parseOptions } from './options.js';
import { siteInfo } from './site.js';
import { discoverSources } from './model/documents.js';
import { loadContributorRegistry } from './contributors/registry.js';
import { buildDate, reachesFailOn, type LintResult } from './lint/engine.js';
import { readSiteConfig, SiteConfigError } from './lint/astro-config.js';
import { lintFiles, LintWorkers } from './lint/lint-files.js';
import { formatFindingsPretty, formatSummaryPretty } from './lint/reporters/pretty.js';
import { formatJson } from './lint/reporters/json.js';
import { formatSarif } from './lint/reporters/sarif.js';
import { formatGithubAnnotations } from './lint/reporters/github.js';

const USAGE = `Usage: astro-linkable lint [--root DIR] [--format pretty|json|sarif|github] [--max-warnings N]

Lints the site's Markdown and MDX for linkability with the astro-linkable options from its Astro config.

Options:
  --root DIR          the site's folder (where astro.config.* is); default: the current folder
  --format FORMAT     pretty (default), json (the content of lint.json), sarif (SARIF 2.1.0),
                      github (GitHub Actions workflow annotations)
  --max-warnings N    exit with 1 when there are more than N warnings
  --help              show this help

Exit codes: 0 no findings at the failOn level, 1 findings reach failOn or warnings exceed --max-warnings,
2 a usage or configuration error.`;

const FORMATS = ['pretty', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

export async function main(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string }): Promise<number> {
  let command: string | undefined;
  let root: string;
  let format: Format;
  let maxWarnings: number | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        root: { type: 'string' },
        format: { type: 'string', default: 'pretty' },
        'max-warnings': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    [command] = positionals;
    if (command !== 'lint') throw new UsageError(command ? `Unknown command "${command}".` : 'Missing command.');
    if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}".`);
    if (!FORMATS.includes(values.format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}").`);
    format = values.format as Format;
    if (values['max-warnings'] !== undefined) {
      if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings must be a whole number of 0 or more (got "${values['max-warnings']}").`);
      maxWarnings = Number(values['max-warnings']);
    }
    root = path.resolve(io.cwd, values.root ?? '.');
  } catch (error) {
    io.stderr.write(`astro-linkable: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }

  let result: LintResult;
  let failOn: 'error' | 'warn' | 'never';
  // Start the workers first: they load the parser while this thread imports the site's config.
  const workers = LintWorkers.start();
  try {
    const config = await readSiteConfig(root);
    const options = parseOptions(config.userOptions);
    failOn = options.failOn;
    const site = siteInfo(config.astro as AstroConfig, options);
    const files = await discoverSources(site, options);
    const registry = await loadContributorRegistry(site, options.contributors);
    result = await lintFiles(
      {
      project: site,
      files,
      locale: options.locale,
      url: options.url,
      rules: options.rules,
      minScore: options.minScore,
      siteDomains: site.domains,
      embedsInject: options.embeds.inject,
      now: buildDate().toISOString(),
      contributors: registry.contributors,
      },
      workers,
    );
  } catch (error) {
    await workers.close();
    // Bad options arrive as an AstroError listing each option; a config that cannot load as SiteConfigError.
    const message = error instanceof SiteConfigError || (error as { name?: string }).name === 'AstroError' ? (error as Error).message : String((error as Error).stack ?? error);
    io.stderr.write(`astro-linkable: ${message}\n`);
    return 2;
  }

  io.stdout.write(render(result, format));
  const warnings = result.findings.filter((finding) => finding.severity === 'warn').length;
  if (reachesFailOn(result.findings, failOn)) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    if (format === 'pretty') io.stdout.write(`Too many warnings (${warnings}, --max-warnings ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function render(result: LintResult, format: Format): string {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result);
    case 'github': {
      const lines = formatGithubAnnotations(result.findings);
      return lines.length ? `${lines.join('\n')}\n` : '';
    }
    default:
      return `${[...formatFindingsPretty(result.findings), ...(result.findings.length ? [''] : []), ...formatSummaryPretty(result)].join('\n')}\n`;
  }
}

// Run when executed (the `astro-linkable` bin), not when imported by a test.
if (process.argv[1] && realpathSync(path.resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`astro-linkable: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
