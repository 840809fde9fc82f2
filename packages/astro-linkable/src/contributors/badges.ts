// The "Featured on <site>" badge and the contributor share card: their card specs, and the embed code that links
// a badge back to the contributor's page with plain brand anchor text (keyword-rich widget links count as link spam).
import { CARD_SIZES } from '../cards/templates/index.js';
import type { CardSpec, CardTheme } from '../cards/types.js';

/** The badge's layout size; it renders at 2x for sharp text on high-density screens. */
export const BADGE_SIZE = { width: CARD_SIZES.badge.width, height: CARD_SIZES.badge.height, scale: CARD_SIZES.badge.scale };
export const SHARE_CARD_SIZE = CARD_SIZES.og;

export function badgeAlt(siteName: string): string {
  return `Featured on ${siteName}`;
}

export interface BadgeEmbedInput {
  /** Absolute URL of the contributor page (a path when the site has no `site` URL). */
  profileUrl: string;
  /** Absolute URL of the badge PNG. */
  badgeUrl: string;
  siteName: string;
  nofollow: boolean;
}

/**
 * The HTML a contributor pastes on their own site. Alt text is the brand ("Featured on Tallyhouse"), never
 * keywords; width and height are the layout size so the 2x PNG stays sharp. Every value is attribute-escaped.
 */
export function badgeEmbedHtml(input: BadgeEmbedInput): string {
  const rel = input.nofollow ? ' rel="nofollow"' : '';
  return (
    `<a href="${escapeAttribute(input.profileUrl)}"${rel}>` +
    `<img src="${escapeAttribute(input.badgeUrl)}" alt="${escapeAttribute(badgeAlt(input.siteName))}" width="${BADGE_SIZE.width}" height="${BADGE_SIZE.height}">` +
    `</a>`
  );
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface ContributorCardInput {
  name: string;
  role?: string;
  organization?: string;
  siteName: string;
  /** Contributor page URL (absolute when known), shown in the share card footer. */
  profileUrl: string;
  theme: CardTheme;
}

export function badgeSpec(input: ContributorCardInput): CardSpec {
  return {
    kind: 'badge',
    width: BADGE_SIZE.width,
    height: BADGE_SIZE.height,
    scale: BADGE_SIZE.scale,
    title: input.siteName,
    siteName: input.siteName,
    contributor: input.name,
    url: input.profileUrl,
    theme: input.theme,
  };
}

/** The card a contributor page shares: their name and role as the headline, "Featured expert" as the label. */
export function shareCardSpec(input: ContributorCardInput): CardSpec {
  const position = [input.role, input.organization].filter(Boolean).join(', ');
  return {
    kind: 'og',
    width: SHARE_CARD_SIZE.width,
    height: SHARE_CARD_SIZE.height,
    title: position ? `${input.name}, ${position}` : input.name,
    siteName: input.siteName,
    assetType: 'Featured expert',
    url: input.profileUrl,
    theme: input.theme,
  };
}
