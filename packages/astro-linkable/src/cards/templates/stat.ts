// The default stat card (1200x630 or 1080x1080): the figure huge, the sentence that explains it, its source, the page it comes from.
import type { CardElement, CardTemplateInput } from '../types.js';
import { bounded, box, cardFrame, footer, h, pill } from './elements.js';
import { tint } from '../theme.js';

/** The figure shrinks with its length so that "$1.2 trillion" still fits on one line. */
export function statValueSize(length: number, square: boolean): number {
  const sizes = square ? [280, 230, 180, 136, 108] : [200, 168, 136, 108, 88];
  if (length <= 4) return sizes[0];
  if (length <= 6) return sizes[1];
  if (length <= 9) return sizes[2];
  if (length <= 14) return sizes[3];
  return sizes[4];
}

export function statSentenceSize(length: number, square: boolean): { fontSize: number; lines: number } {
  if (square) return length <= 90 ? { fontSize: 52, lines: 4 } : length <= 160 ? { fontSize: 44, lines: 5 } : { fontSize: 38, lines: 6 };
  return length <= 80 ? { fontSize: 40, lines: 2 } : length <= 140 ? { fontSize: 34, lines: 3 } : { fontSize: 30, lines: 3 };
}

export function statCard(card: CardTemplateInput): CardElement {
  const square = card.height >= card.width * 0.9;
  const scale = card.width / (square ? 1080 : 1200);
  const px = (value: number) => Math.round(value * scale);
  // A stat card without a statistic still says something true: the page title takes the figure's place.
  const statistic = card.statistic ?? { value: '', sentence: card.title };
  const sentence = statSentenceSize(statistic.sentence.length, square);

  // A three-line sentence on the wide card needs the figure's room, or the source crowds the footer.
  const valueSize = px(statValueSize(statistic.value.length, square) * (!square && sentence.lines >= 3 ? 0.8 : 1));
  const figure = statistic.value
    ? h(
        'div',
        {
          display: 'block',
          fontSize: valueSize,
          fontWeight: 800,
          lineHeight: 1,
          letterSpacing: valueSize * -0.045,
          color: card.theme.accent,
          whiteSpace: 'nowrap',
        },
        bounded(statistic.value, 24),
      )
    : null;

  const source = statistic.source
    ? h('div', { display: 'flex', gap: px(10), fontSize: px(square ? 28 : 24), color: card.theme.muted, lineHeight: 1.3 }, [
        h('span', { fontWeight: 600, color: tint(card.theme.foreground, 70), flexShrink: 0 }, 'Source'),
        h('span', { display: 'block', lineClamp: 1, flex: 1 }, bounded(statistic.source, 160)),
      ])
    : null;
  // The square card has room to name the page under the source; the wide one names it in the footer.
  const from =
    square && card.statistic
      ? h('div', { display: 'flex', gap: px(10), fontSize: px(28), color: card.theme.muted, lineHeight: 1.3 }, [
          h('span', { fontWeight: 600, color: tint(card.theme.foreground, 70), flexShrink: 0 }, 'From'),
          h('span', { display: 'block', lineClamp: 2, flex: 1 }, bounded(card.title, 160)),
        ])
      : null;

  return cardFrame(card, px, {
    padding: square ? box(px(80), px(80), px(64)) : box(px(56), px(72), px(48)),
    brandSize: px(square ? 60 : 48),
    pill: pill(card, card.assetType ?? 'Key statistic', px(square ? 22 : 19)),
    bodyStyle: { gap: px(square ? 36 : 20) },
    body: [
      figure,
      h(
        'div',
        {
          display: 'block',
          fontSize: px(sentence.fontSize),
          fontWeight: 600,
          lineHeight: 1.25,
          letterSpacing: px(sentence.fontSize) * -0.015,
          color: card.theme.foreground,
          lineClamp: sentence.lines,
          wordBreak: 'break-word',
        },
        bounded(statistic.sentence, 320),
      ),
      source || from ? h('div', { display: 'flex', flexDirection: 'column', gap: px(10) }, [source, from]) : null,
    ],
    footer: footer(
      card,
      px(square ? 26 : 22),
      square ? 64 : 48,
      card.statistic && !square
        ? h('div', { display: 'block', maxWidth: px(520), fontSize: px(20), color: card.theme.muted, lineClamp: 1, textAlign: 'end' }, bounded(card.title, 120))
        : null,
    ),
  });
}
