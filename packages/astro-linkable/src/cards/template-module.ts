// A site's own card design, loaded from a module whose default export is `(card) => satori element`.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { defaultTemplate, TEMPLATE_VERSION } from './templates/index.js';
import type { CardTemplate } from './types.js';

export class CardTemplateError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`Card template ${file}: ${problem}.`);
    this.name = 'CardTemplateError';
    this.file = file;
  }
}

export interface LoadedTemplate {
  template: CardTemplate;
  /** Goes into every cache key: the default's version, or the module file's hash plus its exported `version`. */
  id: string;
}

export const DEFAULT_TEMPLATE: LoadedTemplate = { template: defaultTemplate, id: TEMPLATE_VERSION };

/**
 * Imports a template module with Node (never Vite, so it must be JavaScript, or TypeScript with only erasable
 * syntax on Node 22.18+). The module exports the template as `default` or `template`, and may export a
 * `version` string: the cache sees changes to the module file itself, but not to files it imports, so bump
 * `version` when those change.
 */
export async function loadTemplateModule(file: string): Promise<LoadedTemplate> {
  let source: Buffer;
  try {
    source = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CardTemplateError(file, code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? String(error)})`);
  }
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new CardTemplateError(file, `could not be imported: ${error instanceof Error ? error.message : String(error)}`);
  }
  const template = module.default ?? module.template;
  if (typeof template !== 'function') {
    throw new CardTemplateError(file, 'expected a default export (or an export named "template") of the form (card) => satori element');
  }
  const version = typeof module.version === 'string' || typeof module.version === 'number' ? String(module.version) : '';
  const hash = createHash('sha256').update(source).digest('hex');
  return { template: template as CardTemplate, id: `site:${hash}:${version}` };
}
