// Bundles the linter's two entry points after `tsc` (the package's `build` script runs it): `dist/cli.js`, the
// `astro-linkable` command, and `dist/lint/lint-thread.js`, the work of a lint worker thread. Each is replaced in place
// by one file holding it and every module it imports, dependencies included; the rest of `dist` stays as tsc wrote it.
//
// Why: a lint thread otherwise loads about 520 modules (the parser, zod, yaml…), which takes 0.3–0.7 s per thread
// before it parses anything, and the bundled code also runs faster: on the 1,000-article benchmark the lint takes
// about 15% less time (docs/benchmarks.md). The integration inside `astro build` lints with the same worker file.
//
// Three things keep the bundles faithful to the modules they replace:
// - `import.meta.url` in a module of ours becomes the URL that module had (relative to the bundle), so the files it
//   locates (the worker, the config stand-in, package.json) are found as before;
// - a dependency that reads `import.meta.url` itself would locate files from the bundle's folder, so it fails the build;
// - CommonJS dependencies get a `require` made for the bundle's own URL.
// The bundled packages' licences are written to dist/THIRD-PARTY-NOTICES.md, and a licence not known to allow this
// fails the build.
import { readFile, writeFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
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
const BUNDLE_MARK = '// Bundled by astro-linkable/scripts/bundle.mjs';
const REQUIRE_BANNER = BUNDLE_MARK + "\nimport { createRequire as __linkableCreateRequire } from 'node:module';\nconst require = __linkableCreateRequire(import.meta.url);";

const bundledPackages = new Map();
for (const entry of ENTRIES) {
  const outfile = path.join(dist, entry);
  if (readFileSync(outfile, 'utf8').startsWith(BUNDLE_MARK)) {
    throw new Error(`${outfile} is a bundle already: run the package's \`npm run build\` (tsc, then this script).`);
  }
  const result = await build({
    entryPoints: [outfile],
    outfile,
    allowOverwrite: true,
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
    plugins: [astroExternal(), moduleUrls(path.dirname(outfile))],
  });
  for (const input of Object.keys(result.metafile.inputs)) {
    const owner = packageOf(path.resolve(input));
    if (owner) bundledPackages.set(owner.name, owner);
  }
}
await writeFile(path.join(dist, 'THIRD-PARTY-NOTICES.md'), notices([...bundledPackages.values()]));

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
function moduleUrls(bundleDir) {
  return {
    name: 'astro-linkable-module-urls',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return { contents: text, loader: 'js' };
        if (!args.path.startsWith(dist + path.sep)) {
          throw new Error(`${args.path} reads import.meta.url, which would point at the bundle instead; leave its package out of the bundle (esbuild "external").`);
        }
        const relative = `./${path.relative(bundleDir, args.path).split(path.sep).join('/')}`;
        return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`), loader: 'js' };
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
    `\`dist/${ENTRIES.join('` and `dist/')}\` are bundles (scripts/bundle.mjs) that include code from these packages:`,
    '',
  ];
  for (const pkg of sorted) {
    lines.push(`## ${pkg.name} ${pkg.version} (${pkg.license})`, '');
    lines.push(pkg.text ? pkg.text.split(/\r?\n/).map((line) => `    ${line}`.trimEnd()).join('\n') : `No licence file is shipped with the package; its package.json declares ${pkg.license}.`, '');
  }
  return `${lines.join('\n')}\n`;
}
