// The published package works outside this workspace: `npm pack`, install into a fresh Astro 7 site, build it, and
// lint it with the installed command (a bundle, scripts/bundle.mjs).
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = path.join(repo, 'packages/astro-linkable');
let site: string | undefined;

afterAll(async () => {
  if (site) await rm(site, { recursive: true, force: true });
});

type LockEntry = {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  peer?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};

/** The workspace lock's entries that astro and astro-linkable need, re-rooted for a standalone site. */
async function lockfileFor(tarball: string, tarballBytes: Buffer, astroVersion: string) {
  const workspaceLock = JSON.parse(await readFile(path.join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const entries = workspaceLock.packages;
  const packageJson = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8'));
  const picked: Record<string, LockEntry> = {};
  const resolveFrom = (from: string, name: string): string | undefined => {
    let base = from;
    for (;;) {
      const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (entries[candidate] && !entries[candidate].link) return candidate;
      if (!base) return undefined;
      const index = base.lastIndexOf('/node_modules/');
      base = index === -1 ? '' : base.slice(0, index);
    }
  };
  const visit = (from: string, dependencies: Record<string, string>, optional: boolean) => {
    for (const name of Object.keys(dependencies)) {
      const key = resolveFrom(from, name);
      if (!key) {
        if (optional) continue;
        throw new Error(`workspace lock has no ${name} (needed by ${from || 'the site'})`);
      }
      if (picked[key]) continue;
      const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = entries[key];
      // The workspace lock holds only this platform's optional binaries; list just those so the lock is consistent.
      if (entry.optionalDependencies) {
        entry.optionalDependencies = Object.fromEntries(Object.entries(entry.optionalDependencies).filter(([name]) => resolveFrom(key, name)));
      }
      // With a tarball URL and integrity npm reads the tarball from its cache; without one it asks the registry.
      if (!entry.resolved && entry.version) {
        const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
        entry.resolved = `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
      }
      picked[key] = entry;
      const optionalPeers = Object.fromEntries(Object.entries(entry.peerDependencies ?? {}).filter(([peer]) => !entry.peerDependenciesMeta?.[peer]?.optional));
      visit(key, { ...entry.dependencies, ...optionalPeers }, false);
      visit(key, entry.optionalDependencies ?? {}, true);
    }
  };
  visit('', { astro: astroVersion, ...packageJson.dependencies }, false);
  const { createHash } = await import('node:crypto');
  picked['node_modules/astro-linkable'] = {
    version: packageJson.version,
    resolved: `file:${tarball}`,
    integrity: `sha512-${createHash('sha512').update(tarballBytes).digest('base64')}`,
    dependencies: packageJson.dependencies,
  };
  return {
    name: 'fresh-site',
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name: 'fresh-site', dependencies: { astro: astroVersion, 'astro-linkable': `file:./${tarball}` } }, ...picked },
  };
}

describe('npm pack', () => {
  it('installs into a fresh Astro site outside the workspace and builds with the integration', { timeout: 600_000 }, async () => {
    site = await mkdtemp(path.join(tmpdir(), 'linkable-pack-'));
    const { stdout: packed } = await run('npm', ['pack', '--pack-destination', site, '--json'], { cwd: packageDir });
    const tarball = JSON.parse(packed)[0].filename as string;
    const files = (JSON.parse(packed)[0].files as Array<{ path: string }>).map((file) => file.path);
    expect(files).toContain('dist/index.js');
    expect(files.some((file) => file.startsWith('src/'))).toBe(false);
    expect(files).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/lint/lint-thread.js', 'dist/THIRD-PARTY-NOTICES.md']));

    const astroVersion = JSON.parse(await readFile(path.join(repo, 'node_modules/astro/package.json'), 'utf8')).version;
    await writeFile(
      path.join(site, 'package.json'),
      JSON.stringify({ name: 'fresh-site', private: true, type: 'module', dependencies: { astro: astroVersion, 'astro-linkable': `file:./${tarball}` } }, null, 2),
    );
    await writeFile(
      path.join(site, 'astro.config.mjs'),
      "import { defineConfig } from 'astro/config';\nimport linkable from 'astro-linkable';\nexport default defineConfig({ site: 'https://fresh.example', integrations: [linkable()] });\n",
    );
    await mkdir(path.join(site, 'src/pages'), { recursive: true });
    await writeFile(path.join(site, 'src/pages/index.md'), '---\ntitle: Fresh site\n---\n\n# Fresh site\n\nAbout 40% of sites have no sources.\n');

    // Offline: a lockfile cut from the workspace's lets `npm ci` take every tarball from the cache that the
    // workspace's own `npm ci` filled, so nothing downloads at test time.
    const tarballBytes = await readFile(path.join(site, tarball));
    const lock = await lockfileFor(tarball, tarballBytes, astroVersion);
    await writeFile(path.join(site, 'package-lock.json'), JSON.stringify(lock, null, 2));
    await run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: site, timeout: 480_000 });
    const astroBin = path.join(site, 'node_modules/astro/bin/astro.mjs');
    const { stdout, stderr } = await run(process.execPath, [astroBin, 'build'], { cwd: site, timeout: 300_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    // Colours can still come through (CI=true turns them on in some loggers); assert on what a person reads.
    const output = (stdout + stderr).replace(/\u001b\[[0-9;]*m/g, '');
    expect(output).toContain('[astro-linkable] Read 1 source');
    expect(await readFile(path.join(site, 'dist/index.html'), 'utf8')).toContain('Fresh site');

    // The command as npm installed it (the unsourced statistic is a warning by default, so it exits 0).
    const lint = await run(process.execPath, [path.join(site, 'node_modules/astro-linkable/dist/bin.js'), 'lint', '--format', 'json'], { cwd: site, timeout: 120_000 });
    expect(lint.stderr).toBe('');
    const report = JSON.parse(lint.stdout) as { findings: Array<{ file: string; line: number; ruleId: string }> };
    expect(report.findings).toContainEqual(expect.objectContaining({ file: 'src/pages/index.md', line: 7, ruleId: 'statistic-needs-source' }));
  });
});
