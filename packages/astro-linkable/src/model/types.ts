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
}
