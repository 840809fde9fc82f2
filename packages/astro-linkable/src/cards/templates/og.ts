// The default Open Graph card (1200x630): brand and asset type on top, a big title, the key statistic when there is one, the URL below.
import type { CardElement, CardTemplateInput } from '../types.js';
import { bounded, box, cardFrame, footer, h, pill } from './elements.js';
import { tint } from '../theme.js';

/** Longer titles step down a size, then clamp with an ellipsis; a statistic leaves the title less room. */
export function ogTitleSize(length: number, withStatistic: boolean): { fontSize: number; lines: number } {
  if (withStatistic) {
    if (length <= 30) return { fontSize: 68, lines: 2 };
    if (length <= 60) return { fontSize: 58, lines: 3 };
    return { fontSize: 50, lines: 3 };
  }
  if (length <= 32) return { fontSize: 84, lines: 3 };
  if (length <= 60) return { fontSize: 72, lines: 3 };
  if (length <= 100) return { fontSize: 60, lines: 4 };
  return { fontSize: 52, lines: 5 };
}

export function ogCard(card: CardTemplateInput): CardElement {
  const scale = card.width / 1200;
  const px = (value: number) => Math.round(value * scale);
  const statistic = card.statistic;
  const { fontSize, lines } = ogTitleSize(card.title.length, Boolean(statistic));

  const title = h(
    'div',
    {
      display: 'block',
      fontSize: px(fontSize),
      fontWeight: 800,
      lineHeight: 1.08,
      letterSpacing: px(fontSize) * -0.03,
      color: card.theme.foreground,
      lineClamp: lines,
      wordBreak: 'break-word',
      textWrap: 'balance',
    },
    bounded(card.title, 240),
  );

  const valueSize = px(statistic && statistic.value.length <= 6 ? 96 : 72);
  const statisticRow = statistic
    ? h('div', { display: 'flex', alignItems: 'center', gap: px(28), marginTop: px(36) }, [
        h(
          'div',
          {
            display: 'block',
            flexShrink: 0,
            maxWidth: px(520),
            fontSize: valueSize,
            fontWeight: 800,
            lineHeight: 1,
            letterSpacing: valueSize * -0.04,
            color: card.theme.accent,
            whiteSpace: 'nowrap',
          },
          bounded(statistic.value, 12),
        ),
        h('div', { width: 3, alignSelf: 'stretch', borderRadius: 2, backgroundColor: tint(card.theme.accent, 45) }),
        h(
          'div',
          { display: 'block', flex: 1, fontSize: px(27), lineHeight: 1.35, color: tint(card.theme.foreground, 82), lineClamp: 2 },
          bounded(statistic.sentence, 200),
        ),
      ])
    : null;

  return cardFrame(card, px, {
    padding: box(px(60), px(72), px(52)),
    brandSize: px(52),
    pill: card.assetType ? pill(card, card.assetType, px(20)) : null,
    bodyStyle: { paddingBottom: px(8) },
    body: [title, statisticRow],
    footer: footer(card, px(26), 64),
  });
}
