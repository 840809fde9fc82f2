// Facts about one document that several rules and the score read: its statistics and how each is sourced, whether it
// has a methodology or a dataset, its citation links and sections. Computed once per document, never per rule.
import type { Heading, Link, LinkableDocument, MdxElement, Sentence, Span } from '../model/types.js';
import { findStatistics, isOwnFinding, type StatisticMatch } from './statistics.js';
import { SourceLocator } from './source-locator.js';

/** How a statistic is tied to its source. */
export type SourceVia = 'sentence' | 'footnote' | 'nearby-sentence' | 'list-item' | 'table-row' | 'source-line';

export interface StatisticSource {
  /** The URL as written (external URL, or a site path for a link to another page of the site). */
  url: string;
  /** Link text or footnote text, when there is any. */
  name?: string;
  via: SourceVia;
}

/** A statistic stated in the body text, with everything the statistic rules need to judge it. */
export interface TextStatistic {
  match: StatisticMatch;
  sentenceIndex: number;
  /** The figure itself in the source file. */
  span: Span;
  /** The page presents it as its own finding ("we found", "our survey", a table of the page's own data). */
  own: boolean;
  source?: StatisticSource;
  /** Labels of footnotes the sentence cites that carry no link (for a precise message). */
  unlinkedFootnotes: string[];
  /** Index into `doc.tables` when the figure stands in a table cell. */
  tableIndex?: number;
}

export interface Methodology {
  /** A heading such as "Methodology", "About the data", "How we did it". */
  heading?: Heading;
  /** A link to a methodology published elsewhere ("read our [Methodology](./methodology)"). */
  link?: Link;
  /** A sentence stating a sample size ("n = 500", "we surveyed 1,204 owners"). */
  sampleSize?: Sentence;
  /** A sentence stating when the data was collected ("between January 5 and 19, 2026"). */
  period?: Sentence;
}

export interface DocumentFacts {
  statistics: TextStatistic[];
  methodology: Methodology;
  /** A methodology heading, or both a sample size and a period. */
  hasMethodology: boolean;
  /** What makes the page's data reusable: a table, a `<Dataset>`, a link to a data file, a chart. */
  data: { tables: number; datasets: number; charts: number; dataLinks: number };
  /** A downloadable dataset or a `<Dataset>` (tables are counted separately). */
  hasDataset: boolean;
  /**
   * The page backs the findings it calls its own: a methodology, a dataset or a table of its data. Own findings on
   * such a page are not unsourced.
   */
  backsOwnFindings: boolean;
  /** External links to other sites (the site's own domains excluded). */
  outboundLinks: Link[];
  /** Sentence indexes by block index, to look at a sentence's neighbours. */
  sentencesByBlock: Map<number, number[]>;
  locate: SourceLocator;
}

const METHODOLOGY_HEADING =
  /methodolog|\babout (?:the|this|our) (?:data|survey|research|study|report|numbers)\b|\bhow we (?:did|do|conducted|ran|run|collected|measured|analy[sz]ed|gathered|built|tested|got|researched|surveyed|calculated|compiled)\b|^(?:research )?methods?\b|\bdata (?:and|&) methods\b|\bsurvey (?:details|design|method)\b|\bresearch (?:design|method)|\bour (?:approach|data|method)\b|\bdata (?:collection|sources?)\b|\babout (?:the|this) survey\b|\bhow to read these results\b/i;
/** A count big enough to be a sample: two digits or more, or a number with a magnitude ("eight million"). */
const SAMPLE_COUNT = String.raw`(?:\d[\d,.]*\d|(?:[\d.]+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thousand|million|billion)|(?:hundreds|thousands|millions) of)`;
const SAMPLE_SIZE = new RegExp(
  String.raw`\bn\s?=\s?[\d,]{2,}|\b(?:surveyed|polled|interviewed|asked|analy[sz]ed|crawled|sampled|studied|received|collected|tested|measured)\s+(?:a\s+total\s+of\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|almost\s+)?${SAMPLE_COUNT}\s+\w+|\bsample (?:size )?of\s+(?:more than\s+|over\s+|about\s+)?[\d,]{2,}|\b[\d,]{3,}\s+(?:\w+\s+){0,2}(?:respondents|responses|participants|interviews|completed surveys)\b|\b(?:[\d.]+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thousand|million|billion)\s+(?:\w+\s+){0,2}(?:pages|homepages|sites|websites|domains|users|developers|respondents|businesses|companies|requests)\b`,
  'i',
);
const PERIOD =
  /\b(?:between|from)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*(?:\d{4}\s*)?|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*(?:\d{4}\s*)?|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{4}\s*)?|\d{4}\s*)(?:and|to|through|until|-|–)\s|\b(?:fielded|conducted|ran|open|collected|carried out)\b[^.]{0,60}\b(?:19|20)\d\d\b|\b(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12])\s+(?:19|20)\d\d\b[^.]{0,80}\b(?:survey|surveyed|respondents|data|crawl)|\b(?:survey|crawl|data collection)\b[^.]{0,80}\b(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b/i;
const HAS_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?|millions?)\b/i;
const METHODOLOGY_LINK = /methodolog/i;
const SAMPLE_COLUMN = /^\W*(?:responses|respondents|completed|participants|sample(?: size)?|n)\W*$/i;
const DATA_FILE = /\.(?:csv|tsv|xlsx?|ods|json|parquet|sqlite|zip)(?:[?#]|$)/i;
const DATA_HOST = /(?:^|\.)(?:kaggle\.com|zenodo\.org|data\.world|figshare\.com|datadryad\.org|dataverse\.harvard\.edu)$|^docs\.google\.com$/;
const CHART_WORDS = /\b(?:chart|graph|plot|diagram|infographic|histogram|figure|map|visuali[sz]ation)\b/i;
const DATASET_ELEMENTS = new Set(['Dataset', 'DataTable', 'Chart', 'Infographic']);
const SOURCE_LINE = /^\(?\s*(?:sources?|data(?: source)?|via|credit|based on)\s*[:—–-]/i;
/** Text that is a template macro, not prose (Jinja/Nunjucks/Liquid `{{ … }}` and `{% … %}`, common in real sources). */
const MACRO_OPEN = /\{\{|\{%/;

export function documentFacts(doc: LinkableDocument, siteDomains: readonly string[], source?: string): DocumentFacts {
  const locate = new SourceLocator(doc, source);
  const sentencesByBlock = groupByBlock(doc.sentences);
  const methodology = findMethodology(doc);
  const hasMethodology =
    methodology.heading !== undefined || methodology.link !== undefined || (methodology.sampleSize !== undefined && methodology.period !== undefined);
  const data = countData(doc);
  const hasDataset = data.datasets > 0 || data.dataLinks > 0;
  const owned = new Set(siteDomains);
  const outboundLinks = doc.links.filter((link) => link.kind === 'external' && link.domain !== undefined && !isOwnedDomain(link.domain, owned));
  const backsOwnFindings = hasMethodology || hasDataset || data.tables > 0;
  const facts: DocumentFacts = { statistics: [], methodology, hasMethodology, data, hasDataset, backsOwnFindings, outboundLinks, sentencesByBlock, locate };
  facts.statistics = findTextStatistics(doc, facts);
  return facts;
}

export function isOwnedDomain(domain: string, owned: ReadonlySet<string>): boolean {
  if (owned.has(domain)) return true;
  for (const own of owned) if (domain.endsWith(`.${own}`)) return true;
  return false;
}

function groupByBlock(sentences: Sentence[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  sentences.forEach((sentence, index) => {
    const list = map.get(sentence.blockIndex);
    if (list) list.push(index);
    else map.set(sentence.blockIndex, [index]);
  });
  return map;
}

export function findMethodology(doc: LinkableDocument): Methodology {
  const result: Methodology = {};
  result.heading = doc.headings.find((heading) => heading.depth > 1 && METHODOLOGY_HEADING.test(heading.text));
  result.link = doc.links.find((link) => (link.kind === 'internal' || link.kind === 'external' || link.kind === 'anchor') && METHODOLOGY_LINK.test(`${link.text} ${link.url}`));
  for (const sentence of doc.sentences) {
    // A table column of responses ("Completed", "Respondents") states the sample size.
    if (sentence.block === 'tableCell') {
      if (!result.sampleSize && SAMPLE_COLUMN.test(sentence.text)) result.sampleSize = sentence;
      continue;
    }
    // Both a sample size and a period contain a number (or a number word): most sentences leave here.
    if (sentence.block === 'heading' || !HAS_NUMBER.test(sentence.text)) continue;
    if (!result.sampleSize && SAMPLE_SIZE.test(sentence.text)) result.sampleSize = sentence;
    if (!result.period && PERIOD.test(sentence.text)) result.period = sentence;
    if (result.sampleSize && result.period) break;
  }
  return result;
}

function countData(doc: LinkableDocument): DocumentFacts['data'] {
  const datasets = doc.mdxElements.filter((element) => element.name === 'Dataset' || element.name === 'DataTable').length;
  const charts =
    doc.images.filter((image) => image.infographic || CHART_WORDS.test(`${image.alt} ${image.title ?? ''}`)).length +
    doc.mdxElements.filter((element) => DATASET_ELEMENTS.has(element.name) && element.name !== 'Dataset' && element.name !== 'DataTable').length;
  const dataLinks = doc.links.filter((link) => isDataLink(link)).length;
  return { tables: doc.tables.length, datasets, charts, dataLinks };
}

function isDataLink(link: Link): boolean {
  if (link.kind !== 'external' && link.kind !== 'internal') return false;
  if (DATA_FILE.test(link.url)) return true;
  if (link.domain === undefined || !DATA_HOST.test(link.domain)) return false;
  return link.domain !== 'docs.google.com' || link.url.includes('/spreadsheets/');
}

/** A link that can source a figure: to another site or to another page of this site (a report, a survey). */
function isSourceLink(link: Link): boolean {
  return (link.kind === 'external' || link.kind === 'internal') && link.url.trim() !== '';
}

// ---- statistics in the text

function findTextStatistics(doc: LinkableDocument, facts: DocumentFacts): TextStatistic[] {
  const { sentences } = doc;
  const statistics: TextStatistic[] = [];
  const macroMasks = doc.text.includes('{{') || doc.text.includes('{%') ? maskMacros(sentences) : undefined;
  const footnoteSource = footnoteSources(doc);
  const ownData = facts.backsOwnFindings;
  const quoteSpans = doc.blockquotes.filter((quote) => quote.attribution !== undefined).map((quote) => quote.span);
  /** Per sentence: undefined = not computed; the source found for it directly (sentence, footnote) or null. */
  const direct: Array<StatisticSource | null | undefined> = new Array(sentences.length);
  const directSource = (index: number): StatisticSource | null => {
    let found = direct[index];
    if (found === undefined) {
      found = sentenceSource(doc, sentences[index], footnoteSource) ?? null;
      direct[index] = found;
    }
    return found;
  };
  /** Sentences whose statistics were sourced, so a figure that continues a sourced one is sourced too. */
  const sourced = new Map<number, StatisticSource>();
  const ownSentences = new Set<number>();
  const tables = new TableSources(doc, facts, directSource);
  const statElements = doc.mdxElements.filter((element) => element.name === 'Stat' && typeof element.attributes.value === 'string');

  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index];
    if (sentence.block === 'heading' || sentence.block === 'footnote' || sentence.block === 'html') continue;
    const text = macroMasks?.get(index) ?? sentence.text;
    let matches = findStatistics(text);
    // `<Stat value="62%" />` renders its value in the sentence; the element itself is the declared statistic.
    if (matches.length > 0 && statElements.length > 0) matches = withoutStatElements(matches, sentence, statElements);
    if (matches.length === 0) continue;
    // A figure inside an attributed quote is the quoted person's; the attribution is its source.
    if (sentence.block === 'blockquote' && quoteSpans.some((span) => contains(span, sentence.span))) continue;

    const tableIndex = sentence.block === 'tableCell' ? tableAt(doc, sentence) : undefined;
    let source: StatisticSource | undefined = directSource(index) ?? undefined;
    if (!source && tableIndex !== undefined) source = tables.source(tableIndex, sentence);
    if (!source) source = neighbourSource(doc, index, facts, directSource, sourced);
    if (source) sourced.set(index, source);

    const previousInBlock = index > 0 && sentences[index - 1].blockIndex === sentence.blockIndex ? index - 1 : -1;
    // "We surveyed 500 owners. 62% of them…": the figure continues an own finding of the sentence before.
    const previousIsOwn =
      previousInBlock >= 0 && (ownSentences.has(previousInBlock) || isOwnFinding(macroMasks?.get(previousInBlock) ?? sentences[previousInBlock].text));
    let own = isOwnFinding(text) || previousIsOwn;
    // A table with no source on a page with a methodology or dataset is that research's data.
    if (!own && tableIndex !== undefined && !source && (facts.hasMethodology || facts.hasDataset)) own = true;
    if (own) ownSentences.add(index);

    const unlinkedFootnotes = sentence.footnoteRefs.filter((label) => !footnoteSource.get(label));
    const spans = facts.locate.figures(sentence, matches);
    matches.forEach((match, k) => {
      const statistic: TextStatistic = { match, sentenceIndex: index, span: spans[k], own, unlinkedFootnotes };
      if (source) statistic.source = source;
      if (tableIndex !== undefined) statistic.tableIndex = tableIndex;
      statistics.push(statistic);
    });
  }
  markPageFindings(doc, statistics, ownData, macroMasks);
  return statistics;
}

/** Words that say a figure comes from someone else, even on a page of original research. */
const THIRD_PARTY =
  /\baccording to\b|\b(?:study|survey|report|research|paper|poll|census|analysis|data|figures|estimates?|index)\s+(?:by|from)\b|\b(?:published|released|conducted|commissioned|compiled)\s+by\b|\bciting\b|\bvia\b/i;

/**
 * On a page of original research (declared, or with several figures it calls its own) that has a methodology or a
 * dataset, an unlinked figure is the page's own finding unless its sentence credits someone else: the page is the
 * primary source, and asking it to cite itself would bury the findings that matter.
 */
function markPageFindings(doc: LinkableDocument, statistics: TextStatistic[], ownData: boolean, macroMasks: Map<number, string> | undefined): void {
  if (!ownData) return;
  const declared = doc.linkable !== false && doc.linkable.type === 'original-research';
  const ownCount = statistics.filter((statistic) => statistic.own).length;
  if (!declared && ownCount < 3) return;
  for (const statistic of statistics) {
    if (statistic.own || statistic.source) continue;
    const text = macroMasks?.get(statistic.sentenceIndex) ?? doc.sentences[statistic.sentenceIndex].text;
    if (!THIRD_PARTY.test(text)) statistic.own = true;
  }
}

/** The source link of each footnote label (undefined when the footnote has no link). */
function footnoteSources(doc: LinkableDocument): Map<string, StatisticSource | undefined> {
  const map = new Map<string, StatisticSource | undefined>();
  for (const footnote of doc.footnotes) {
    const link = footnote.links.map((i) => doc.links[i]).find(isSourceLink);
    map.set(footnote.label, link ? { url: link.url, name: footnote.text.slice(0, 160) || link.text || undefined, via: 'footnote' } : undefined);
  }
  return map;
}

function sentenceSource(doc: LinkableDocument, sentence: Sentence, footnotes: Map<string, StatisticSource | undefined>): StatisticSource | undefined {
  const links = sentence.links.map((i) => doc.links[i]).filter(isSourceLink);
  // Prefer another site: a link to one of our own pages is a weaker source than the study itself.
  const link = links.find((candidate) => candidate.kind === 'external') ?? links[0];
  if (link) return { url: link.url, name: link.text || undefined, via: 'sentence' };
  for (const label of sentence.footnoteRefs) {
    const source = footnotes.get(label);
    if (source) return source;
  }
  return undefined;
}

/**
 * Sources a figure from its surroundings: the sentence right before it in the same block (or the figures before it,
 * when they continue a sourced one), the sentence right after it, its list item, or a "Source: …" line under the block.
 */
function neighbourSource(
  doc: LinkableDocument,
  index: number,
  facts: DocumentFacts,
  directSource: (index: number) => StatisticSource | null,
  sourced: Map<number, StatisticSource>,
): StatisticSource | undefined {
  const sentence = doc.sentences[index];
  const block = facts.sentencesByBlock.get(sentence.blockIndex) ?? [index];
  const position = block.indexOf(index);
  const previous = position > 0 ? block[position - 1] : -1;
  const next = position >= 0 && position < block.length - 1 ? block[position + 1] : -1;
  const nearby = (i: number) => (i >= 0 ? (sourced.get(i) ?? directSource(i) ?? undefined) : undefined);
  const near = nearby(previous) ?? (next >= 0 ? (directSource(next) ?? undefined) : undefined);
  if (near) return { ...near, via: near.via === 'sentence' || near.via === 'footnote' ? 'nearby-sentence' : near.via };
  if (sentence.block === 'listItem') {
    for (const i of block) {
      const found = directSource(i);
      if (found) return { ...found, via: 'list-item' };
    }
  }
  return sourceLineAfter(doc, sentence.blockIndex, facts, directSource);
}

/** A paragraph right under a block (or table) that reads "Source: [X](…)" sources the block's figures. */
function sourceLineAfter(
  doc: LinkableDocument,
  blockIndex: number,
  facts: DocumentFacts,
  directSource: (index: number) => StatisticSource | null,
): StatisticSource | undefined {
  const after = facts.sentencesByBlock.get(blockIndex + 1);
  if (!after || !SOURCE_LINE.test(doc.sentences[after[0]].text)) return undefined;
  for (const i of after) {
    const found = directSource(i);
    if (found) return { ...found, via: 'source-line' };
  }
  return undefined;
}

/**
 * A table cell's figure is sourced by a link in its row, a "Source:" line under the table or a lead-in line above it.
 * Worked out once per table: a 10,000-row table must not scan the document once per cell.
 */
class TableSources {
  private readonly rowLinks = new Map<number, Map<number, Link>>();
  private readonly around = new Map<number, StatisticSource | null>();

  constructor(
    private readonly doc: LinkableDocument,
    private readonly facts: DocumentFacts,
    private readonly directSource: (index: number) => StatisticSource | null,
  ) {}

  source(tableIndex: number, sentence: Sentence): StatisticSource | undefined {
    const link = this.linksByRow(tableIndex).get(sentence.span.start.line);
    if (link) return { url: link.url, name: link.text || undefined, via: 'table-row' };
    return this.sourceAround(tableIndex) ?? undefined;
  }

  private linksByRow(tableIndex: number): Map<number, Link> {
    let rows = this.rowLinks.get(tableIndex);
    if (!rows) {
      rows = new Map();
      const span = this.doc.tables[tableIndex].span;
      for (const link of this.doc.links) {
        if (isSourceLink(link) && contains(span, link.span) && !rows.has(link.span.start.line)) rows.set(link.span.start.line, link);
      }
      this.rowLinks.set(tableIndex, rows);
    }
    return rows;
  }

  private sourceAround(tableIndex: number): StatisticSource | null {
    const cached = this.around.get(tableIndex);
    if (cached !== undefined) return cached;
    const { doc, facts, directSource } = this;
    const span = doc.tables[tableIndex].span;
    let firstBlock = -1;
    let lastBlock = -1;
    for (const sentence of doc.sentences) {
      if (sentence.block !== 'tableCell' || !contains(span, sentence.span)) continue;
      if (firstBlock < 0) firstBlock = sentence.blockIndex;
      lastBlock = sentence.blockIndex;
    }
    let found: StatisticSource | null = null;
    if (firstBlock >= 0) {
      found = sourceLineAfter(doc, lastBlock, facts, directSource) ?? null;
      // "According to [the survey](…):" right above the table.
      const before = facts.sentencesByBlock.get(firstBlock - 1);
      if (!found && before) {
        const last = before[before.length - 1];
        const source = directSource(last);
        if (source && /:\s*$/.test(doc.sentences[last].text)) found = { ...source, via: 'source-line' };
      }
    }
    this.around.set(tableIndex, found);
    return found;
  }
}

function withoutStatElements(matches: StatisticMatch[], sentence: Sentence, elements: MdxElement[]): StatisticMatch[] {
  const inside = elements.filter((element) => element.span.start.offset < sentence.span.end.offset && element.span.end.offset > sentence.span.start.offset);
  if (inside.length === 0) return matches;
  const values = new Set(inside.map((element) => String(element.attributes.value).trim()));
  return matches.filter((match) => !values.has(match.text.trim()) && !values.has(match.value));
}

function tableAt(doc: LinkableDocument, sentence: Sentence): number | undefined {
  const offset = sentence.span.start.offset;
  const index = doc.tables.findIndex((table) => table.span.start.offset <= offset && offset < table.span.end.offset);
  return index >= 0 ? index : undefined;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
}

/**
 * Sentence texts with template macros blanked out (same length, so offsets hold). A macro can span several
 * sentences of one block (the segmenter splits inside long `{{ figure_markup(…) }}` calls).
 */
function maskMacros(sentences: Sentence[]): Map<number, string> {
  const masked = new Map<number, string>();
  let open: '}}' | '%}' | undefined;
  let block = -1;
  sentences.forEach((sentence, index) => {
    if (sentence.blockIndex !== block) {
      block = sentence.blockIndex;
      open = undefined;
    }
    const text = sentence.text;
    if (!open && !MACRO_OPEN.test(text)) return;
    let result = '';
    let i = 0;
    while (i < text.length) {
      if (open) {
        const close = text.indexOf(open, i);
        const end = close === -1 ? text.length : close + 2;
        result += ' '.repeat(end - i);
        i = end;
        if (close !== -1) open = undefined;
      } else {
        const match = MACRO_OPEN.exec(text.slice(i));
        if (!match) {
          result += text.slice(i);
          break;
        }
        result += text.slice(i, i + match.index);
        i += match.index;
        open = match[0] === '{{' ? '}}' : '%}';
      }
    }
    masked.set(index, result);
  });
  return masked;
}
