// The words PR staff see for the manifest's ids: reasons, asset types and readiness, in plain language.
import { ASSET_TYPE_LABELS } from '../../model/types.js';
import type { OutreachAsset, TargetReason } from '../types.js';

export const REASON_LABELS: Record<TargetReason, string> = {
  contributor: 'Featured on the page',
  'cited-source': 'Cited on the page',
  'broken-link': 'Has a broken link',
  'resource-page': 'Resource page',
  prospect: 'On your prospect list',
  'competitor-backlink': 'Links to a competitor',
};

/** One line each, for the report's key: what to say to a site that came up for this reason. */
export const REASON_ADVICE: Record<TargetReason, string> = {
  contributor: 'Someone quoted on the page. Tell them it is live; they often share it and link to it.',
  'cited-source': 'The page cites their work. Let them know; researchers like to see their work used.',
  'broken-link': 'They link to a competitor page that no longer exists. Suggest this page as the replacement.',
  'resource-page': 'A list of useful links on the topic. Ask to be added.',
  prospect: 'A site from your own prospect list whose topics match this page.',
  'competitor-backlink': 'They link to a competitor page on the same topic. Offer this page as a fresher source.',
};

/** Asset type names, the same words the share cards use. */
export const TYPE_LABELS = ASSET_TYPE_LABELS;

export const READINESS_LABELS: Record<OutreachAsset['readiness'], string> = {
  ready: 'Ready to pitch',
  'nearly-ready': 'Nearly ready',
  'needs-work': 'Needs work first',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-10-06" → "6 October 2026"; written by hand so the words never depend on the machine's locale data. */
export function longDate(iso: string | null): string {
  if (!iso) return '';
  const match = iso.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}
