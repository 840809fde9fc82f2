// The card theme: default colours, colour parsing (templates need translucent variants of theme colours), and
// turning the user's theme options into absolute paths.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { CardFont, CardFontStyle, CardFontWeight, CardTheme } from './types.js';

/** A deep navy card with a violet accent: legible in light and dark feeds alike. */
export const DEFAULT_CARD_COLORS = {
  background: '#0B1020',
  foreground: '#F8FAFC',
  accent: '#8B7CFF',
  muted: '#94A3B8',
} as const;

export type Rgba = [red: number, green: number, blue: number, alpha: number];

/** Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(…)` and `rgba(…)`; undefined for anything else. */
export function parseColor(text: string): Rgba | undefined {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value);
  if (hex) {
    const digits = hex[1].length <= 4 ? [...hex[1]].map((digit) => digit + digit) : hex[1].match(/../g)!;
    const [red, green, blue, alpha = 'ff'] = digits;
    return [parseInt(red, 16), parseInt(green, 16), parseInt(blue, 16), parseInt(alpha, 16) / 255];
  }
  const functional = /^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(value);
  if (functional) {
    const channel = (part: string) => Math.min(255, part.endsWith('%') ? (parseFloat(part) / 100) * 255 : parseFloat(part));
    const alpha = functional[4] === undefined ? 1 : functional[4].endsWith('%') ? parseFloat(functional[4]) / 100 : parseFloat(functional[4]);
    return [channel(functional[1]), channel(functional[2]), channel(functional[3]), Math.min(1, alpha)];
  }
  return undefined;
}

/**
 * A translucent version of a colour as plain `rgba()`. Satori would accept `color-mix()`, but converting it costs
 * a few milliseconds per card, which adds up over hundreds of cards.
 */
export function tint(color: string, percent: number): string {
  const rgba = parseColor(color);
  if (!rgba) return `color-mix(in srgb, ${color} ${percent}%, transparent)`;
  const [red, green, blue, alpha] = rgba;
  const mixed = Math.round(alpha * percent * 10) / 1000;
  return `rgba(${Math.round(red)},${Math.round(green)},${Math.round(blue)},${mixed})`;
}

/** `percent` of `color` over an opaque `base`, as an opaque `rgb()`; for fills that must not show what lies beneath. */
export function blend(color: string, base: string, percent: number): string {
  const top = parseColor(color);
  const bottom = parseColor(base);
  if (!top || !bottom) return tint(color, percent);
  const share = (percent / 100) * top[3];
  const channel = (index: number) => Math.round(top[index] * share + bottom[index] * (1 - share));
  return `rgb(${channel(0)},${channel(1)},${channel(2)})`;
}

/** The theme as a site writes it in options: paths relative to the project root or package specifiers. */
export interface CardThemeOptions {
  background: string;
  foreground: string;
  accent: string;
  muted: string;
  logo?: string;
  fonts: Array<{ path: string; name?: string; weight: CardFontWeight; style: CardFontStyle }>;
}

/**
 * Resolves the theme's file paths: `./x`, `../x` and plain relative paths against the project root; bare
 * specifiers such as `@fontsource/lora/files/lora-latin-700-normal.woff` through the site's node_modules.
 * Files are not read here; loading them reports missing or bad files by name.
 */
export function resolveCardTheme(theme: CardThemeOptions, root: string): CardTheme {
  const fonts: CardFont[] = theme.fonts.map((font, index) => ({
    path: resolveThemePath(font.path, root),
    name: font.name ?? `Site font ${index + 1}`,
    weight: font.weight,
    style: font.style,
  }));
  return {
    background: theme.background,
    foreground: theme.foreground,
    accent: theme.accent,
    muted: theme.muted,
    logo: theme.logo ? resolveThemePath(theme.logo, root) : undefined,
    fonts,
  };
}

export function resolveThemePath(file: string, root: string): string {
  const local = path.resolve(root, file);
  if (path.isAbsolute(file) || file.startsWith('.') || existsSync(local)) return local;
  try {
    return createRequire(path.join(root, 'package.json')).resolve(file);
  } catch {
    // Neither a file under the root nor a package file: keep the root-relative path so the error names it.
    return local;
  }
}
