// The embeds/datasets/citations option group.
import { z } from 'astro/zod';

export const embedsOptionsSchema = z
  .object({
    /** Add `rel="nofollow"` to the credit link of embed snippets. */
    nofollow: z.boolean().default(false),
    /** Public base of dataset CSV files. */
    dataBase: z.string().default('/_linkable/data'),
  })
  .default({ nofollow: false, dataBase: '/_linkable/data' });
