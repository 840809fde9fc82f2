// The outreach manifest's JSON Schema (shipped in the package), compiled with ajv for the tests that check manifests.
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { OUTREACH_SCHEMA_FILE } from '../../packages/astro-linkable/src/outreach/write-reports.js';

// ajv-formats is CommonJS with a `default` property; under Node's ESM interop the plugin is either the import or its default.
const addFormats = ((formats as unknown as { default?: typeof formats }).default ?? formats) as unknown as (ajv: Ajv2020) => Ajv2020;

export async function compileManifestSchema() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(await readFile(OUTREACH_SCHEMA_FILE, 'utf8')));
}
