// The share-card option group: what is rendered, where it goes, and how it looks.
import { z } from 'astro/zod';
import { DEFAULT_CARD_COLORS, parseColor } from './theme.js';

const color = (fallback: string) =>
  z
    .string()
    .refine((value) => parseColor(value) !== undefined, { message: 'expected a hex or rgb() colour such as "#0b1020" or "rgb(11 16 32)"' })
    .default(fallback);

const fontWeight = z.literal([100, 200, 300, 400, 500, 600, 700, 800, 900]);

export const cardFontSchema = z
  .object({
    /** A TTF, OTF or WOFF file: relative to the project root, or a package path such as `@fontsource/lora/files/lora-latin-700-normal.woff`. */
    path: z.string().min(1),
    /** Family name; fonts sharing a name are weights of one family. Defaults to "Site font <n>". */
    name: z.string().min(1).optional(),
    weight: fontWeight.default(400),
    style: z.enum(['normal', 'italic']).default('normal'),
  })
  .strict();

export const cardThemeSchema = z
  .object({
    background: color(DEFAULT_CARD_COLORS.background),
    foreground: color(DEFAULT_CARD_COLORS.foreground),
    accent: color(DEFAULT_CARD_COLORS.accent),
    /** Secondary text: URL path, source line, labels. */
    muted: color(DEFAULT_CARD_COLORS.muted),
    /** PNG, JPEG, GIF, WebP or SVG, relative to the project root. A missing file stops the build with its path. Without a logo, cards show a monogram. */
    logo: z.string().min(1).optional(),
    /** The site's fonts, primary first. Bundled Inter (plus Noto Sans Arabic and Hebrew) always follows as a fallback. */
    fonts: z.array(cardFontSchema).default([]),
  })
  .strict()
  .prefault({});

export const cardsOptionsSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** Public base path of rendered cards. */
    base: z.string().default('/_linkable/cards'),
    /** Most stat cards per asset. */
    maxStatCards: z.number().int().min(0).default(3),
    /** Also render 1080x1080 stat cards. */
    square: z.boolean().default(false),
    theme: cardThemeSchema,
    /**
     * A module (relative to the project root) whose default export is `(card) => satori element`, replacing the
     * default design. Loaded by Node, not Vite: JavaScript, or TypeScript with only erasable syntax.
     */
    template: z.string().min(1).optional(),
    /** Insert og:/twitter: tags into built pages that lack them. */
    injectMeta: z.boolean().default(true),
    /** Worker threads that render cards; defaults to the number of cores. */
    concurrency: z.number().int().min(1).optional(),
  })
  .strict()
  .prefault({});

export type CardsOptions = z.output<typeof cardsOptionsSchema>;
export type CardThemeOptionsInput = z.input<typeof cardThemeSchema>;
