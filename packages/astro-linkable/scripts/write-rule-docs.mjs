// Writes docs/rules/<id>.md for every lint rule from its module (run after `npm run build:package`).
// Usage: npm run docs:rules
import { mkdirSync, writeFileSync } from 'node:fs';
import { RULES } from '../dist/lint/rules/index.js';
import { ruleDocsPage } from '../dist/lint/rule-docs.js';

const dir = new URL('../docs/rules/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const rule of RULES) writeFileSync(new URL(`${rule.id}.md`, dir), ruleDocsPage(rule));
console.log(`Wrote ${RULES.length} rule pages to docs/rules/.`);
