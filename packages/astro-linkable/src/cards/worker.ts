// Worker-thread entry of the card pool: renders the specs it is sent. Runs as compiled JS in plain Node, never
// through Vite, which cannot bundle resvg's native module.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCardFonts, type CardFontSet } from './fonts.js';
import { renderCardDetailed } from './render.js';
import { DEFAULT_TEMPLATE, loadTemplateModule } from './template-module.js';
import type { CardSpec } from './types.js';

export interface CardWorkerData {
  /** Absolute path of a site's template module; the default templates otherwise. */
  templateFile?: string;
}

export interface CardTask {
  id: number;
  spec: CardSpec;
}

export type CardTaskReply =
  | { id: number; ok: true; png: Uint8Array; width: number; height: number; missingCharacters: string[]; styleErrors: string[] }
  | { id: number; ok: false; message: string };

const { templateFile } = (workerData ?? {}) as CardWorkerData;
const template = templateFile ? loadTemplateModule(templateFile) : Promise.resolve(DEFAULT_TEMPLATE);
const fontSets = new Map<string, Promise<CardFontSet>>();

function fontsFor(spec: CardSpec): Promise<CardFontSet> {
  const key = JSON.stringify(spec.theme.fonts);
  let fonts = fontSets.get(key);
  if (!fonts) {
    fonts = loadCardFonts(spec.theme.fonts);
    fontSets.set(key, fonts);
  }
  return fonts;
}

parentPort?.on('message', async ({ id, spec }: CardTask) => {
  let reply: CardTaskReply;
  try {
    const rendered = await renderCardDetailed(spec, await fontsFor(spec), { template: (await template).template });
    // A copy that this thread owns outright, so it can be transferred rather than cloned.
    const png = new Uint8Array(rendered.png);
    reply = { id, ok: true, png, width: rendered.width, height: rendered.height, missingCharacters: rendered.missingCharacters, styleErrors: rendered.styleErrors };
    parentPort!.postMessage(reply, [png.buffer]);
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    parentPort!.postMessage(reply);
  }
});
