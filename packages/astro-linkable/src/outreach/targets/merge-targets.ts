// Merges every source's suggestions for one asset: one target per domain (reasons merged), strongest first, capped.
import { TARGET_REASONS, type Authority, type OutreachTarget, type TargetCandidate } from '../types.js';

/** Each further independent reason to pitch the same site adds a little; two weak reasons never beat a strong one by much. */
const BONUS_PER_EXTRA_REASON = 4;

export function mergeTargets(candidates: TargetCandidate[], maxTargets: number): OutreachTarget[] {
  const byDomain = new Map<string, TargetCandidate[]>();
  for (const candidate of candidates) {
    const list = byDomain.get(candidate.domain);
    if (list) list.push(candidate);
    else byDomain.set(candidate.domain, [candidate]);
  }
  // A subdomain joins its parent when the parent is also suggested: research.example.org is the same
  // organisation as the example.org on the prospect list, and should get one email, not two.
  // Longest first, so a.b.example joins b.example before b.example joins example.
  const children = [...byDomain.keys()].filter((domain) => parentIn(domain, byDomain)).sort((a, b) => b.length - a.length || compare(a, b));
  for (const domain of children) {
    const parent = parentIn(domain, byDomain)!;
    byDomain.get(parent)!.push(...byDomain.get(domain)!.map((candidate) => ({ ...candidate, domain: parent })));
    byDomain.delete(domain);
  }
  // Rank every domain first; write sentences only for the ones that make the list.
  const ranked = [...byDomain].map(([domain, list]) => {
    let best = list[0].score;
    const sources = new Set<string>();
    for (const candidate of list) {
      if (candidate.score > best) best = candidate.score;
      sources.add(candidate.reason);
    }
    return { domain, list, score: Math.min(100, Math.round(best + BONUS_PER_EXTRA_REASON * (sources.size - 1))) };
  });
  ranked.sort((a, b) => b.score - a.score || compare(a.domain, b.domain));
  return ranked.slice(0, maxTargets).map(({ domain, list, score }) => {
    list.sort((a, b) => b.score - a.score || TARGET_REASONS.indexOf(a.reason) - TARGET_REASONS.indexOf(b.reason) || compare(a.url ?? '', b.url ?? ''));
    const reasons = [...new Set(list.flatMap((candidate) => [candidate.reason, ...(candidate.extraReasons ?? [])]))];
    const whys = [...new Set(list.map((candidate) => candidate.why()))];
    // The tools' own domain-level rating says most; a page-level score or the team's estimate stands in for it.
    const authority = list
      .map((candidate) => candidate.authority)
      .filter((value) => value !== undefined)
      .sort((a, b) => authorityRank(a) - authorityRank(b) || b.value - a.value)[0];
    return {
      domain,
      url: list.find((candidate) => candidate.url)?.url ?? null,
      // A named person's address (contributor, prospect list) beats none; the strongest reason's contact comes first.
      contact: list.find((candidate) => candidate.contact)?.contact ?? null,
      name: list.find((candidate) => candidate.name)?.name ?? null,
      reason: list[0].reason,
      reasons,
      score,
      authority: authority ? Math.round(authority.value) : null,
      why: sentence(whys, authority),
    };
  });
}

/** The nearest parent domain (at a dot) that is also a key of the map. */
function parentIn(domain: string, byDomain: Map<string, unknown>): string | undefined {
  let dot = domain.indexOf('.');
  while (dot >= 0) {
    const parent = domain.slice(dot + 1);
    if (!parent.includes('.')) return undefined;
    if (byDomain.has(parent)) return parent;
    dot = domain.indexOf('.', dot + 1);
  }
  return undefined;
}

/** Clauses joined into one sentence, the site's rating named once at the end: "Links to …; also on your prospect list …; DR 71." */
function sentence(clauses: string[], authority: Authority | undefined): string {
  let joined = clauses.map((clause) => clause.trim().replace(/[.;]+$/, '')).join('; also ');
  if (authority) joined += `; ${authority.label} ${Math.round(authority.value)}`;
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`;
}

function authorityRank(authority: Authority): number {
  return authority.label === 'DR' ? 0 : authority.label === 'authority' ? 1 : 2;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
