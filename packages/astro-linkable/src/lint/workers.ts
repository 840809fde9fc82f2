// The CLI's lint worker threads and the file queue they share with this thread. This module imports no parser, so
// the CLI can start the workers (which load the parser themselves) before it loads anything else.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LintResult } from './engine.js';
import type { LintFilesRequest } from './lint-files.js';

/** Files a thread takes at a time: small enough to balance the threads, large enough that taking costs nothing. */
const CHUNK = 8;
/** Below this many files per thread, a worker costs more than it saves. */
export const FILES_PER_THREAD = 48;

/** Whether `files` are enough for two threads to each get a fair share, so that starting a worker pays for itself. */
export function worthThreads(files: number): boolean {
  return files >= FILES_PER_THREAD * 2;
}
/**
 * Files a worker parses ahead at most while the config loads. Their models wait in memory until it has (about 0.3 MB
 * each): 400 took the benchmark's peak memory from 425 to 560 MB; a config loads in about the time 100-150 take.
 */
export const MAX_AHEAD = 128;

/**
 * The files to lint, shared by threads. Each file is claimed exactly once, through a flag in shared memory:
 * threads take chunks from the front, and work done ahead (before the config is read) takes files from the back.
 * Nothing waits on a message, so a thread busy parsing never holds up another.
 */
export class FileQueue {
  readonly shared: SharedArrayBuffer;
  /** [front cursor, back cursor, 1 once work ahead must stop]. */
  private readonly state: Int32Array<SharedArrayBuffer>;
  private readonly claims: Uint8Array<SharedArrayBuffer>;

  constructor(
    readonly files: string[],
    shared?: SharedArrayBuffer,
  ) {
    this.shared = shared ?? new SharedArrayBuffer(12 + files.length);
    this.state = new Int32Array(this.shared, 0, 3);
    this.claims = new Uint8Array(this.shared, 12, files.length);
    if (!shared) this.state[1] = files.length;
  }

  /** The next unclaimed files from the front (none when all are taken). */
  take(): string[] {
    const chunk: string[] = [];
    while (chunk.length < CHUNK) {
      const index = Atomics.add(this.state, 0, 1);
      if (index >= this.files.length) break;
      if (Atomics.compareExchange(this.claims, index, 0, 1) === 0) chunk.push(this.files[index]);
    }
    return chunk;
  }

  /** Claims the last unclaimed file, for work done ahead; undefined when none is left or work ahead must stop. */
  takeLast(): string | undefined {
    while (Atomics.load(this.state, 2) === 0) {
      const index = Atomics.sub(this.state, 1, 1) - 1;
      if (index < 0) return undefined;
      if (Atomics.compareExchange(this.claims, index, 0, 1) === 0) return this.files[index];
    }
    return undefined;
  }

  stopAhead(): void {
    Atomics.store(this.state, 2, 1);
  }
}

/** Messages to a worker: parse ahead with the default options, then lint (keeping or dropping what it parsed ahead). */
export type WorkerMessage =
  | { type: 'ahead'; root: string; locale: string; files: string[]; shared: SharedArrayBuffer }
  | { type: 'start'; request: Omit<LintFilesRequest, 'files'>; files: string[]; shared: SharedArrayBuffer; keepAhead: boolean };

/**
 * Worker threads that load the parser as soon as they start. The CLI starts them first, lets them parse the files
 * the default options would lint while it reads the site's config (which imports Astro and takes most of a second),
 * and keeps that work when the config turns out to lint the same files the same way.
 */
export class LintWorkers {
  private ahead: { root: string; locale: string; queue: FileQueue } | undefined;

  private constructor(private readonly workers: Worker[]) {}

  /** Starts `count` workers (default: one per core besides this thread, which lints a share too). */
  static start(count = availableParallelism() - 1): LintWorkers {
    return new LintWorkers(Array.from({ length: Math.max(0, count) }, () => new Worker(new URL('./lint-worker.js', import.meta.url))));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Has the workers parse `files` (relative to `root`, in `locale`) from the back of the list until told to stop. */
  parseAhead(root: string, files: string[], locale: string): void {
    if (this.workers.length === 0 || !worthThreads(files.length)) return;
    const queue = new FileQueue(files);
    this.ahead = { root, locale, queue };
    for (const worker of this.workers) worker.postMessage({ type: 'ahead', root, locale, files, shared: queue.shared } satisfies WorkerMessage);
  }

  /**
   * Stops the work ahead. Returns its queue when `request` lints exactly those files the same way, so the threads
   * go on with it (files parsed ahead are already claimed); otherwise the work ahead is dropped.
   */
  takeAhead(request: LintFilesRequest): FileQueue | undefined {
    const ahead = this.ahead;
    if (!ahead) return undefined;
    ahead.queue.stopAhead();
    this.ahead = undefined;
    const same =
      ahead.root.replace(/\/+$/, '') === request.project.root.replace(/\/+$/, '') &&
      ahead.locale === request.locale &&
      ahead.queue.files.length === request.files.length &&
      ahead.queue.files.every((file, index) => file === request.files[index]);
    return same ? ahead.queue : undefined;
  }

  /** Lints in worker `index` the files of `queue` until none are left. */
  run(index: number, request: Omit<LintFilesRequest, 'files'>, queue: FileQueue, keepAhead: boolean): Promise<LintResult> {
    const worker = this.workers[index];
    return new Promise((resolve, reject) => {
      worker.once('message', (result: LintResult) => resolve(result));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`lint worker exited with code ${code}`)));
      worker.postMessage({ type: 'start', request, files: queue.files, shared: queue.shared, keepAhead } satisfies WorkerMessage);
    });
  }

  async close(): Promise<void> {
    this.ahead?.queue.stopAhead();
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
