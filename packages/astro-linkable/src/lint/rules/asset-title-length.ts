// `asset-title-length`: a title too long for a share card.
import { defineRule } from '../rule.js';

/** Made at the first title that is not plain ASCII: creating it loads ICU's grapheme rules (about 17 ms per thread). */
let segmenter: Intl.Segmenter | undefined;

/** Characters as people count them: an emoji or a letter with its accent is one. */
function graphemes(text: string): number {
  // Plain ASCII (most titles) needs no segmenting.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let count = 0;
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

export default defineRule({
  id: 'asset-title-length',
  description: 'A title too long for a share card (default more than 70 characters).',
  defaultSeverity: 'warn',
  defaultOptions: { maxLength: 70 },
  docs: {
    why: 'Social platforms and search results cut long titles, and a share card has to shrink or clamp them; a short title survives every place it is shown.',
    details: 'The title is frontmatter `title`, else the first `#` heading. Length is counted in characters as people see them (an emoji counts once).',
    options: { maxLength: 'Longest acceptable title in characters (default `70`).' },
    failing: {
      title: 'An 85-character title',
      source: ['---', 'title: The complete and definitive guide to writing invoices that small business clients pay', '---', '', 'An invoice needs a number.', ''].join('\n'),
    },
    passing: {
      title: 'A title that fits',
      source: ['---', 'title: How to write an invoice clients pay on time', '---', '', 'An invoice needs a number.', ''].join('\n'),
    },
  },
  check(doc, { facts, options }) {
    const maxLength = Number(options.maxLength);
    const length = graphemes(doc.title);
    if (length <= maxLength) return [];
    const fromFrontmatter = typeof doc.frontmatter.title === 'string' && doc.frontmatter.title.trim() !== '';
    const span = fromFrontmatter ? facts.locate.frontmatter(['title']) : (doc.headings.find((heading) => heading.depth === 1)?.span ?? facts.locate.documentStart());
    return [{ message: `Title is ${length} characters; keep it to ${maxLength} or fewer so share cards and search results show it whole.`, span }];
  },
});
