// Adds lockfile entries for platform binaries that the npm registry reachable here does not serve.
//
// Why: `npm install` on this machine can resolve only the linux-x64 builds of some native packages (for example
// @astrojs/compiler-binding-darwin-arm64@0.5.1 answers 404 here), so it writes a lockfile without the other
// platforms' optional entries, and `npm ci` then rejects the lockfile as out of sync. An entry that names the
// package's os/cpu lets `npm ci` see the dependency as satisfied and skip it on this platform without fetching.
// Run after any `npm install` that rewrites package-lock.json: `node scripts/lock-platform-placeholders.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

/** os/cpu/libc of a platform package, read from the conventional suffix of its name. */
function platformOf(name) {
  const suffix = name.slice(name.lastIndexOf('-binding-') + '-binding-'.length);
  const [os, cpu, abi] = suffix.split('-');
  const platform = { os: [os === 'win32' ? 'win32' : os], cpu: [cpu] };
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  if (abi === 'gnu' || abi === 'musl') platform.libc = [abi === 'gnu' ? 'glibc' : 'musl'];
  return platform;
}

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!/-binding-/.test(name)) continue;
    const parentDir = key ? `${key}/` : '';
    const candidates = [`${parentDir}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((candidate) => packages[candidate])) continue;
    packages[`node_modules/${name}`] = { version, optional: true, ...platformOf(name) };
    added++;
  }
}
if (added > 0) {
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
}
console.log(`lock-platform-placeholders: added ${added} entr${added === 1 ? 'y' : 'ies'}`);
