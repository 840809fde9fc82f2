// `no-outbound-citations`: a page that states statistics but links to no other site at all.
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'no-outbound-citations',
  description: 'A page states statistics but links to no external source at all.',
  defaultSeverity: 'warn',
  defaultOptions: {},
  docs: {
    why: 'A page of numbers with no outbound citations reads as unverifiable, and the sources it could have cited are the first sites that would have shared it.',
    details:
      'Counts statistics that are not the page\'s own findings. Links to the site\'s own domains (Astro `site` and the `site.domains` option) are not outbound. The finding points at the first such statistic.',
    failing: {
      title: 'Figures, and no link to any other site',
      source: ['---', 'title: Invoice facts', '---', '', 'Half of all invoices are paid late. The average delay is 12 days.', ''].join('\n'),
    },
    passing: {
      title: 'At least one figure links to its source',
      source: ['---', 'title: Invoice facts', '---', '', 'Half of all invoices are paid late, says the [Late Payment Monitor](https://monitor.example/2026). The average delay is 12 days.', ''].join('\n'),
    },
  },
  check(_doc, { facts }) {
    if (facts.outboundLinks.length > 0) return [];
    const needing = facts.statistics.filter((statistic) => !statistic.own);
    if (needing.length === 0) return [];
    return [
      {
        message: `The page states ${needing.length} statistic${needing.length === 1 ? '' : 's'} but links to no external source. Cite the studies the figures come from.`,
        span: needing[0].span,
      },
    ];
  },
});
