// `citation-insecure`: a citation link over plain `http:`.
import { defineRule } from '../rule.js';

/** Hosts that are examples or local machines, never citations. */
const NOT_A_CITATION_HOST = /^(?:localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[::1\]|10(?:\.\d+){3}|192\.168(?:\.\d+){2}|example\.(?:com|net|org))$|\.(?:localhost|local|test|internal|invalid)$/i;

export default defineRule({
  id: 'citation-insecure',
  description: 'A citation link over `http:`.',
  defaultSeverity: 'warn',
  defaultOptions: {},
  docs: {
    why: 'Browsers mark `http:` pages as not secure, many such links now redirect or break, and an `http:` citation looks neglected to the editors you want links from.',
    details:
      'Every link to another site (the site\'s own domains excluded) is a citation. Links to `localhost`, private addresses, `example.com` and reserved test domains are ignored.',
    failing: {
      title: 'A study linked over http:',
      source: ['---', 'title: Meetings', '---', '', 'Teams that start on time finish sooner, says [a study](http://meetings.example/study).', ''].join('\n'),
    },
    passing: {
      title: 'The same study over https:',
      source: ['---', 'title: Meetings', '---', '', 'Teams that start on time finish sooner, says [a study](https://meetings.example/study).', ''].join('\n'),
    },
  },
  check(_doc, { facts }) {
    return facts.outboundLinks
      // GFM turns a bare `www.example.org` into an http: link; the author wrote no scheme, so there is nothing to fix.
      .filter((link) => /^http:/i.test(link.url) && link.url !== `http://${link.text}` && !NOT_A_CITATION_HOST.test(link.domain ?? ''))
      .map((link) => ({
        message: `Citation link ${link.url} uses http:. Link the https: address (check that the page still exists).`,
        span: link.span,
      }));
  },
});
