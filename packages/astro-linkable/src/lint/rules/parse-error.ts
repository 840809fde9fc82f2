// `parse-error`: a source that cannot be read or parsed (bad MDX, not UTF-8, binary, empty, too large).
import { defineRule } from '../rule.js';
import { fromErrors } from './frontmatter-invalid.js';

export default defineRule({
  id: 'parse-error',
  description: 'A source file that cannot be read or parsed.',
  defaultSeverity: 'error',
  defaultOptions: {},
  docs: {
    why: 'A page that cannot be parsed cannot be checked; what could be read is still linted, but the rest is invisible to every feature.',
    details: 'Reported while the document is read (the document model\'s `errors`): MDX syntax errors, files that are not UTF-8, binary or empty files, files over 5 MB. This rule only sets its severity.',
    failing: {
      title: 'An unclosed JSX tag in MDX',
      format: 'mdx',
      source: ['---', 'title: Remote work', '---', '', '<Chart data="x">', '', 'Text.', ''].join('\n'),
    },
    passing: {
      title: 'The tag closed',
      format: 'mdx',
      source: ['---', 'title: Remote work', '---', '', '<Chart data="x" />', '', 'Text.', ''].join('\n'),
    },
  },
  check(doc) {
    return fromErrors(doc.errors, 'parse-error');
  },
});
