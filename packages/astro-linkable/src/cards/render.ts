// Renders one card: spec → template element → SVG (satori) → PNG (resvg). Plain Node only: the native resvg
// module must never pass through Vite, so this runs in worker threads started at astro:build:done.
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { missingGlyphRecorder, withinCoreFonts, type CardFontSet, type LoadedFont } from './fonts.js';
import { loadCardImage } from './logo.js';
import { encodeOpaquePng } from './png.js';
import { cardTitle } from './title.js';
import { defaultTemplate } from './templates/index.js';
import type { CardElement, CardImage, CardNode, CardSpec, CardTemplate, CardTemplateInput } from './types.js';

export interface RenderCardOptions {
  /** A site's own design; the default templates otherwise. */
  template?: CardTemplate;
}

export interface RenderedCard {
  png: Buffer;
  /** PNG size in pixels. */
  width: number;
  height: number;
  /** Characters no loaded font has a glyph for (drawn as the font's "missing glyph" box). */
  missingCharacters: string[];
  /** Style declarations satori could not apply (e.g. an invalid theme colour); the card renders without them. */
  styleErrors: string[];
}

/** Renders a card to PNG bytes. Same spec and fonts, same bytes. Throws CardLogoError for a missing logo file. */
export async function renderCard(spec: CardSpec, fonts: CardFontSet, options: RenderCardOptions = {}): Promise<Buffer> {
  return (await renderCardDetailed(spec, fonts, options)).png;
}

export async function renderCardDetailed(spec: CardSpec, fonts: CardFontSet, options: RenderCardOptions = {}): Promise<RenderedCard> {
  const logoFile = spec.logo ?? spec.theme.logo;
  const logo = logoFile ? await loadCardImage(logoFile) : undefined;
  const element = (options.template ?? defaultTemplate)(templateInput(spec, fonts, logo));
  const glyphs = missingGlyphRecorder();
  const styleErrors: string[] = [];
  const svg = await satori(element as Parameters<typeof satori>[0], {
    width: spec.width,
    height: spec.height,
    fonts: satoriFonts(fonts, element),
    loadAdditionalAsset: glyphs.loadAdditionalAsset,
    onStyleError: (error) => styleErrors.push(error.message),
  });
  const scale = spec.scale ?? 1;
  const image = new Resvg(svg, {
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    // Text arrives as paths; system fonts would only cost time and make output depend on the machine.
    font: { loadSystemFonts: false },
    logLevel: 'off',
  }).render();
  const pixels = image.pixels;
  const png = encodeOpaquePng(pixels, image.width, image.height) ?? image.asPng();
  return { png, width: image.width, height: image.height, missingCharacters: glyphs.characters(), styleErrors };
}

const satoriFontLists = new WeakMap<LoadedFont[], SatoriFont[]>();
type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];

/**
 * The core faces when the card's text needs nothing else, all faces otherwise. Satori keeps parsed fonts per
 * font-list object, so each list is handed over as the same object every time (and parsed once per thread).
 */
function satoriFonts(fonts: CardFontSet, element: CardElement): SatoriFont[] {
  const faces = withinCoreFonts(cardText(element)) ? fonts.coreFonts : fonts.fonts;
  let list = satoriFontLists.get(faces);
  if (!list) {
    list = faces.map(({ name, data, weight, style }) => ({ name, data, weight, style }));
    satoriFontLists.set(faces, list);
  }
  return list;
}

/** All the text an element tree draws, joined. */
function cardText(node: CardNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(cardText).join('');
  if (node && typeof node === 'object' && 'props' in node) return cardText((node.props as { children?: CardNode }).children);
  return '';
}

/** The spec as a template sees it: title fallback applied, direction decided, logo loaded. */
export function templateInput(spec: CardSpec, fonts: CardFontSet, logo?: CardImage): CardTemplateInput {
  const { logo: _logoPath, dir, scale, ...rest } = spec;
  const title = cardTitle(spec);
  return { ...rest, title, dir: dir ?? textDirection(title), scale: scale ?? 1, logo, fontFamily: fonts.fontFamily };
}

export { cardTitle };

const STRONG = /\p{L}/u;
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

/** `rtl` when the first letter of the text belongs to a right-to-left script. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const character of text) {
    if (RIGHT_TO_LEFT.test(character)) return 'rtl';
    if (STRONG.test(character)) return 'ltr';
  }
  return 'ltr';
}
