// The statistics an asset offers a journalist, and the few a pitch can quote as they stand.
import { documentStatistics, keyStatistics } from '../lint/document-statistics.js';
import type { DocumentStatistic, LinkableDocument } from '../model/types.js';

/** What the linter put on `doc.statistics`; read from the model the same way when the linter did not run. */
export function statisticsOf(doc: LinkableDocument): DocumentStatistic[] {
  return doc.statistics ?? documentStatistics(doc);
}

/** Sentences that point back at something the reader of a pitch has not seen ("It rose to 40%", "by that definition"). */
const LEANS_ON_CONTEXT = /^(?:it|its|this|that|these|those|they|their|he|she|the same|both|also|but|and|so)\b|\b(?:that|this|the same) (?:definition|figure|number|group|sample|period|survey|study)\b/i;

/** A whole sentence of email length that makes sense on its own. */
function quotable(text: string): boolean {
  return text.length >= 30 && text.length <= 240 && /[.!?)]["”’]?$/.test(text) && !LEANS_ON_CONTEXT.test(text);
}

/**
 * The page's key statistics (the linter's choice: declared first, then sourced, then its own findings) as sentences
 * a pitch can quote. A declared figure is quoted in the page's own sentence about it when there is one; figures
 * whose sentence only makes sense in context are passed over.
 */
export function pitchStatistics(doc: LinkableDocument, statistics: DocumentStatistic[], count: number): DocumentStatistic[] {
  const sentences = doc.sentences.filter((sentence) => sentence.block !== 'heading' && sentence.block !== 'tableCell' && quotable(sentence.text));
  const chosen: DocumentStatistic[] = [];
  const texts = new Set<string>();
  for (const statistic of keyStatistics(doc, count * 4, statistics)) {
    let quoted = statistic;
    if (statistic.origin !== 'text') {
      const sentence = sentences.find((candidate) => containsFigure(candidate.text, statistic.value));
      if (sentence) quoted = { ...statistic, text: sentence.text };
    }
    if (!quotable(quoted.text) || texts.has(quoted.text)) continue;
    texts.add(quoted.text);
    chosen.push(quoted);
    if (chosen.length >= count) break;
  }
  return chosen;
}

/** "38 days" in "paid 38 days after", but not in "138 days" or "3.38 days". */
function containsFigure(text: string, value: string): boolean {
  const pattern = value
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s*');
  return new RegExp(`(?<![\\d.,])${pattern}(?![\\d])`, 'i').test(text);
}
