// Whether a raw Markdown sentence cites a source: the text-only check the statistic-needs-source evaluation runs on the
// labelled JSONL. The real rule reads `sentence.links` and `sentence.footnoteRefs` from the document model instead.

/** `[text](url)`, `[text][ref]`, `[^note]`, `<a href>`, `<https://…>` or a bare URL. */
const SOURCE = /\]\([^)\s]+[^)]*\)|\]\[[^\]]+\]|\[\^[^\]\s]+\]|<a\s[^>]*\bhref\s*=|<?\bhttps?:\/\/\S/i;

/** True when the sentence carries a link or a footnote reference. */
export function isSentenceSourced(sentenceText: string): boolean {
  return SOURCE.test(sentenceText);
}
