// Reads YAML frontmatter into plain data and the normalised fields of the document model, with positioned errors.
import { parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';
import { linkableFrontmatterSchema, linkableObjectSchema } from './frontmatter-schema.js';
import type { DocumentDate, Finding, LinkableFrontmatter, Span } from './types.js';
import type { Locator } from './source.js';

export interface FrontmatterResult {
  data: Record<string, unknown>;
  linkable: LinkableFrontmatter | false;
  errors: Finding[];
  /** Where each `contributors` id is written (aligned with `frontmatterStrings(data.contributors)`). */
  contributorSpans?: Span[];
}

/**
 * Parses the YAML between the `---` fences. `yamlOffset` is where the YAML text starts in the file,
 * so that errors point at the right line.
 */
export function readFrontmatter(
  yamlText: string,
  yamlOffset: number,
  locator: Locator,
  relPath: string,
  language: 'yaml' | 'toml' = 'yaml',
): FrontmatterResult {
  const errors: Finding[] = [];
  const at = (start: number, end: number, message: string, ruleId = 'frontmatter-invalid'): Finding => {
    const s = locator.point(yamlOffset + start);
    const e = locator.point(yamlOffset + Math.max(end, start));
    return { file: relPath, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, ruleId, severity: 'error', message };
  };

  if (language === 'toml') return readTomlFrontmatter(yamlText, yamlOffset, locator, relPath);

  const yamlDoc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (yamlDoc.errors.length > 0) {
    for (const error of yamlDoc.errors) {
      errors.push(at(error.pos[0], error.pos[1], `Invalid YAML frontmatter: ${firstLine(error.message)}`));
    }
    return { data: {}, linkable: {}, errors };
  }
  const value: unknown = yamlDoc.toJS({ maxAliasCount: 100 });
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
    errors.push(at(0, yamlText.length, 'Frontmatter must be a YAML mapping (key: value pairs).'));
    return { data: {}, linkable: {}, errors };
  }
  const data = (value ?? {}) as Record<string, unknown>;

  let linkable: LinkableFrontmatter | false = {};
  if (data.linkable !== undefined) {
    // Check against the object schema (not the `false | object` union) so errors name the bad field.
    const parsed = data.linkable === false ? linkableFrontmatterSchema.safeParse(false) : linkableObjectSchema.safeParse(data.linkable);
    if (parsed.success) {
      linkable = parsed.data as LinkableFrontmatter | false;
    } else {
      for (const issue of parsed.error.issues) {
        const path = ['linkable', ...issue.path.map(String)];
        const node = nodeAt(yamlDoc.contents as YamlNode | null, path);
        const range = node?.range ?? [0, 0];
        const shown = path.join('.');
        errors.push(at(range[0], range[1], `Frontmatter "${shown}": ${issue.message}.`));
      }
    }
  }
  const contributorSpans = contributorIdRanges(yamlDoc.get('contributors', true)).map(([start, end]) => ({
    start: locator.point(yamlOffset + start),
    end: locator.point(yamlOffset + end),
  }));
  return { data, linkable, errors, contributorSpans };
}

/** Ranges of the ids in `contributors: [a, b]` or `contributors: a, b` (one range per id, as frontmatterStrings splits). */
function contributorIdRanges(node: unknown): Array<[number, number]> {
  if (isSeq(node)) {
    return node.items
      .filter((item): item is YamlNode => isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number'))
      .map((item) => [item.range?.[0] ?? 0, item.range?.[1] ?? 0]);
  }
  if (isScalar(node) && typeof node.value === 'string') {
    const count = node.value.split(',').filter((part) => part.trim()).length;
    return Array.from({ length: count }, () => [node.range?.[0] ?? 0, node.range?.[1] ?? 0]);
  }
  return [];
}

function readTomlFrontmatter(text: string, offset: number, locator: Locator, relPath: string): FrontmatterResult {
  try {
    const data = parseToml(text) as Record<string, unknown>;
    const parsed = data.linkable === undefined ? undefined : data.linkable === false ? linkableFrontmatterSchema.safeParse(false) : linkableObjectSchema.safeParse(data.linkable);
    const errors: Finding[] = [];
    if (parsed && !parsed.success) {
      const start = locator.point(offset);
      for (const issue of parsed.error.issues) {
        const shown = ['linkable', ...issue.path.map(String)].join('.');
        errors.push({ file: relPath, line: start.line, column: start.column, endLine: start.line, endColumn: start.column, ruleId: 'frontmatter-invalid', severity: 'error', message: `Frontmatter "${shown}": ${issue.message}.` });
      }
    }
    return { data, linkable: parsed?.success ? (parsed.data as LinkableFrontmatter | false) : {}, errors };
  } catch (error) {
    const line = error instanceof TomlError ? error.line : 1;
    const column = error instanceof TomlError ? error.column : 1;
    const start = locator.point(offset);
    const message = `Invalid TOML frontmatter: ${firstLine((error as Error).message)}`;
    const fileLine = start.line + line - 1;
    return { data: {}, linkable: {}, errors: [{ file: relPath, line: fileLine, column, endLine: fileLine, endColumn: column, ruleId: 'frontmatter-invalid', severity: 'error', message }] };
  }
}

/** Walks a YAML node by keys/indexes to report the position of an invalid value (deepest node that exists). */
function nodeAt(root: YamlNode | null, path: string[]): YamlNode | undefined {
  let node: YamlNode | null | undefined = root;
  let found: YamlNode | undefined;
  for (const key of path) {
    if (!node) break;
    if (isMap(node)) {
      const items = node.items as Array<{ key: unknown; value: unknown }>;
      const pair = items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      node = (pair?.value as YamlNode | null) ?? (pair?.key as YamlNode | undefined);
    } else if ('items' in node && Array.isArray((node as { items: unknown[] }).items)) {
      node = (node as unknown as { items: YamlNode[] }).items[Number(key)];
    } else {
      break;
    }
    if (node) found = node;
  }
  return found;
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

const PUBLISHED_KEYS = ['pubDate', 'publishDate', 'published', 'datePublished', 'date'];
const UPDATED_KEYS = ['updatedDate', 'updated', 'lastUpdated', 'dateModified', 'modified', 'lastmod'];

export function frontmatterDate(data: Record<string, unknown>, kind: 'published' | 'updated'): DocumentDate | undefined {
  for (const key of kind === 'published' ? PUBLISHED_KEYS : UPDATED_KEYS) {
    const iso = toIsoDate(data[key]);
    if (iso) return { iso, key };
  }
  return undefined;
}

function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  // Keep the calendar date the author wrote; a time of day adds nothing to freshness checks or citations.
  return new Date(time).toISOString().slice(0, 10);
}

/** Names from `author`/`authors`, as strings or `{ name }` objects. */
export function frontmatterPeople(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list
    .map((item) => (typeof item === 'string' ? item : item && typeof item === 'object' && 'name' in item ? String(item.name) : ''))
    .map((name) => name.trim())
    .filter(Boolean);
}

export function frontmatterStrings(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map((v) => v.trim()).filter(Boolean);
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
}
