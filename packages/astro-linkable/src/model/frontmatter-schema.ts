// The zod schema of the `linkable` frontmatter block, shared by the document model and the public schema helper.
import { z } from 'astro/zod';
import { ASSET_TYPES } from './types.js';

const declaredStat = z.object({
  value: z.union([z.string(), z.number()]).transform(String),
  label: z.string().optional(),
  source: z.string().optional(),
  sourceUrl: z.string().optional(),
});

const declaredInfographic = z.object({
  src: z.string(),
  alt: z.string().optional(),
  title: z.string().optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  license: z.string().optional(),
  credit: z.string().optional(),
});

export const linkableObjectSchema = z.object({
  type: z.enum(ASSET_TYPES).optional(),
  url: z.string().startsWith('/', { message: 'expected a path starting with "/"' }).optional(),
  ignore: z.array(z.string()).optional(),
  stats: z.array(declaredStat).optional(),
  infographics: z.array(declaredInfographic).optional(),
  pitch: z.string().optional(),
  topics: z.array(z.string()).optional(),
  embed: z.boolean().optional(),
});

/** `linkable: false` opts a page out; otherwise an object of optional settings. */
export const linkableFrontmatterSchema = z.union([z.literal(false), linkableObjectSchema]);
