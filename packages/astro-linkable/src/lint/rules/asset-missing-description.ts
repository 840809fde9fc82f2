// `asset-missing-description`: an asset with no description for share cards and pitches.
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'asset-missing-description',
  description: 'An asset with no description (share cards and pitches need one).',
  defaultSeverity: 'warn',
  defaultOptions: {},
  docs: {
    why: 'The description is the sentence a share card, a search result and an outreach pitch lead with; without one, platforms pick a random line of the page.',
    details: 'The description is frontmatter `description` (or `summary`, `excerpt`).',
    failing: {
      title: 'No description in the frontmatter',
      source: ['---', 'title: How to write an invoice', '---', '', 'An invoice needs a number, a date and a due date.', ''].join('\n'),
    },
    passing: {
      title: 'A description',
      source: ['---', 'title: How to write an invoice', 'description: What every invoice needs so that it gets paid on time.', '---', '', 'An invoice needs a number, a date and a due date.', ''].join('\n'),
    },
  },
  check(doc, { facts }) {
    if (doc.description) return [];
    return [
      {
        message: 'The page has no description. Add `description` to the frontmatter: one or two sentences that make someone want to cite the page.',
        span: doc.bodyOffset > 0 ? facts.locate.frontmatter(['title']) : facts.locate.documentStart(),
      },
    ];
  },
});
