// The integration's entry (what `import linkable from 'astro-linkable'` loads) stays light, and hands every hook the
// integration has to it: a config reads in milliseconds, and no hook is lost on the way.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import astroLinkable from '../packages/astro-linkable/src/index.js';
import { createIntegration } from '../packages/astro-linkable/src/integration.js';

const entry = fileURLToPath(new URL('../packages/astro-linkable/dist/index.js', import.meta.url));

describe('the integration entry', () => {
  it('delegates exactly the hooks the integration has', () => {
    expect(Object.keys(astroLinkable().hooks).sort()).toEqual(Object.keys(createIntegration({}).hooks).sort());
  });

  it('loads no feature module until a hook runs', () => {
    // A real Node process (vitest's module runner bypasses Node's hooks), counting the modules the entry loads.
    const script = `
      import { registerHooks } from 'node:module';
      const loaded = [];
      registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
      const { default: linkable } = await import(${JSON.stringify(pathToFileURL(entry).href)});
      linkable({ failOn: 'warn' });
      console.log(JSON.stringify(loaded.filter((url) => url.startsWith('file:')).map((url) => url.split('/dist/').pop())));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(['index.js', 'integration-options.js']);
  });
});
