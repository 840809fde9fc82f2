// Streams the rows of a CSV/TSV export, whatever its encoding: UTF-8 or UTF-16 (Ahrefs), with or without a BOM.
//
// SEO tools export hundreds of thousands of rows, so a file is never read whole: bytes go through a decoding stream
// into csv-parse's streaming parser, and rows come out one at a time with their line numbers.
import { createReadStream } from 'node:fs';
import { Transform, pipeline, type Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { ImportReport } from './import-report.js';
import { ImportFileError } from './unknown-format.js';

export type TableEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface TableRow {
  /** 1-based line where the row starts. */
  line: number;
  /**
   * The trimmed cell under the first of a column's header names the file has ('' when it has none). Which header
   * that is gets decided once per file and column, not per row.
   */
  column(column: { readonly names: readonly string[] }): string;
}

export interface Table {
  /** Header names as written in the file. */
  headers: string[];
  /** Normalised header names, for matching. */
  keys: Set<string>;
  encoding: TableEncoding;
  delimiter: string;
  /**
   * The data rows, streamed in batches of whatever the parser has ready (one await per batch, not per row: at
   * 100,000 rows that is most of the difference). Malformed rows are skipped and recorded on the import report.
   */
  rows: AsyncIterable<TableRow[]>;
  /** Stops reading (safe to call more than once, and after the rows ran out). */
  close(): void;
}

const headerKeys = new Map<string, string>();

/** `Referring page URL` → `referring page url`; `page_url` and `pageUrl` → `page url`; `Ref. page checked` → `ref page checked`. */
export function headerKey(header: string): string {
  let key = headerKeys.get(header);
  if (key === undefined) {
    key = normaliseHeader(header);
    // Column names are few; cap the cache anyway in case a file has thousands of odd headers.
    if (headerKeys.size < 10_000) headerKeys.set(header, key);
  }
  return key;
}

function normaliseHeader(header: string): string {
  return header
    .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Bytes read at a time; the first chunk also decides the encoding and the delimiter. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Opens a delimited text file and reads its header row; the rows then stream. The file is opened once and read
 * front to back (it may be a pipe), so encoding and delimiter are decided from the first chunk as it passes.
 * Throws ImportFileError for an empty file; a missing file throws Node's ENOENT error.
 */
export async function openTable(file: string, report: ImportReport): Promise<Table> {
  const bytes = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  const head = await firstChunk(bytes);
  // Put the chunk back: the parser reads the file from its first byte.
  if (head.length > 0) bytes.unshift(head);
  const encoding = detectEncoding(head);
  const delimiter = detectDelimiter(firstLine(new TextDecoder(encoding).decode(head)));

  const parser = parse({
    delimiter,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // A stray quote inside an unquoted cell (`6" ruler`) is text, not a broken row.
    relax_quotes: true,
  });
  // pipeline() tears the three streams down together; stopping early (close) is not an error worth reporting.
  pipeline(bytes, decodingStream(encoding), parser, () => {});
  parser.on('skip', (error: CsvError & { lines?: number }) => {
    report.skip(error.lines ?? 0, describeCsvError(error));
  });

  const close = () => {
    parser.destroy();
  };
  const records = recordBatches(parser);
  let pending = await records.next();
  const first = pending.done ? undefined : pending.value.shift();
  if (!first) {
    close();
    throw new ImportFileError(`${report.file}: the file is empty; expected a header row.`);
  }
  const headers = first.record.map((name) => name.replace(/^\uFEFF/, '').trim());
  const keys = headers.map(headerKey);
  // Column of each name; the first column wins when a header repeats.
  const columns = new Map<string, number>();
  keys.forEach((key, index) => {
    if (!columns.has(key)) columns.set(key, index);
  });
  const resolved = new WeakMap<object, number>();
  const indexOf = (column: { readonly names: readonly string[] }): number => {
    let index = resolved.get(column);
    if (index === undefined) {
      index = -1;
      for (const name of column.names) {
        const found = columns.get(headerKey(name));
        if (found !== undefined) {
          index = found;
          break;
        }
      }
      resolved.set(column, index);
    }
    return index;
  };

  async function* rows(): AsyncGenerator<TableRow[]> {
    try {
      while (!pending.done) {
        const batch: TableRow[] = [];
        for (const { record, info } of pending.value) {
          if (record.every((value) => value.trim() === '')) continue;
          let newlines = 0;
          for (const value of record) if (value.includes('\n')) newlines += value.split('\n').length - 1;
          report.rows++;
          // Cells are looked up by name and trimmed only when read: a row has 28 columns, a format reads a dozen.
          batch.push({
            line: info.lines - newlines,
            column(column) {
              const index = indexOf(column);
              return index < 0 ? '' : (record[index] ?? '').trim();
            },
          });
        }
        if (batch.length > 0) yield batch;
        pending = await records.next();
      }
    } finally {
      // Stop reading when the consumer stops early (a fatal problem in the file).
      close();
    }
  }

  return { headers, keys: new Set(keys), encoding, delimiter, rows: rows(), close };
}

/**
 * Byte-order mark first; without one, the NUL pattern of UTF-16 text (every other byte zero for ASCII) tells
 * little-endian from big-endian. Anything else is read as UTF-8.
 */
export function detectEncoding(bytes: Uint8Array): TableEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  let evenZeros = 0;
  let oddZeros = 0;
  const length = Math.min(bytes.length, 4096) & ~1;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (pairs > 0 && oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (pairs > 0 && evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return 'utf-8';
}

type ParsedRecord = { record: string[]; info: { lines: number } };

/** Everything the parser has ready, in one go; waits only when it has nothing. Ends with the parser; throws its error. */
async function* recordBatches(parser: Readable): AsyncGenerator<ParsedRecord[]> {
  for (;;) {
    const batch: ParsedRecord[] = [];
    let record: ParsedRecord | null;
    while (batch.length < 10_000 && (record = parser.read() as ParsedRecord | null) !== null) batch.push(record);
    if (batch.length > 0) {
      yield batch;
      continue;
    }
    if (parser.readableEnded) return;
    if (parser.destroyed) {
      if (parser.errored) throw parser.errored;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const settle = (error?: Error) => {
        parser.off('readable', onReadable);
        parser.off('end', onEnd);
        parser.off('error', onError);
        parser.off('close', onEnd);
        if (error) reject(error);
        else resolve();
      };
      const onReadable = () => settle();
      const onEnd = () => settle();
      const onError = (error: Error) => settle(error);
      parser.on('readable', onReadable);
      parser.on('end', onEnd);
      parser.on('error', onError);
      parser.on('close', onEnd);
    });
  }
}

/** The first chunk of a stream (empty for an empty file), read in paused mode so nothing is lost. */
function firstChunk(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = (chunk: Buffer) => {
      stream.off('error', reject);
      stream.off('end', onEnd);
      resolve(chunk);
    };
    const onEnd = () => done(Buffer.alloc(0));
    stream.once('error', reject);
    stream.once('end', onEnd);
    stream.once('readable', () => {
      const chunk = stream.read() as Buffer | null;
      if (chunk) done(chunk);
      // No data yet but not the end either: 'end' (or the next 'readable') follows.
      else stream.once('readable', () => done((stream.read() as Buffer | null) ?? Buffer.alloc(0)));
    });
  });
}

function firstLine(text: string): string {
  const stripped = text.replace(/^\uFEFF/, '');
  const end = stripped.search(/\r?\n/);
  return end < 0 ? stripped : stripped.slice(0, end);
}

/** The delimiter the header row uses most outside quotes: tab (Ahrefs), comma, or semicolon (European Excel). */
function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([
    ['\t', 0],
    [',', 0],
    [';', 0],
  ]);
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** Decodes bytes to text chunk by chunk; a character split across two chunks is held back, not mangled. */
function decodingStream(encoding: TableEncoding): Transform {
  // TextDecoder drops the byte-order mark for us.
  const decoder = new TextDecoder(encoding);
  return new Transform({
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, callback) {
      const text = decoder.decode(chunk, { stream: true });
      callback(null, text === '' ? undefined : text);
    },
    flush(callback) {
      const text = decoder.decode();
      callback(null, text === '' ? undefined : text);
    },
  });
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return `the row has a different number of cells from the header row (${error.message.replace(/^Invalid Record Length: /, '').replace(/ on line \d+$/, '')})`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell is never closed; the rest of the file could not be read';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted cell has text after its closing quote';
    default:
      return error.message;
  }
}
