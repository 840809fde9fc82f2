// The contributor checks as pure functions of a document and the registry: `contributor-unknown`,
// `contributor-no-link` and `quote-unattributed`. Each returns messages at places; the lint engine adds
// file, rule id and severity.
import type { Blockquote, LinkableDocument, Span } from '../model/types.js';
import { comparableName } from './attribution.js';

/** A registry entry as these checks need it (structurally the linter's `LintContributor`). */
export interface CheckedContributor {
  id: string;
  name: string;
  aliases?: string[];
  website?: string;
}

export type ContributorLookup = ReadonlyMap<string, CheckedContributor>;

export interface ContributorReport {
  message: string;
  span: Span;
}

/**
 * `contributor-unknown`: a frontmatter `contributors` id or a `<Quote by>` id that is not in the registry, and a
 * Markdown attribution naming someone the registry does not know (only when the site has a registry at all,
 * so sites without contributor pages are not told about every quote).
 */
export function findUnknownContributors(doc: LinkableDocument, contributors: ContributorLookup): ContributorReport[] {
  const reports: ContributorReport[] = [];
  doc.contributorIds.forEach((id, index) => {
    if (contributors.has(id)) return;
    reports.push({
      message: `Contributor "${id}" in frontmatter \`contributors\` is not in the contributor registry${suggestion(id, contributors)}. Fix the id or add an entry for them.`,
      span: doc.contributorIdSpans?.[index] ?? frontmatterStart(doc),
    });
  });
  const names = contributors.size > 0 ? namesOf(contributors) : undefined;
  for (const quote of doc.quotes) {
    if (quote.source === 'mdx') {
      if (quote.contributorId !== undefined && !contributors.has(quote.contributorId)) {
        reports.push({
          message: `<Quote by="${quote.contributorId}"> names a contributor who is not in the registry${suggestion(quote.contributorId, contributors)}; the quote is shown without a link to their page.`,
          span: quote.span,
        });
      }
    } else if (names && quote.name && !(quote.contributorId && contributors.has(quote.contributorId)) && !names.has(comparableName(quote.name))) {
      reports.push({
        message: `"${quote.name}" is quoted but not in the contributor registry, so they get no contributor page or badge. Add them to the registry, or add this spelling to an existing contributor's \`aliases\`.`,
        span: quote.span,
      });
    }
  }
  return reports.sort(bySpan);
}

/** `contributor-no-link`: a contributor the page features whose registry entry has no website to link to. */
export function findContributorsWithoutLink(doc: LinkableDocument, contributors: ContributorLookup): ContributorReport[] {
  const firstPlace = new Map<string, Span>();
  doc.contributorIds.forEach((id, index) => {
    if (!firstPlace.has(id)) firstPlace.set(id, doc.contributorIdSpans?.[index] ?? frontmatterStart(doc));
  });
  const names = namesOf(contributors);
  for (const quote of doc.quotes) {
    const id = quote.contributorId ?? (quote.name ? names.get(comparableName(quote.name))?.id : undefined);
    if (id && !firstPlace.has(id)) firstPlace.set(id, quote.span);
  }
  const reports: ContributorReport[] = [];
  for (const [id, span] of firstPlace) {
    const contributor = contributors.get(id);
    if (!contributor || contributor.website) continue;
    reports.push({
      message: `${contributor.name} (${id}) is featured here but has no \`website\` in the contributor registry. People link back from a site of their own: add their website so their page and badge point somewhere they control.`,
      span,
    });
  }
  return reports.sort(bySpan);
}

/** Callouts written as blockquotes (`> [!NOTE]`, `> **Tip:**`) are not quotes of anyone. */
const CALLOUT = /^\s*(?:\[!\s*(?:note|tip|important|warning|caution)\s*\]|(?:note|tip|important|warning|caution|info|nb)\s*[:.])/i;

/** `quote-unattributed`: a blockquote, or a `<Quote>` without `by`, that credits nobody. */
export function findUnattributedQuotes(doc: LinkableDocument): ContributorReport[] {
  const reports: ContributorReport[] = [];
  for (const blockquote of doc.blockquotes) {
    if (blockquote.attribution || isCallout(blockquote)) continue;
    reports.push({
      message: 'Blockquote has no attribution. End it with a line such as "— Jane Doe, Acme" (or use <Quote by="id">) so the person quoted is credited and can link to the page.',
      span: blockquote.span,
    });
  }
  for (const element of doc.mdxElements) {
    if (element.name !== 'Quote' || element.attributes.by !== undefined) continue;
    reports.push({ message: '<Quote> has no `by`: name the contributor (<Quote by="jane-doe">) so the quote is credited and linked to their page.', span: element.span });
  }
  return reports.sort(bySpan);
}

function isCallout(blockquote: Blockquote): boolean {
  return blockquote.text.trim() === '' || CALLOUT.test(blockquote.text);
}

function namesOf(contributors: ContributorLookup): Map<string, CheckedContributor> {
  const names = new Map<string, CheckedContributor>();
  for (const contributor of contributors.values()) {
    for (const name of [contributor.name, ...(contributor.aliases ?? [])]) {
      const key = comparableName(name);
      if (key && !names.has(key)) names.set(key, contributor);
    }
  }
  return names;
}

/** ` (did you mean "jane-doe"?)` for an id one or two edits away from a known one. */
function suggestion(id: string, contributors: ContributorLookup): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const known of contributors.keys()) {
    const distance = editDistance(id, known);
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function frontmatterStart(doc: LinkableDocument): Span {
  const point = { line: 1, column: 1, offset: 0 };
  return { start: point, end: { line: 1, column: 4, offset: Math.min(3, doc.bodyOffset) } };
}

function bySpan(a: ContributorReport, b: ContributorReport): number {
  return a.span.start.offset - b.span.start.offset;
}
