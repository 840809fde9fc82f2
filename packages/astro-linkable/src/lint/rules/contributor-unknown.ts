// `contributor-unknown`: a contributor id the registry does not know.
import { findUnknownContributors } from '../../contributors/lint.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'contributor-unknown',
  description: 'A reference to a contributor id that is not in the registry.',
  defaultSeverity: 'warn',
  defaultOptions: {},
  needsContributors: true,
  docs: {
    why: 'A mistyped id leaves an expert without their contributor page and badge, the two things that make them link to you.',
    details:
      'Checks frontmatter `contributors` ids and `<Quote by>` ids against the contributor registry, and Markdown quote attributions against registry names and aliases. Runs only when the site has a registry. The examples run with a registry holding `dana-whitcombe` (Dana Whitcombe).',
    failing: {
      title: 'A misspelt id',
      source: ['---', 'title: Getting paid', 'contributors: [dana-whitcomb]', '---', '', 'Five experts on getting paid.', ''].join('\n'),
    },
    passing: {
      title: 'An id from the registry',
      source: ['---', 'title: Getting paid', 'contributors: [dana-whitcombe]', '---', '', 'Five experts on getting paid.', ''].join('\n'),
    },
  },
  check(doc, { contributors }) {
    return contributors ? findUnknownContributors(doc, contributors) : [];
  },
});
