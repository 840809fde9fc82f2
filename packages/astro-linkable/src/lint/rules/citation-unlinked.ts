// `citation-unlinked`: a references, sources or bibliography list whose entries carry no URL.
import type { LinkableDocument, Sentence, Span } from '../../model/types.js';
import { defineRule, type RuleReport } from '../rule.js';

/** Headings (and lead-in lines such as "**Sources:**") that introduce a list of citations. */
const REFERENCES_TITLE =
  /^(?:references|sources|bibliography|works cited|citations|further reading|sources and notes|notes and sources|data sources|sources (?:and|&) methodology|endnotes|literature)\b/i;
const LEAD_IN = /^(?:sources?|references|bibliography)\s*:?$/i;
const ANCHOR_SUFFIX = /\s*\{#[^}]*\}\s*$/;
/** A DOI or a bare URL is a locator even when it is not a link. */
const LOCATOR_TEXT = /\bdoi:\s*10\.\d{4,}|\b10\.\d{4,}\/\S+|\bhttps?:\/\/\S+/i;

export default defineRule({
  id: 'citation-unlinked',
  description: 'A references, sources or bibliography list or section whose entries carry no URL.',
  defaultSeverity: 'warn',
  defaultOptions: {},
  docs: {
    why: 'A citation without a link cannot be followed, and the cited site never sees the referral that would make it notice you.',
    details:
      'A citation list is the content of a section whose heading is "References", "Sources", "Bibliography", "Works cited", "Citations", "Further reading", "Data sources", "Endnotes" (and similar), or a list right after a line that reads only "Sources:". Its entries are its list items (or its paragraphs when it has no list). An entry with a link, a bare URL or a DOI is linked. When no entry is linked, one finding points at the heading; otherwise each unlinked entry is reported.',
    failing: {
      title: 'A sources section with one entry that cannot be followed',
      source: [
        '---',
        'title: Cash flow facts',
        '---',
        '',
        'Most invoices are paid on time.',
        '',
        '## Sources',
        '',
        '- [Late Payment Monitor 2026](https://monitor.example/2026)',
        '- National Small Business Council, Owner Survey 2026',
        '',
      ].join('\n'),
    },
    passing: {
      title: 'Every entry links to what it cites',
      source: [
        '---',
        'title: Cash flow facts',
        '---',
        '',
        'Most invoices are paid on time.',
        '',
        '## Sources',
        '',
        '- [Late Payment Monitor 2026](https://monitor.example/2026)',
        '- [National Small Business Council, Owner Survey 2026](https://nsbc.example/owner-survey-2026)',
        '',
      ].join('\n'),
    },
  },
  check(doc, { facts }) {
    const reports: RuleReport[] = [];
    for (const list of citationLists(doc, facts.sentencesByBlock)) {
      const entries = list.entries.map((entry) => ({ entry, linked: isLinked(doc, entry) }));
      const unlinked = entries.filter((candidate) => !candidate.linked);
      if (unlinked.length === 0) continue;
      if (unlinked.length === entries.length) {
        reports.push({
          message: `None of the ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} under "${list.title}" links to what it cites. Add the URL (or DOI) of each source.`,
          span: list.span,
        });
        continue;
      }
      for (const { entry } of unlinked) {
        const first = entry[0].span.start;
        const last = entry[entry.length - 1].span.end;
        reports.push({ message: `Citation "${preview(entry.map((s) => s.text).join(' '))}" has no URL. Link the source it names.`, span: { start: first, end: last } });
      }
    }
    return reports;
  },
});

interface CitationList {
  title: string;
  span: Span;
  /** Each entry's sentences. */
  entries: Sentence[][];
}

function citationLists(doc: LinkableDocument, byBlock: Map<number, number[]>): CitationList[] {
  const lists: CitationList[] = [];
  const titled = doc.headings.some((heading) => REFERENCES_TITLE.test(heading.text));
  const leadIn = doc.sentences.some((sentence) => sentence.block === 'paragraph' && sentence.text.length < 16 && LEAD_IN.test(sentence.text));
  if (!titled && !leadIn) return lists;
  const blocks = [...byBlock.entries()].sort(([a], [b]) => a - b);
  doc.headings.forEach((heading, index) => {
    const title = heading.text.replace(ANCHOR_SUFFIX, '');
    if (!REFERENCES_TITLE.test(title)) return;
    let end = doc.headings.findIndex((other, j) => j > index && other.depth <= heading.depth);
    if (end === -1) end = doc.headings.length;
    const inSection = blocks
      .map(([, indexes]) => indexes.map((i) => doc.sentences[i]))
      .filter((sentences) => sentences[0].block !== 'heading' && sentences[0].section >= index && sentences[0].section < end);
    const items = inSection.filter((sentences) => sentences[0].block === 'listItem');
    const entries = items.length > 0 ? items : inSection.filter((sentences) => sentences[0].block === 'paragraph');
    if (entries.length > 0) lists.push({ title, span: heading.span, entries });
  });
  // A list right after a line that only says "Sources:".
  if (!leadIn) return lists;
  blocks.forEach(([, indexes], position) => {
    const sentences = indexes.map((i) => doc.sentences[i]);
    if (sentences[0].block !== 'paragraph' || sentences.length > 1 || !LEAD_IN.test(sentences[0].text)) return;
    const text = sentences[0].text.trim();
    const entries: Sentence[][] = [];
    for (let next = position + 1; next < blocks.length; next++) {
      const item = blocks[next][1].map((i) => doc.sentences[i]);
      if (item[0].block !== 'listItem') break;
      entries.push(item);
    }
    if (entries.length > 0) lists.push({ title: text.replace(/:$/, ''), span: { start: sentences[0].span.start, end: sentences[sentences.length - 1].span.end }, entries });
  });
  return lists;
}

function isLinked(doc: LinkableDocument, entry: Sentence[]): boolean {
  return entry.some(
    (sentence) =>
      sentence.links.some((i) => doc.links[i].kind === 'external' || doc.links[i].kind === 'internal' || doc.links[i].kind === 'other') ||
      LOCATOR_TEXT.test(sentence.text) ||
      sentence.footnoteRefs.some((label) => doc.footnotes.find((footnote) => footnote.label === label)?.links.length),
  );
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
