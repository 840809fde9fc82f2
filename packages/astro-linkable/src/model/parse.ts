// Parses one Markdown/MDX source with unified into the document model: the single parse every feature reads.
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { countWords, InlineText, splitSentences } from './inline-text.js';
import { featuresKey, gfmFeaturesOf, remarkGfmFeatures, type GfmFeatures } from './gfm-features.js';
import { findComments, findTags, htmlAttributes, parseDirective } from './markup.js';
import { frontmatterDate, frontmatterPeople, frontmatterStrings, readFrontmatter } from './frontmatter.js';
import { Locator, parseError } from './source.js';
import type {
  Attribution,
  BlockKind,
  Blockquote,
  Directive,
  Finding,
  Image,
  Link,
  LinkableDocument,
  MdxElement,
  Span,
} from './types.js';

const processors = new Map<string, ReturnType<typeof createProcessor>>();

function createProcessor(format: 'md' | 'mdx', features: GfmFeatures) {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmFeatures, features);
  return (format === 'mdx' ? processor.use(remarkMdx) : processor).freeze();
}

/** The parser for a format with the GFM extensions this text can use (see gfm-features.ts): same tree, less time. */
function processorFor(format: 'md' | 'mdx', text: string) {
  const features = gfmFeaturesOf(text);
  const key = `${format}:${featuresKey(features)}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = createProcessor(format, features);
    processors.set(key, processor);
  }
  return processor;
}

export interface ParseInput {
  /** Absolute path. */
  file: string;
  /** Path relative to the project root (POSIX), used in findings. */
  relativePath: string;
  text: string;
  /** Sentence segmentation locale (BCP 47). */
  locale?: string;
}

/** The model of a document before identity (id, url, collection) is assigned by `assignIdentity`. */
export type ParsedDocument = Omit<LinkableDocument, 'id' | 'url' | 'collection'>;

/** Parses a source text into the document model. Never throws: problems become `errors`. */
export function parseDocumentSource(input: ParseInput): ParsedDocument {
  const format = input.file.endsWith('.mdx') ? 'mdx' : 'md';
  const original = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const locator = new Locator(original);
  const errors: Finding[] = [];
  const text = clampDeepIndentation(original);
  if (text !== original) {
    errors.push(parseError(input.relativePath, `Lists nested more than ${MAX_INDENT / 2} levels deep were read as ${MAX_INDENT / 2} levels; nesting that deep takes the parser minutes. Flatten the list.`));
  }

  let tree: Root;
  try {
    tree = processorFor(format, text).parse(text) as Root;
  } catch (error) {
    errors.push(syntaxError(error, input.relativePath, format));
    // Read what we can as plain Markdown so the page still has a title, links and statistics to lint.
    try {
      tree = processorFor('md', text).parse(text) as Root;
    } catch {
      tree = { type: 'root', children: [] };
    }
  }

  const builder = new DocumentBuilder(text, locator, input.relativePath, input.locale ?? 'en');
  try {
    builder.walkRoot(tree);
  } catch (error) {
    // A stack overflow on absurdly nested input is the realistic case here; keep what was read.
    errors.push(parseError(input.relativePath, `Could not read the whole document: ${(error as Error).message}`));
  }
  const doc = builder.finish(input.file, format);
  doc.errors.unshift(...errors);
  return doc;
}

/** Deeper than this (in columns), list nesting is generated or broken input: micromark slows down quadratically with depth. */
const MAX_INDENT = 40;
const TOO_DEEP = new RegExp(`^[ \\t]{${MAX_INDENT + 1},}`, 'gm');

/**
 * Cuts indentation beyond MAX_INDENT columns and puts the removed spaces at the end of the line, so the text keeps its
 * length and every line its start offset (positions elsewhere stay exact).
 */
function clampDeepIndentation(text: string): string {
  TOO_DEEP.lastIndex = 0;
  if (!TOO_DEEP.test(text)) return text;
  return text.replace(/^([ \t]+)([^\n]*)/gm, (line, indent: string, rest: string) => {
    if (indent.length <= MAX_INDENT) return line;
    return `${' '.repeat(MAX_INDENT)}${rest}${' '.repeat(indent.length - MAX_INDENT)}`;
  });
}

function syntaxError(error: unknown, relPath: string, format: 'md' | 'mdx'): Finding {
  const e = error as { message?: string; reason?: string; line?: number; column?: number; place?: unknown };
  const place = e.place as { line?: number; column?: number; start?: { line: number; column: number } } | undefined;
  const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0];
  // Some MDX errors (an unclosed `<Chart>`) carry no place, only "(5:1-5:17)" in their text.
  const stated = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  const line = place?.start?.line ?? place?.line ?? e.line ?? (stated ? Number(stated[1]) : 1);
  const column = place?.start?.column ?? place?.column ?? e.column ?? (stated ? Number(stated[2]) : 1);
  const kind = format === 'mdx' ? 'MDX syntax error' : 'Markdown syntax error';
  return parseError(relPath, `${kind}: ${reason}`, line, column);
}

interface BlockContext {
  block: BlockKind;
  /** Label of the footnote definition being walked, if any. */
  footnote?: string;
}


class DocumentBuilder {
  private readonly slugger = new GithubSlugger();
  private readonly definitions = new Map<string, { url: string; title?: string }>();
  private section = -1;
  private blockCount = 0;
  private frontmatterErrors: Finding[] = [];
  private frontmatterSpan: Span | undefined;
  private contributorIdSpans: Span[] | undefined;
  private readonly blockTexts: string[] = [];

  readonly doc: ParsedDocument;

  constructor(
    private readonly source: string,
    private readonly locator: Locator,
    private readonly relPath: string,
    private readonly locale: string,
  ) {
    this.doc = {
      file: '',
      relativePath: relPath,
      format: 'md',
      frontmatter: {},
      linkable: {},
      title: '',
      authors: [],
      tags: [],
      contributorIds: [],
      headings: [],
      sentences: [],
      links: [],
      footnotes: [],
      tables: [],
      images: [],
      blockquotes: [],
      mdxElements: [],
      quotes: [],
      directives: [],
      text: '',
      wordCount: 0,
      errors: [],
      bodyOffset: 0,
    };
  }

  walkRoot(tree: Root): void {
    // Definitions count wherever they stand (inside a blockquote or list item too); the first of a label wins.
    // A definition is a block, so it never stands in the inline content of paragraphs, headings and tables (most of a
    // tree's nodes): those are skipped, not entered.
    visit(tree, (node) => {
      if (node.type === 'definition') {
        if (!this.definitions.has(node.identifier)) this.definitions.set(node.identifier, { url: node.url, title: node.title ?? undefined });
        return SKIP;
      }
      return node.type === 'paragraph' || node.type === 'heading' || node.type === 'table' ? SKIP : CONTINUE;
    });
    for (const node of tree.children) this.walkBlock(node, { block: 'paragraph' });
  }

  finish(file: string, format: 'md' | 'mdx'): ParsedDocument {
    const doc = this.doc;
    doc.file = file;
    doc.format = format;
    doc.errors.push(...this.frontmatterErrors);
    const fm = doc.frontmatter;
    const firstH1 = doc.headings.find((heading) => heading.depth === 1);
    doc.title = (typeof fm.title === 'string' && fm.title.trim()) || firstH1?.text || titleFromFileName(file);
    const description = [fm.description, fm.summary, fm.excerpt].find((value) => typeof value === 'string' && value.trim());
    if (typeof description === 'string') doc.description = description.trim();
    doc.published = frontmatterDate(fm, 'published');
    doc.updated = frontmatterDate(fm, 'updated');
    doc.authors = frontmatterPeople(fm.authors ?? fm.author ?? fm.by);
    doc.tags = frontmatterStrings(fm.tags ?? fm.keywords ?? fm.categories);
    doc.contributorIds = frontmatterStrings(fm.contributors);
    if (this.contributorIdSpans?.length === doc.contributorIds.length) doc.contributorIdSpans = this.contributorIdSpans;
    this.applyDeclaredInfographics();
    doc.text = this.blockTexts.join('\n\n');
    doc.wordCount = countWords(doc.text);
    return doc;
  }

  // ---- positions

  private span(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Span {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    return this.spanOf(start, end);
  }

  private spanOf(start: number, end: number): Span {
    return { start: this.locator.point(start), end: this.locator.point(end) };
  }

  private offsets(node: Nodes): [number, number] {
    return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
  }

  // ---- blocks

  private walkBlock(node: RootContent, context: BlockContext): void {
    switch (node.type) {
      case 'yaml':
        this.readFrontmatterBlock(node.value, node, 'yaml');
        return;
      case 'toml' as RootContent['type']:
        // Hugo/Zola-style `+++` frontmatter, as in some real blogs' sources.
        this.readFrontmatterBlock((node as unknown as { value: string }).value, node, 'toml');
        return;
      case 'heading': {
        const text = toString(node).trim();
        this.doc.headings.push({ depth: node.depth, text, slug: this.slugger.slug(text), span: this.span(node) });
        this.section = this.doc.headings.length - 1;
        this.addSentences(this.collectInline(node.children), 'heading');
        return;
      }
      case 'paragraph':
        this.addSentences(this.collectInline(node.children), context.block);
        return;
      case 'blockquote':
        this.readBlockquote(node, context);
        return;
      case 'list':
        for (const item of node.children) this.walkChildren(item, { ...context, block: context.footnote ? 'footnote' : 'listItem' });
        return;
      case 'listItem':
        this.walkChildren(node, { ...context, block: 'listItem' });
        return;
      case 'table':
        this.readTable(node);
        return;
      case 'footnoteDefinition':
        this.readFootnote(node);
        return;
      case 'html':
        this.readHtml(node.value, this.offsets(node)[0]);
        // Close the block so links found in the HTML are not credited to the next paragraph.
        this.pushSentences(new InlineText(), 'html', []);
        return;
      case 'mdxJsxFlowElement':
        this.readJsxElement(node, context);
        return;
      case 'mdxFlowExpression':
        this.readExpressionComment(node.value, node);
        return;
      default:
        // code, thematicBreak, definition, mdxjsEsm: nothing to read for linkability.
        if ('children' in node && Array.isArray(node.children)) this.walkChildren(node as Parents, context);
    }
  }

  private walkChildren(node: Parents, context: BlockContext): void {
    for (const child of node.children as RootContent[]) this.walkBlock(child, context);
  }

  private readFrontmatterBlock(value: string, node: Nodes, language: 'yaml' | 'toml'): void {
    const [start, end] = this.offsets(node);
    const valueOffset = this.source.indexOf('\n', start) + 1;
    const result = readFrontmatter(value, valueOffset, this.locator, this.relPath, language);
    this.doc.frontmatter = result.data;
    this.doc.linkable = result.linkable;
    this.frontmatterErrors = result.errors;
    this.contributorIdSpans = result.contributorSpans;
    this.frontmatterSpan = this.spanOf(start, end);
    this.doc.bodyOffset = end;
  }

  private readBlockquote(node: Extract<RootContent, { type: 'blockquote' }>, context: BlockContext): void {
    const startSentences = this.doc.sentences.length;
    let attribution: Attribution | undefined;
    const children = node.children;
    const lastIndex = children.length - 1;
    children.forEach((child, index) => {
      if (index === lastIndex && child.type === 'paragraph') {
        const inline = this.collectInline(child.children);
        attribution = cutAttribution(inline);
        this.addSentences(inline, 'blockquote');
      } else {
        this.walkBlock(child, { ...context, block: 'blockquote' });
      }
    });
    const text = this.doc.sentences
      .slice(startSentences)
      .map((sentence) => sentence.text)
      .join(' ');
    const quote: Blockquote = { text, span: this.span(node), section: this.section };
    if (attribution) quote.attribution = attribution;
    this.doc.blockquotes.push(quote);
    if (attribution) this.doc.quotes.push({ text, name: attribution.name, span: quote.span, source: 'blockquote' });
  }

  private readTable(node: Extract<RootContent, { type: 'table' }>): void {
    const rows = node.children.map((row) => row.children.map((cell) => toString(cell).trim()));
    this.doc.tables.push({ header: rows[0] ?? [], rows: rows.slice(1), span: this.span(node), section: this.section });
    for (const row of node.children) {
      for (const cell of row.children) {
        // A cell is one short unit of text: segmenting it into sentences costs time on huge tables and gains nothing.
        const inline = this.collectInline(cell.children);
        this.addWholeSentence(inline, 'tableCell');
      }
    }
  }

  private readFootnote(node: Extract<RootContent, { type: 'footnoteDefinition' }>): void {
    const linksBefore = this.doc.links.length;
    const sentencesBefore = this.doc.sentences.length;
    this.walkChildren(node, { block: 'footnote', footnote: node.identifier });
    const links = range(linksBefore, this.doc.links.length);
    const text = this.doc.sentences
      .slice(sentencesBefore)
      .map((sentence) => sentence.text)
      .join(' ');
    this.doc.footnotes.push({ label: node.label ?? node.identifier, text, links, span: this.span(node) });
  }

  private readHtml(html: string, offset: number): void {
    for (const { text, index } of findComments(html)) {
      const directive = parseDirective(text);
      if (directive) this.addDirective(directive, offset + index, offset + index + text.length);
    }
    for (const { tag, index } of findTags(html, 'img')) {
      const attributes = htmlAttributes(tag);
      // Prose that mentions "the <img> element" parses as a tag too; only a tag with a source is an image.
      if (!attributes.src) continue;
      this.addImage({
        src: attributes.src ?? '',
        alt: attributes.alt ?? '',
        title: attributes.title,
        width: toNumber(attributes.width),
        height: toNumber(attributes.height),
        origin: 'html',
        span: this.spanOf(offset + index, offset + index + tag.length),
        marker: attributes['data-infographic'] !== undefined || /\binfographic\b/i.test(attributes.class ?? ''),
      });
    }
    for (const { tag, index } of findTags(html, 'a')) {
      const href = htmlAttributes(tag).href;
      if (href) this.addLink(href, '', undefined, offset + index, offset + index + tag.length);
    }
  }

  private readExpressionComment(value: string, node: Nodes): void {
    const directive = parseDirective(value);
    if (directive) {
      const [start, end] = this.offsets(node);
      this.addDirective(directive, start, end);
    }
  }

  private addDirective(directive: { kind: Directive['kind']; rules: string[] }, start: number, end: number): void {
    this.doc.directives.push({ ...directive, span: this.spanOf(start, end) });
  }

  private readJsxElement(node: MdxJsxFlowElement | MdxJsxTextElement, context: BlockContext, inline?: InlineText): void {
    const name = node.name ?? '';
    const attributes = jsxAttributes(node.attributes);
    const text = toString(node).trim();
    const element: MdxElement = { name, attributes, text, span: this.span(node), section: this.section };
    this.doc.mdxElements.push(element);
    const [start, end] = this.offsets(node);

    if (name === 'img' || name === 'Image' || name === 'Infographic' || name === 'Picture') {
      const src = typeof attributes.src === 'string' ? attributes.src : '';
      this.addImage({
        src,
        alt: typeof attributes.alt === 'string' ? attributes.alt : '',
        title: typeof attributes.title === 'string' ? attributes.title : undefined,
        width: toNumber(attributes.width),
        height: toNumber(attributes.height),
        origin: 'mdx',
        span: element.span,
        marker: name === 'Infographic',
      });
    }
    if (name === 'a' && typeof attributes.href === 'string') this.addLink(attributes.href, text, undefined, start, end);
    if (name === 'Quote') {
      this.doc.quotes.push({
        text,
        contributorId: typeof attributes.by === 'string' ? attributes.by : undefined,
        span: element.span,
        source: 'mdx',
      });
    }

    if (node.type === 'mdxJsxTextElement') {
      if (inline) this.appendPhrasing(node.children, inline);
      // A self-closing <Stat value="42%" /> renders its value in the sentence; keep it readable there too.
      if (inline && node.children.length === 0 && name === 'Stat' && typeof attributes.value === 'string') {
        inline.append(attributes.value, start, end, false);
      }
      return;
    }
    const childBlock: BlockKind = name === 'Quote' ? 'blockquote' : context.block;
    for (const child of node.children as RootContent[]) this.walkBlock(child, { ...context, block: childBlock });
  }

  // ---- inline content

  private collectInline(children: PhrasingContent[]): InlineText {
    const inline = new InlineText();
    this.appendPhrasing(children, inline);
    return inline;
  }

  private appendPhrasing(children: PhrasingContent[], inline: InlineText): void {
    for (const node of children) {
      const [start, end] = this.offsets(node);
      switch (node.type) {
        case 'text':
          inline.append(node.value, start, end, this.source.slice(start, end) === node.value, this.source);
          break;
        case 'inlineCode':
          inline.append('`' + node.value + '`', start, end, this.source.slice(start, end) === '`' + node.value + '`', this.source);
          break;
        case 'break':
          inline.append(' ', start, end, false);
          break;
        case 'link':
          this.addLink(node.url, toString(node), node.title ?? undefined, start, end);
          this.appendPhrasing(node.children, inline);
          break;
        case 'linkReference': {
          const definition = this.definitions.get(node.identifier);
          if (definition) this.addLink(definition.url, toString(node), definition.title, start, end);
          this.appendPhrasing(node.children, inline);
          break;
        }
        case 'image':
          this.addImage({ src: node.url, alt: node.alt ?? '', title: node.title ?? undefined, origin: 'markdown', span: this.spanOf(start, end) });
          break;
        case 'imageReference': {
          const definition = this.definitions.get(node.identifier);
          if (definition) {
            this.addImage({ src: definition.url, alt: node.alt ?? '', title: definition.title, origin: 'markdown', span: this.spanOf(start, end) });
          }
          break;
        }
        case 'footnoteReference':
          this.footnoteRefs.push({ label: node.label ?? node.identifier, offset: start });
          break;
        case 'html':
          if (/^<br\s*\/?>$/i.test(node.value)) inline.append(' ', start, end, false);
          else this.readHtml(node.value, start);
          break;
        case 'mdxTextExpression':
          this.readExpressionComment(node.value, node);
          break;
        case 'mdxJsxTextElement':
          this.readJsxElement(node, { block: 'paragraph' }, inline);
          break;
        default:
          if ('children' in node && Array.isArray(node.children)) this.appendPhrasing(node.children as PhrasingContent[], inline);
      }
    }
  }

  /** Footnote references seen while collecting the current block, consumed by `addSentences`. */
  private footnoteRefs: Array<{ label: string; offset: number }> = [];
  /** Index of the first link collected for the current block. */
  private blockLinkStart = 0;

  private addLink(url: string, text: string, title: string | undefined, start: number, end: number): void {
    const link: Link = { url, text, kind: linkKind(url), span: this.spanOf(start, end), section: this.section, blockIndex: this.blockCount };
    if (title) link.title = title;
    if (link.kind === 'external') link.domain = domainOf(url);
    this.doc.links.push(link);
  }

  private addImage(image: Omit<Image, 'infographic' | 'section'> & { marker?: boolean }): void {
    const { marker, ...rest } = image;
    const infographic = Boolean(marker) || /\binfographic\b/i.test(`${image.title ?? ''} ${image.alt}`);
    const entry: Image = { ...rest, infographic, section: this.section };
    if (entry.width === undefined) delete entry.width;
    if (entry.height === undefined) delete entry.height;
    if (entry.title === undefined) delete entry.title;
    this.doc.images.push(entry);
  }

  private addSentences(inline: InlineText, block: BlockKind): void {
    this.pushSentences(inline, block, splitSentences(inline.text, this.locale));
  }

  private addWholeSentence(inline: InlineText, block: BlockKind): void {
    const trimmed = inline.text.trim();
    if (trimmed === '') {
      this.pushSentences(inline, block, []);
      return;
    }
    const start = inline.text.indexOf(trimmed);
    this.pushSentences(inline, block, [{ start, end: start + trimmed.length }]);
  }

  private pushSentences(inline: InlineText, block: BlockKind, ranges: Array<{ start: number; end: number }>): void {
    const blockIndex = this.blockCount++;
    const linkStart = this.blockLinkStart;
    const links = this.doc.links;
    // Links and footnote references collected while reading this block belong to it.
    for (let i = linkStart; i < links.length; i++) links[i].blockIndex = blockIndex;
    const refs = this.footnoteRefs;
    this.footnoteRefs = [];
    this.blockLinkStart = links.length;
    if (inline.text.trim() !== '') this.blockTexts.push(inline.text.trim());

    for (const { start, end } of ranges) {
      const sourceStart = inline.sourceOffset(start);
      const sourceEnd = inline.sourceOffset(end - 1) + 1;
      const sentenceLinks: number[] = [];
      for (let i = linkStart; i < links.length; i++) {
        const link = links[i];
        if (link.span.start.offset < sourceEnd && link.span.end.offset > sourceStart) sentenceLinks.push(i);
      }
      const footnoteRefs = refs.filter((ref) => ref.offset >= sourceStart - 1 && ref.offset <= sourceEnd + 1).map((ref) => ref.label);
      this.doc.sentences.push({
        text: inline.text.slice(start, end),
        span: this.spanOf(sourceStart, sourceEnd),
        block,
        section: this.section,
        links: sentenceLinks,
        footnoteRefs,
        blockIndex,
      });
    }
    // A footnote reference right after the final period belongs to the last sentence of the block.
    const last = this.doc.sentences[this.doc.sentences.length - 1];
    if (last && last.blockIndex === blockIndex) {
      for (const ref of refs) if (!this.doc.sentences.some((s) => s.blockIndex === blockIndex && s.footnoteRefs.includes(ref.label))) last.footnoteRefs.push(ref.label);
    }
  }

  private applyDeclaredInfographics(): void {
    const linkable = this.doc.linkable;
    if (!linkable || !linkable.infographics) return;
    for (const declared of linkable.infographics) {
      const image = this.doc.images.find((candidate) => candidate.src === declared.src);
      if (image) {
        image.infographic = true;
        if (!image.alt && declared.alt) image.alt = declared.alt;
        if (!image.title && declared.title) image.title = declared.title;
        if (image.width === undefined && declared.width) image.width = declared.width;
        if (image.height === undefined && declared.height) image.height = declared.height;
      } else {
        const image: Image = {
          src: declared.src,
          alt: declared.alt ?? '',
          infographic: true,
          origin: 'frontmatter',
          span: this.frontmatterSpan ?? this.spanOf(0, 0),
          section: -1,
        };
        if (declared.title) image.title = declared.title;
        if (declared.width) image.width = declared.width;
        if (declared.height) image.height = declared.height;
        this.doc.images.push(image);
      }
    }
  }
}

const DASHES = /(?:^|\n)\s*(?:—|–|―|--|-|~)\s*([^\n]+)$/;

/** Cuts a trailing `— Name, Organisation` line off a quote paragraph and returns it parsed. */
function cutAttribution(inline: InlineText): Attribution | undefined {
  const match = inline.text.match(DASHES);
  if (!match || match.index === undefined) return undefined;
  const raw = match[1].trim();
  if (raw === '' || raw.length > 200) return undefined;
  inline.truncate(match.index);
  const parenthesised = raw.match(/^(.+?)\s*\((.+)\)\s*$/);
  let name = raw;
  let organization: string | undefined;
  if (parenthesised) {
    name = parenthesised[1];
    organization = parenthesised[2];
  } else {
    const separator = raw.search(/,\s|\s+at\s+|\s+of\s+/);
    if (separator > 0) {
      name = raw.slice(0, separator);
      organization = raw.slice(separator).replace(/^(,\s*|\s+at\s+|\s+of\s+)/, '');
    }
  }
  const attribution: Attribution = { text: raw, name: name.trim() };
  if (organization?.trim()) attribution.organization = organization.trim();
  return attribution;
}

function jsxAttributes(attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute>): Record<string, string | true> {
  const result: Record<string, string | true> = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const value = attribute.value;
    if (value === null || value === undefined) result[attribute.name] = true;
    else if (typeof value === 'string') result[attribute.name] = value;
    else result[attribute.name] = `{${value.value}}`;
  }
  return result;
}

function linkKind(url: string): Link['kind'] {
  if (/^https?:\/\//i.test(url) || url.startsWith('//')) return 'external';
  if (url.startsWith('#')) return 'anchor';
  if (/^mailto:/i.test(url)) return 'mailto';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return 'other';
  return 'internal';
}

export function domainOf(url: string): string | undefined {
  try {
    return new URL(url.startsWith('//') ? `https:${url}` : url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return undefined;
  }
}

function toNumber(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const number = Number.parseFloat(value.replace(/[{}]/g, ''));
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function titleFromFileName(file: string): string {
  const base = path.basename(file).replace(/\.(md|mdx)$/i, '');
  const name = base === 'index' ? path.basename(path.dirname(file)) : base;
  return name.replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

