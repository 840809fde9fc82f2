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
      // The linkability linter prints its findings on every build and writes linkable-report/lint.json and lint.sarif.
      // Content findings are warnings: the statistics roundup keeps a few unsourced and dated figures on purpose, to
      // show what authors see. Only errors (a page that cannot be read, invalid frontmatter) fail the build.
      failOn: 'error',
      // Share cards in Tallyhouse green with the tally mark (rendered to dist/_linkable/cards/ at build time).
      cards: {
        square: true, // also 1080x1080 stat cards, for Instagram and LinkedIn
        theme: { background: '#12352A', foreground: '#FBFAF7', accent: '#F0A060', muted: '#9DB5AA', logo: 'public/favicon.svg' },
      },
      // Infographics and data are free to republish under CC BY 4.0 (see the infographic page's terms).
      embeds: { license: 'https://creativecommons.example/licenses/by/4.0/' },
      // Contributor pages in the site's own layout (the package's default pages are plain, standalone HTML).
      contributors: {
        components: {
          profile: './src/components/ContributorPage.astro',
          index: './src/components/ContributorsPage.astro',
        },
      },
      // The PR team's files (see data/README.md); the plan lands in linkable-report/outreach.html.
      outreach: {
        prospects: 'data/prospects.csv',
        backlinks: ['data/ahrefs-backlinks.tsv', 'data/semrush-backlinks.csv', 'data/ahrefs-broken-backlinks.tsv'],
        alreadyLinking: ['data/own-backlinks.csv'],
        // A competitor, listed on the prospect sheet by mistake; and the licence site the infographic page links to.
        exclude: ['ledgerly.example'],
        genericDomains: ['creativecommons.example'],
      },
    }),
  ],
});
