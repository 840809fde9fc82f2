// Reads a source file as text, turning unreadable input (too large, binary, not UTF-8, empty) into findings.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Finding } from './types.js';

/** Files above this size are not parsed: no author writes a 5 MB article, and parsing one stalls the build. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export type SourceText = { ok: true; text: string } | { ok: false; error: Finding };

export function parseError(file: string, message: string, line = 1, column = 1, ruleId = 'parse-error'): Finding {
  return { file, line, column, endLine: line, endColumn: column, ruleId, severity: 'error', message };
}

/**
 * Reads `absPath`; `relPath` names the file in findings. Synchronous: sources are small and read one after another
 * by a thread that parses them next, so the promise machinery of fs/promises would only add cost.
 */
export function readSourceText(absPath: string, relPath: string): SourceText {
  let bytes: Buffer;
  try {
    const fd = openSync(absPath, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_SOURCE_BYTES) {
        const mb = (size / 1024 / 1024).toFixed(1);
        return {
          ok: false,
          error: parseError(relPath, `File is ${mb} MB; files over 5 MB are not parsed. Split it into smaller pages or exclude it.`),
        };
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, error: parseError(relPath, `Cannot read file: ${(error as Error).message}`) };
  }
  return decodeSource(bytes, relPath);
}

/** Strict: a byte that breaks UTF-8 throws. One for all files (each new decoder costs more than decoding a page). */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes bytes as UTF-8 text, rejecting binary and non-UTF-8 input with a positioned finding. */
export function decodeSource(bytes: Uint8Array, relPath: string): SourceText {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, error: parseError(relPath, `File looks binary (NUL byte at byte ${nul}); expected UTF-8 Markdown or MDX text.`) };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const { line, column, byte } = firstInvalidUtf8(bytes);
    return {
      ok: false,
      error: parseError(relPath, `File is not valid UTF-8 (invalid byte 0x${byte.toString(16).padStart(2, '0')}); re-save it as UTF-8.`, line, column),
    };
  }
  if (text.trim() === '') {
    return { ok: false, error: parseError(relPath, 'File is empty; expected Markdown or MDX content.') };
  }
  return { ok: true, text };
}

/** Finds the line/column of the first byte that breaks UTF-8, so the message can point at it. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; byte: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = bytes[i + k] >> 6 === 0b10;
    if (!valid) return { line, column, byte: b };
    if (b === 0x0a) {
      line++;
      column = 1;
    } else {
      column++;
    }
    i += length;
  }
  return { line, column, byte: 0 };
}

/** Converts offsets in a text to 1-based line/column points. */
export class Locator {
  private readonly lineStarts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }
  point(offset: number): { line: number; column: number; offset: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1, offset };
  }
}
