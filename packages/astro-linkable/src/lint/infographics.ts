// When an infographic's alt text says something (read by `infographic-missing-alt` and the score).
import type { Image, LinkableDocument } from '../model/types.js';

const GENERIC_ALT = /^(?:an?\s+|the\s+|our\s+)?(?:infographic|image|picture|photo|graphic|chart|graph|figure|diagram|visual|screenshot|illustration|img|pic|placeholder|alt|untitled)s?(?:\s+\d+)?[.!]?$/i;
const FILE_NAME = /^[\w.-]+\.(?:png|jpe?g|gif|webp|avif|svg)$|^(?:img|image|dsc|screenshot|screen shot)[\s_-]*\d+/i;

/** Why an infographic's alt text does not describe it, or undefined when it does. */
export function altTextProblem(image: Image): string | undefined {
  const alt = image.alt.trim();
  if (alt === '') return 'has no alt text';
  if (FILE_NAME.test(alt)) return `has a file name as alt text ("${alt}")`;
  if (GENERIC_ALT.test(alt)) return `has generic alt text ("${alt}")`;
  // "Infographic: remote work" says almost nothing about what the figure shows.
  const words = alt.replace(/\binfographic\b[:\s-]*/gi, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 3) return `has alt text too short to describe it ("${alt}")`;
  return undefined;
}
