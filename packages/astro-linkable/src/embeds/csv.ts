// Writes tables as CSV that spreadsheets open safely: RFC 4180, UTF-8 with a BOM for Excel, formulas neutralised.
import { stringify } from 'csv-stringify/sync';

/** Cells a spreadsheet would run as a formula (or a DDE command) start with one of these. */
const FORMULA_START = /^(?:[=+\-@]|[\t\r])/;
/**
 * A plain number such as `-3.5`, `+12%` or `-1,204.75`: spreadsheets read it as a number, never as a formula, so it
 * stays as written (an apostrophe would turn a negative figure into text and break sums).
 */
const PLAIN_NUMBER = /^[+-](?=[\d.])(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?%?$/;

/** Prefixes an apostrophe to a cell that would otherwise be read as a formula (OWASP "CSV injection"). */
export function neutraliseFormula(cell: string): string {
  if (!FORMULA_START.test(cell) || PLAIN_NUMBER.test(cell)) return cell;
  return `'${cell}`;
}

/**
 * One CSV document: a header row then the rows, each padded or cut to the header's width. Fields with a comma, a
 * quote or a line break are quoted; records end with CRLF; the file starts with a UTF-8 byte order mark.
 */
export function toCsv(header: string[], rows: string[][]): string {
  const width = header.length;
  const records = [header, ...rows].map((row) =>
    Array.from({ length: width }, (_, index) => neutraliseFormula(String(row[index] ?? ''))),
  );
  return stringify(records, { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
