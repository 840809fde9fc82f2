// What kind of linkable asset a page is: frontmatter `linkable.type` when the author says, else read from the content.
import type { AssetType, LinkableDocument } from '../model/types.js';
import type { DocumentFacts } from './document-facts.js';

export interface AssetClassification {
  type: AssetType;
  source: 'frontmatter' | 'classified';
  /** Why the classifier chose the type (shown in the lint output next to classified types). */
  reason?: string;
}

const TITLE_STATISTICS = /\b(?:statistics|stats|facts and figures|by the numbers|in numbers|figures)\b/i;
const TITLE_RESEARCH = /\b(?:survey|report|study|research|state of|results|census|index|benchmark|almanac)\b/i;
const TITLE_ROUNDUP = /\b(?:experts?|roundup|round-up|we asked|(?:\d+|ten|twenty)\s+(?:founders|ceos|marketers|leaders|pros|people|professionals)\b.*\b(?:share|reveal|on)\b)/i;
const TITLE_INFOGRAPHIC = /\binfographics?\b/i;
const TITLE_TOOL = /\b(?:calculator|generator|template|checker|estimator|converter|tool)s?\b/i;
const TITLE_GUIDE = /\b(?:how to|how do|guide|tutorial|step[- ]by[- ]step|checklist|explained|introduction to|getting started|what is|tips|ways to|best practices)\b/i;
const TITLE_NEWS = /\b(?:announc\w*|introducing|launch\w*|now available|is here|are here|released?|what's new|update|changelog|v?\d+\.\d+(?:\.\d+)? (?:is )?out)\b/i;
const NEWS_TAGS = /^(?:news|announcements?|releases?|changelog|product updates?)$/i;

/** The page's type and where it came from. Pages that opted out (`linkable: false`) are `other`. */
export function classifyAsset(doc: LinkableDocument, facts: DocumentFacts): AssetClassification {
  if (doc.linkable !== false && doc.linkable.type) return { type: doc.linkable.type, source: 'frontmatter' };
  const title = doc.title;
  const statistics = facts.statistics;
  const own = statistics.filter((statistic) => statistic.own).length;
  const sourced = statistics.filter((statistic) => statistic.source).length;
  const attributedQuotes = doc.blockquotes.filter((quote) => quote.attribution).length + doc.mdxElements.filter((element) => element.name === 'Quote').length;
  const infographics = doc.images.filter((image) => image.infographic).length;
  const perThousandWords = doc.wordCount > 0 ? (statistics.length * 1000) / doc.wordCount : 0;

  // Ordered from the most specific evidence to the least.
  if (infographics > 0 && (TITLE_INFOGRAPHIC.test(title) || doc.wordCount < 400)) {
    return classified('infographic', TITLE_INFOGRAPHIC.test(title) ? 'the title says infographic' : `an infographic with ${doc.wordCount} words of text`);
  }
  if (own >= 3 && (facts.hasMethodology || facts.hasDataset)) {
    return classified('original-research', `${own} figures presented as the page's own findings, with ${facts.hasMethodology ? 'a methodology' : 'a dataset'}`);
  }
  if (own >= 3 && TITLE_RESEARCH.test(title)) return classified('original-research', `${own} figures presented as the page's own findings`);
  if (TITLE_STATISTICS.test(title) && statistics.length >= 5) return classified('statistics', `the title and ${statistics.length} statistics`);
  if (sourced >= 10 && perThousandWords >= 8) return classified('statistics', `${sourced} sourced statistics`);
  if (attributedQuotes >= 3 || (attributedQuotes >= 2 && TITLE_ROUNDUP.test(title)) || doc.quotes.length >= 3) {
    return classified('expert-roundup', `${Math.max(attributedQuotes, doc.quotes.length)} attributed quotes`);
  }
  if (TITLE_TOOL.test(title) && doc.mdxElements.some((element) => /^[A-Z]/.test(element.name))) return classified('tool', 'the title and an interactive component');
  if (TITLE_NEWS.test(title) || doc.tags.some((tag) => NEWS_TAGS.test(tag))) return classified('news', TITLE_NEWS.test(title) ? 'the title reads as an announcement' : 'a news tag');
  if (TITLE_GUIDE.test(title) || doc.headings.filter((heading) => heading.depth >= 2).length >= 3) {
    return classified('guide', TITLE_GUIDE.test(title) ? 'the title reads as a how-to' : 'sectioned explanatory text');
  }
  return classified('other', 'no clear signal');
}

function classified(type: AssetType, reason: string): AssetClassification {
  return { type, source: 'classified', reason };
}
