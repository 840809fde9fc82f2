// The default "Featured on <site>" badge (400x120 layout, rendered at 2x): a contributor embeds it on their own site.
import type { CardElement, CardTemplateInput } from '../types.js';
import { brandMark, h } from './elements.js';
import { tint } from '../theme.js';

export function badgeCard(card: CardTemplateInput): CardElement {
  const scale = Math.min(card.width / 400, card.height / 120);
  const px = (value: number) => Math.round(value * scale);
  const line = { display: 'block', lineClamp: 1 } as const;
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      gap: px(16),
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      paddingLeft: px(22),
      paddingRight: px(22),
      borderRadius: px(18),
      border: `${Math.max(1, px(1))}px solid ${tint(card.theme.accent, 40)}`,
      backgroundColor: card.theme.background,
      backgroundImage: `linear-gradient(135deg, ${tint(card.theme.accent, 16)} 0%, ${tint(card.theme.accent, 0)} 60%)`,
      fontFamily: card.fontFamily,
      direction: card.dir,
    },
    [
      brandMark(card, px(56)),
      h('div', { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0, gap: px(3) }, [
        h('div', { ...line, fontSize: px(11), fontWeight: 600, letterSpacing: px(11) * 0.14, textTransform: 'uppercase', color: card.theme.accent }, 'Featured on'),
        h('div', { ...line, fontSize: px(24), fontWeight: 800, letterSpacing: px(24) * -0.02, lineHeight: 1.15, color: card.theme.foreground }, card.siteName),
        card.contributor ? h('div', { ...line, fontSize: px(14), color: card.theme.muted }, card.contributor) : null,
      ]),
    ],
  );
}
