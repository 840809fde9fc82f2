// A pool of worker threads that render cards, one card per worker at a time, sized to the machine's cores.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardTask, CardTaskReply, CardWorkerData } from './worker.js';
import type { CardSpec } from './types.js';

export interface CardPoolOptions {
  /** Number of workers; defaults to `os.availableParallelism()`. Workers start only when there is work for them. */
  size?: number;
  /** Absolute path of a site's template module. */
  templateFile?: string;
}

export type RenderedInWorker = Extract<CardTaskReply, { ok: true }>;

interface Pending {
  task: CardTask;
  resolve: (reply: RenderedInWorker) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  current?: Pending;
}

/** The compiled worker beside this module in dist; Node runs it directly, so no bundler ever sees resvg. */
const WORKER_URL = new URL('./worker.js', import.meta.url);

export class CardPool {
  readonly size: number;
  readonly templateFile: string | undefined;
  readonly #workerData: CardWorkerData;
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  #nextId = 0;
  #closed = false;

  constructor(options: CardPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
    this.templateFile = options.templateFile;
    this.#workerData = { templateFile: options.templateFile };
  }

  /**
   * Starts every worker and has each draw `spec` once and throw it away, so that loading satori, parsing the fonts
   * and warming up are done before the real cards arrive (a build calls this while Astro renders its pages). Idle
   * workers never keep the process alive, so a build that fails before its cards are drawn still exits.
   */
  warm(spec: CardSpec): void {
    if (this.#closed) return;
    while (this.#slots.length < this.size) {
      const slot = this.#spawn();
      slot.worker.postMessage({ id: -1 - this.#slots.length, spec } satisfies CardTask);
    }
  }

  /** Renders a spec in a worker. Rejects with the worker's error message when that card fails. */
  render(spec: CardSpec): Promise<RenderedInWorker> {
    if (this.#closed) return Promise.reject(new Error('The card pool is closed.'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ task: { id: this.#nextId++, spec }, resolve, reject });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const pending of this.#queue.splice(0)) pending.reject(new Error('The card pool was closed before this card was rendered.'));
    await Promise.all(this.#slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let slot = this.#slots.find((candidate) => !candidate.current);
      if (!slot && this.#slots.length < this.size) slot = this.#spawn();
      if (!slot) return;
      const pending = this.#queue.shift()!;
      slot.current = pending;
      slot.worker.ref();
      slot.worker.postMessage(pending.task);
    }
  }

  #spawn(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: this.#workerData });
    const slot: Slot = { worker };
    this.#slots.push(slot);
    worker.on('message', (reply: CardTaskReply) => {
      const pending = slot.current;
      // A warm-up card's answer (or a stray one) changes nothing.
      if (!pending || reply.id !== pending.task.id) return;
      slot.current = undefined;
      worker.unref();
      if (reply.ok) pending.resolve(reply);
      else pending.reject(new Error(reply.message));
      this.#dispatch();
    });
    // A crashed worker fails only the card it was drawing; the pool starts a fresh worker for the rest.
    const retire = (error: Error) => {
      const index = this.#slots.indexOf(slot);
      if (index === -1) return;
      this.#slots.splice(index, 1);
      slot.current?.reject(error);
      slot.current = undefined;
      if (!this.#closed) this.#dispatch();
    };
    worker.on('error', (error: unknown) => retire(error instanceof Error ? error : new Error(String(error))));
    worker.on('exit', (code) => retire(new Error(`The card worker stopped unexpectedly (exit code ${code}).`)));
    // Only a worker drawing a card someone waits for keeps the process alive (see `warm`). After the listeners:
    // adding a 'message' listener refs the worker's port again.
    worker.unref();
    return slot;
  }
}
