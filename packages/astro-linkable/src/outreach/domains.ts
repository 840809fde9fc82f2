// Domains as outreach compares them: lower case, no `www.`, and a listed domain covering its subdomains.

const normalised = new Map<string, string | undefined>();

/** `WWW.Example.com.` → `example.com`; accepts a bare host or a URL. Returns undefined for anything else. */
export function normaliseDomain(value: string): string | undefined {
  // The same few thousand hosts come back row after row in a large export.
  if (normalised.has(value)) return normalised.get(value);
  const result = normalise(value);
  if (normalised.size < 100_000) normalised.set(value, result);
  return result;
}

function normalise(value: string): string | undefined {
  let host = value.trim().toLowerCase();
  if (host === '') return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host) || host.startsWith('//')) {
    host = hostOf(host) ?? '';
  } else {
    host = host.split(/[/?#]/)[0].replace(/:\d+$/, '');
  }
  host = host.replace(/\.$/, '').replace(/^www\d?\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || /^xn--/.test(host) ? host : undefined;
}

/** `https://Host.example:8080/path` → `Host.example`: the plain case without the cost of a full URL parse. */
const SIMPLE_HOST = /^(?:https?:)?\/\/([a-z0-9.-]+)(?::\d+)?(?:[/?#]|$)/i;

/** The domain of an absolute http(s) URL, normalised; undefined for relative or other URLs. */
export function domainOfUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (!/^(https?:)?\/\//i.test(trimmed)) return undefined;
  // Exports hold 100,000 URLs; most are plain, and only the odd one (user@host, IPv6, unicode) needs the URL parser.
  const host = SIMPLE_HOST.exec(trimmed)?.[1] ?? hostOf(trimmed);
  return host ? normaliseDomain(host) : undefined;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url.startsWith('//') ? `https:${url}` : url).hostname;
  } catch {
    return undefined;
  }
}

/** A set of domains where each entry also covers its subdomains: `example.com` covers `blog.example.com`. */
export class DomainSet {
  readonly #domains = new Set<string>();

  constructor(domains: Iterable<string> = []) {
    for (const domain of domains) this.add(domain);
  }

  add(domain: string): void {
    const normalised = normaliseDomain(domain);
    if (normalised) this.#domains.add(normalised);
  }

  has(domain: string): boolean {
    let candidate = normaliseDomain(domain);
    while (candidate) {
      if (this.#domains.has(candidate)) return true;
      const dot = candidate.indexOf('.');
      if (dot < 0) return false;
      candidate = candidate.slice(dot + 1);
    }
    return false;
  }

  get size(): number {
    return this.#domains.size;
  }
}

/** `https://www.example.com/blog/post/?utm=1` → `example.com/blog/post`: how a person names a page in a sentence. */
export function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/+$/, '');
    return `${parsed.hostname.replace(/^www\./, '')}${path}`;
  } catch {
    return url;
  }
}
