// Checks the URLs contributor data points at: only http(s) may reach an href, and ids may only be slugs.

/** Contributor ids become URL segments and file names: a slug can never climb out of its folder. */
export const CONTRIBUTOR_ID = /^[a-z0-9][a-z0-9-]*$/;

export function isContributorId(value: string): boolean {
  return CONTRIBUTOR_ID.test(value) && value.length <= 100;
}

/**
 * The normalised URL when `value` is an absolute http(s) URL, else undefined. `javascript:`, `data:`,
 * `vbscript:`, protocol-relative and relative URLs are refused: they would run code or point nowhere from
 * another site. Normalising through `URL` also percent-encodes quotes and angle brackets.
 */
export function httpUrl(value: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (!parsed.hostname || parsed.username || parsed.password) return undefined;
  return parsed.href;
}

/** `true` when the path names a file on this site rather than a URL with a scheme or another host. */
export function isLocalPath(value: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('//') && !value.startsWith('\\\\');
}
