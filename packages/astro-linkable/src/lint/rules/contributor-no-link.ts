// `contributor-no-link`: a featured contributor with no website to link back from.
import { findContributorsWithoutLink } from '../../contributors/lint.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'contributor-no-link',
  description: 'A featured contributor with no website to link to.',
  defaultSeverity: 'warn',
  defaultOptions: {},
  needsContributors: true,
  docs: {
    why: 'Featuring someone earns a link when they have a site to put it on; without a website in the registry their page links nowhere they control.',
    details:
      'A contributor is featured through frontmatter `contributors`, `<Quote by>`, or a blockquote attribution matching their name or an alias. Runs only when the site has a registry. The examples run with a registry holding `dana-whitcombe` (with a website) and `sam-okafor` (without).',
    failing: {
      title: 'Featuring a contributor with no website',
      source: ['---', 'title: Getting paid', 'contributors: [sam-okafor]', '---', '', 'Five experts on getting paid.', ''].join('\n'),
    },
    passing: {
      title: 'Featuring a contributor with a website',
      source: ['---', 'title: Getting paid', 'contributors: [dana-whitcombe]', '---', '', 'Five experts on getting paid.', ''].join('\n'),
    },
  },
  check(doc, { contributors }) {
    return contributors ? findContributorsWithoutLink(doc, contributors) : [];
  },
});
