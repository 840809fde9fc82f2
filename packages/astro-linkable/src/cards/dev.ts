// `astro dev` has no build output: share cards are drawn on request (in a worker, never through Vite), so the URLs
// <LinkableHead> writes can be opened while writing.
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import type { LinkableDocument } from '../model/types.js';
import { analyzeDocument } from '../lint/document-analysis.js';
import type { SiteInfo } from '../site.js';
import { assetCards, takesShareCards } from './asset-cards.js';
import { cardTemplateFile } from './build.js';
import { CardPool } from './pool.js';
import { resolveCardTheme } from './theme.js';
import type { CardsOptions } from './options.js';

export function serveShareCards(server: ViteDevServer, getDocuments: () => LinkableDocument[], site: SiteInfo, options: CardsOptions, logger: AstroIntegrationLogger): void {
  if (!options.enabled) return;
  const prefix = `${site.base.replace(/\/+$/, '')}/${options.base.replace(/^\/+|\/+$/g, '')}/`;
  // One worker, started on the first request: dev draws a card at a time, not hundreds.
  let pool: CardPool | undefined;
  server.httpServer?.once('close', () => void pool?.close());
  server.middlewares.use((request, response, next) => {
    const pathname = (request.url ?? '').split(/[?#]/)[0];
    if (!pathname.startsWith(prefix) || !pathname.endsWith('.png')) return next();
    // `<id>.png` or `<id>/stat-<n>.png`: the asset id is the first segment.
    const id = decodeURIComponentSafe(pathname.slice(prefix.length).replace(/\.png$/, '').split('/')[0]);
    const doc = getDocuments().find((candidate) => candidate.id === id && takesShareCards(candidate));
    if (!doc) return next();
    const { asset } = analyzeDocument(doc, site.domains);
    const card = assetCards(doc, {
      site,
      options,
      theme: resolveCardTheme(options.theme, site.root),
      statistics: doc.statistics ?? [],
      assetType: asset.type,
    }).find((candidate) => candidate.ref.url === pathname);
    if (!card) return next();
    pool ??= new CardPool({ size: 1, templateFile: cardTemplateFile(site, options) });
    pool.render(card.spec).then(
      (rendered) => {
        response.setHeader('Content-Type', 'image/png');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(Buffer.from(rendered.png));
      },
      (error: Error) => {
        logger.warn(`${doc.relativePath}: could not render the share card ${pathname}: ${error.message}`);
        response.statusCode = 500;
        response.end();
      },
    );
  });
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
