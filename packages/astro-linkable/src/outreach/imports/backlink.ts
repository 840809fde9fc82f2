// The backlink record every SEO-tool export is read into, and the column and cell readers the formats share.
import { domainOfUrl } from '../domains.js';
import { headerKey, type TableRow } from './table-stream.js';

/** One link from a referring page to a (competitor's) target page, as an export lists it. */
export interface Backlink {
  /** Format id of the export it came from. */
  format: string;
  /** The file as configured, and the 1-based line of the row. */
  file: string;
  line: number;
  referringUrl: string;
  referringDomain: string;
  referringTitle: string;
  targetUrl: string;
  targetDomain: string;
  anchor: string;
  leftContext: string;
  rightContext: string;
  /** Authority 0–100 and the tool's name for it (`DR` for Ahrefs Domain rating, `AS` for Semrush Authority Score). */
  authority?: { value: number; label: string };
  nofollow: boolean;
  ugc: boolean;
  sponsored: boolean;
  /** The tool has seen the link disappear. */
  lost: boolean;
  firstSeen?: string;
  lastSeen?: string;
  /** HTTP status of the target page, when the export reports it (broken-backlinks exports). */
  targetStatus?: number;
}

/** A column the format reads, by the header names tools have used for it (first is the current one). */
export interface Column {
  names: string[];
}

export interface BacklinkFormat {
  id: string;
  /** Where the export comes from, as a person finds it in the tool. */
  name: string;
  /** Columns without which a row means nothing. */
  required: Column[];
  /** Columns read when present. */
  optional: Column[];
  /** True when the header row has this format's required columns (and anything that tells it apart). */
  matches(keys: Set<string>): boolean;
  /** Reads one row; a string is the reason the row is malformed. */
  read(row: TableRow, file: string): Backlink | string;
}

/** True when the header row has one of the column's names. */
export function hasColumn(keys: Set<string>, column: Column): boolean {
  return column.names.some((name) => keys.has(headerKey(name)));
}

/** The cell under the first of the column's names present in the row; '' when none is. */
export function cell(row: TableRow, column: Column): string {
  return row.column(column);
}

/** `true`, `TRUE`, `1`, `yes` are true; anything else (including an empty cell) is false. */
export function flag(value: string): boolean {
  // The tools write `true`/`false`; skip the pattern for them, 100,000 rows times four flags.
  if (value === 'false' || value === '') return false;
  if (value === 'true') return true;
  return /^(true|1|yes|y)$/i.test(value.trim());
}

/** A 0–100 score, or undefined when the cell is empty; a string is the problem. */
export function score(value: string, header: string): number | undefined | string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === '-' || trimmed === 'N/A') return undefined;
  const number = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(number) || number < 0 || number > 100) return `"${header}" should be a number from 0 to 100 (got ${quote(trimmed)})`;
  return number;
}

/** An absolute http(s) URL and its domain, or the problem. */
export function webAddress(value: string, header: string): { url: string; domain: string } | string {
  const trimmed = value.trim();
  if (trimmed === '') return `"${header}" is empty`;
  const domain = domainOfUrl(trimmed);
  if (!domain) return `"${header}" is not a web address (got ${quote(trimmed)})`;
  return { url: trimmed, domain };
}

/** A date as the export writes it (`2026-11-08 01:55:03` or `2026-11-08`), reduced to the day. */
export function day(value: string): string | undefined {
  const match = value.trim().match(/^(\d{4}-\d{2}-\d{2})/);
  return match ? match[1] : undefined;
}

function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(short);
}
