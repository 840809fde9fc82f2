// Lints a list of source files for the CLI: shared between this thread and worker threads when there are many
// (parsing dominates and is CPU-bound, so each core parses its share). Workers send back findings and scores only.
import { completeDocument, loadDocument } from '../model/documents.js';
import type { ParsedDocument } from '../model/parse.js';
import type { AssetType, LinkableDocument } from '../model/types.js';
import type { ProjectPaths, UrlMapper } from '../model/identity.js';
import type { Contributor, ContributorRegistry } from '../contributors/registry.js';
import { attributeQuotes } from '../contributors/attribution.js';
import { Linter, sortFindings, type LintResult } from './engine.js';
import type { RuleSetting } from './options.js';
import { FileQueue, FILES_PER_THREAD, type LintWorkers } from './workers.js';

export { FileQueue, LintWorkers } from './workers.js';

export interface LintFilesRequest {
  project: ProjectPaths;
  files: string[];
  locale: string;
  url?: UrlMapper;
  rules: Record<string, RuleSetting>;
  minScore: number;
  siteDomains: string[];
  /** The `embeds.inject` option (see LintEnvironment). */
  embedsInject: boolean;
  /** The `embeds.datasetTypes` option (see LintEnvironment). */
  embedsDatasetTypes: AssetType[];
  /** ISO timestamp of the build date, so every worker judges freshness against the same moment. */
  now: string;
  contributors: Contributor[];
}

/** Lints the files, sharing them between this thread and `workers` when there are enough; closes the workers. */
export async function lintFiles(request: LintFilesRequest, workers?: LintWorkers): Promise<LintResult> {
  const threads = Math.min((workers?.size ?? 0) + 1, Math.floor(request.files.length / FILES_PER_THREAD));
  // A site's `url` option is a function, which cannot cross into a worker.
  if (!workers || threads < 2 || request.url) {
    workers?.takeAhead(request);
    await workers?.close();
    return lintInThisThread(request);
  }
  try {
    const { files, ...shared } = request;
    const ahead = workers.takeAhead(request);
    const queue = ahead ?? new FileQueue(files);
    // Every worker that parsed ahead holds files only it will lint.
    const workerCount = ahead ? workers.size : threads - 1;
    const workerResults = Array.from({ length: workerCount }, (_, i) => workers.run(i, shared, queue, ahead !== undefined));
    const here = await lintQueue(shared, () => queue.take());
    const results = [here, ...(await Promise.all(workerResults))];
    return {
      findings: sortFindings(results.flatMap((result) => result.findings)),
      assets: results.flatMap((result) => result.assets).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    };
  } finally {
    await workers.close();
  }
}

export function lintInThisThread(request: LintFilesRequest): Promise<LintResult> {
  const { files, ...shared } = request;
  const queue = new FileQueue(files);
  return lintQueue(shared, () => queue.take());
}

/**
 * Loads, lints and lets go of one document at a time (memory stays flat however many files there are), taking files
 * from `nextFiles` until it returns none. Files are read synchronously: they are small and parsing them is the work.
 */
export async function lintQueue(request: Omit<LintFilesRequest, 'files'>, nextFiles: () => string[], parsedAhead: ParsedDocument[] = []): Promise<LintResult> {
  const registry: ContributorRegistry = { contributors: request.contributors, byId: new Map(request.contributors.map((c) => [c.id, c])), problems: [], source: '' };
  const linter = new Linter(
    {
      siteDomains: request.siteDomains,
      now: new Date(request.now),
      minScore: request.minScore,
      contributors: registry.byId.size > 0 ? registry.byId : undefined,
      embedsInject: request.embedsInject,
      embedsDatasetTypes: request.embedsDatasetTypes,
    },
    { rules: request.rules },
  );
  const findings: LintResult['findings'] = [];
  const assets: LintResult['assets'] = [];
  const lintOne = (doc: LinkableDocument) => {
    attributeQuotes([doc], registry);
    const result = linter.lint(doc);
    findings.push(...result.findings);
    if (result.asset) assets.push(result.asset);
  };
  for (const parsed of parsedAhead) lintOne(await completeDocument(parsed, request.project, request.url));
  for (let files = nextFiles(); files.length > 0; files = nextFiles()) {
    // Let the event loop turn between chunks: V8 finishes garbage collection and frees file buffers in tasks there,
    // and a thread that never yields holds about 40 MB more at its peak.
    await new Promise((resolve) => setImmediate(resolve));
    for (const relativePath of files) lintOne(await loadDocument(request.project, relativePath, { locale: request.locale, url: request.url }));
  }
  return { findings: sortFindings(findings), assets: assets.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}
