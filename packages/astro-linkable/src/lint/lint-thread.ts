// The work of a lint worker thread (lint-worker.ts loads it). It may first parse files ahead (from the back of the
// list, with the default options) while the CLI reads the site's config; then it lints: what it parsed ahead if the
// CLI keeps that work, then chunks of the shared list until none are left, and sends back the findings and scores.
import { parentPort } from 'node:worker_threads';
import { readAndParse } from '../model/documents.js';
import type { ParsedDocument } from '../model/parse.js';
import { lintQueue } from './lint-files.js';
import { FileQueue, MAX_AHEAD, type WorkerMessage } from './workers.js';

const port = parentPort!;
let parsedAhead: ParsedDocument[] = [];

port.on('message', (message: WorkerMessage) => {
  if (message.type === 'ahead') {
    // Synchronous on purpose: the CLI stops this through the queue's shared flag, not a message.
    const queue = new FileQueue(message.files, message.shared);
    for (let file = queue.takeLast(); file !== undefined; file = parsedAhead.length < MAX_AHEAD ? queue.takeLast() : undefined) {
      parsedAhead.push(readAndParse({ root: message.root }, file, message.locale));
    }
    return;
  }
  const queue = new FileQueue(message.files, message.shared);
  const ahead = message.keepAhead ? parsedAhead : [];
  parsedAhead = [];
  lintQueue(message.request, () => queue.take(), ahead).then(
    (result) => port.postMessage(result),
    (error: unknown) => {
      // An uncaught error ends the worker with it; the main thread reports it.
      setImmediate(() => {
        throw error;
      });
    },
  );
});
