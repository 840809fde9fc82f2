// The `cards` option group: defaults, colour checks, and theme paths resolved against the project root.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cardsOptionsSchema } from '../../packages/astro-linkable/src/cards/options.js';
import { blend, parseColor, resolveCardTheme, tint } from '../../packages/astro-linkable/src/cards/theme.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('cards options', () => {
  it('default to enabled cards with the built-in theme and no template', () => {
    expect(cardsOptionsSchema.parse(undefined)).toEqual({
      enabled: true,
      base: '/_linkable/cards',
      maxStatCards: 3,
      square: false,
      injectMeta: true,
      theme: { background: '#0B1020', foreground: '#F8FAFC', accent: '#8B7CFF', muted: '#94A3B8', fonts: [] },
    });
  });

  it('name each bad value', () => {
    const result = cardsOptionsSchema.safeParse({ theme: { accent: 'blurple', fonts: [{ path: 'a.woff', weight: 450 }] }, concurrency: 0, colour: 'red' });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'theme.accent: expected a hex or rgb() colour such as "#0b1020" or "rgb(11 16 32)"',
        expect.stringMatching(/^theme\.fonts\.0\.weight: /),
        expect.stringMatching(/^concurrency: /),
        expect.stringMatching(/^: Unrecognized key: "colour"/),
      ]),
    );
  });
});

describe('theme', () => {
  it('resolves logo and font paths against the root, and package paths through node_modules', () => {
    const { theme } = cardsOptionsSchema.parse({ theme: { logo: 'src/logo.svg', fonts: [{ path: '@fontsource/inter/files/inter-latin-400-normal.woff' }, { path: './fonts/Brand.ttf', name: 'Brand' }] } });
    const resolved = resolveCardTheme(theme, repoRoot);
    expect(resolved.logo).toBe(path.join(repoRoot, 'src/logo.svg'));
    expect(resolved.fonts[0]).toEqual({ path: path.join(repoRoot, 'node_modules/@fontsource/inter/files/inter-latin-400-normal.woff'), name: 'Site font 1', weight: 400, style: 'normal' });
    expect(resolved.fonts[1].path).toBe(path.join(repoRoot, 'fonts/Brand.ttf'));
  });

  it('mixes theme colours without color-mix()', () => {
    expect(parseColor('#0B1020')).toEqual([11, 16, 32, 1]);
    expect(parseColor('rgb(11 16 32 / 50%)')).toEqual([11, 16, 32, 0.5]);
    expect(parseColor('hsl(0 0% 0%)')).toBeUndefined();
    expect(tint('#8B7CFF', 45)).toBe('rgba(139,124,255,0.45)');
    expect(blend('#ffffff', '#000000', 50)).toBe('rgb(128,128,128)');
  });
});
