// Bundles the linter's two entry points after `tsc` (the package's `build` script runs it): `dist/cli.js`, the
// `astro-linkable` command, and `dist/lint/lint-thread.js`, the work of a lint worker thread. Each is replaced in place
// by a bundle of it and every module it imports, dependencies included. What both share, and each module the command
// loads on demand, goes to `dist/chunks/`, so the command's own file stays small: it lists the sources and starts the
// workers before it loads the linter. The rest of `dist` stays as tsc wrote it (the integration runs from there).
//
// Why: a lint thread otherwise loads about 520 modules (the parser, zod, yaml…), which took 0.3–0.7 s per thread
// before it parsed anything; bundled, each thread begins linting about 0.4 s sooner and the benchmark's lint takes
// 5–15% less time (docs/benchmarks.md). `astro build` is not concerned: Astro loads the integration, which lints in
// its own thread from the modules tsc wrote.
//
// Three things keep the bundles faithful to the modules they replace:
// - `import.meta.url` in a module of ours becomes the URL that module had (from the URL of the file it lands in), so
//   the files it locates (the worker, the config stand-in, package.json) are found as before;
// - a dependency that reads `import.meta.url` itself would locate files from the bundle's folder, so it fails the build;
// - CommonJS dependencies get a `require` made for the bundle's own URL.
// Astro, a peer dependency, is never bundled. The bundled packages' licences are written to
// dist/THIRD-PARTY-NOTICES.md, and a licence not known to allow this fails the build.
import { readFile } from 'node:fs/promises';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(packageDir, 'dist');
const ENTRIES = ['cli.js', 'lint/lint-thread.js'];
const PERMISSIVE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0', 'Unlicense']);
// Left out of the bundles and imported from node_modules as usual: fdir (under tinyglobby) reads import.meta.url to
// require its optional picomatch.
const EXTERNAL = ['tinyglobby'];
/** The folder of dist/ that holds the shared chunks (emptied at each build). */
const CHUNKS = 'chunks';
/** Stands for dist/'s URL in the modules' code until each output file is written, where it becomes a URL relative to that file. */
const DIST_URL = '__ASTRO_LINKABLE_DIST_URL__';
/** Marks a bundle: bundling one again would nest the banner, so the script asks for a fresh tsc output instead. */
const BUNDLE_MARK = '// Bundled by astro-linkable/scripts/bundle.mjs';
const REQUIRE_BANNER = BUNDLE_MARK + "\nimport { createRequire as __linkableCreateRequire } from 'node:module';\nconst require = __linkableCreateRequire(import.meta.url);";

for (const entry of ENTRIES) {
  if (readFileSync(path.join(dist, entry), 'utf8').startsWith(BUNDLE_MARK)) {
    throw new Error(`${path.join(dist, entry)} is a bundle already: run the package's \`npm run build\` (tsc, then this script).`);
  }
}
const result = await build({
  entryPoints: ENTRIES.map((entry) => path.join(dist, entry)),
  outdir: dist,
  outbase: dist,
  splitting: true,
  chunkNames: `${CHUNKS}/[name]-[hash]`,
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external: EXTERNAL,
  // Licence comments stay with the code (dist/THIRD-PARTY-NOTICES.md has the full texts).
  legalComments: 'eof',
  banner: { js: REQUIRE_BANNER },
  metafile: true,
  logLevel: 'warning',
  plugins: [astroExternal(), moduleUrls()],
});
rmSync(path.join(dist, CHUNKS), { recursive: true, force: true });
mkdirSync(path.join(dist, CHUNKS));
for (const output of result.outputFiles) {
  // Where this output file sits relative to dist/: the modules in it locate their files from there.
  const toDist = path.relative(path.dirname(output.path), dist).split(path.sep).join('/');
  const distUrl = `new URL(${JSON.stringify(`${toDist || '.'}/`)}, import.meta.url)`;
  writeFileSync(output.path, output.text.replaceAll(DIST_URL, distUrl));
}
const bundledPackages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const owner = packageOf(path.resolve(input));
  if (owner) bundledPackages.set(owner.name, owner);
}
writeFileSync(path.join(dist, 'THIRD-PARTY-NOTICES.md'), notices([...bundledPackages.values()]));

/**
 * Astro is a peer dependency: the site's own copy is used (`astro/errors`…), never a copy in the bundle. `astro/zod`
 * only re-exports the zod that Astro depends on, and the linter's option and frontmatter schemas never reach Astro, so
 * that zod is bundled (96 modules less in each thread).
 */
function astroExternal() {
  return {
    name: 'astro-linkable-astro-external',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^astro(?:\/|$)/ }, (args) => (args.path === 'astro/zod' ? undefined : { path: args.path, external: true }));
    },
  };
}

/** Rewrites `import.meta.url` in our modules to the URL they had before bundling; refuses it in dependencies. */
function moduleUrls() {
  return {
    name: 'astro-linkable-module-urls',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return { contents: text, loader: 'js' };
        if (!args.path.startsWith(dist + path.sep)) {
          throw new Error(`${args.path} reads import.meta.url, which would point at the bundle instead; leave its package out of the bundle (esbuild "external").`);
        }
        const fromDist = path.relative(dist, args.path).split(path.sep).join('/');
        return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromDist)}, ${DIST_URL}).href`), loader: 'js' };
      });
    },
  };
}

/** The package a bundled file comes from (nearest package.json with a name under node_modules), if any. */
function packageOf(file) {
  if (!file.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
  for (let dir = path.dirname(file); dir.includes(`${path.sep}node_modules${path.sep}`); dir = path.dirname(dir)) {
    let manifest;
    try {
      manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    if (!manifest.name) continue;
    // `license` is an SPDX expression; old manifests have `license: { type }` or `licenses: [{ type }]`.
    const license = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? manifest.licenses?.map((entry) => entry.type).join(' OR '));
    if (!license || !license.split(/\s+OR\s+|[()]/).some((id) => PERMISSIVE.has(id.trim()))) {
      throw new Error(`${manifest.name}@${manifest.version} (${dir}) has the licence "${license ?? 'none'}", not one known to allow bundling (${[...PERMISSIVE].join(', ')}).`);
    }
    const licenseFile = readdirSync(dir).sort().find((name) => /^(?:licen[cs]e|copying)(?:[.-]|$)/i.test(name));
    const text = licenseFile ? readFileSync(path.join(dir, licenseFile), 'utf8').trim() : undefined;
    return { name: manifest.name, version: manifest.version, license, text };
  }
  return undefined;
}

function notices(packages) {
  const sorted = packages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const lines = [
    '# Third-party notices',
    '',
    `\`dist/${ENTRIES.join('`, `dist/')}\` and \`dist/${CHUNKS}/\` are bundles (scripts/bundle.mjs) that include code from these packages:`,
    '',
  ];
  for (const pkg of sorted) {
    lines.push(`## ${pkg.name} ${pkg.version} (${pkg.license})`, '');
    lines.push(pkg.text ? pkg.text.split(/\r?\n/).map((line) => `    ${line}`.trimEnd()).join('\n') : `No licence file is shipped with the package; its package.json declares ${pkg.license}.`, '');
  }
  return `${lines.join('\n')}\n`;
}
