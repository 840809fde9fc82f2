// Reads Semrush's Backlink Analytics → Backlinks export (UTF-8 CSV; columns matched by header name).
import { cell, day, flag, hasColumn, score, webAddress, type BacklinkFormat, type Column } from './backlink.js';

const C = {
  pageAscore: { names: ['Page ascore', 'Page AS', 'Page Authority Score'] },
  sourceTitle: { names: ['Source title'] },
  sourceUrl: { names: ['Source url'] },
  targetUrl: { names: ['Target url'] },
  anchor: { names: ['Anchor'] },
  nofollow: { names: ['Nofollow'] },
  sponsored: { names: ['Sponsored'] },
  ugc: { names: ['Ugc', 'UGC'] },
  lostLink: { names: ['Lost link'] },
  firstSeen: { names: ['First seen'] },
  lastSeen: { names: ['Last seen'] },
} satisfies Record<string, Column>;

export const semrushBacklinks: BacklinkFormat = {
  id: 'semrush-backlinks',
  name: 'Semrush Backlink Analytics → Backlinks export',
  required: [C.sourceUrl, C.targetUrl],
  optional: [C.pageAscore, C.sourceTitle, C.anchor, C.nofollow, C.sponsored, C.ugc, C.lostLink, C.firstSeen, C.lastSeen],
  matches: (keys) => hasColumn(keys, C.sourceUrl) && hasColumn(keys, C.targetUrl),
  read(row, file) {
    const referring = webAddress(cell(row, C.sourceUrl), C.sourceUrl.names[0]);
    if (typeof referring === 'string') return referring;
    const target = webAddress(cell(row, C.targetUrl), C.targetUrl.names[0]);
    if (typeof target === 'string') return target;
    const ascore = score(cell(row, C.pageAscore), C.pageAscore.names[0]);
    if (typeof ascore === 'string') return ascore;
    return {
      format: 'semrush-backlinks',
      file,
      line: row.line,
      referringUrl: referring.url,
      referringDomain: referring.domain,
      referringTitle: cell(row, C.sourceTitle),
      targetUrl: target.url,
      targetDomain: target.domain,
      anchor: cell(row, C.anchor),
      // Semrush exports no surrounding text; the anchor and the page title carry the topic.
      leftContext: '',
      rightContext: '',
      authority: ascore === undefined ? undefined : { value: ascore, label: 'AS' },
      nofollow: flag(cell(row, C.nofollow)),
      ugc: flag(cell(row, C.ugc)),
      sponsored: flag(cell(row, C.sponsored)),
      lost: flag(cell(row, C.lostLink)),
      firstSeen: day(cell(row, C.firstSeen)),
      lastSeen: day(cell(row, C.lastSeen)),
    };
  },
};
