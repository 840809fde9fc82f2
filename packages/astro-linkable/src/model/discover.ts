// Finds a site's Markdown/MDX sources, and the defaults of the options that choose and read them. Kept apart from
// the parser and the options schema so the CLI can list files before it loads either.
import { glob } from 'tinyglobby';
import { toPosix } from './identity.js';

export const DEFAULT_INCLUDE = ['src/content/**/*.{md,mdx}', 'src/pages/**/*.{md,mdx}'];
/** The default `locale` (sentence segmentation). */
export const DEFAULT_LOCALE = 'en';

/** The sources matching `include` minus `exclude`, relative to the project root, sorted for stable output. */
export async function discoverSources(project: { root: string }, options: { include: string[]; exclude: string[] }): Promise<string[]> {
  const files = await glob(options.include, {
    cwd: project.root,
    ignore: ['**/node_modules/**', ...options.exclude],
    onlyFiles: true,
    absolute: false,
  });
  return files.map(toPosix).sort();
}
