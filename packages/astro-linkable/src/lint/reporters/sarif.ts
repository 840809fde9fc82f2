// SARIF 2.1.0, the format code-scanning tools (GitHub code scanning, VS Code's SARIF viewer) read: `lint.sarif`.
import { readFileSync } from 'node:fs';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { LintResult } from '../engine.js';
import { ENGINE_FINDINGS, RULES } from '../rules/index.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function sarifLog(result: LintResult): Log {
  const descriptors: ReportingDescriptor[] = [
    ...RULES.map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.description },
      fullDescription: { text: rule.docs.why },
      defaultConfiguration: { level: rule.defaultSeverity === 'error' ? ('error' as const) : ('warning' as const) },
    })),
    ...Object.entries(ENGINE_FINDINGS).map(([id, text]) => ({ id, shortDescription: { text }, defaultConfiguration: { level: 'warning' as const } })),
  ];
  const index = new Map(descriptors.map((descriptor, i) => [descriptor.id, i]));
  const results: Result[] = result.findings.map((finding) => ({
    ruleId: finding.ruleId,
    ...(index.has(finding.ruleId) ? { ruleIndex: index.get(finding.ruleId) } : {}),
    level: finding.severity === 'error' ? 'error' : 'warning',
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          // Relative to the project root, which is where code-scanning tools resolve it when the project is the repository.
          artifactLocation: { uri: encodeURI(finding.file) },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            // SARIF regions are end-exclusive like ours; an empty region still needs an end at or after its start.
            endLine: Math.max(finding.endLine, finding.line),
            endColumn: finding.endLine > finding.line ? Math.max(1, finding.endColumn) : Math.max(finding.endColumn, finding.column),
          },
        },
      },
    ],
  }));
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'astro-linkable', version, informationUri: 'https://www.npmjs.com/package/astro-linkable', rules: descriptors } },
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          assets: result.assets.map((asset) => ({ file: asset.file, url: asset.url, type: asset.type, typeSource: asset.typeSource, score: asset.score.total })),
        },
      },
    ],
  };
}

export function formatSarif(result: LintResult): string {
  return `${JSON.stringify(sarifLog(result), null, 2)}\n`;
}
