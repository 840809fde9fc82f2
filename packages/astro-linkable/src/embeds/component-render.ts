// What the Astro components render, computed here so that components stay short and share code with the build step.
import { slug as githubSlug } from 'github-slugger';
import type { EmbedsState } from './state.js';
import { pagePlanFor } from './state.js';
import type { PagePlan } from './page-plan.js';
import type { PageContext } from './page-context.js';
import { itemLicense } from './page-context.js';
import { imageObjectJsonLd, infographicSnippet, infographicTitle, publicImageUrl, type InfographicPlan } from './infographics.js';
import { datasetJsonLd, type DatasetPlan } from './datasets.js';
import { readDatasetFile, type TableData } from './dataset-sources.js';
import { citationsFor, type Citations } from './citations.js';
import { comparableText } from './comparable-text.js';
import { datasetLinkHtml, embedBoxHtml } from './embed-markup.js';
import { jsonLdScript } from './escaping.js';

export interface RenderPage {
  /** `Astro.url.pathname`. */
  pathname: string;
  /** `Astro.site?.href`. */
  site?: string;
}

/** The page's plan, or a minimal context for a page the model does not know (a component on an `.astro` page). */
export function pageFor(state: EmbedsState | undefined, page: RenderPage, fallbackTitle?: string): { plan?: PagePlan; context: PageContext } {
  const plan = pagePlanFor(state, page.pathname);
  if (plan) return { plan, context: plan.context };
  const origin = (state?.site.origin ?? page.site)?.replace(/\/+$/, '');
  const url = origin ? `${origin}${page.pathname}` : page.pathname;
  const siteName = state?.site.name ?? (origin ? new URL(origin).hostname.replace(/^www\./, '') : 'this site');
  const context: PageContext = {
    id: page.pathname.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9_-]+/gi, '-').toLowerCase() || 'index',
    path: page.pathname,
    url,
    title: fallbackTitle ?? siteName,
    authors: [],
    tags: [],
    siteName,
    base: state?.site.base ?? '/',
    creator: { '@type': 'Organization', name: siteName, ...(origin ? { url: `${origin}/` } : {}) },
    creditText: siteName,
    acquireLicensePage: url,
    nofollow: state?.site.nofollow ?? false,
    attribution: state?.site.attribution ?? 'page-title',
  };
  if (origin) {
    context.origin = origin;
    context.siteUrl = `${origin}/`;
  }
  return { context };
}

export interface InfographicProps {
  src: string | { src: string; width: number; height: number };
  alt: string;
  title?: string;
  license?: string;
  credit?: string;
  width?: number;
  height?: number;
  embed?: boolean;
}

export interface InfographicView {
  n: number;
  src: string;
  alt: string;
  title: string;
  width?: number;
  height?: number;
  credit?: string;
  /** Embed box + ImageObject JSON-LD, or '' when not offered. */
  embedHtml: string;
}

/** `<Infographic>`: the image, and when offered, its embed box and ImageObject JSON-LD. */
export function renderInfographic(props: InfographicProps, state: EmbedsState | undefined, page: RenderPage): InfographicView {
  const { plan, context } = pageFor(state, page, props.title);
  const rawSrc = typeof props.src === 'string' ? props.src : props.src.src;
  const item = findInfographic(plan?.infographics ?? [], props);
  // The model read the size of images in public/; an imported image knows its own.
  const width = props.width ?? (typeof props.src === 'object' ? props.src.width : item?.width);
  const height = props.height ?? (typeof props.src === 'object' ? props.src.height : item?.height);
  const n = item?.n ?? 0;
  const title = props.title?.trim() || item?.title || infographicTitle({ alt: props.alt }, undefined, context.title);
  const view: InfographicView = { n, src: rawSrc, alt: props.alt, title, embedHtml: '' };
  if (width) view.width = Math.round(width);
  if (height) view.height = Math.round(height);
  if (props.credit) view.credit = props.credit;
  const offered = props.embed !== false && (item ? item.offered : true);
  const imageUrl = publicImageUrl(rawSrc, context);
  if (!offered || !imageUrl) return view;
  const key = item?.key ?? `infographic-${githubSlug(title) || 'image'}`;
  const id = `linkable-${key}`;
  const license = itemLicense(props.license, context);
  const input = { imageUrl, alt: props.alt, title, width: view.width, height: view.height, credit: props.credit, license };
  view.embedHtml = embedBoxHtml({ id, key, snippet: infographicSnippet(input, context), license }) + jsonLdScript(imageObjectJsonLd({ ...input, boxId: id }, context));
  return view;
}

function findInfographic(items: InfographicPlan[], props: InfographicProps): InfographicPlan | undefined {
  const components = items.filter((item) => item.component);
  const src = typeof props.src === 'string' ? props.src : undefined;
  return (
    (src !== undefined ? components.find((item) => item.src === src) : undefined) ??
    components.find((item) => props.alt.trim() !== '' && comparableText(item.alt) === comparableText(props.alt)) ??
    components.find((item) => props.title !== undefined && item.title === props.title)
  );
}

export interface DatasetProps {
  src: string;
  title?: string;
  description?: string;
  license?: string;
  temporalCoverage?: string;
  /** Rows shown in the preview table; 0 shows only the download link. */
  preview?: number;
}

export interface DatasetView {
  title: string;
  data?: TableData;
  shownRows: string[][];
  /** Download link + Dataset JSON-LD, or '' when the file could not be read. */
  linkHtml: string;
  /** Why the data could not be shown. */
  problem?: string;
}

/** `<Dataset>`: a preview table of the file, the CSV download link and Dataset JSON-LD. */
export function renderDataset(props: DatasetProps, state: EmbedsState | undefined, page: RenderPage): DatasetView {
  const { plan, context } = pageFor(state, page);
  const item = plan?.datasets.find((candidate) => candidate.kind === 'file' && candidate.src === props.src);
  const title = props.title ?? item?.name ?? 'Data';
  if (!item) {
    return { title, shownRows: [], linkHtml: '', problem: `no dataset "${props.src}" is planned for ${page.pathname}; is this page one of astro-linkable's sources?` };
  }
  if (item.problem || !item.sourceFile) return { title, shownRows: [], linkHtml: '', problem: item.problem };
  const source = readDatasetFile(item.sourceFile);
  if (!source.ok) return { title, shownRows: [], linkHtml: '', problem: source.message };
  const preview = props.preview ?? 100;
  const dataset: DatasetPlan = { ...item };
  const license = itemLicense(props.license, context) ?? item.license;
  if (license) dataset.license = license;
  const linkHtml =
    datasetLinkHtml({
      id: `linkable-${item.key}`,
      key: item.key,
      href: item.path,
      fileName: item.fileName,
      rows: item.rowCount,
      columns: item.columns.length,
      license,
      label: 'Download the data (CSV)',
    }) + jsonLdScript(datasetJsonLd(dataset, context));
  return { title, data: source.data, shownRows: source.data.rows.slice(0, Math.max(0, preview)), linkHtml };
}

/** `<CiteThis>`: the page's citations (from the model when it knows the page). */
export function renderCitations(state: EmbedsState | undefined, page: RenderPage, fallbackTitle?: string): Citations {
  const { plan, context } = pageFor(state, page, fallbackTitle);
  return plan?.citations ?? citationsFor(context);
}

export interface StatProps {
  value: string;
  label?: string;
  source?: string;
  sourceUrl?: string;
  /** Where the share link posts: X (default), LinkedIn, or no share link. */
  share?: 'x' | 'linkedin' | false;
}

export interface StatView {
  id: string;
  shareUrl?: string;
  shareLabel: string;
  sourceUrl?: string;
}

/** `<Stat>`: an anchor for the statistic and a share intent URL built from the page URL. */
export function renderStat(props: StatProps, state: EmbedsState | undefined, page: RenderPage): StatView {
  const { context } = pageFor(state, page);
  const id = `stat-${githubSlug(props.value) || 'figure'}`;
  const pageUrl = `${context.url}#${id}`;
  const text = [props.value, props.label].filter(Boolean).join(' ') + (props.source ? ` (${props.source})` : '');
  const view: StatView = { id, shareLabel: props.share === 'linkedin' ? 'Share on LinkedIn' : 'Share on X' };
  if (props.share === 'linkedin') view.shareUrl = `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(pageUrl)}`;
  else if (props.share !== false) view.shareUrl = `https://x.com/intent/post?text=${encodeURIComponent(text)}&url=${encodeURIComponent(pageUrl)}`;
  const sourceUrl = props.sourceUrl && /^https?:\/\//i.test(props.sourceUrl) ? props.sourceUrl : undefined;
  if (sourceUrl) view.sourceUrl = sourceUrl;
  return view;
}
