// Detects which SEO tool wrote a backlinks export (from its header row) and streams its rows as backlinks.
import { ahrefsBacklinks } from './ahrefs-backlinks.js';
import { ahrefsBrokenBacklinks } from './ahrefs-broken-backlinks.js';
import { semrushBacklinks } from './semrush-backlinks.js';
import type { Backlink, BacklinkFormat } from './backlink.js';
import type { ImportReport } from './import-report.js';
import { openTable } from './table-stream.js';
import { unknownFormatError } from './unknown-format.js';

/** Most specific first: a broken-backlinks export also has every column a Backlinks export needs. */
export const BACKLINK_FORMATS: BacklinkFormat[] = [ahrefsBrokenBacklinks, ahrefsBacklinks, semrushBacklinks];

/** Streams the backlinks of one export, in batches. Malformed rows are skipped onto the report; an unknown header throws. */
export async function* readBacklinkExport(absolutePath: string, report: ImportReport): AsyncGenerator<Backlink[]> {
  const table = await openTable(absolutePath, report);
  try {
    const format = BACKLINK_FORMATS.find((candidate) => candidate.matches(table.keys));
    if (!format) throw unknownFormatError(report.file, table.headers, BACKLINK_FORMATS);
    report.format = format.id;
    for await (const rows of table.rows) {
      const links: Backlink[] = [];
      for (const row of rows) {
        const link = format.read(row, report.file);
        if (typeof link === 'string') report.skip(row.line, link);
        else links.push(link);
      }
      if (links.length > 0) yield links;
    }
  } finally {
    table.close();
  }
}
