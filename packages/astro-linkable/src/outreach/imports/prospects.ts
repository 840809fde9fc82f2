// Reads the team's prospect list: CSV/TSV (streamed), JSON or YAML, with domain, name, topics, authority, contact, page URL, notes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { normaliseDomain, domainOfUrl } from '../domains.js';
import { cell, hasColumn, type Column } from './backlink.js';
import type { ImportReport } from './import-report.js';
import { headerKey, openTable, type TableRow } from './table-stream.js';
import { ImportFileError, unknownFormatError } from './unknown-format.js';

/** A site the team wants to pitch. */
export interface Prospect {
  file: string;
  line: number;
  domain: string;
  /** The publication or person; the domain when the list has no name. */
  name: string;
  topics: string[];
  /** 0–100, the team's own estimate (roughly a domain rating). */
  authority?: number;
  /** Email address, contact-form URL or a person's name, as the list has it. */
  contact?: string;
  /** The page to pitch (a resources page, a section front). */
  pageUrl?: string;
  notes: string;
}

const C = {
  domain: { names: ['domain', 'website', 'site', 'host'] },
  pageUrl: { names: ['page url', 'page', 'url', 'target page', 'link'] },
  name: { names: ['name', 'site name', 'publication', 'outlet', 'title'] },
  topics: { names: ['topics', 'topic', 'tags', 'categories', 'beat'] },
  authority: { names: ['authority', 'domain rating', 'dr', 'authority score', 'as', 'da'] },
  contact: { names: ['contact', 'email', 'contact email'] },
  notes: { names: ['notes', 'note', 'comments', 'description'] },
} satisfies Record<string, Column>;


const PROSPECT_LIST = {
  name: 'Prospect list (CSV, JSON or YAML)',
  required: [{ names: ['domain (or page url)'] }],
};

/** Reads every prospect of one file, in file order. Malformed rows are skipped onto the report; an unusable file throws. */
export async function readProspects(absolutePath: string, report: ImportReport): Promise<Prospect[]> {
  const extension = path.extname(absolutePath).toLowerCase();
  if (extension === '.json' || extension === '.yaml' || extension === '.yml') {
    report.format = extension === '.json' ? 'prospects-json' : 'prospects-yaml';
    return readStructured(absolutePath, report);
  }
  report.format = 'prospects-csv';
  const prospects: Prospect[] = [];
  const table = await openTable(absolutePath, report);
  try {
    if (!hasColumn(table.keys, C.domain) && !hasColumn(table.keys, C.pageUrl)) throw unknownFormatError(report.file, table.headers, [PROSPECT_LIST]);
    for await (const rows of table.rows) {
      for (const row of rows) {
        const prospect = readProspect(row, report.file);
        if (typeof prospect === 'string') report.skip(row.line, prospect);
        else prospects.push(prospect);
      }
    }
  } finally {
    table.close();
  }
  return prospects;
}

/** JSON and YAML both go through the YAML parser (JSON is YAML), which knows each item's line. */
async function readStructured(absolutePath: string, report: ImportReport): Promise<Prospect[]> {
  const text = (await readFile(absolutePath, 'utf8')).replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    const { line } = lineCounter.linePos(error.pos[0]);
    throw new ImportFileError(`${report.file}:${line}: cannot parse the file (${error.message.split('\n')[0]}).`);
  }
  let list: YamlNode | null | undefined = document.contents as YamlNode | null;
  if (isMap(list)) list = list.get('prospects', true) as YamlNode | undefined;
  if (!isSeq(list)) {
    throw new ImportFileError(`${report.file}: expected a list of prospects (or an object with a "prospects" list), each with at least a "domain" or "page_url".`);
  }
  const prospects: Prospect[] = [];
  for (const item of list.items) {
    const range = (item as { range?: [number, number, number] } | null)?.range;
    const line = range ? lineCounter.linePos(range[0]).line : 0;
    report.rows++;
    if (!isMap(item)) {
      report.skip(line, 'expected an object with "domain", "name", "topics", …');
      continue;
    }
    const cells = new Map<string, string>();
    for (const pair of item.items) {
      const key = headerKey(String((pair.key as { value?: unknown })?.value ?? pair.key));
      const value = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? '';
      cells.set(key, Array.isArray(value) ? value.map(String).join(';') : String(value));
    }
    const column = (wanted: { readonly names: readonly string[] }) => {
      for (const name of wanted.names) {
        const value = cells.get(headerKey(name));
        if (value !== undefined) return value.trim();
      }
      return '';
    };
    const prospect = readProspect({ line, column }, report.file);
    if (typeof prospect === 'string') report.skip(line, prospect);
    else prospects.push(prospect);
  }
  return prospects;
}

function readProspect(row: TableRow, file: string): Prospect | string {
  const rawDomain = cell(row, C.domain);
  const rawPage = cell(row, C.pageUrl);
  let pageUrl: string | undefined;
  if (rawPage !== '') {
    if (!domainOfUrl(rawPage)) return `"page_url" is not a web address (got ${JSON.stringify(rawPage.slice(0, 60))})`;
    pageUrl = rawPage;
  }
  let domain: string | undefined;
  if (rawDomain !== '') {
    domain = normaliseDomain(rawDomain);
    if (!domain) return `"domain" is not a domain name such as example.com (got ${JSON.stringify(rawDomain.slice(0, 60))})`;
  } else if (pageUrl) {
    domain = domainOfUrl(pageUrl);
  }
  if (!domain) return 'the row has neither a "domain" nor a "page_url"';

  const rawAuthority = cell(row, C.authority);
  let authority: number | undefined;
  if (rawAuthority !== '') {
    authority = Number(rawAuthority);
    if (!Number.isFinite(authority) || authority < 0 || authority > 100) return `"authority" should be a number from 0 to 100 (got ${JSON.stringify(rawAuthority.slice(0, 20))})`;
  }
  const topicsCell = cell(row, C.topics);
  // Semicolons or pipes separate topics; a list with neither is taken to be comma-separated.
  const separator = /[;|]/.test(topicsCell) ? /[;|]/ : /,/;
  const topics = topicsCell
    .split(separator)
    .map((topic) => topic.trim())
    .filter(Boolean);
  const contact = cell(row, C.contact);
  return {
    file,
    line: row.line,
    domain,
    name: cell(row, C.name) || domain,
    topics,
    authority,
    contact: contact || undefined,
    pageUrl,
    notes: cell(row, C.notes),
  };
}
