// Reads Ahrefs' Site Explorer → Backlinks export (UTF-16 LE with tabs, or UTF-8 CSV; columns matched by header name).
import type { TableRow } from './table-stream.js';
import { cell, day, flag, hasColumn, score, webAddress, type Backlink, type BacklinkFormat, type Column } from './backlink.js';

/** The columns Ahrefs has used over the years; older exports said "Link URL", "TextPre", "Link Anchor", "TextPost". */
export const AHREFS_COLUMNS = {
  referringUrl: { names: ['Referring page URL', 'Referring Page URL'] },
  targetUrl: { names: ['Target URL', 'Link URL'] },
  referringTitle: { names: ['Referring page title', 'Referring Page Title'] },
  domainRating: { names: ['Domain rating', 'DR'] },
  urlRating: { names: ['UR', 'URL rating', 'URL Rating (desc)'] },
  anchor: { names: ['Anchor', 'Link Anchor', 'Anchor text'] },
  leftContext: { names: ['Left context', 'TextPre'] },
  rightContext: { names: ['Right context', 'TextPost'] },
  nofollow: { names: ['Nofollow'] },
  ugc: { names: ['UGC'] },
  sponsored: { names: ['Sponsored'] },
  linkType: { names: ['Link type', 'Type'] },
  lostStatus: { names: ['Lost status'] },
  lost: { names: ['Lost'] },
  firstSeen: { names: ['First seen'] },
  lastSeen: { names: ['Last seen'] },
} satisfies Record<string, Column>;

const C = AHREFS_COLUMNS;

export const ahrefsBacklinks: BacklinkFormat = {
  id: 'ahrefs-backlinks',
  name: 'Ahrefs Site Explorer → Backlinks export',
  required: [C.referringUrl, C.targetUrl],
  optional: [C.referringTitle, C.domainRating, C.urlRating, C.anchor, C.leftContext, C.rightContext, C.nofollow, C.ugc, C.sponsored, C.lostStatus, C.firstSeen, C.lastSeen],
  matches: (keys) => hasColumn(keys, C.referringUrl) && hasColumn(keys, C.targetUrl),
  read: (row, file) => readAhrefsRow(row, file, 'ahrefs-backlinks'),
};

/** Shared with the broken-backlinks export, which has the same columns plus the target's HTTP status. */
export function readAhrefsRow(row: TableRow, file: string, format: string): Backlink | string {
  const referring = webAddress(cell(row, C.referringUrl), C.referringUrl.names[0]);
  if (typeof referring === 'string') return referring;
  const target = webAddress(cell(row, C.targetUrl), C.targetUrl.names[0]);
  if (typeof target === 'string') return target;
  const domainRating = score(cell(row, C.domainRating), C.domainRating.names[0]);
  if (typeof domainRating === 'string') return domainRating;
  const urlRating = score(cell(row, C.urlRating), C.urlRating.names[0]);
  if (typeof urlRating === 'string') return urlRating;
  const linkType = cell(row, C.linkType).toLowerCase();
  return {
    format,
    file,
    line: row.line,
    referringUrl: referring.url,
    referringDomain: referring.domain,
    referringTitle: cell(row, C.referringTitle),
    targetUrl: target.url,
    targetDomain: target.domain,
    anchor: cell(row, C.anchor),
    leftContext: cell(row, C.leftContext),
    rightContext: cell(row, C.rightContext),
    authority: domainRating !== undefined ? { value: domainRating, label: 'DR' } : urlRating !== undefined ? { value: urlRating, label: 'UR' } : undefined,
    nofollow: flag(cell(row, C.nofollow)) || linkType === 'nofollow',
    ugc: flag(cell(row, C.ugc)) || linkType === 'ugc',
    sponsored: flag(cell(row, C.sponsored)) || linkType === 'sponsored',
    lost: cell(row, C.lostStatus) !== '' || cell(row, C.lost) !== '',
    firstSeen: day(cell(row, C.firstSeen)),
    lastSeen: day(cell(row, C.lastSeen)),
  };
}
