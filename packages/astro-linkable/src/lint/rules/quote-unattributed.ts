// `quote-unattributed`: a quotation (blockquote or `<Quote>`) that credits nobody.
import type { Blockquote, LinkableDocument } from '../../model/types.js';
import { findUnattributedQuotes } from '../../contributors/lint.js';
import type { DocumentFacts } from '../document-facts.js';
import { defineRule } from '../rule.js';

/** `"…" — Name` or `"…" <span class="source">-- Name</span>` on the quote's last line, after the closing mark. */
const INLINE_ATTRIBUTION = /["”»’]\s*(?:—|–|―|-{2,3}|~)\s*\S/;
const OPENING_QUOTE_MARK = /^\s*["“„«‘]/;

export default defineRule({
  id: 'quote-unattributed',
  description: 'A blockquote with no attribution.',
  defaultSeverity: 'warn',
  defaultOptions: {},
  docs: {
    why: 'A person credited by name shares the page and links to it; an anonymous quote earns nothing and reads as made up.',
    details: [
      'A blockquote is attributed when its last line starts with a dash (`— Jane Doe, Acme`) or a dash follows the closing quotation mark, or when the paragraph right before it introduces it (ends with a colon: "As Dana Whitcombe put it:"). An MDX `<Quote>` needs a `by` attribute.',
      '',
      'Blockquotes are also used for notes and asides, so only quotations are checked: a blockquote that opens with a quotation mark, or any blockquote on a page that features people (frontmatter `contributors`, `<Quote>` elements or attributed quotes). Callouts (`> [!NOTE]`, `> **Tip:**`) are never quotes.',
    ].join('\n'),
    failing: {
      title: 'A quotation without a name',
      source: ['---', 'title: Getting paid', '---', '', '> "Send the invoice the day the work is done."', ''].join('\n'),
    },
    passing: {
      title: 'A quotation that credits its author',
      source: ['---', 'title: Getting paid', '---', '', '> "Send the invoice the day the work is done."', '> — Dana Whitcombe, Whitcombe Advisory', ''].join('\n'),
    },
  },
  check(doc, { facts }) {
    const featuresPeople = doc.contributorIds.length > 0 || doc.quotes.length > 0;
    const excused = excusedBlockquotes(doc, facts, featuresPeople);
    return findUnattributedQuotes(doc).filter((report) => !excused.has(report.span.start.offset));
  },
});

/** Start offsets of blockquotes that are attributed in ways the model does not read, or that are not quotations. */
function excusedBlockquotes(doc: LinkableDocument, facts: DocumentFacts, featuresPeople: boolean): Set<number> {
  const excused = new Set<number>();
  let introducedBlock = -2;
  for (const quote of doc.blockquotes) {
    if (quote.attribution) continue;
    const blocks = blocksOf(doc, quote);
    const first = blocks[0];
    const before = first === undefined ? undefined : facts.sentencesByBlock.get(first - 1);
    const leadIn = before ? doc.sentences[before[before.length - 1]] : undefined;
    const introduced = (leadIn !== undefined && leadIn.block !== 'heading' && /:\s*$/.test(leadIn.text)) || first - 1 === introducedBlock;
    if (introduced) introducedBlock = blocks[blocks.length - 1];
    if (introduced || INLINE_ATTRIBUTION.test(quote.text) || (!featuresPeople && !OPENING_QUOTE_MARK.test(quote.text))) {
      excused.add(quote.span.start.offset);
    }
  }
  return excused;
}

/** Block indexes of the sentences inside a blockquote, in order. */
function blocksOf(doc: LinkableDocument, quote: Blockquote): number[] {
  const blocks: number[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.span.start.offset < quote.span.start.offset) continue;
    if (sentence.span.start.offset >= quote.span.end.offset) break;
    if (blocks[blocks.length - 1] !== sentence.blockIndex) blocks.push(sentence.blockIndex);
  }
  return blocks;
}
