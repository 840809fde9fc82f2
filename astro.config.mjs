// The workspace's main job: `npm run build` builds the demo site with astro-linkable enabled.
// The demo site's own settings live in demo-site/astro.config.mjs, so running Astro from
// either the repo root or demo-site/ gives the same site.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import demoConfig from './demo-site/astro.config.mjs';

const demo = (path) => fileURLToPath(new URL(`./demo-site/${path}`, import.meta.url));

// Astro resolves srcDir/publicDir/outDir against the directory it runs in, not against `root`, so name them all.
export default defineConfig({
  ...demoConfig,
  root: demo(''),
  srcDir: demo('src'),
  publicDir: demo('public'),
  outDir: demo('dist'),
  cacheDir: demo('node_modules/.astro'),
});
