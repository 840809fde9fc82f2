#!/usr/bin/env node
// The `astro-linkable` bin. For a `lint` that will parse in several threads (a site of about a hundred files or more,
// no files named), Node is first started again with the V8 flags below (where Node can replace its own process), then
// the command runs (cli.ts). A small site or a pre-commit hook's few files lint in one thread, where the second start
// of Node (about 0.1 s) would cost more than the flags save.
//
// Why: the linter parses in two threads at once, and V8's helper threads then take the core the other thread was
// parsing on. Two flags keep that work small:
// - `--single-threaded-gc`: by default each thread's garbage collector hands work to helper threads, and the
//   collection waits for them. With the collector in its own thread only, the 1,000-article benchmark lints 1% to 28%
//   faster on two cores (never slower), in about the same memory.
// - `--max-inlined-bytecode-size-cumulative=300` (V8's default is 920): each thread compiles the same hot code with
//   TurboFan in the background, and a smaller inlining budget makes those compilations smaller. The benchmark's lint
//   then runs 3% fewer instructions and, interleaved with the default, about 15% less CPU and wall time
//   (docs/benchmarks.md).
// V8 flags cannot be changed once a process runs (changing GC flags then crashes it), and worker threads share their
// process's flags, so the process itself is replaced: `process.execve` keeps the process id, its stdin/stdout/stderr
// and its environment.
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node's cache of compiled modules on disk (in the OS temp folder, as TypeScript's `tsc` uses it;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off): from the second run on, the command (cli.js and the chunks it loads,
// about 2 MB with the parser and the rules, bundled by scripts/bundle.mjs) loads without compiling. The cache only
// serves modules loaded after it is enabled, hence the import below; the lint workers enable it too.
module.enableCompileCache?.();
const { lintsInThreads, main } = await import('./cli.js');

const LINT_V8_FLAGS = ['--single-threaded-gc', '--max-inlined-bytecode-size-cumulative=300'];
/** Set to 0 to run `lint` without restarting Node (the flags then stay as Node was started). */
const OPT_OUT = 'ASTRO_LINKABLE_RESTART';

const args = process.argv.slice(2);
if (args[0] === 'lint' && canRestart() && (await lintsInThreads(args, process.cwd()))) {
  try {
    process.execve!(process.execPath, [process.execPath, ...process.execArgv, ...LINT_V8_FLAGS, fileURLToPath(import.meta.url), ...args], process.env);
  } catch {
    // execve(2) failed and this process goes on as it is: lint runs here, without the flags.
  }
}

try {
  process.exitCode = await main(args, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
} catch (error) {
  process.stderr.write(`astro-linkable: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
}

function canRestart(): boolean {
  // Windows and Node before 22.15 have no execve; a debugger attached to this process would lose it.
  if (typeof process.execve !== 'function' || process.env[OPT_OUT] === '0') return false;
  return !process.execArgv.some((flag) => LINT_V8_FLAGS.includes(flag) || /^--(?:inspect|debug)/.test(flag));
}
