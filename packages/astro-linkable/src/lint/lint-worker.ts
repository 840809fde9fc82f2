// A worker thread of `LintWorkers`: loads the linter at start, then lints chunks of files it asks the main thread for.
import { parentPort } from 'node:worker_threads';
import { lintQueue, type LintFilesRequest } from './lint-files.js';

const port = parentPort!;

port.once('message', (start: { type: 'start'; request: Omit<LintFilesRequest, 'files'> }) => {
  const nextFiles = () =>
    new Promise<string[]>((resolve) => {
      port.once('message', (message: { type: 'files'; files: string[] }) => resolve(message.files));
      port.postMessage({ type: 'next' });
    });
  lintQueue(start.request, nextFiles).then(
    (result) => port.postMessage({ type: 'result', result }),
    (error: unknown) => {
      // An uncaught error ends the worker with it; the main thread reports it.
      setImmediate(() => {
        throw error;
      });
    },
  );
});
