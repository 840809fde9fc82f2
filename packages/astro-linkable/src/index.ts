// The astro-linkable integration: validates options, then wires Astro's hooks to the feature modules.
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { parseOptions, type LinkableOptions, type LinkableUserOptions } from './options.js';
import { siteInfo, type SiteInfo } from './site.js';
import { loadDocument, loadDocuments } from './model/documents.js';
import { comparablePath, toPosix } from './model/identity.js';
import type { LinkableDocument } from './model/types.js';
import { formatFindingsPretty } from './lint/reporters/pretty.js';
import { virtualStatePlugin } from './virtual-module.js';

export type { LinkableUserOptions as LinkableOptions } from './options.js';
export type * from './model/types.js';

export default function astroLinkable(userOptions: LinkableUserOptions = {}): AstroIntegration {
  let options: LinkableOptions;
  let site: SiteInfo;
  let documents: LinkableDocument[] = [];

  const statePlugin = virtualStatePlugin(() => ({
    site: { name: site.name, url: site.site ?? null, base: site.base },
    documents: documents.map((doc) => ({ id: doc.id, url: doc.url, title: doc.title, description: doc.description ?? null })),
  }));

  const load = async () => {
    documents = await loadDocuments(site, { include: options.include, exclude: options.exclude, locale: options.locale, url: options.url });
  };

  return {
    name: 'astro-linkable',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        options = parseOptions(userOptions);
        site = siteInfo(config, options);
        updateConfig({ vite: { plugins: [statePlugin] } });
        const started = performance.now();
        await load();
        logger.info(`Read ${documents.length} source${documents.length === 1 ? '' : 's'} in ${Math.round(performance.now() - started)} ms.`);
      },

      'astro:server:setup': ({ server, logger }) => {
        reportParseErrors(documents, logger);
        const matches = (file: string) => documents.some((doc) => doc.file === file) || /\.(md|mdx)$/.test(file);
        const reload = async (file: string) => {
          if (!matches(file)) return;
          const relativePath = toPosix(path.relative(site.root, file));
          const fresh = await loadDocument(site, relativePath, { locale: options.locale, url: options.url });
          documents = [...documents.filter((doc) => doc.file !== file), fresh].sort((a, b) => a.relativePath.localeCompare(b.relativePath));
          statePlugin.invalidate(server);
          reportParseErrors([fresh], logger);
        };
        server.watcher.on('change', (file) => void reload(file));
        server.watcher.on('add', () => void load().then(() => statePlugin.invalidate(server)));
        server.watcher.on('unlink', (file) => {
          documents = documents.filter((doc) => doc.file !== file);
          statePlugin.invalidate(server);
        });
      },

      'astro:build:done': async ({ pages, logger }) => {
        reportParseErrors(documents, logger);
        warnUnbuiltAssets(documents, pages, site, logger);
      },
    },
  };
}

function reportParseErrors(documents: LinkableDocument[], logger: AstroIntegrationLogger): void {
  const errors = documents.flatMap((doc) => doc.errors);
  if (errors.length === 0) return;
  for (const line of formatFindingsPretty(errors)) logger.warn(line);
}

/** Every asset's URL should be a page the build produced; otherwise cards, embeds and pitches point nowhere. */
function warnUnbuiltAssets(documents: LinkableDocument[], pages: Array<{ pathname: string }>, site: SiteInfo, logger: AstroIntegrationLogger): void {
  const built = new Set(pages.map((page) => comparablePath(page.pathname, site.base)));
  for (const doc of documents) {
    if (doc.linkable === false || doc.errors.some((error) => error.ruleId === 'parse-error')) continue;
    if (!built.has(comparablePath(doc.url, site.base))) {
      logger.warn(
        `${doc.relativePath}: its asset URL ${doc.url} is not a page this build produced. Set \`linkable.url\` in its frontmatter or the \`url\` option to the page that renders it.`,
      );
    }
  }
}
