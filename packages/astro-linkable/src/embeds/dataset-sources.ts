// Reads the CSV or JSON file an MDX `<Dataset src>` points at into a header and rows (cached by modification time).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';

export interface TableData {
  header: string[];
  rows: string[][];
}

export type DatasetSource = { ok: true; data: TableData; file: string } | { ok: false; message: string };

const cache = new Map<string, { key: string; result: DatasetSource }>();

/**
 * Resolves `src` like an author would expect: `/data.csv` is in `public/`, anything else is relative to the page's
 * source file. Never throws; a problem comes back as a message that names the file and what was expected.
 */
export function readDatasetSource(src: string, pageFile: string, publicDir: string): DatasetSource {
  if (!src || src.startsWith('{')) {
    return { ok: false, message: `expected src to be a path to a .csv or .json file, got ${src ? `the expression ${src}` : 'nothing'}` };
  }
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
    return { ok: false, message: `src "${src}" is a URL; a dataset must be a local .csv or .json file (nothing is downloaded at build time)` };
  }
  const clean = decodeURI(src.split(/[?#]/)[0]);
  const file = clean.startsWith('/') ? path.join(publicDir, clean) : path.resolve(path.dirname(pageFile), clean);
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.csv' && extension !== '.json') {
    return { ok: false, message: `src "${src}" is not a .csv or .json file` };
  }
  let key: string;
  try {
    const stats = statSync(file);
    key = `${stats.mtimeMs}:${stats.size}`;
  } catch {
    const where = clean.startsWith('/') ? 'in public/' : 'next to the page';
    return { ok: false, message: `cannot find "${src}" ${where}` };
  }
  const cached = cache.get(file);
  if (cached && cached.key === key) return cached.result;
  const result = readFile(file, extension, src);
  cache.set(file, { key, result });
  return result;
}

/** Reads an already resolved dataset file (the `sourceFile` of a plan). */
export function readDatasetFile(file: string): DatasetSource {
  return readDatasetSource(file, file, '/');
}

function readFile(file: string, extension: string, src: string): DatasetSource {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot read "${src}": ${(error as Error).message}` };
  }
  try {
    const data = extension === '.csv' ? fromCsv(text) : fromJson(text);
    if (data.header.length === 0) return { ok: false, message: `"${src}" has no columns` };
    return { ok: true, data, file };
  } catch (error) {
    return { ok: false, message: `cannot read "${src}": ${(error as Error).message.split('\n')[0]}` };
  }
}

function fromCsv(text: string): TableData {
  const records = parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  const [header = [], ...rows] = records;
  return { header: header.map((cell) => cell.trim()), rows };
}

/** JSON: an array of objects (keys become columns, in order of first appearance) or an array of arrays (first is the header). */
function fromJson(text: string): TableData {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) throw new Error('expected a JSON array of objects or of arrays');
  if (value.every(Array.isArray)) {
    const [header = [], ...rows] = value as unknown[][];
    return { header: header.map(cellText), rows: rows.map((row) => row.map(cellText)) };
  }
  if (!value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) {
    throw new Error('expected a JSON array of objects or of arrays, not a mix');
  }
  const header: string[] = [];
  for (const item of value as Array<Record<string, unknown>>) for (const key of Object.keys(item)) if (!header.includes(key)) header.push(key);
  return { header, rows: (value as Array<Record<string, unknown>>).map((item) => header.map((key) => cellText(item[key]))) };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
