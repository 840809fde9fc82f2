// `astro-linkable lint` reads a site's config with a stand-in for `astro/config` (fast), and again with Astro's own
// module when the stand-in cannot do (mergeConfig, a missing export, any error). Each case runs in a real Node
// process, as the CLI does: the stand-in works through Node's module hooks, which vitest's module runner bypasses.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const reader = path.join(repo, 'packages/astro-linkable/dist/lint/astro-config.js');
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'astro-linkable-config-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Writes a site with these files and reads its config in a fresh Node process, as the CLI does. */
function readConfig(name: string, files: Record<string, string>) {
  const root = path.join(work, name);
  mkdirSync(root, { recursive: true });
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, file), text);
  const script = `
    const { readSiteConfig } = await import(${JSON.stringify(reader)});
    try {
      const config = await readSiteConfig(${JSON.stringify(root)});
      console.log(JSON.stringify({ loader: config.loader, options: config.userOptions, site: config.astro.site, srcDir: config.astro.srcDir.href }));
    } catch (error) {
      console.log(JSON.stringify({ error: error.name + ': ' + error.message }));
    }`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: root });
  expect(result.stderr).toBe('');
  return { root, ...JSON.parse(result.stdout) };
}

describe('reading the site config for astro-linkable lint', () => {
  it('reads a plain config with the stand-in, helpers that only fill other fields included', () => {
    const result = readConfig('plain', {
      'astro.config.mjs': `import { defineConfig, envField, passthroughImageService, fontProviders } from 'astro/config';
import linkable from 'astro-linkable';
export default defineConfig({
  site: 'https://plain.example',
  srcDir: './content-src',
  image: { service: passthroughImageService() },
  env: { schema: { API_KEY: envField.string({ context: 'server', access: 'secret' }) } },
  experimental: { fonts: [{ provider: fontProviders.google(), name: 'Inter', cssVariable: '--font-inter' }] },
  integrations: [linkable({ minScore: 61, site: { name: 'Plain "Site" <b>' } })],
});
`,
    });
    expect(result).toMatchObject({
      loader: 'light',
      options: { minScore: 61, site: { name: 'Plain "Site" <b>' } },
      site: 'https://plain.example',
      srcDir: `file://${result.root}/content-src/`,
    });
  });

  it('reads a config that needs the real module (mergeConfig in a module it imports) with Astro, fresh', () => {
    const result = readConfig('merged', {
      'base.mjs': `import { defineConfig, mergeConfig } from 'astro/config';
export const base = mergeConfig(defineConfig({ site: 'https://merged.example' }), { trailingSlash: 'always' });
`,
      'astro.config.mjs': `import { defineConfig } from 'astro/config';
import linkable from 'astro-linkable';
import { base } from './base.mjs';
export default defineConfig({ ...base, integrations: [linkable({ minScore: 42 })] });
`,
    });
    expect(result).toMatchObject({ loader: 'astro', options: { minScore: 42 }, site: 'https://merged.example' });
  });

  it('reads a config exported as a (async) function that calls mergeConfig', () => {
    const result = readConfig('function', {
      'astro.config.mjs': `import { mergeConfig } from 'astro/config';
import linkable from 'astro-linkable';
export default async () => mergeConfig({ site: 'https://function.example' }, { integrations: [linkable({ minScore: 7 })] });
`,
    });
    expect(result).toMatchObject({ loader: 'astro', options: { minScore: 7 }, site: 'https://function.example' });
  });

  it("reports the real module's error when a config imports a name astro/config does not have", () => {
    const result = readConfig('missing-export', {
      'astro.config.mjs': `import { defineConfig, defineSomethingNew } from 'astro/config';
import linkable from 'astro-linkable';
export default defineConfig({ integrations: [linkable()] });
`,
    });
    expect(result.error).toMatch(/^SiteConfigError: Could not load .*missing-export\/astro\.config\.mjs: .*does not provide an export named 'defineSomethingNew'/);
  });

  it("reports the config's own error, naming the file", () => {
    const result = readConfig('throws', {
      'astro.config.mjs': `import { defineConfig } from 'astro/config';
throw new Error('SITE_URL is not set');
export default defineConfig({});
`,
    });
    expect(result.error).toMatch(/^SiteConfigError: Could not load .*throws\/astro\.config\.mjs: SITE_URL is not set$/);
  });
});
