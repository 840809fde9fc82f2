// Share-card data: what a card says (CardSpec), how it looks (CardTheme), and what templates and the renderer exchange.

export type CardKind = 'og' | 'stat' | 'badge';

/** A key statistic as a card shows it. */
export interface CardStatistic {
  /** The figure as written, e.g. "73%" or "$4.2B". */
  value: string;
  /** The sentence that gives the figure its meaning. */
  sentence: string;
  /** Who published the figure, e.g. "Bureau of Labor Statistics, 2024". */
  source?: string;
}

export type CardFontWeight = 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900;
export type CardFontStyle = 'normal' | 'italic';

/** A font file a card may use. Paths are absolute (options resolve them against the project root). */
export interface CardFont {
  path: string;
  /** Family name templates refer to in `fontFamily`. */
  name: string;
  weight: CardFontWeight;
  style: CardFontStyle;
}

/** Colours, logo and fonts shared by every card of a site. Colours are CSS colours. */
export interface CardTheme {
  background: string;
  foreground: string;
  accent: string;
  /** Secondary text: URLs, sources, labels. */
  muted: string;
  /** Absolute path of a PNG, JPEG, GIF, WebP or SVG logo. Without one, cards show a monogram of the site name. */
  logo?: string;
  /** The site's fonts, primary first. The bundled Inter faces are always added after them as fallbacks. */
  fonts: CardFont[];
}

/** Everything that decides a card's pixels. Plain data: it crosses to worker threads and is hashed for the cache. */
export interface CardSpec {
  kind: CardKind;
  /** Layout size in CSS pixels. */
  width: number;
  height: number;
  /** Pixel density of the PNG: 2 renders a 400x120 badge as an 800x240 image. Default 1. */
  scale?: number;
  /** Page title. Empty titles fall back to the site name, then the URL's host (see `cardTitle`). */
  title: string;
  siteName: string;
  /** Human label of the asset type, e.g. "Original research". */
  assetType?: string;
  statistic?: CardStatistic;
  /** The page's public URL (absolute or a path), shown in the footer. */
  url: string;
  /** Badge cards: the featured contributor's name. */
  contributor?: string;
  /** Absolute path of a logo for this card only; overrides `theme.logo`. */
  logo?: string;
  /** Text direction; by default taken from the first strong character of the title. */
  dir?: 'ltr' | 'rtl';
  theme: CardTheme;
}

/** A satori element: a React-element-like plain object, no React needed. */
export interface CardElement {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: CardNode;
    [prop: string]: unknown;
  };
}

export type CardNode = CardElement | string | number | null | undefined | false | CardNode[];

/** An image ready for satori: a data URI (satori reads its intrinsic size from it). */
export interface CardImage {
  src: string;
  /** sha256 of the file, for the cache key. */
  hash: string;
  file: string;
}

/** What a template receives: the spec with its fallbacks applied and its assets loaded. */
export interface CardTemplateInput extends Omit<CardSpec, 'logo' | 'dir' | 'scale'> {
  dir: 'ltr' | 'rtl';
  scale: number;
  logo?: CardImage;
  /** The `fontFamily` value that puts the site's fonts first and the bundled faces after. */
  fontFamily: string;
}

/** A site's own card design: `(card) => satori element`. Must be pure: same input, same element. */
export type CardTemplate = (card: CardTemplateInput) => CardElement;

/** One card to write: its spec, its output file, and the page it belongs to (named in warnings). */
export interface CardJob {
  spec: CardSpec;
  /** Absolute path of the PNG to write. */
  outFile: string;
  /** The source or page the card is for, e.g. `src/content/blog/remote-work.md`. */
  page?: string;
}

export type CardWarningKind = 'missing-glyphs' | 'missing-logo' | 'invalid-style';

/** Something the author should fix, though the card was still written. */
export interface CardWarning {
  kind: CardWarningKind;
  page?: string;
  outFile: string;
  message: string;
  /** For `missing-glyphs`: each character no loaded font has, once. */
  characters?: string[];
}

/** A card that could not be rendered; the other cards are unaffected. */
export interface CardFailure {
  page?: string;
  outFile: string;
  message: string;
}

export interface CardProgress {
  done: number;
  total: number;
  rendered: number;
  reused: number;
}

export interface CardFileResult {
  outFile: string;
  /** Cache key: sha256 of everything that changes the card's pixels. */
  key: string;
  status: 'rendered' | 'reused' | 'failed';
  /** PNG size in pixels (layout size times scale). */
  width: number;
  height: number;
}

export interface RenderCardsResult {
  rendered: number;
  reused: number;
  files: CardFileResult[];
  warnings: CardWarning[];
  failures: CardFailure[];
}
