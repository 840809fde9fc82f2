// `frontmatter-invalid`: frontmatter that is not valid YAML/TOML, or a `linkable` block that breaks its schema.
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'frontmatter-invalid',
  description: 'Frontmatter that cannot be read, or a `linkable` block that does not match its schema.',
  defaultSeverity: 'error',
  defaultOptions: {},
  docs: {
    why: 'The linter, share cards and the outreach manifest read the frontmatter; when it cannot be read, the page is treated as having none.',
    details: 'Reported while the document is read (the document model\'s `errors`); this rule only sets its severity. The message names the field and what was expected.',
    failing: {
      title: 'An unknown asset type',
      source: ['---', 'title: Remote work', 'linkable:', '  type: whitepaper', '---', '', 'Text.', ''].join('\n'),
    },
    passing: {
      title: 'A known asset type',
      source: ['---', 'title: Remote work', 'linkable:', '  type: original-research', '---', '', 'Text.', ''].join('\n'),
    },
  },
  check(doc) {
    return fromErrors(doc.errors, 'frontmatter-invalid');
  },
});

export function fromErrors(errors: Array<{ ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number }>, ruleId: string) {
  return errors
    .filter((error) => error.ruleId === ruleId)
    .map((error) => ({
      message: error.message,
      span: { start: { line: error.line, column: error.column, offset: -1 }, end: { line: error.endLine, column: error.endColumn, offset: -1 } },
    }));
}
