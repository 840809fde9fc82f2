// The badge embed code and the JSON-LD text: valid HTML/JSON that carries hostile values as inert text.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { badgeEmbedHtml } from '../../packages/astro-linkable/src/contributors/badges.js';
import { jsonLdScriptText, profilePageJsonLd } from '../../packages/astro-linkable/src/contributors/json-ld.js';

type Element = DefaultTreeAdapterMap['element'];

function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: { childNodes?: unknown[] }) => {
    for (const child of (node.childNodes ?? []) as Array<Element & { childNodes?: unknown[] }>) {
      if ('tagName' in child) found.push(child);
      walk(child);
    }
  };
  walk(parseFragment(html));
  return found;
}

const attributes = (element: Element) => Object.fromEntries(element.attrs.map((attr) => [attr.name, attr.value]));

describe('badge embed code', () => {
  it('is one link around one image: the brand as alt text, the contributor page as target', () => {
    const html = badgeEmbedHtml({
      profileUrl: 'https://www.tallyhouse.example/contributors/priya-raman/',
      badgeUrl: 'https://www.tallyhouse.example/_linkable/badges/priya-raman.png',
      siteName: 'Tallyhouse',
      nofollow: false,
    });
    expect(html).toBe(
      '<a href="https://www.tallyhouse.example/contributors/priya-raman/"><img src="https://www.tallyhouse.example/_linkable/badges/priya-raman.png" alt="Featured on Tallyhouse" width="400" height="120"></a>',
    );
    const [link, image] = elements(html);
    expect(link.tagName).toBe('a');
    expect(attributes(link)).toEqual({ href: 'https://www.tallyhouse.example/contributors/priya-raman/' });
    expect(image.tagName).toBe('img');
    expect(attributes(image).alt).toBe('Featured on Tallyhouse');
  });

  it('adds rel="nofollow" when asked', () => {
    const html = badgeEmbedHtml({ profileUrl: 'https://a.example/c/x/', badgeUrl: 'https://a.example/b.png', siteName: 'A', nofollow: true });
    expect(attributes(elements(html)[0])).toEqual({ href: 'https://a.example/c/x/', rel: 'nofollow' });
  });

  it('keeps a hostile site name inside the alt attribute', () => {
    const siteName = `"><script>alert(1)</script><a href='x`;
    const html = badgeEmbedHtml({ profileUrl: 'https://a.example/c/x/', badgeUrl: 'https://a.example/b.png', siteName, nofollow: false });
    const found = elements(html);
    expect(found.map((element) => element.tagName)).toEqual(['a', 'img']);
    expect(attributes(found[1]).alt).toBe(`Featured on ${siteName}`);
  });
});

describe('ProfilePage JSON-LD', () => {
  const facts = {
    name: `Eve </script><script>alert(1)</script> <!-- & "quotes"`,
    profileUrl: 'https://www.example.com/contributors/eve/',
    role: '</SCRIPT>',
    organization: 'Acme & Sons',
    bio: 'Line\u2028separator and\u2029paragraph',
    image: 'https://www.example.com/avatars/eve.png',
    sameAs: ['https://eve.example/', 'https://x.example/eve'],
    siteName: 'Example',
    siteUrl: 'https://www.example.com/',
  };

  it('has the ProfilePage and Person fields search engines read', () => {
    expect(profilePageJsonLd(facts)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      '@id': 'https://www.example.com/contributors/eve/',
      url: 'https://www.example.com/contributors/eve/',
      name: `${facts.name} | Example`,
      mainEntity: {
        '@type': 'Person',
        '@id': 'https://www.example.com/contributors/eve/#person',
        name: facts.name,
        url: 'https://www.example.com/contributors/eve/',
        sameAs: ['https://eve.example/', 'https://x.example/eve'],
        jobTitle: '</SCRIPT>',
        worksFor: { '@type': 'Organization', name: 'Acme & Sons' },
        image: 'https://www.example.com/avatars/eve.png',
        description: facts.bio,
      },
      isPartOf: { '@type': 'WebSite', name: 'Example', url: 'https://www.example.com/' },
    });
  });

  it('serialises without <, >, & or line separators, and parses back to the same data', () => {
    const data = profilePageJsonLd(facts);
    const text = jsonLdScriptText(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
