// The linter's reading of a document (facts, asset type, statistics), worked out once per document and shared:
// share cards need it at config time for <LinkableHead>, the linter at build:done, and both must agree.
import type { LinkableDocument } from '../model/types.js';
import { classifyAsset, type AssetClassification } from './asset-type.js';
import { documentFacts, type DocumentFacts } from './document-facts.js';
import { documentStatistics } from './document-statistics.js';

export interface DocumentAnalysis {
  facts: DocumentFacts;
  asset: AssetClassification;
}

// Keyed by the document object: a file reloaded in dev is a new object, so it is analysed afresh.
const analyses = new WeakMap<LinkableDocument, DocumentAnalysis & { domains: string }>();

/**
 * Analyses `doc` once for these site domains and fills `doc.assetType`, `doc.assetTypeSource` and `doc.statistics`.
 * `source` is the file's text when the caller has it (saves reading the file for exact positions).
 */
export function analyzeDocument(doc: LinkableDocument, siteDomains: readonly string[], source?: string): DocumentAnalysis {
  const domains = siteDomains.join(' ');
  const cached = analyses.get(doc);
  if (cached && cached.domains === domains) return cached;
  const facts = documentFacts(doc, siteDomains, source);
  const asset = classifyAsset(doc, facts);
  doc.assetType = asset.type;
  doc.assetTypeSource = asset.source;
  doc.statistics = documentStatistics(doc, facts);
  const analysis = { facts, asset, domains };
  analyses.set(doc, analysis);
  return analysis;
}
