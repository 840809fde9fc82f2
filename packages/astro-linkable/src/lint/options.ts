// The linter's option group: rule severities/options and when a build fails.
import { z } from 'astro/zod';

const severity = z.enum(['off', 'warn', 'error']);
const ruleSetting = z.union([severity, z.tuple([severity, z.record(z.string(), z.unknown())])]);

export const lintOptionsSchema = z.object({
  /** Per-rule severity, or `[severity, options]`. Unknown rule ids are reported. */
  rules: z.record(z.string(), ruleSetting).default({}),
  /** Fail `astro build` when findings reach this level. */
  failOn: z.enum(['error', 'warn', 'never']).default('error'),
  /** Lint in `astro dev` at start and on file change. */
  dev: z.boolean().default(true),
});
