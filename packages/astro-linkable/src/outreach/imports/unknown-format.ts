// The error for a file whose header row matches no format: what the file has, and what each format needs.
import type { Column } from './backlink.js';

export interface FormatDescription {
  name: string;
  required: Column[];
}

/** Thrown (and caught per file) when an import cannot be read at all; the message is written for the person who configured it. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

export function unknownFormatError(file: string, headers: string[], formats: FormatDescription[]): ImportFileError {
  const shown = headers.slice(0, 15).map((header) => JSON.stringify(header));
  const more = headers.length > shown.length ? `, and ${headers.length - shown.length} more` : '';
  const lines = [
    `${file}: the header row matches no export format astro-linkable reads.`,
    `  Its headers: ${shown.join(', ') || '(none)'}${more}.`,
    '  Formats and the headers each needs (extra columns are fine; names are matched ignoring case and punctuation):',
    ...formats.map((format) => `  - ${format.name}: ${format.required.map((column) => JSON.stringify(column.names[0])).join(', ')}`),
  ];
  return new ImportFileError(lines.join('\n'));
}
