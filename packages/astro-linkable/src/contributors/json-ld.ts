// ProfilePage + Person structured data for a contributor page, serialised so no field can close its <script>.

export interface PersonFacts {
  name: string;
  /** Absolute URL of the contributor page. */
  profileUrl: string;
  role?: string;
  organization?: string;
  bio?: string;
  /** Absolute URL of the avatar. */
  image?: string;
  /** The contributor's own website and profiles (http(s) only). */
  sameAs: string[];
  siteName: string;
  /** Absolute URL of the site's home page, when known. */
  siteUrl?: string;
}

export function profilePageJsonLd(facts: PersonFacts): Record<string, unknown> {
  const person: Record<string, unknown> = {
    '@type': 'Person',
    '@id': `${facts.profileUrl}#person`,
    name: facts.name,
    url: facts.profileUrl,
  };
  if (facts.sameAs.length > 0) person.sameAs = facts.sameAs;
  if (facts.role) person.jobTitle = facts.role;
  if (facts.organization) person.worksFor = { '@type': 'Organization', name: facts.organization };
  if (facts.image) person.image = facts.image;
  if (facts.bio) person.description = facts.bio;
  const page: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': facts.profileUrl,
    url: facts.profileUrl,
    name: `${facts.name} | ${facts.siteName}`,
    mainEntity: person,
  };
  if (facts.siteUrl) page.isPartOf = { '@type': 'WebSite', name: facts.siteName, url: facts.siteUrl };
  return page;
}

/**
 * JSON for the body of `<script type="application/ld+json">`. `<`, `>` and `&` become \u escapes, so
 * `</script>` or `<!--` inside a field cannot end the script; U+2028/2029 are escaped for old parsers.
 * Parsing the result with JSON.parse gives back the exact data.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
