// The astro-linkable integration itself (index.ts loads it at the first hook): validates options, then wires Astro's
// hooks to the feature modules.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { parseOptions, type LinkableOptions, type LinkableUserOptions } from './options.js';
import { siteInfo, type SiteInfo } from './site.js';
import { discoverSources, loadDocument, loadDocuments } from './model/documents.js';
import { comparablePath, toPosix } from './model/identity.js';
import type { LinkableDocument } from './model/types.js';
import { formatFindingsPretty } from './lint/reporters/pretty.js';
import { failOnMessage, logDocumentFindings, logLintResult, siteLinter, writeLintReports } from './lint/lint-site.js';
import { AstroError } from 'astro/errors';
import { virtualStatePlugin } from './virtual-module.js';
import { embedsState } from './embeds/state.js';
import { buildEmbeds } from './embeds/build.js';
import { contributorsStateFor, emptyRegistry, serveContributorAssets, setupContributors, watchContributorRegistry, writeContributorOutput } from './contributors/hooks.js';
import { writeOutreachReports } from './outreach/write-reports.js';
import { buildShareCards, checkCardTheme, openCardPool, warmCardPool } from './cards/build.js';
import type { CardPool } from './cards/pool.js';
import { cardsState } from './cards/state.js';
import { serveShareCards } from './cards/dev.js';


export function createIntegration(userOptions: LinkableUserOptions): AstroIntegration {
  let options: LinkableOptions;
  let site: SiteInfo;
  let documents: LinkableDocument[] = [];
  let registry = emptyRegistry();
  /** The card pool `astro:build:start` opened and warmed, when cards will be drawn; build:done draws in it and closes it. */
  let earlyCardPool: CardPool | undefined;
  let command: string = 'build';

  const statePlugin = virtualStatePlugin(() => ({
    site: { name: site.name, url: site.site ?? null, base: site.base },
    documents: documents.map((doc) => ({ id: doc.id, url: doc.url, title: doc.title, description: doc.description ?? null })),
    contributors: contributorsStateFor(registry, documents, site, options),
    embeds: embedsState(documents, site, options.embeds),
    cards: cardsState(documents, site, options.cards),
  }));

  const load = async () => {
    documents = await loadDocuments(site, { include: options.include, exclude: options.exclude, locale: options.locale, url: options.url });
  };

  return {
    name: 'astro-linkable',
    hooks: {
      'astro:config:setup': async ({ config, command: running, updateConfig, injectRoute, logger }) => {
        command = running;
        options = parseOptions(userOptions);
        site = siteInfo(config, options);
        // A bad card font, logo or template stops a build before any page renders; dev reports it when a card is drawn.
        if (running === 'build') await checkCardTheme(site, options.cards);
        updateConfig({ vite: { plugins: [statePlugin] } });
        const started = performance.now();
        await load();
        logger.info(`Read ${documents.length} source${documents.length === 1 ? '' : 's'} in ${Math.round(performance.now() - started)} ms.`);
        // Astro's own compile may stop on the same broken file before build:done, so say where it is now.
        if (command === 'build') reportParseErrors(documents, logger);
        const contributors = await setupContributors({ site, options, documents, injectRoute, logger });
        registry = contributors.registry;
        updateConfig({ vite: { plugins: contributors.vitePlugins } });
      },

      'astro:server:setup': ({ server, logger }) => {
        // `astro build` starts a server too (content sync); it lints once, at astro:build:done.
        if (command === 'dev' && options.dev) logLintResult(siteLinter(site, options, registry.byId).lintAll(documents), logger);
        else if (command === 'dev') reportParseErrors(documents, logger);
        // A known source, or a new Markdown/MDX file that the `include`/`exclude` options take in.
        const isSource = async (file: string, relativePath: string) =>
          documents.some((doc) => doc.file === file) || (/\.mdx?$/.test(file) && (await discoverSources(site, options)).includes(relativePath));
        const reload = async (file: string) => {
          const relativePath = toPosix(path.relative(site.root, file));
          if (!(await isSource(file, relativePath))) return;
          const fresh = await loadDocument(site, relativePath, { locale: options.locale, url: options.url });
          documents = [...documents.filter((doc) => doc.file !== file), fresh].sort((a, b) => a.relativePath.localeCompare(b.relativePath));
          statePlugin.invalidate(server);
          if (options.dev) {
            siteLinter(site, options, registry.byId).lint(fresh);
            logDocumentFindings([fresh], logger);
          } else {
            reportParseErrors([fresh], logger);
          }
        };
        // A new file is read, linted and reported like a changed one.
        const reloadReporting = (file: string) =>
          void reload(file).catch((error: unknown) => logger.error(`Could not re-read ${toPosix(path.relative(site.root, file))}: ${(error as Error).message}`));
        server.watcher.on('change', reloadReporting);
        server.watcher.on('add', reloadReporting);
        server.watcher.on('unlink', (file) => {
          documents = documents.filter((doc) => doc.file !== file);
          statePlugin.invalidate(server);
        });
        serveContributorAssets(server, () => registry, site, options, logger);
        serveShareCards(server, () => documents, site, options.cards, logger);
        watchContributorRegistry(server, site, options, logger, (fresh) => {
          registry = fresh;
          statePlugin.invalidate(server);
        });
      },

      'astro:build:start': () => {
        // Card workers take about a second to start: when cards will be drawn, start them now, while Astro renders
        // the pages, rather than at build:done.
        const pool = openCardPool(site, options.cards);
        if (warmCardPool(pool, documents, site, options.cards)) earlyCardPool = pool;
      },

      'astro:build:done': async ({ dir, pages, logger }) => {
        // Lint first: it fills each document's assetType, statistics, score and findings, which the features below read.
        const lint = siteLinter(site, options, registry.byId).lintAll(documents);
        logLintResult(lint, logger);
        warnUnbuiltAssets(documents, pages, site, logger);
        // Share cards and contributor badges draw in one pool of workers (each costs about a second to start).
        const cardPool = earlyCardPool ?? openCardPool(site, options.cards);
        earlyCardPool = undefined;
        try {
          // Before embeds: a page's oEmbed thumbnail is its share card.
          await buildShareCards({ documents, site, options: options.cards, outDir: fileURLToPath(dir), logger, pool: cardPool });
          reportEmbeds(await buildEmbeds({ documents, site, options: options.embeds, outDir: fileURLToPath(dir), logger }), logger);
          await writeContributorOutput(registry, dir, site, options, logger, cardPool);
        } finally {
          await cardPool.close();
        }
        // Outreach reads what every other feature put on the documents, so it runs last.
        await writeOutreachReports({ documents, site, options, registry, outDir: fileURLToPath(dir), logger });

        // ---- Lint reports and failOn. Keep this last: every feature above has written its output before a build fails.
        const reports = await writeLintReports(lint, site.reportDir);
        const failure = failOnMessage(lint, options.failOn, toPosix(path.relative(site.root, reports.json)));
        if (failure) throw new AstroError(failure, 'Fix the findings above, or configure `rules`/`failOn` in the astro-linkable options.');
      },
    },
  };
}

function reportEmbeds(result: Awaited<ReturnType<typeof buildEmbeds>>, logger: AstroIntegrationLogger): void {
  const { infographics, datasets, oembedFiles, milliseconds } = result;
  if (infographics + datasets + oembedFiles === 0) return;
  logger.info(`Embeds: ${infographics} infographic embed code${infographics === 1 ? '' : 's'}, ${datasets} dataset CSV${datasets === 1 ? '' : 's'}, ${oembedFiles} oEmbed file${oembedFiles === 1 ? '' : 's'} in ${milliseconds} ms.`);
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
