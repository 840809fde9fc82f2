// The entry of a `LintWorkers` thread: it enables Node's compile cache, then loads the thread's work (lint-thread.ts).
// A worker does not share its process's compile cache (see bin.ts), and the cache only serves modules loaded after it
// is enabled; in the published package lint-thread.js and the chunks it loads are bundles (scripts/bundle.mjs).
// Messages sent meanwhile wait in the port until lint-thread.ts adds its listener.
import module from 'node:module';

module.enableCompileCache?.();
await import('./lint-thread.js');
