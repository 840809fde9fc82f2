// The share-card option group.
import { z } from 'astro/zod';

export const cardsOptionsSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** Public base path of rendered cards. */
    base: z.string().default('/_linkable/cards'),
    /** Most stat cards per asset. */
    maxStatCards: z.number().int().min(0).default(3),
    /** Also render 1080x1080 stat cards. */
    square: z.boolean().default(false),
    /** Insert og:/twitter: tags into built pages that lack them. */
    injectMeta: z.boolean().default(true),
  })
  .default({ enabled: true, base: '/_linkable/cards', maxStatCards: 3, square: false, injectMeta: true });
