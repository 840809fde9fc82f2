// The contributor registry: reads the site's contributors (content collection or one data file) into checked,
// plain records at config:setup, before Astro's content layer runs, so the model, lint and pages can use it.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { imageSize } from 'image-size';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { entryIdFromPath, toPosix } from '../model/identity.js';
import type { Finding } from '../model/types.js';
import type { ContributorsOptions } from './options.js';
import { httpUrl, isContributorId, isLocalPath } from './safe-url.js';

export const SOCIAL_NETWORKS = ['x', 'linkedin', 'bluesky', 'mastodon', 'github'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

export interface ContributorAvatar {
  /** The path as written in the registry. */
  source: string;
  /** Absolute path of the image file. */
  file: string;
  /** Site path when the image lives in `public/` (served as is); otherwise the integration copies it. */
  publicPath?: string;
  width?: number;
  height?: number;
}

export interface Contributor {
  /** Slug characters only: it names the page and the badge file. */
  id: string;
  name: string;
  role?: string;
  organization?: string;
  /** An http(s) URL; anything else was dropped with a warning. */
  website?: string;
  social: Partial<Record<SocialNetwork, string>>;
  avatar?: ContributorAvatar;
  bio?: string;
  /** Other spellings of the name, matched against blockquote attributions. */
  aliases: string[];
  /** Private: only the outreach manifest reads it. Never rendered, never in the virtual state or the build output. */
  email?: string;
  /** The registry file, relative to the project root (POSIX). */
  file: string;
  /** Line of the entry in that file (1-based). */
  line: number;
}

export interface ContributorRegistry {
  /** Sorted by id. */
  contributors: Contributor[];
  byId: Map<string, Contributor>;
  /** Entries or fields that were refused, each naming the file, position, contributor and field. */
  problems: Finding[];
  /** Where the registry was read from, relative to the project root, e.g. `src/content/contributors/`. */
  source: string;
}

export interface RegistryPaths {
  root: string;
  srcDir: string;
  publicDir: string;
}

const RULE_ID = 'contributor-invalid';
const DATA_FILE = /\.(ya?ml|json)$/i;

/** Reads and checks the registry. Never throws for bad content: refused entries and fields become `problems`. */
export async function loadContributorRegistry(paths: RegistryPaths, options: Pick<ContributorsOptions, 'collection' | 'file'>): Promise<ContributorRegistry> {
  const problems: Finding[] = [];
  const entries: RawEntry[] = [];
  let source: string;

  if (options.file) {
    const file = path.resolve(paths.root, options.file);
    const relativePath = toPosix(path.relative(paths.root, file));
    source = relativePath;
    if (!existsSync(file)) {
      problems.push(problem(relativePath, 1, 1, `Contributor registry file not found (option "contributors.file": ${JSON.stringify(options.file)}). Expected a YAML or JSON file relative to the project root.`));
    } else if (!DATA_FILE.test(file)) {
      problems.push(problem(relativePath, 1, 1, 'Contributor registry file must be YAML (.yaml, .yml) or JSON (.json).'));
    } else {
      entries.push(...(await readDataFile(file, relativePath, problems)));
    }
  } else {
    const directory = path.join(paths.srcDir, 'content', options.collection);
    source = `${toPosix(path.relative(paths.root, directory))}/`;
    const files = existsSync(directory) ? (await glob(['**/*.{yaml,yml,json}'], { cwd: directory, onlyFiles: true })).map(toPosix).sort() : [];
    for (const name of files) {
      const file = path.join(directory, name);
      const relativePath = toPosix(path.relative(paths.root, file));
      const data = await readDataDocument(file, relativePath, problems);
      if (!data) continue;
      if (!isPlainObject(data.value)) {
        problems.push(problem(relativePath, 1, 1, 'A contributor entry must be a mapping of fields (name, role, website, …).'));
        continue;
      }
      entries.push({ value: data.value, file, relativePath, fileId: entryIdFromPath(name), at: data.at, pathPrefix: [] });
    }
  }

  const contributors: Contributor[] = [];
  const byId = new Map<string, Contributor>();
  for (const entry of entries) {
    const contributor = await readEntry(entry, paths, problems);
    if (!contributor) continue;
    const existing = byId.get(contributor.id);
    if (existing) {
      problems.push(problem(contributor.file, contributor.line, 1, `Contributor id "${contributor.id}" is already used by ${existing.file}:${existing.line}; this entry is ignored.`));
      continue;
    }
    byId.set(contributor.id, contributor);
    contributors.push(contributor);
  }
  contributors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { contributors, byId, problems, source };
}

type Position = (keys: Array<string | number>) => { line: number; column: number };

interface RawEntry {
  value: Record<string, unknown>;
  file: string;
  relativePath: string;
  /** The id the file or key gives the entry, when the entry has no `id` field. */
  fileId?: string;
  at: Position;
  /** Path of the entry inside its file (for data files holding many entries). */
  pathPrefix: Array<string | number>;
}

/** Parses a YAML or JSON file, keeping node positions for messages. */
async function readDataDocument(file: string, relativePath: string, problems: Finding[]): Promise<{ value: unknown; at: Position } | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    problems.push(problem(relativePath, 1, 1, `Cannot read contributor file: ${(error as Error).message}`));
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lineCounter = new LineCounter();
  // JSON is YAML 1.2, so one parser gives positions for both formats.
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const format = file.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML';
    problems.push(problem(relativePath, line, col, `Invalid ${format} in contributor file: ${error.message.split('\n')[0]}`));
    return undefined;
  }
  const at: Position = (keys) => {
    const node = keys.length === 0 ? document.contents : (document.getIn(keys, true) as { range?: [number, number] } | undefined);
    const offset = (node as { range?: [number, number] } | null | undefined)?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return { value: document.toJS({ maxAliasCount: 100 }), at };
}

/** A data file holds many entries: a list of entries with `id`, or a mapping of id → entry (Astro's `file()` shapes). */
async function readDataFile(file: string, relativePath: string, problems: Finding[]): Promise<RawEntry[]> {
  const data = await readDataDocument(file, relativePath, problems);
  if (!data) return [];
  const entries: RawEntry[] = [];
  if (Array.isArray(data.value)) {
    data.value.forEach((value, index) => {
      if (!isPlainObject(value)) {
        const { line, column } = data.at([index]);
        problems.push(problem(relativePath, line, column, `Entry ${index + 1} must be a mapping of fields (id, name, role, …).`));
        return;
      }
      entries.push({ value, file, relativePath, at: prefixed(data.at, [index]), pathPrefix: [index] });
    });
  } else if (isPlainObject(data.value)) {
    for (const [key, value] of Object.entries(data.value)) {
      if (!isPlainObject(value)) {
        const { line, column } = data.at([key]);
        problems.push(problem(relativePath, line, column, `Entry "${key}" must be a mapping of fields (name, role, …).`));
        continue;
      }
      entries.push({ value, file, relativePath, fileId: key, at: prefixed(data.at, [key]), pathPrefix: [key] });
    }
  } else {
    problems.push(problem(relativePath, 1, 1, 'A contributor data file must hold a list of entries or a mapping of id → entry.'));
  }
  return entries;
}

function prefixed(at: Position, prefix: Array<string | number>): Position {
  return (keys) => at([...prefix, ...keys]);
}

async function readEntry(entry: RawEntry, paths: RegistryPaths, problems: Finding[]): Promise<Contributor | undefined> {
  const { value, relativePath, at } = entry;
  const report = (keys: Array<string | number>, message: string) => {
    const { line, column } = at(keys);
    problems.push(problem(relativePath, line, column, message));
  };
  const entryLine = at([]).line;

  const rawId = value.id ?? entry.fileId;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId).trim() : '';
  const name = typeof value.name === 'string' ? value.name.replace(/\s+/g, ' ').trim() : '';
  const who = name ? `Contributor "${name}"` : 'Contributor';
  if (!isContributorId(id)) {
    report(value.id !== undefined ? ['id'] : [], `${who} has id ${JSON.stringify(id)}; an id may only use lowercase letters, digits and dashes (e.g. "jane-doe"). The entry is ignored.`);
    return undefined;
  }
  if (!name) {
    report(value.name !== undefined ? ['name'] : [], `Contributor "${id}" has no name; expected a "name" text field. The entry is ignored.`);
    return undefined;
  }
  const label = `Contributor "${name}" (${id})`;

  const text = (key: string): string | undefined => {
    const field = value[key];
    if (field === undefined || field === null) return undefined;
    if (typeof field === 'string' || typeof field === 'number') return String(field).trim() || undefined;
    report([key], `${label}: "${key}" must be text; it is ignored.`);
    return undefined;
  };
  const url = (keys: string[], field: unknown): string | undefined => {
    if (field === undefined || field === null || field === '') return undefined;
    const checked = typeof field === 'string' ? httpUrl(field) : undefined;
    if (!checked) {
      report(keys, `${label}: "${keys.join('.')}" must be an http(s) URL (got ${preview(field)}); it is ignored.`);
    }
    return checked;
  };

  const contributor: Contributor = { id, name, social: {}, aliases: [], file: relativePath, line: entryLine };
  const role = text('role');
  if (role) contributor.role = role;
  const organization = text('organization');
  if (organization) contributor.organization = organization;
  const bio = text('bio');
  if (bio) contributor.bio = bio;
  const website = url(['website'], value.website);
  if (website) contributor.website = website;

  if (value.social !== undefined && value.social !== null) {
    if (!isPlainObject(value.social)) {
      report(['social'], `${label}: "social" must be a mapping such as { x: https://…, linkedin: https://… }; it is ignored.`);
    } else {
      for (const [network, link] of Object.entries(value.social)) {
        if (!(SOCIAL_NETWORKS as readonly string[]).includes(network)) {
          report(['social', network], `${label}: unknown profile "social.${network}"; expected one of ${SOCIAL_NETWORKS.join(', ')}. It is ignored.`);
          continue;
        }
        const checked = url(['social', network], link);
        if (checked) contributor.social[network as SocialNetwork] = checked;
      }
    }
  }

  const aliases = value.aliases;
  if (aliases !== undefined && aliases !== null) {
    const list = Array.isArray(aliases) ? aliases : [aliases];
    for (const alias of list) {
      if (typeof alias === 'string' && alias.trim()) contributor.aliases.push(alias.replace(/\s+/g, ' ').trim());
      else report(['aliases'], `${label}: every alias must be text; ${preview(alias)} is ignored.`);
    }
  }

  const email = value.email;
  if (email !== undefined && email !== null) {
    if (typeof email === 'string' && /^[^\s@<>"]+@[^\s@<>"]+$/.test(email.trim())) contributor.email = email.trim();
    else report(['email'], `${label}: "email" must be an email address; it is ignored.`);
  }

  if (value.avatar !== undefined && value.avatar !== null && value.avatar !== '') {
    const avatar = await readAvatar(value.avatar, entry.file, paths);
    if (typeof avatar === 'string') report(['avatar'], `${label}: "avatar" ${avatar}; it is ignored.`);
    else contributor.avatar = avatar;
  }
  return contributor;
}

/** Resolves a local avatar image; returns the reason as text when it cannot be used. */
async function readAvatar(value: unknown, registryFile: string, paths: RegistryPaths): Promise<ContributorAvatar | string> {
  if (typeof value !== 'string') return `must be the path of a local image (got ${preview(value)})`;
  const source = value.trim();
  if (!isLocalPath(source)) return `must be the path of a local image, not a URL (got ${preview(source)})`;
  const clean = decodeURIComponentSafe(source.split(/[?#]/)[0]);
  // `/images/x.png` is a public/ file, as in an <img src>; anything else is relative to the registry file, as with Astro's image().
  const file = clean.startsWith('/') ? path.join(paths.publicDir, clean) : path.resolve(path.dirname(registryFile), clean);
  if (!isInside(paths.root, file)) return `must be an image inside the project (got ${preview(source)})`;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return `points to a file that does not exist (${toPosix(path.relative(paths.root, file))})`;
  }
  let size: { width?: number; height?: number; type?: string };
  try {
    size = imageSize(bytes);
  } catch {
    return `is not an image (${toPosix(path.relative(paths.root, file))})`;
  }
  if (!size.type || !AVATAR_TYPES.has(size.type)) return `must be a PNG, JPEG, GIF, WebP, AVIF or SVG image (got ${size.type ?? 'an unknown format'})`;
  const avatar: ContributorAvatar = { source, file };
  if (isInside(paths.publicDir, file)) avatar.publicPath = `/${toPosix(path.relative(paths.publicDir, file))}`;
  if (size.width) avatar.width = size.width;
  if (size.height) avatar.height = size.height;
  return avatar;
}

const AVATAR_TYPES = new Set(['png', 'jpg', 'gif', 'webp', 'avif', 'svg']);

function isInside(parent: string, file: string): boolean {
  const relative = path.relative(parent, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function problem(file: string, line: number, column: number, message: string): Finding {
  return { file, line, column, endLine: line, endColumn: column, ruleId: RULE_ID, severity: 'warn', message };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function preview(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
