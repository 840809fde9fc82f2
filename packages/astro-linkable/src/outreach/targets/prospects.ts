// Prospects: sites on the team's own list, matched to each asset by topic (BM25 between the asset and the prospect's topics and notes).
import { Bm25Index } from '../bm25.js';
import type { Prospect } from '../imports/prospects.js';
import { addTerms, textTerms } from '../text-terms.js';
import type { TargetCandidate } from '../types.js';

/** Prospects looked at per asset, per target listed; generous, so exclusions never starve the list. */
const CANDIDATES_PER_TARGET = 4;

export class ProspectMatcher {
  readonly #index = new Bm25Index();
  readonly #prospects: Prospect[];

  constructor(prospects: Prospect[]) {
    // The same site listed twice (two files, two rows) is pitched once: the first row wins.
    const seen = new Set<string>();
    this.#prospects = prospects.filter((prospect) => !seen.has(prospect.domain) && seen.add(prospect.domain));
    for (const prospect of this.#prospects) {
      const bag = new Map<string, number>();
      // Topics are the team's own summary of what the site covers; notes and name only hint.
      for (const topic of prospect.topics) addTerms(bag, topic, 2);
      addTerms(bag, prospect.notes, 0.5);
      addTerms(bag, prospect.name, 0.5);
      this.#index.add(bag);
    }
  }

  /** Prospects whose topics match the asset's query well enough, as scored candidates. */
  match(query: Map<string, number>, minRelevance: number, maxTargets: number): TargetCandidate[] {
    const hits = this.#index.search({ terms: query, limit: CANDIDATES_PER_TARGET * maxTargets, minRelevance });
    return hits.map(({ doc, relevance }) => {
      const prospect = this.#prospects[doc];
      const authority = prospect.authority;
      // Relevance leads; authority separates equally relevant sites. The list is hand-picked, so it starts a little ahead.
      const score = 100 * (0.55 * relevance + 0.35 * ((authority ?? 30) / 100) + 0.08);
      return {
        domain: prospect.domain,
        reason: 'prospect' as const,
        score: Math.min(88, score),
        why: () => prospectClause(prospect, query),
        url: prospect.pageUrl ?? `https://${prospect.domain}/`,
        contact: prospect.contact,
        name: prospect.name,
        authority: authority === undefined ? undefined : { value: authority, label: 'authority' },
      };
    });
  }
}

function prospectClause(prospect: Prospect, query: Map<string, number>): string {
  const matched = prospect.topics.filter((topic) => textTerms(topic).some((term) => query.has(term)));
  const covers = matched.length > 0 ? ` covers ${matched.slice(0, 3).join(', ')}` : ' is on a related beat';
  return `on your prospect list: ${prospect.name}${covers}`;
}
