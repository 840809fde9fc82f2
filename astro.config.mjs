// The workspace's main job: `npm run build` builds the demo site with astro-linkable enabled.
// The demo site's own settings live in demo-site/astro.config.mjs, so running Astro from
// either the repo root or demo-site/ gives the same site.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import demoConfig from './demo-site/astro.config.mjs';

export default defineConfig({
  ...demoConfig,
  root: fileURLToPath(new URL('./demo-site/', import.meta.url)),
});
