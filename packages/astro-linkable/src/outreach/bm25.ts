// Okapi BM25 over an inverted index: ranks prospects and competitor links by how well they match an asset's topics.
//
// Built for 100,000 documents and 1,000 queries: postings are packed into typed arrays once, a query touches only the
// postings of its own terms, and scores live in one reused array. Results are deterministic (ties break on document order).

const K1 = 1.2;
const B = 0.75;

export interface Bm25Hit {
  doc: number;
  /** Raw BM25 score. */
  score: number;
  /** 0–1: the score as a share of what a document matching the query's strongest terms would get. */
  relevance: number;
}

export interface Bm25Query {
  /** Term → weight (how much the asker cares about it). */
  terms: Map<string, number>;
  /** Most hits returned. */
  limit: number;
  /** Hits below this relevance are left out. */
  minRelevance?: number;
}

export class Bm25Index {
  readonly #termIds = new Map<string, number>();
  /** While building: per term, alternating doc id and term frequency. */
  #building: number[][] = [];
  #lengths: number[] = [];
  #postingStart = new Int32Array(0);
  #postingDocs = new Int32Array(0);
  #postingFreqs = new Float32Array(0);
  #norms = new Float32Array(0);
  #scores = new Float64Array(0);
  #frozen = false;

  /** Adds a document as a weighted bag of terms; returns its id (0, 1, 2, … in the order added). */
  add(terms: Map<string, number>): number {
    if (this.#frozen) throw new Error('Bm25Index: add() after the first search');
    const doc = this.#lengths.length;
    let length = 0;
    for (const [term, frequency] of terms) {
      if (frequency <= 0) continue;
      let id = this.#termIds.get(term);
      if (id === undefined) {
        id = this.#building.length;
        this.#termIds.set(term, id);
        this.#building.push([]);
      }
      this.#building[id].push(doc, frequency);
      length += frequency;
    }
    this.#lengths.push(length);
    return doc;
  }

  get size(): number {
    return this.#lengths.length;
  }

  /** The documents that best match a weighted query, best first. */
  search(query: Bm25Query): Bm25Hit[] {
    this.#freeze();
    const documents = this.#lengths.length;
    if (documents === 0) return [];
    const weighted: Array<{ term: string; id: number; weight: number; idf: number }> = [];
    for (const [term, weight] of query.terms) {
      const id = this.#termIds.get(term);
      const frequency = id === undefined ? 0 : this.#postingStart[id + 1] - this.#postingStart[id];
      // A term no document uses still belongs to the ideal match (a query about something nobody covers should not
      // make a weak partial match look perfect), at the floor weight so its huge idf does not dwarf everything else.
      weighted.push({ term, id: id ?? -1, weight, idf: id === undefined ? IDF_FLOOR : idf(documents, frequency) });
    }
    const best = bestPossible(weighted);
    if (best <= 0) return [];
    const scores = this.#scores;
    const touched: number[] = [];
    for (const { id, weight, idf: termIdf } of weighted) {
      if (id < 0) continue;
      for (let p = this.#postingStart[id]; p < this.#postingStart[id + 1]; p++) {
        const doc = this.#postingDocs[p];
        const tf = this.#postingFreqs[p];
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] += weight * termIdf * ((tf * (K1 + 1)) / (tf + this.#norms[doc]));
      }
    }
    const minScore = (query.minRelevance ?? 0) * best;
    // Keep the best `limit` in a small heap: a broad query can touch most of 100,000 documents.
    const top = new TopHits(query.limit);
    for (const doc of touched) {
      const score = scores[doc];
      scores[doc] = 0;
      if (score > 0 && score >= minScore) top.offer(doc, score);
    }
    return top.sorted().map(({ doc, score }) => ({ doc, score, relevance: Math.min(1, score / best) }));
  }

  #freeze(): void {
    if (this.#frozen) return;
    this.#frozen = true;
    const terms = this.#building.length;
    this.#postingStart = new Int32Array(terms + 1);
    let total = 0;
    for (let id = 0; id < terms; id++) {
      this.#postingStart[id] = total;
      total += this.#building[id].length / 2;
    }
    this.#postingStart[terms] = total;
    this.#postingDocs = new Int32Array(total);
    this.#postingFreqs = new Float32Array(total);
    for (let id = 0; id < terms; id++) {
      const list = this.#building[id];
      let p = this.#postingStart[id];
      for (let i = 0; i < list.length; i += 2, p++) {
        this.#postingDocs[p] = list[i];
        this.#postingFreqs[p] = list[i + 1];
      }
    }
    this.#building = [];
    const documents = this.#lengths.length;
    const average = this.#lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, documents) || 1;
    this.#norms = new Float32Array(documents);
    for (let doc = 0; doc < documents; doc++) this.#norms[doc] = K1 * (1 - B + (B * this.#lengths[doc]) / average);
    this.#scores = new Float64Array(documents);
  }
}

/** The `limit` best (score, doc) pairs seen, highest score first, ties to the earlier document. */
class TopHits {
  readonly #heap: Array<{ doc: number; score: number }> = [];

  constructor(readonly limit: number) {}

  /** Worse means lower score, or the same score and a later document. */
  static #worse(a: { doc: number; score: number }, b: { doc: number; score: number }): boolean {
    return a.score < b.score || (a.score === b.score && a.doc > b.doc);
  }

  offer(doc: number, score: number): void {
    const heap = this.#heap;
    const hit = { doc, score };
    if (heap.length < this.limit) {
      heap.push(hit);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!TopHits.#worse(heap[i], heap[parent])) break;
        [heap[i], heap[parent]] = [heap[parent], heap[i]];
        i = parent;
      }
      return;
    }
    if (this.limit === 0 || !TopHits.#worse(heap[0], hit)) return;
    heap[0] = hit;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && TopHits.#worse(heap[left], heap[worst])) worst = left;
      if (right < heap.length && TopHits.#worse(heap[right], heap[worst])) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst], heap[i]];
      i = worst;
    }
  }

  sorted(): Array<{ doc: number; score: number }> {
    return [...this.#heap].sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}

/**
 * BM25's idf, floored. Without the floor a term in every document counts for nothing, and an export of the links to
 * one competitor page (every row about the same topic) would match no asset at all. With it, common terms count a
 * third or so of rare ones: still told apart, never ignored.
 */
const IDF_FLOOR = 1;

function idf(documents: number, frequency: number): number {
  return Math.max(IDF_FLOOR, Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5)));
}

/** How many of the query's strongest terms a fully relevant document is expected to contain. */
const STRONG_TERMS = 6;

/**
 * The score of an ideal match: a document of average length that uses each of the query's most important terms
 * twice. Relevance is measured against it, so 1.0 means "clearly about this", not "the best of a weak field".
 */
function bestPossible(weighted: Array<{ term: string; weight: number; idf: number }>): number {
  const tf = 2;
  const strongest = [...weighted].sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)).slice(0, STRONG_TERMS);
  return strongest.reduce((sum, { weight, idf: termIdf }) => sum + weight * termIdf * ((tf * (K1 + 1)) / (tf + K1)), 0);
}
