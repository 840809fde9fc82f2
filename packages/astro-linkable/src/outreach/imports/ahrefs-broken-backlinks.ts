// Reads Ahrefs' Site Explorer → Broken backlinks export: live pages linking to competitor URLs that now fail.
import { AHREFS_COLUMNS, readAhrefsRow } from './ahrefs-backlinks.js';
import { cell, hasColumn, type BacklinkFormat, type Column } from './backlink.js';

/**
 * Ahrefs does not publish this export's header list. Exports seen in the wild carry the Backlinks columns plus the
 * dead target's status; the status column is what tells this format apart, so it is the one matched on.
 */
const targetStatus: Column = { names: ['Target page HTTP code', 'Target HTTP code', 'Target URL HTTP code', 'HTTP code'] };

export const ahrefsBrokenBacklinks: BacklinkFormat = {
  id: 'ahrefs-broken-backlinks',
  name: 'Ahrefs Site Explorer → Broken backlinks export',
  required: [AHREFS_COLUMNS.referringUrl, AHREFS_COLUMNS.targetUrl, targetStatus],
  optional: [AHREFS_COLUMNS.referringTitle, AHREFS_COLUMNS.domainRating, AHREFS_COLUMNS.anchor, AHREFS_COLUMNS.leftContext, AHREFS_COLUMNS.rightContext, AHREFS_COLUMNS.nofollow],
  matches: (keys) => hasColumn(keys, AHREFS_COLUMNS.referringUrl) && hasColumn(keys, AHREFS_COLUMNS.targetUrl) && hasColumn(keys, targetStatus),
  read(row, file) {
    const link = readAhrefsRow(row, file, 'ahrefs-broken-backlinks');
    if (typeof link === 'string') return link;
    const status = cell(row, targetStatus).trim();
    if (status !== '') {
      const code = Number(status);
      if (!Number.isInteger(code) || code < 100 || code > 599) return `"${targetStatus.names[0]}" should be an HTTP status code such as 404 (got ${JSON.stringify(status)})`;
      link.targetStatus = code;
    }
    return link;
  },
};

/** A 4xx or 5xx target is dead; redirects and 200s in a broken-backlinks export are not worth a pitch. */
export function isDeadStatus(status: number | undefined): boolean {
  return status !== undefined && status >= 400;
}
