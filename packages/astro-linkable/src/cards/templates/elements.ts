// Building blocks the default card templates share: element construction, brand mark, pill, URL line and colour mixing.
import { blend, tint } from '../theme.js';
import type { CardElement, CardNode, CardTemplateInput } from '../types.js';

type Style = Record<string, string | number>;

/**
 * Padding as numeric longhands, CSS order. Templates give satori numbers rather than strings such as
 * "60px 72px" or "-0.03em" wherever they can: parsing style strings is a measurable share of each card.
 */
export function box(top: number, right = top, bottom = top, left = right): Style {
  return { paddingTop: top, paddingRight: right, paddingBottom: bottom, paddingLeft: left };
}

/** A satori element; `children` may be text, elements or arrays of them. */
export function h(type: string, style: Style, children?: CardNode, props: Record<string, unknown> = {}): CardElement {
  return { type, props: { ...props, style, children } };
}

/** The card's base: theme background colour. */
export function backdrop(card: CardTemplateInput): Style {
  return { backgroundColor: card.theme.background };
}

/**
 * Two concentric translucent discs around the top corner: a glow made of flat shapes, because a gradient over the
 * card costs the rasteriser several times more and cold builds are meant to be fast. Content that should paint
 * over it needs `position: relative` (positioned boxes paint after in-flow ones).
 */
export function cornerGlow(card: CardTemplateInput, size: number): CardElement {
  const side = card.dir === 'rtl' ? 'left' : 'right';
  const disc = (diameter: number, percent: number) =>
    h('div', {
      position: 'absolute',
      top: -Math.round(diameter / 2),
      [side]: -Math.round(diameter / 2),
      width: diameter,
      height: diameter,
      borderRadius: diameter,
      backgroundColor: tint(card.theme.accent, percent),
    });
  return h('div', { position: 'absolute', top: 0, left: 0, width: '100%', height: '100%', display: 'flex' }, [
    disc(size * 2, 6),
    disc(Math.round(size * 1.1), 7),
  ]);
}

/** The site's logo, or a monogram tile of its first letter when there is none. */
export function brandMark(card: CardTemplateInput, size: number): CardElement {
  if (card.logo) {
    return h('img', { height: size, maxWidth: size * 5, objectFit: 'contain' }, undefined, { src: card.logo.src });
  }
  const letter = Array.from(card.siteName.trim())[0]?.toUpperCase() ?? '•';
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      width: size,
      height: size,
      borderRadius: Math.round(size * 0.28),
      backgroundColor: card.theme.accent,
      color: card.theme.background,
      fontSize: Math.round(size * 0.56),
      fontWeight: 800,
      lineHeight: 1,
    },
    letter,
  );
}

/** Logo (or monogram) and site name side by side. A logo that already carries the name still gets it, small. */
export function brand(card: CardTemplateInput, size: number): CardElement {
  return h('div', { display: 'flex', alignItems: 'center', gap: Math.round(size * 0.4), minWidth: 0, flexShrink: 1 }, [
    brandMark(card, size),
    h(
      'div',
      {
        fontSize: Math.round(size * 0.56),
        fontWeight: 600,
        color: card.theme.foreground,
        letterSpacing: Math.round(size * 0.56) * -0.01,
        display: 'block',
        lineClamp: 1,
      },
      bounded(card.siteName, 60),
    ),
  ]);
}

/**
 * A rounded label in the accent colour, e.g. the asset type. The outline is an opaque ring around an opaque fill
 * rather than a CSS border: satori draws a rounded border through a clip path, which the rasteriser pays for
 * with a mask the size of the whole card.
 */
export function pill(card: CardTemplateInput, text: string, fontSize: number): CardElement {
  const { accent, background } = card.theme;
  return h('div', { display: 'flex', flexShrink: 0, padding: Math.max(1, Math.round(fontSize * 0.08)), borderRadius: 999, backgroundColor: blend(accent, background, 42) }, [
    h(
      'div',
      {
        display: 'flex',
        alignItems: 'center',
        gap: Math.round(fontSize * 0.55),
        ...box(Math.round(fontSize * 0.45), Math.round(fontSize * 0.9)),
        borderRadius: 999,
        backgroundColor: blend(accent, background, 14),
        color: accent,
        fontSize,
        fontWeight: 600,
        letterSpacing: fontSize * 0.08,
        textTransform: 'uppercase',
        lineHeight: 1,
      },
      [h('div', { width: Math.round(fontSize * 0.4), height: Math.round(fontSize * 0.4), borderRadius: 999, backgroundColor: accent }), text],
    ),
  ]);
}

/** The accent bar along the top edge: a solid lead segment and a fainter remainder (flat fills, no gradient). */
export function accentBar(card: CardTemplateInput, height: number, lead: number): CardElement {
  // The container inherits the card's direction, so the lead segment sits at the start edge in either script.
  return h('div', { position: 'absolute', top: 0, left: 0, right: 0, height, display: 'flex' }, [
    h('div', { width: lead, height, backgroundColor: card.theme.accent }),
    h('div', { flex: 1, height, backgroundColor: tint(card.theme.accent, 30) }),
  ]);
}

/** The page URL without scheme or trailing slash: the host in the foreground colour, the path muted. */
export function urlLine(card: CardTemplateInput, fontSize: number, maxCharacters: number): CardElement {
  const { host, path } = splitUrl(card.url);
  // Cut by length rather than with overflow: hidden, which costs the rasteriser a mask per element.
  const room = Math.max(8, maxCharacters - host.length);
  const shownPath = path.length > room ? `${path.slice(0, room - 1)}…` : path;
  return h('div', { display: 'flex', fontSize, lineHeight: 1.2, whiteSpace: 'nowrap', direction: 'ltr' }, [
    host ? h('span', { color: card.theme.foreground, fontWeight: 600 }, host) : null,
    shownPath ? h('span', { color: card.theme.muted }, shownPath) : null,
  ]);
}

export function splitUrl(url: string): { host: string; path: string } {
  try {
    const parsed = new URL(url);
    const path = decodeURIComponentSafe(parsed.pathname + parsed.search).replace(/\/+$/, '');
    return { host: parsed.host.replace(/^www\./, ''), path };
  } catch {
    return { host: '', path: url.replace(/\/+$/, '') || '/' };
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The footer shared by OG and stat cards: a hairline, then the URL and an optional trailing element. */
export function footer(card: CardTemplateInput, fontSize: number, maxCharacters: number, trailing?: CardNode): CardElement {
  return h('div', { display: 'flex', position: 'relative', flexDirection: 'column', gap: Math.round(fontSize * 1.1) }, [
    h('div', { height: 1, backgroundColor: tint(card.theme.muted, 28) }),
    h('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 32 }, [urlLine(card, fontSize, maxCharacters), trailing ?? null]),
  ]);
}

export interface CardFrameParts {
  /** The card's padding (`box(…)`). */
  padding: Style;
  /** Size of the brand row (mark and site name). */
  brandSize: number;
  /** The pill at the end of the brand row, if any. */
  pill: CardElement | null;
  /** Layout of the middle column besides what every card gives it (padding or gap). */
  bodyStyle: Style;
  body: CardNode;
  footer: CardElement;
}

/**
 * The frame the default OG and stat cards share: the backdrop, corner glow and accent bar; the brand with its pill on
 * top; the body centred in the middle; the footer at the bottom.
 */
export function cardFrame(card: CardTemplateInput, px: (value: number) => number, parts: CardFrameParts): CardElement {
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      ...parts.padding,
      fontFamily: card.fontFamily,
      direction: card.dir,
      ...backdrop(card),
    },
    [
      cornerGlow(card, px(440)),
      accentBar(card, px(6), px(240)),
      h('div', { display: 'flex', position: 'relative', alignItems: 'center', justifyContent: 'space-between', gap: px(32) }, [brand(card, parts.brandSize), parts.pill]),
      h('div', { display: 'flex', position: 'relative', flexDirection: 'column', justifyContent: 'center', flex: 1, ...parts.bodyStyle }, parts.body),
      parts.footer,
    ],
  );
}

/** A long text cut at a word boundary; the line clamp adds the visible ellipsis, this only bounds layout work. */
export function bounded(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
