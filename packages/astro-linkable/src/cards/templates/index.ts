// The default card design: one template per card kind, and the version that goes into every cache key.
import type { CardElement, CardTemplateInput } from '../types.js';
import { badgeCard } from './badge.js';
import { ogCard } from './og.js';
import { statCard } from './stat.js';

/** Bump whenever a default template changes its pixels, so cached cards are rendered again. */
export const TEMPLATE_VERSION = 'default-3';

export function defaultTemplate(card: CardTemplateInput): CardElement {
  if (card.kind === 'stat') return statCard(card);
  if (card.kind === 'badge') return badgeCard(card);
  return ogCard(card);
}

/** Layout sizes of the default cards; `scale` is the badge's pixel density. */
export const CARD_SIZES = {
  og: { width: 1200, height: 630 },
  stat: { width: 1200, height: 630 },
  statSquare: { width: 1080, height: 1080 },
  badge: { width: 400, height: 120, scale: 2 },
} as const;
