// Contributors: the people featured on a page. They are the likeliest to share it and link to it from their own site.
import type { LinkableDocument } from '../../model/types.js';
import { domainOfUrl } from '../domains.js';
import type { TargetCandidate } from '../types.js';

/** A registry entry as outreach needs it. `email` is private and only ever written to the report directory. */
export interface ContributorRecord {
  id: string;
  name: string;
  role?: string;
  organization?: string;
  website?: string;
  email?: string;
  /** Public path of their contributor page, when the site has one. */
  profileUrl?: string;
}

/** People quoted on a page almost always answer; the score only leaves room for merged reasons. */
const CONTRIBUTOR_SCORE = 92;

/**
 * Registry ids of the contributors a page features: what the contributor feature recorded, else frontmatter
 * `contributors` plus quotes the contributor feature attributed.
 */
export function featuredContributorIds(doc: LinkableDocument, registry: Map<string, ContributorRecord>): string[] {
  const ids = doc.featuredContributors ?? [
    ...doc.contributorIds,
    ...doc.quotes.map((quote) => quote.contributorId),
    ...doc.blockquotes.map((blockquote) => blockquote.attribution?.contributorId),
  ];
  return [...new Set(ids)].filter((id): id is string => id !== undefined && registry.has(id));
}

/** One candidate per featured contributor with a website. */
export function contributorTargets(featured: ContributorRecord[]): TargetCandidate[] {
  const candidates: TargetCandidate[] = [];
  for (const contributor of featured) {
    const domain = contributor.website ? domainOfUrl(contributor.website) : undefined;
    if (!domain) continue;
    const who = contributor.organization ? `${contributor.name} (${contributor.organization})` : contributor.name;
    candidates.push({
      domain,
      reason: 'contributor',
      score: CONTRIBUTOR_SCORE,
      why: () => `this page features ${who}; let them know it's live, since people share and link to pieces that quote them`,
      url: contributor.website,
      contact: contributor.email,
      name: contributor.name,
    });
  }
  return candidates;
}
