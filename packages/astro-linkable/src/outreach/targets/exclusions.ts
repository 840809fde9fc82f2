// Domains outreach never suggests: the site's own, ones the team excluded, ones that already link, and generic giants.
import { DomainSet } from '../domains.js';
import type { TargetReason } from '../types.js';

export interface ExclusionLists {
  /** The site's own domains. */
  own: Iterable<string>;
  /** Option `exclude`. */
  exclude: Iterable<string>;
  /** Referring domains from the `alreadyLinking` exports. */
  alreadyLinking: Iterable<string>;
  /** Option `genericDomains`. */
  generic: Iterable<string>;
}

export class Exclusions {
  readonly #own: DomainSet;
  readonly #exclude: DomainSet;
  readonly #alreadyLinking: DomainSet;
  readonly #generic: DomainSet;
  /** Each domain is decided once: the same sites come up for many assets. */
  readonly #decided = new Map<string, boolean>();

  constructor(lists: ExclusionLists) {
    this.#own = new DomainSet(lists.own);
    this.#exclude = new DomainSet(lists.exclude);
    this.#alreadyLinking = new DomainSet(lists.alreadyLinking);
    this.#generic = new DomainSet(lists.generic);
  }

  /**
   * True when a suggestion should go. Generic domains are skipped for every reason but `contributor`: a contributor
   * whose website is on a big platform (a Medium blog) still wants to hear about the piece.
   */
  skips(domain: string, reason: TargetReason): boolean {
    const key = reason === 'contributor' ? `${domain} contributor` : domain;
    let skipped = this.#decided.get(key);
    if (skipped === undefined) {
      skipped = this.#own.has(domain) || this.#exclude.has(domain) || this.#alreadyLinking.has(domain) || (reason !== 'contributor' && this.#generic.has(domain));
      this.#decided.set(key, skipped);
    }
    return skipped;
  }
}
