// Finds a site's Markdown/MDX sources, and the defaults of the options that choose and read them. Kept apart from
// the parser and the options schema so the CLI can list files before it loads either.
import path from 'node:path';
import { toPosix } from './identity.js';

export const DEFAULT_INCLUDE = ['src/content/**/*.{md,mdx}', 'src/pages/**/*.{md,mdx}'];
/** The default `locale` (sentence segmentation). */
export const DEFAULT_LOCALE = 'en';

/** The sources matching `include` minus `exclude`, relative to the project root, sorted for stable output. */
export async function discoverSources(project: { root: string }, options: { include: string[]; exclude: string[] }): Promise<string[]> {
  // Loaded here, not with the module: a lint worker imports this module (through the document model) and never lists.
  const { glob } = await import('tinyglobby');
  const files = await glob(options.include, {
    cwd: project.root,
    ignore: ['**/node_modules/**', ...options.exclude],
    onlyFiles: true,
    absolute: false,
  });
  return files.map(toPosix).sort();
}

/**
 * The sources among `files` (relative to `root`, as `discoverSources` lists them) that the given absolute paths name:
 * a file itself, or every source inside a folder. `unmatched` holds the indexes of paths that select no source
 * (outside the site, not Markdown/MDX, or left out by include/exclude). Order stays that of `files`.
 */
export function selectSources(files: string[], root: string, targets: string[]): { files: string[]; unmatched: number[] } {
  const selected = new Set<string>();
  const unmatched: number[] = [];
  targets.forEach((target, index) => {
    const relative = toPosix(path.relative(root, target));
    const inside = relative === '' ? files : relative.startsWith('../') || relative === '..' || path.isAbsolute(relative) ? [] : files.filter((file) => file === relative || file.startsWith(`${relative}/`));
    if (inside.length === 0) unmatched.push(index);
    for (const file of inside) selected.add(file);
  });
  return { files: files.filter((file) => selected.has(file)), unmatched };
}
