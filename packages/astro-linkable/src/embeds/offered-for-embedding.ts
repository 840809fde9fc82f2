// Decides from the document model alone whether an infographic is offered for embedding (read by `infographic-no-embed`).
import type { Image, LinkableDocument } from '../model/types.js';

/** The part of the integration's options this decision reads; missing values mean the defaults. */
export interface EmbeddingOptions {
  embeds?: { inject?: boolean };
}

/**
 * True when the built page will carry an "Embed this" box for `image`:
 * - it is an infographic, and the page did not opt out (`linkable: false` or `linkable.embed: false`), and
 * - it is an MDX `<Infographic>` (the component always renders the box unless given `embed={false}`), or
 *   the `embeds.inject` option (on by default) adds the box after it in the built HTML.
 */
export function isOfferedForEmbedding(doc: Pick<LinkableDocument, 'linkable' | 'mdxElements'>, image: Image, options?: EmbeddingOptions): boolean {
  if (!image.infographic) return false;
  if (doc.linkable === false || doc.linkable.embed === false) return false;
  const component = infographicElementOf(doc, image);
  if (component) return !['{false}', 'false'].includes(String(component.attributes.embed));
  return options?.embeds?.inject ?? true;
}

/** The `<Infographic>` element an image came from, if any (same start offset in the source). */
export function infographicElementOf(doc: Pick<LinkableDocument, 'mdxElements'>, image: Image) {
  if (image.origin !== 'mdx') return undefined;
  return doc.mdxElements.find((element) => element.name === 'Infographic' && element.span.start.offset === image.span.start.offset);
}
