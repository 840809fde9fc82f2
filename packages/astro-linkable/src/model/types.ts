// The document model: one plain, typed record per Markdown/MDX source. Every feature reads this.

/** A point in a source file. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range in a source file, end exclusive. */
export interface Span {
  start: Point;
  end: Point;
}

export type Severity = 'error' | 'warn';

/** A lint finding or a parse error. Positions are 1-based; `file` is relative to the project root (POSIX). */
export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: Severity;
  message: string;
}

export const ASSET_TYPES = [
  'original-research',
  'statistics',
  'infographic',
  'guide',
  'tool',
  'expert-roundup',
  'news',
  'other',
] as const;
export type AssetType = (typeof ASSET_TYPES)[number];

/** The words readers see for each asset type (share cards, reports). */
export const ASSET_TYPE_LABELS: Record<AssetType, string> = {
  'original-research': 'Original research',
  statistics: 'Statistics roundup',
  infographic: 'Infographic',
  guide: 'Guide',
  tool: 'Free tool',
  'expert-roundup': 'Expert roundup',
  news: 'News',
  other: 'Page',
};

/** A key statistic an author declared (frontmatter `linkable.stats` or an MDX `<Stat>`). */
export interface DeclaredStat {
  value: string;
  label?: string;
  source?: string;
  sourceUrl?: string;
  span?: Span;
}

/** An infographic an author declared in frontmatter `linkable.infographics`. */
export interface DeclaredInfographic {
  src: string;
  alt?: string;
  title?: string;
  width?: number;
  height?: number;
  license?: string;
  credit?: string;
}

/** The validated `linkable` frontmatter block (all fields optional). */
export interface LinkableFrontmatter {
  type?: AssetType;
  url?: string;
  ignore?: string[];
  stats?: DeclaredStat[];
  infographics?: DeclaredInfographic[];
  pitch?: string;
  topics?: string[];
  embed?: boolean;
}

export interface Heading {
  depth: number;
  text: string;
  /** The anchor slug Astro would give the heading (github-slugger). */
  slug: string;
  span: Span;
}

export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'tableCell' | 'blockquote' | 'footnote' | 'html';

export interface Sentence {
  text: string;
  span: Span;
  /** The kind of block the sentence stands in. */
  block: BlockKind;
  /** Index into `doc.headings` of the nearest heading above, or -1. */
  section: number;
  /** Indexes into `doc.links` of links inside this sentence. */
  links: number[];
  /** Footnote labels referenced inside this sentence (e.g. `1` for `[^1]`). */
  footnoteRefs: string[];
  /** Index of the block (paragraph, list item, …) the sentence belongs to, shared by its sibling sentences. */
  blockIndex: number;
}

export type LinkKind = 'external' | 'internal' | 'anchor' | 'mailto' | 'other';

export interface Link {
  url: string;
  text: string;
  title?: string;
  kind: LinkKind;
  /** Hostname without `www.` for external links. */
  domain?: string;
  span: Span;
  /** Index into `doc.headings` of the nearest heading above, or -1. */
  section: number;
  /** Index of the block that contains the link (matches `Sentence.blockIndex`). */
  blockIndex: number;
}

export interface Footnote {
  label: string;
  text: string;
  /** Indexes into `doc.links` of links inside the footnote definition. */
  links: number[];
  span: Span;
}

export interface Table {
  header: string[];
  rows: string[][];
  span: Span;
  /** Index into `doc.headings` of the nearest heading above, or -1. */
  section: number;
}

export interface Image {
  src: string;
  alt: string;
  title?: string;
  width?: number;
  height?: number;
  /** True when the image is marked as an infographic (title/alt says so, `<Infographic>`, or frontmatter). */
  infographic: boolean;
  /** Where the image came from: Markdown syntax, an HTML/JSX element, or frontmatter. */
  origin: 'markdown' | 'html' | 'mdx' | 'frontmatter';
  span: Span;
  section: number;
}

export interface Attribution {
  /** The attribution line as written, without the leading dash. */
  text: string;
  name: string;
  organization?: string;
  /** Registry id when matched (filled in by the contributor feature). */
  contributorId?: string;
}

export interface Blockquote {
  text: string;
  attribution?: Attribution;
  span: Span;
  section: number;
}

/** A JSX element in MDX (e.g. `<Quote by="jane">`, `<Stat value=… />`, `<Infographic …/>`). */
export interface MdxElement {
  name: string;
  /** Literal attribute values; expression attributes hold their source text wrapped in braces. */
  attributes: Record<string, string | true>;
  /** Plain text of the element's children. */
  text: string;
  span: Span;
  section: number;
}

/** A quote that features a contributor (from `<Quote by>`, a matched blockquote attribution, …). */
export interface Quote {
  text: string;
  contributorId?: string;
  /** The name as written, when the quote came from a Markdown attribution. */
  name?: string;
  span: Span;
  source: 'mdx' | 'blockquote';
}

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

/** An inline lint control comment: an HTML comment `<!-- linkable-disable … -->`, or the same words in an MDX comment expression. */
export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  span: Span;
}

export interface DocumentDate {
  /** ISO 8601 date (YYYY-MM-DD or full timestamp) as normalised from frontmatter. */
  iso: string;
  /** The frontmatter key it came from. */
  key: string;
}

/** A statistic found in (or declared on) a document, with how it is sourced. Filled by the linter. */
export interface DocumentStatistic {
  /** The figure as written, e.g. `42%` or `$1.2 billion`. */
  value: string;
  /** The sentence that states it. */
  text: string;
  /**
   * URL that sources it (link in or attached to the sentence, linked footnote, or declared `sourceUrl`): usually
   * another site; a site path (`/reports/2026-survey/`) when the page cites one of the site's own pages.
   */
  sourceUrl?: string;
  /** Display name of the source, when known. */
  source?: string;
  /** True when the page presents it as its own finding (survey, analysis). */
  own: boolean;
  /** Where the figure stands: the figure itself for text statistics, the element or frontmatter entry otherwise. */
  span: Span;
  origin: 'text' | 'frontmatter' | 'mdx';
  /** What kind of figure it is, when the detector can tell (declared values are read the same way). */
  kind?: 'percent' | 'ratio' | 'multiplier' | 'amount' | 'average' | 'rate' | 'count';
  /** The year the sentence ties the figure to ("in 2019", "a 2020 study"), when it names one. */
  year?: number;
}

/** One signal of the linkability score: its points, maximum and one sentence of advice. */
export interface ScoreSignal {
  id: string;
  label: string;
  points: number;
  max: number;
  advice: string;
}

export interface LinkabilityScore {
  /** 0–100. */
  total: number;
  signals: ScoreSignal[];
}

/** A rendered share card (filled by the share-card feature). */
export interface ShareCardRef {
  kind: 'og' | 'stat' | 'stat-square';
  /** Public path, e.g. `/_linkable/cards/blog-x.png`. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** A downloadable dataset (filled by the embeds feature). */
export interface DatasetRef {
  /** Public path of the CSV. */
  url: string;
  name: string;
  columns: string[];
  rows: number;
  /** Index into `doc.tables` when it came from a Markdown table. */
  tableIndex?: number;
}

/** An embeddable infographic (filled by the embeds feature). */
export interface InfographicEmbed {
  /** Absolute image URL. */
  src: string;
  title: string;
  alt: string;
  width?: number;
  height?: number;
  /** The HTML snippet other sites paste. */
  embedHtml: string;
  /** Public path of the oEmbed JSON, when written. */
  oembedUrl?: string;
}

export interface LinkableDocument {
  /** Absolute path of the source file. */
  file: string;
  /** Path relative to the project root, POSIX separators. Used in findings. */
  relativePath: string;
  format: 'md' | 'mdx';
  /** Content collection name when the file lives under `src/content/<collection>/`. */
  collection?: string;
  /** Stable id: collection entry id, or the page route without slashes. Slug characters only. */
  id: string;
  /** Public path of the page (with `base`), e.g. `/blog/state-of-remote-work/`. */
  url: string;
  /** Raw frontmatter object (empty when missing or invalid). */
  frontmatter: Record<string, unknown>;
  /** The `linkable` frontmatter block; `false` when the page opted out with `linkable: false`. */
  linkable: LinkableFrontmatter | false;
  title: string;
  description?: string;
  published?: DocumentDate;
  updated?: DocumentDate;
  authors: string[];
  tags: string[];
  /** Contributor ids from frontmatter `contributors`. */
  contributorIds: string[];
  /** Where each of `contributorIds` is written in the frontmatter (same order), for findings that point at it. */
  contributorIdSpans?: Span[];
  headings: Heading[];
  sentences: Sentence[];
  links: Link[];
  footnotes: Footnote[];
  tables: Table[];
  images: Image[];
  blockquotes: Blockquote[];
  mdxElements: MdxElement[];
  quotes: Quote[];
  directives: Directive[];
  /** Plain text of the body (no frontmatter, no code). */
  text: string;
  wordCount: number;
  /** Parse problems (`frontmatter-invalid`, `parse-error`). A document with errors still has whatever could be read. */
  errors: Finding[];
  /** Body start in the file (after frontmatter), for positions. */
  bodyOffset: number;

  // Filled in by features during a build; absent until the feature has run.
  /** The asset type: frontmatter `linkable.type`, else classified from content (linter). */
  assetType?: AssetType;
  assetTypeSource?: 'frontmatter' | 'classified';
  /** Statistics found or declared on the page (linter). */
  statistics?: DocumentStatistic[];
  /** Lint findings for this page, after suppression (linter). */
  findings?: Finding[];
  score?: LinkabilityScore;
  /** Rendered share cards (share cards). */
  cards?: ShareCardRef[];
  /** Downloadable datasets (embeds). */
  datasets?: DatasetRef[];
  /** Embeddable infographics (embeds). */
  embeds?: InfographicEmbed[];
  /** Registry ids of the contributors the page features (frontmatter and matched quotes), sorted (contributors). */
  featuredContributors?: string[];
}
