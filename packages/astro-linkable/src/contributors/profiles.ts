// The public side of the registry: what contributor pages and <Quote> render, built field by field so private
// data (email) can never reach the virtual state, a page or the build output.
import { absoluteUrl } from '../site.js';
import { badgeAlt, badgeEmbedHtml, BADGE_SIZE, SHARE_CARD_SIZE } from './badges.js';
import type { FeaturedContributor } from './featured.js';
import { jsonLdScriptText, profilePageJsonLd } from './json-ld.js';
import type { ContributorsOptions } from './options.js';
import { avatarLocation, badgeLocation, indexPath, profilePath, publicFilePath, shareCardLocation, type SitePaths } from './paths.js';
import { SOCIAL_NETWORKS, type SocialNetwork } from './registry.js';

export const SOCIAL_LABELS: Record<SocialNetwork, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  github: 'GitHub',
};

export interface PublicImage {
  /** Site path (with `base`). */
  src: string;
  /** Absolute URL when the site has a `site` URL, else the path. */
  absoluteSrc: string;
  width?: number;
  height?: number;
  alt: string;
}

/** A contributor as pages show them. No private field exists on this type. */
export interface ContributorProfile {
  id: string;
  name: string;
  role?: string;
  organization?: string;
  bio?: string;
  /** http(s) only (checked by the registry). */
  website?: string;
  profiles: Array<{ network: SocialNetwork; label: string; url: string }>;
  avatar?: PublicImage;
  /** Page path (with `base`). */
  url: string;
  absoluteUrl: string;
  /** One line for `<meta name="description">`. */
  description: string;
  quotes: Array<{ text: string; pageUrl: string; pageTitle: string }>;
  pages: Array<{ url: string; title: string }>;
  shareCard?: PublicImage;
  badge?: PublicImage & { embedHtml: string };
  /** ProfilePage JSON-LD, already escaped for a `<script>` body. */
  jsonLd: string;
}

export interface ContributorsState {
  /** Whether the index and profile pages exist (contributor links point at them only then). */
  pages: boolean;
  /** Path of the contributors index page. */
  indexUrl: string;
  /** Every registry contributor, sorted by name. */
  people: ContributorProfile[];
}

export interface ProfileContext {
  site: SitePaths & { name: string; site?: string };
  options: Pick<ContributorsOptions, 'base' | 'pages' | 'badge'>;
  /** Whether share cards are rendered (the `cards.enabled` option). */
  shareCards: boolean;
}

export function contributorsState(featured: FeaturedContributor[], context: ProfileContext): ContributorsState {
  const people = featured.map((entry) => contributorProfile(entry, context));
  people.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
  return { pages: context.options.pages, indexUrl: indexPath(context.site, context.options), people };
}

export function contributorProfile({ contributor, pages }: FeaturedContributor, context: ProfileContext): ContributorProfile {
  const { site, options } = context;
  const url = profilePath(site, options, contributor.id);
  const absolute = absoluteUrl(site, url);
  const position = [contributor.role, contributor.organization].filter(Boolean).join(', ');
  const profiles = SOCIAL_NETWORKS.filter((network) => contributor.social[network]).map((network) => ({
    network,
    label: SOCIAL_LABELS[network],
    url: contributor.social[network] as string,
  }));

  const profile: ContributorProfile = {
    id: contributor.id,
    name: contributor.name,
    profiles,
    url,
    absoluteUrl: absolute,
    description: position ? `${contributor.name}, ${position}, as featured on ${site.name}.` : `${contributor.name}, as featured on ${site.name}.`,
    quotes: pages.flatMap((page) => page.quotes.map((quote) => ({ text: quote.text, pageUrl: page.url, pageTitle: page.title }))),
    pages: pages.map((page) => ({ url: page.url, title: page.title })),
    jsonLd: '',
  };
  if (contributor.role) profile.role = contributor.role;
  if (contributor.organization) profile.organization = contributor.organization;
  if (contributor.bio) profile.bio = contributor.bio;
  if (contributor.website) profile.website = contributor.website;
  if (contributor.avatar) {
    const src = contributor.avatar.publicPath
      ? publicFilePath(site, contributor.avatar.publicPath)
      : avatarLocation(site, contributor.id, contributor.avatar.file).path;
    profile.avatar = { src, absoluteSrc: absoluteUrl(site, src), alt: contributor.name };
    if (contributor.avatar.width) profile.avatar.width = contributor.avatar.width;
    if (contributor.avatar.height) profile.avatar.height = contributor.avatar.height;
  }
  if (context.shareCards) {
    const src = shareCardLocation(site, contributor.id).path;
    profile.shareCard = { src, absoluteSrc: absoluteUrl(site, src), width: SHARE_CARD_SIZE.width, height: SHARE_CARD_SIZE.height, alt: `${contributor.name}, featured on ${site.name}` };
  }
  if (options.badge.enabled) {
    const src = badgeLocation(site, contributor.id).path;
    const absoluteSrc = absoluteUrl(site, src);
    profile.badge = {
      src,
      absoluteSrc,
      width: BADGE_SIZE.width,
      height: BADGE_SIZE.height,
      alt: badgeAlt(site.name),
      embedHtml: badgeEmbedHtml({ profileUrl: absolute, badgeUrl: absoluteSrc, siteName: site.name, nofollow: options.badge.nofollow }),
    };
  }
  profile.jsonLd = jsonLdScriptText(
    profilePageJsonLd({
      name: contributor.name,
      profileUrl: absolute,
      role: contributor.role,
      organization: contributor.organization,
      bio: contributor.bio,
      image: profile.avatar?.absoluteSrc,
      sameAs: [contributor.website, ...profiles.map((entry) => entry.url)].filter((link): link is string => Boolean(link)),
      siteName: site.name,
      siteUrl: site.site ? absoluteUrl(site, `${site.base.replace(/\/+$/, '')}/`) : undefined,
    }),
  );
  return profile;
}

