// How the site labels, dates and orders its articles (shared by the home page and article pages).
import type { CollectionEntry } from 'astro:content';

type Article = CollectionEntry<'articles'>;

const typeLabels: Record<string, string> = {
  'original-research': 'Original research',
  statistics: 'Statistics',
  infographic: 'Infographic',
  guide: 'Guide',
  tool: 'Tool',
  'expert-roundup': 'Expert roundup',
  news: 'News',
  other: 'Article',
};

/** The article's `linkable.type`, or `other` when it has none. */
export function articleType(article: Article): string {
  const linkable = article.data.linkable;
  if (linkable && typeof linkable === 'object' && typeof linkable.type === 'string') return linkable.type;
  return 'other';
}

export function typeLabel(type: string): string {
  return typeLabels[type] ?? 'Article';
}

// UTC so a page shows the date written in its frontmatter whatever the build machine's zone.
const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** Minutes to read at 230 words a minute, from the raw Markdown body. */
export function readingMinutes(article: Article): number {
  const words = (article.body ?? '').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}

export function newestFirst(a: Article, b: Article): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id);
}
