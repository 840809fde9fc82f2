// Tallyhouse, the demo site: a fictional bookkeeping SaaS whose content team uses astro-linkable.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import linkable from 'astro-linkable';

export default defineConfig({
  site: 'https://www.tallyhouse.example',
  integrations: [
    mdx(),
    linkable({
      site: { name: 'Tallyhouse' },
    }),
  ],
});
