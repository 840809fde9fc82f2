// A card whose text needs only bundled Inter Latin (and the site's own faces) is drawn with those faces alone, so a
// worker parses 6 font faces instead of 25. That must never change a pixel: satori has to draw every such character
// the same with the core faces as with all of them.
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { CORE_CHARACTERS, loadCardFonts, withinCoreFonts, type CardFontSet } from '../../packages/astro-linkable/src/cards/fonts.js';
import { renderCardDetailed } from '../../packages/astro-linkable/src/cards/render.js';
import type { CardSpec } from '../../packages/astro-linkable/src/cards/types.js';

function coreCharacters(): string[] {
  return CORE_CHARACTERS.split(',').flatMap((range) => {
    const [from, to = from] = range.replace(/^U\+/, '').split('-').map((hex) => Number.parseInt(hex, 16));
    return Array.from({ length: to - from + 1 }, (_, offset) => String.fromCodePoint(from + offset));
  });
}

const asSatori = (faces: CardFontSet['fonts']) => faces.map(({ name, data, weight, style }) => ({ name, data, weight, style }));

describe('core card fonts', () => {
  it('draw every core character exactly as all the bundled faces do, in every weight', async () => {
    const fonts = await loadCardFonts();
    expect(fonts.coreFonts.map((font) => `${font.name} ${font.weight}`)).toEqual(['Inter 400', 'Inter 600', 'Inter 800']);
    const characters = coreCharacters();
    expect(characters.length).toBeGreaterThan(250);
    // Each character as its own word between two letters, the way it meets its neighbours in a title.
    const text = characters.map((character) => `a${character}b`).join(' ');
    for (const fontWeight of [400, 600, 800]) {
      const element = { type: 'div', props: { style: { display: 'flex', flexWrap: 'wrap', fontFamily: fonts.fontFamily, fontWeight, fontSize: 28 }, children: text } };
      const options = { width: 1200, height: 2400, loadAdditionalAsset: async () => [] };
      const core = await satori(element, { ...options, fonts: asSatori(fonts.coreFonts) });
      const all = await satori(element, { ...options, fonts: asSatori(fonts.fonts) });
      expect(core.length).toBeGreaterThan(10_000);
      expect(core === all, `weight ${fontWeight}`).toBe(true);
    }
  });

  it('are used only when the text and its upper- and lower-case forms stay within them', () => {
    expect(withinCoreFonts('Café owners’ guide — “quotes”, €5 fees… and 62% × 3')).toBe(true);
    expect(withinCoreFonts('Straße')).toBe(true); // upper case "STRASSE"
    expect(withinCoreFonts('naïve ÿ')).toBe(false); // upper case Ÿ (U+0178) is Latin Extended
    expect(withinCoreFonts('a‐b')).toBe(false); // U+2010 hyphen: Inter Latin leaves it to another face
    expect(withinCoreFonts('إحصاءات')).toBe(false);
    expect(withinCoreFonts('Launch 🚀')).toBe(false);
  });

  it('leave the PNG of a Latin card and of a mixed-script card the same as before', async () => {
    const fonts = await loadCardFonts();
    const theme = { background: '#0B1020', foreground: '#F8FAFC', accent: '#8B7CFF', muted: '#94A3B8', fonts: [] };
    const spec = (title: string): CardSpec => ({ kind: 'og', width: 1200, height: 630, title, siteName: 'Tallyhouse', assetType: 'Statistics', url: 'https://tallyhouse.example/a/', theme });
    // The same set with only the full list offered (no core faces): what every card was drawn with before.
    const allOnly: CardFontSet = { ...fonts, coreFonts: fonts.fonts };
    for (const title of ['Late invoices cost small firms €3,100 a year', 'Ставки и сроки оплаты: 2026']) {
      const drawn = await renderCardDetailed(spec(title), fonts);
      const before = await renderCardDetailed(spec(title), allOnly);
      expect(Buffer.compare(drawn.png, before.png), title).toBe(0);
    }
  });
});
