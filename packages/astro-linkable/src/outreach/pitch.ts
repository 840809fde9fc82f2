// Drafts the one-paragraph pitch a PR person pastes into an email: what the piece is, its best figures, and the ask.
import type { AssetType, DocumentStatistic, LinkableDocument } from '../model/types.js';
import type { ContributorRecord } from './targets/contributors.js';

export interface PitchInput {
  doc: LinkableDocument;
  type: AssetType;
  /** Absolute URL of the page. */
  url: string;
  siteName: string;
  /** The strongest statistics, best first. */
  statistics: DocumentStatistic[];
  /** The author's topics first. */
  topics: string[];
  contributors: ContributorRecord[];
  /** The page has an embeddable infographic. */
  hasInfographic: boolean;
  /** The page has a downloadable dataset. */
  hasDataset: boolean;
}

/** The author's own `linkable.pitch` when they wrote one; otherwise a draft shaped by the kind of asset. */
export function draftPitch(input: PitchInput): string {
  const own = input.doc.linkable ? input.doc.linkable.pitch?.trim() : undefined;
  if (own) return tidy(own);
  const { doc, type, url, siteName } = input;
  const title = `“${tidy(doc.title).replace(/[.!]$/, '')}”`;
  const description = summary(doc);
  const figures = freshFigures(input.statistics, description);
  const topics = input.topics.slice(0, 2).map((topic) => topic.toLowerCase());
  const about = topics.length === 2 ? `${topics[0]} or ${topics[1]}` : (topics[0] ?? 'this');
  const author = authorName(doc);
  const dataOffer = input.hasDataset ? 'the full dataset' : 'the underlying data';

  const parts: string[] = [];
  switch (type) {
    case 'original-research':
      parts.push(`We've just published ${title}, new research from ${siteName}.`, description, ...figures.slice(0, 2));
      parts.push(`The full findings are free to cite and link to: ${url}.`);
      parts.push(author ? `If it helps with a story, we can share ${dataOffer} or set up a short interview with ${author}.` : `If it helps with a story, we're happy to share ${dataOffer}.`);
      break;
    case 'statistics':
      parts.push(`Our page ${title} collects the figures people ask us about most, each linked to its original source.`);
      if (figures.length > 0) parts.push(`A few that stand out: ${figures.slice(0, 2).join(' ')}`);
      else parts.push(description);
      parts.push(`If you're writing about ${about}, you're welcome to cite any of them and link to the page: ${url}.`);
      break;
    case 'infographic': {
      parts.push(`We've made a free infographic, ${title}.`, description, ...figures.slice(0, 1));
      const mentionsReuse = /republish|embed|reuse|free to use/i.test(description);
      parts.push(mentionsReuse ? `The embed code and the terms are on the page: ${url}.` : `It's free to republish with a credit link, and the embed code is on the page: ${url}.`);
      break;
    }
    case 'expert-roundup': {
      parts.push(`We've just published ${title}.`, description);
      const names = peopleList(input.contributors);
      if (names) parts.push(`It features ${names}.`);
      parts.push(`You're welcome to quote any of them with a link to the piece: ${url}.`);
      break;
    }
    case 'guide':
      parts.push(`We've published ${title}.`, description, ...figures.slice(0, 1));
      parts.push(`If your readers ask about ${about}, it could be a useful page to point them to: ${url}.`);
      break;
    case 'tool':
      parts.push(`We've built ${title}, free for anyone to use.`, description);
      parts.push(`If your readers would find it useful, here's the link: ${url}.`);
      break;
    case 'news':
      parts.push(`News from ${siteName}: ${title}.`, description, `The announcement is at ${url}; we're happy to answer questions.`);
      break;
    default:
      parts.push(`We've published ${title}.`, description, ...figures.slice(0, 1), `It's at ${url}.`);
  }
  return tidy(parts.filter(Boolean).join(' '));
}

/** The page's description, else its first sentences: what the piece is, in the author's words. */
function summary(doc: LinkableDocument): string {
  if (doc.description?.trim()) return sentenceCase(doc.description);
  const opening = doc.sentences.filter((sentence) => sentence.block === 'paragraph').slice(0, 2);
  return opening.map((sentence) => sentence.text).join(' ');
}

/** Statistic sentences that add something: not already said in the description, each ending as a sentence. */
function freshFigures(statistics: DocumentStatistic[], description: string): string[] {
  return statistics
    .filter((statistic) => !description.includes(statistic.value))
    .map((statistic) => sentenceCase(statistic.text));
}

/** "Elena Marsh, Head of Research at Tallyhouse" → "Elena Marsh". */
function authorName(doc: LinkableDocument): string | undefined {
  const author = doc.authors[0]?.split(/,| - | – /)[0]?.trim();
  return author || undefined;
}

/** "Priya Raman (Ledgerline Bookkeeping), Marcus Oyelaran (Oyelaran & Pike CPAs) and 3 others". */
function peopleList(contributors: ContributorRecord[]): string {
  const named = contributors.map((person) => (person.organization ? `${person.name} (${person.organization})` : person.name));
  if (named.length === 0) return '';
  if (named.length === 1) return named[0];
  if (named.length <= 3) return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  return `${named.slice(0, 2).join(', ')} and ${named.length - 2} others`;
}

function sentenceCase(text: string): string {
  const trimmed = tidy(text);
  if (trimmed === '') return '';
  const capitalised = `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}`;
  return /[.!?]["”')]?$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
