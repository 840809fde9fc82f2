// Lints a list of source files for the CLI: shared between this thread and worker threads when there are many
// (parsing dominates and is CPU-bound, so each core parses its share). Workers send back findings and scores only.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadDocument } from '../model/documents.js';
import type { ProjectPaths, UrlMapper } from '../model/identity.js';
import type { Contributor, ContributorRegistry } from '../contributors/registry.js';
import { attributeQuotes } from '../contributors/attribution.js';
import { Linter, sortFindings, type LintResult } from './engine.js';
import type { RuleSetting } from './options.js';

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
  /** ISO timestamp of the build date, so every worker judges freshness against the same moment. */
  now: string;
  contributors: Contributor[];
}

/** Files read at once per thread. */
const IN_FLIGHT = 8;
/** Below this many files per thread, a worker costs more than it saves. */
const FILES_PER_THREAD = 48;
/** Files handed out at a time: small enough to balance the threads, large enough that asking costs nothing. */
const CHUNK = 16;

type WorkerMessage = { type: 'next' } | { type: 'result'; result: LintResult };
type MainMessage = { type: 'start'; request: Omit<LintFilesRequest, 'files'> } | { type: 'files'; files: string[] };

/**
 * Worker threads that load their modules as soon as they start, so the CLI can start them before it reads the site's
 * config (which takes a while: it imports Astro) and have them ready when the file list is known.
 */
export class LintWorkers {
  private constructor(private readonly workers: Worker[]) {}

  /** Starts `count` workers (default: one per core besides this thread, which lints a share too). */
  static start(count = availableParallelism() - 1): LintWorkers {
    return new LintWorkers(Array.from({ length: Math.max(0, count) }, () => new Worker(new URL('./lint-worker.js', import.meta.url))));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Lints files taken from `queue` in a worker until the queue is empty. */
  run(index: number, request: Omit<LintFilesRequest, 'files'>, queue: FileQueue): Promise<LintResult> {
    const worker = this.workers[index];
    return new Promise((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'next') worker.postMessage({ type: 'files', files: queue.take() } satisfies MainMessage);
        else resolve(message.result);
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`lint worker exited with code ${code}`)));
      worker.postMessage({ type: 'start', request } satisfies MainMessage);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** The files still to lint, handed out a chunk at a time to whichever thread asks first. */
class FileQueue {
  private next = 0;
  constructor(private readonly files: string[]) {}

  take(): string[] {
    const chunk = this.files.slice(this.next, this.next + CHUNK);
    this.next += chunk.length;
    return chunk;
  }
}

/** Lints the files, sharing them between this thread and `workers` when there are enough; closes the workers. */
export async function lintFiles(request: LintFilesRequest, workers?: LintWorkers): Promise<LintResult> {
  const threads = Math.min((workers?.size ?? 0) + 1, Math.floor(request.files.length / FILES_PER_THREAD));
  // A site's `url` option is a function, which cannot cross into a worker.
  if (!workers || threads < 2 || request.url) {
    await workers?.close();
    return lintInThisThread(request);
  }
  try {
    const { files, ...shared } = request;
    const queue = new FileQueue(files);
    const here = lintQueue(shared, async () => queue.take());
    const results = await Promise.all([here, ...Array.from({ length: threads - 1 }, (_, i) => workers.run(i, shared, queue))]);
    return {
      findings: sortFindings(results.flatMap((result) => result.findings)),
      assets: results.flatMap((result) => result.assets).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    };
  } finally {
    await workers.close();
  }
}

export function lintInThisThread(request: LintFilesRequest): Promise<LintResult> {
  let given = false;
  const { files, ...shared } = request;
  return lintQueue(shared, async () => {
    if (given) return [];
    given = true;
    return files;
  });
}

/**
 * Loads, lints and lets go of one document at a time (memory stays flat however many files there are), taking files
 * from `nextFiles` until it returns none.
 */
export async function lintQueue(request: Omit<LintFilesRequest, 'files'>, nextFiles: () => Promise<string[]>): Promise<LintResult> {
  const registry: ContributorRegistry = { contributors: request.contributors, byId: new Map(request.contributors.map((c) => [c.id, c])), problems: [], source: '' };
  const linter = new Linter(
    {
      siteDomains: request.siteDomains,
      now: new Date(request.now),
      minScore: request.minScore,
      contributors: registry.byId.size > 0 ? registry.byId : undefined,
      embedsInject: request.embedsInject,
    },
    { rules: request.rules },
  );
  const findings: LintResult['findings'] = [];
  const assets: LintResult['assets'] = [];
  const lintOne = async (relativePath: string) => {
    const doc = await loadDocument(request.project, relativePath, { locale: request.locale, url: request.url });
    attributeQuotes([doc], registry);
    const result = linter.lint(doc);
    findings.push(...result.findings);
    if (result.asset) assets.push(result.asset);
  };
  for (let files = await nextFiles(); files.length > 0; files = await nextFiles()) {
    // A few files in flight at once: reading is asynchronous and parsing is not, so the two overlap.
    let next = 0;
    const lane = async () => {
      while (next < files.length) await lintOne(files[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, files.length) }, lane));
  }
  return { findings: sortFindings(findings), assets: assets.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}
