// Reads the site's own backlinks (for the `alreadyLinking` option): the domains that link to the site already.
import { normaliseDomain } from '../domains.js';
import { BACKLINK_FORMATS } from './backlink-exports.js';
import { cell, hasColumn, type Column } from './backlink.js';
import type { ImportReport } from './import-report.js';
import { openTable } from './table-stream.js';
import { unknownFormatError } from './unknown-format.js';

/** A "Referring domains" export (Ahrefs: `Domain`; Semrush: `Domain`) or a plain list the team keeps. */
const DOMAIN_LIST = {
  id: 'domain-list',
  name: 'Referring domains export or a plain list of domains',
  column: { names: ['Domain', 'Referring domain', 'Referring domains', 'Website'] } satisfies Column,
};

/** Streams one file and returns the referring domains it lists. */
export async function readLinkingDomains(absolutePath: string, report: ImportReport): Promise<Set<string>> {
  const domains = new Set<string>();
  const table = await openTable(absolutePath, report);
  try {
    const backlinkFormat = BACKLINK_FORMATS.find((format) => format.matches(table.keys));
    if (backlinkFormat) {
      report.format = backlinkFormat.id;
      for await (const rows of table.rows) {
        for (const row of rows) {
          const link = backlinkFormat.read(row, report.file);
          if (typeof link === 'string') report.skip(row.line, link);
          else domains.add(link.referringDomain);
        }
      }
      return domains;
    }
    if (!hasColumn(table.keys, DOMAIN_LIST.column)) {
      throw unknownFormatError(report.file, table.headers, [...BACKLINK_FORMATS, { name: DOMAIN_LIST.name, required: [DOMAIN_LIST.column] }]);
    }
    report.format = DOMAIN_LIST.id;
    for await (const rows of table.rows) {
      for (const row of rows) {
        const value = cell(row, DOMAIN_LIST.column);
        const domain = normaliseDomain(value);
        if (domain) domains.add(domain);
        else report.skip(row.line, `"${DOMAIN_LIST.column.names[0]}" is not a domain name such as example.com (got ${JSON.stringify(value.slice(0, 60))})`);
      }
    }
    return domains;
  } finally {
    table.close();
  }
}
