// The embeds/datasets/citations option group: where files go, what is offered, and the licence metadata to publish.
import { z } from 'astro/zod';
import { ASSET_TYPES } from '../model/types.js';

const publicBase = z
  .string()
  .regex(/^\/[^?#]*$/, { message: 'expected a public path starting with "/", such as "/_linkable/data"' })
  .transform((value) => value.replace(/\/+$/, '') || '/');

/** A URL, or a site path that is made absolute with the site's origin. */
const urlOrPath = z.string().regex(/^(https?:\/\/|\/)/i, { message: 'expected an absolute URL or a path starting with "/"' });

export const embedsOptionsSchema = z
  .object({
    /** Add `rel="nofollow"` to the attribution link of embed snippets. */
    nofollow: z.boolean().default(false),
    /** Anchor text of the attribution link in embed snippets: the page title or the site name (never keywords). */
    attribution: z.enum(['page-title', 'site-name']).default('page-title'),
    /** Public base of dataset CSV files (`<dataBase>/<asset-id>-<n>.csv`). */
    dataBase: publicBase.default('/_linkable/data'),
    /** Public base of oEmbed JSON files (`<oembedBase>/<asset-id>.json`, `<oembedBase>/<asset-id>/infographic-<n>.json`). */
    oembedBase: publicBase.default('/_linkable/oembed'),
    /**
     * Add embed boxes, dataset download links, JSON-LD, oEmbed discovery links and the copy script to the built HTML
     * of Markdown/MDX pages. This is how Markdown pages (which cannot use components) get them.
     */
    inject: z.boolean().default(true),
    /** Asset types (frontmatter `linkable.type`) whose Markdown tables become downloadable datasets. */
    datasetTypes: z.array(z.enum(ASSET_TYPES)).default(['original-research', 'statistics']),
    /** Default licence of infographics and datasets: a URL (or a Creative Commons id such as "CC-BY-4.0"). */
    license: z.string().min(1).optional(),
    /** Page where people learn how to license the images; defaults to the embed box on the asset's page. */
    acquireLicensePage: urlOrPath.optional(),
    /** Who made the infographics and datasets; defaults to the site as an Organization. */
    creator: z
      .object({
        name: z.string().min(1),
        url: urlOrPath.optional(),
        type: z.enum(['Organization', 'Person']).default('Organization'),
      })
      .optional(),
    /** Default credit line (`creditText`); defaults to the creator's name. */
    creditText: z.string().min(1).optional(),
    /** Inline the package's small default stylesheet where embed boxes are injected. */
    styles: z.boolean().default(true),
  })
  .strict()
  .prefault({});

export type EmbedsOptions = z.output<typeof embedsOptionsSchema>;
