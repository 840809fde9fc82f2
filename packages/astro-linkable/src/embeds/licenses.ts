// Turns a licence as authors write it ("CC BY 4.0", a URL) into the URL Google's licence metadata needs, and a name.

export interface License {
  /** Absolute URL of the licence (what `license` in JSON-LD must be). */
  url: string;
  /** Short human name, e.g. "CC BY 4.0", shown next to the embed code. */
  name: string;
}

const CREATIVE_COMMONS = /^cc[\s_-]*(by(?:[\s_-]*(?:nc|sa|nd))*|0|zero)(?:[\s_-]*(\d\.\d))?$/i;

/**
 * Reads a licence value. Accepts an absolute URL, a site path (made absolute with `origin`) or a Creative Commons
 * id such as `CC BY 4.0`, `CC-BY-SA-4.0` or `CC0`. Returns undefined for anything else (the caller reports it).
 */
export function readLicense(value: string | undefined, origin: string | undefined): License | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^https?:\/\//i.test(text)) return { url: text, name: nameFromUrl(text) };
  if (text.startsWith('/') && !text.startsWith('//')) {
    const url = origin ? `${origin}${text}` : text;
    return { url, name: 'licence terms' };
  }
  const match = text.match(CREATIVE_COMMONS);
  if (!match) return undefined;
  const kind = match[1].toLowerCase().replace(/[\s_]+/g, '-');
  if (kind === '0' || kind === 'zero') return { url: 'https://creativecommons.org/publicdomain/zero/1.0/', name: 'CC0 1.0' };
  const version = match[2] ?? '4.0';
  const parts = kind.split('-').filter(Boolean);
  return {
    url: `https://creativecommons.org/licenses/${parts.join('-')}/${version}/`,
    name: `CC ${parts.map((part) => part.toUpperCase()).join('-')} ${version}`,
  };
}

function nameFromUrl(url: string): string {
  const cc = url.match(/\/licenses\/([a-z-]+)\/(\d\.\d)\/?$/i);
  if (cc) return `CC ${cc[1].toUpperCase()} ${cc[2]}`;
  if (/\/publicdomain\/zero\//i.test(url)) return 'CC0 1.0';
  return 'licence terms';
}
