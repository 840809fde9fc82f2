// outreach.csv: one row per asset and target, for spreadsheets and outreach CRMs. RFC 4180, UTF-8 with BOM, formula-safe.
import { stringify } from 'csv-stringify/sync';
import type { OutreachManifest } from '../types.js';
import { READINESS_LABELS, REASON_LABELS, TYPE_LABELS } from './labels.js';

const COLUMNS = [
  'Asset rank',
  'Asset',
  'Asset URL',
  'Asset type',
  'Readiness',
  'Asset score',
  'Target site',
  'Target page',
  'Contact',
  'Contact name',
  'Reason',
  'All reasons',
  'Target score',
  'Authority',
  'Why',
  'Pitch',
];

/**
 * Excel and Google Sheets run a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return that hides
 * one) as a formula. An import row is untrusted text, so such a cell gets a leading apostrophe: shown as text, not run.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function outreachCsv(manifest: OutreachManifest): string {
  const rows: Array<Array<string | number>> = [COLUMNS];
  for (const asset of manifest.assets) {
    for (const target of asset.targets) {
      rows.push([
        asset.rank,
        asset.title,
        asset.url,
        TYPE_LABELS[asset.type],
        READINESS_LABELS[asset.readiness],
        asset.score?.total ?? '',
        target.domain,
        target.url ?? '',
        target.contact ?? '',
        target.name ?? '',
        REASON_LABELS[target.reason],
        target.reasons.map((reason) => REASON_LABELS[reason]).join('; '),
        target.score,
        target.authority ?? '',
        target.why,
        asset.pitch,
      ]);
    }
  }
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell : neutraliseFormula(cell))));
  return stringify(safe, { bom: true, record_delimiter: 'windows', quoted_match: /^\s|\s$/ });
}
