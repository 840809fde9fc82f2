// The `astro-linkable` command (bin.ts runs it): `astro-linkable lint` lints a site's content with the options from its
// Astro config, without building it. Exit codes: 0 clean, 1 findings reach `failOn` or exceed --max-warnings, 2 usage
// or config error.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AstroConfig } from 'astro';
import type { LintResult } from './lint/engine.js';
import { LintWorkers, worthThreads } from './lint/workers.js';
import { DEFAULT_INCLUDE, DEFAULT_LOCALE, discoverSources, selectSources } from './model/discover.js';

// Only light modules are imported up front: the workers are started first and load the parser while this thread
// loads the rest (options, reporters) and the site's config.
const loadLinter = () =>
  Promise.all([
    import('./options.js'),
    import('./site.js'),
    import('./contributors/registry.js'),
    import('./lint/engine.js'),
    import('./lint/astro-config.js'),
    import('./lint/lint-files.js'),
  ]);
const loadReporters = () =>
  Promise.all([import('./lint/reporters/pretty.js'), import('./lint/reporters/json.js'), import('./lint/reporters/sarif.js'), import('./lint/reporters/github.js')]);

const USAGE = `Usage: astro-linkable lint [FILE|FOLDER ...] [--root DIR] [--format pretty|json|sarif|github] [--max-warnings N] [--threads N]

Lints the site's Markdown and MDX for linkability with the astro-linkable options from its Astro config: every source
the options include, or only the files named (and the sources in the folders named), e.g. the ones staged for a commit.

Options:
  --root DIR          the site's folder (where astro.config.* is); default: the current folder
  --format FORMAT     pretty (default), json (the content of lint.json), sarif (SARIF 2.1.0),
                      github (GitHub Actions workflow annotations)
  --max-warnings N    exit with 1 when there are more than N warnings
  --threads N         threads that parse and lint (default: one per core); 1 lints in this thread only
  --help              show this help

Exit codes: 0 no findings at the failOn level, 1 findings reach failOn or warnings exceed --max-warnings,
2 a usage or configuration error.`;

const OPTIONS = {
  root: { type: 'string' },
  format: { type: 'string', default: 'pretty' },
  'max-warnings': { type: 'string' },
  threads: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Whether `astro-linkable lint` with these arguments will parse in several threads, judged the way the command starts
 * its workers early: no file or folder named, not `--threads 1`, and enough Markdown/MDX under the root for the
 * default `include`. The bin restarts Node with its GC flag only then (see bin.ts).
 */
export async function lintsInThreads(argv: string[], cwd: string): Promise<boolean> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch {
    return false;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || values.help || values.threads === '1') return false;
  return worthThreads((await defaultSources(path.resolve(cwd, values.root ?? '.'))).length);
}

/** The sources the default options would lint: what the command judges threads by before it has read the config. */
function defaultSources(root: string): Promise<string[]> {
  return discoverSources({ root }, { include: DEFAULT_INCLUDE, exclude: [] }).catch(() => []);
}

const FORMATS = ['pretty', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

export async function main(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string }): Promise<number> {
  let command: string | undefined;
  let root: string;
  let format: Format;
  let maxWarnings: number | undefined;
  let threads: number | undefined;
  let targets: Array<{ given: string; absolute: string }>;
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const [name, ...paths] = positionals;
    command = name;
    if (command !== 'lint') throw new UsageError(command ? `Unknown command "${command}".` : 'Missing command.');
    targets = paths.map((given) => ({ given, absolute: path.resolve(io.cwd, given) }));
    const missing = targets.find((target) => !existsSync(target.absolute));
    if (missing) throw new UsageError(`No such file or folder: ${missing.given}`);
    if (!FORMATS.includes(values.format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}").`);
    format = values.format as Format;
    if (values['max-warnings'] !== undefined) {
      if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings must be a whole number of 0 or more (got "${values['max-warnings']}").`);
      maxWarnings = Number(values['max-warnings']);
    }
    if (values.threads !== undefined) {
      if (!/^[1-9]\d*$/.test(values.threads)) throw new UsageError(`--threads must be a whole number of 1 or more (got "${values.threads}").`);
      threads = Number(values.threads);
    }
    root = path.resolve(io.cwd, values.root ?? '.');
  } catch (error) {
    io.stderr.write(`astro-linkable: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }

  let result: LintResult;
  let failOn: 'error' | 'warn' | 'never';
  // On a site with enough files for threads, start the workers first and have them parse what the default options
  // would lint while this thread loads the linter and imports the site's config; the work is kept when the config
  // lints the same files the same way. A small site is linted in this thread: a worker would cost more than it saves.
  const workerCount = threads === undefined ? undefined : threads - 1;
  let workers: LintWorkers | undefined;
  // Named files are a few, chosen by the caller: nothing to list or parse ahead for them.
  const startWorkersAhead = async () => {
    const files = await defaultSources(root);
    if (!worthThreads(files.length)) return;
    workers = LintWorkers.start(workerCount);
    workers.parseAhead(root, files, DEFAULT_LOCALE);
  };
  // The listing comes before the linter's modules, not alongside: loading them holds the event loop in long turns, and
  // a listing started with them finished only once they had loaded, so the workers started 0.6 s late on the benchmark.
  if (targets.length === 0) await startWorkersAhead();
  const linter = await loadLinter();
  const [{ parseOptions }, { siteInfo }, { loadContributorRegistry }, { buildDate, reachesFailOn }, { readSiteConfig, SiteConfigError }, { lintFiles }] = linter;
  try {
    const config = await readSiteConfig(root);
    const options = parseOptions(config.userOptions);
    failOn = options.failOn;
    const site = siteInfo(config.astro as AstroConfig, options);
    const sources = await discoverSources(site, options);
    const { files, unmatched } = targets.length > 0 ? selectSources(sources, site.root, targets.map((target) => target.absolute)) : { files: sources, unmatched: [] };
    for (const index of unmatched) io.stderr.write(`astro-linkable: not linted: ${targets[index].given} (no Markdown or MDX source the site's include and exclude options select)\n`);
    const registry = await loadContributorRegistry(site, options.contributors);
    // Registry problems are not lint findings (the build logs them and leaves them out of lint.json): they go to
    // stderr, so stdout stays exactly the report.
    if (registry.problems.length > 0) {
      const [{ formatFindingsPretty }] = await loadReporters();
      io.stderr.write(`astro-linkable: problems in the contributor registry (entries with problems are left out):\n${formatFindingsPretty(registry.problems).join('\n')}\n`);
    }
    if (!workers && worthThreads(files.length)) workers = LintWorkers.start(workerCount);
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
        embedsDatasetTypes: options.embeds.datasetTypes,
        now: buildDate().toISOString(),
        contributors: registry.contributors,
      },
      workers,
    );
  } catch (error) {
    await workers?.close();
    // Bad options arrive as an AstroError listing each option; a config that cannot load as SiteConfigError.
    const message = error instanceof SiteConfigError || (error as { name?: string }).name === 'AstroError' ? (error as Error).message : String((error as Error).stack ?? error);
    io.stderr.write(`astro-linkable: ${message}\n`);
    return 2;
  }

  io.stdout.write(await render(result, format));
  const warnings = result.findings.filter((finding) => finding.severity === 'warn').length;
  if (reachesFailOn(result.findings, failOn)) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    if (format === 'pretty') io.stdout.write(`Too many warnings (${warnings}, --max-warnings ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

async function render(result: LintResult, format: Format): Promise<string> {
  const [{ formatFindingsPretty, formatSummaryPretty }, { formatJson }, { formatSarif }, { formatGithubAnnotations }] = await loadReporters();
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
