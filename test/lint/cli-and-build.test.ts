// End to end: a real fixture build prints findings, writes lint.json and lint.sarif, and fails per failOn after
// the other features ran; the `astro-linkable` command, spawned like a user would, agrees with the build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, createFixtureRoot, type FixtureResult } from '../helpers/fixture.js';
import { runProbed } from '../helpers/exit-probe.js';

const cli = fileURLToPath(new URL('../../packages/astro-linkable/dist/bin.js', import.meta.url));
const env = { SOURCE_DATE_EPOCH: '1780000000' };
const fixtureConfig = fileURLToPath(new URL('../fixtures/lint/astro.config.mjs', import.meta.url));

function run(args: string[], extraEnv: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, ...env, ...extraEnv, GITHUB_ACTIONS: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let build: FixtureResult;
let failing: FixtureResult;
let broken: string;

beforeAll(async () => {
  const { linkableOptions } = (await import(fixtureConfig)) as { linkableOptions: Record<string, unknown> };
  build = await buildFixture({ fixture: 'lint', linkable: linkableOptions, env: { ...env, GITHUB_ACTIONS: 'true' } });
  failing = await buildFixture({ fixture: 'lint', linkable: { ...linkableOptions, failOn: 'warn' }, env });
  broken = await createFixtureRoot({ fixture: 'lint', files: { 'src/content/articles/broken.mdx': '---\ntitle: Broken\n---\n\n<Chart data="x">\n' } });
});

afterAll(async () => {
  await build?.remove();
  await failing?.remove();
  if (broken) await rm(broken, { recursive: true, force: true });
});

describe('astro build', () => {
  it('prints findings grouped by file, then the summary, and GitHub annotations in Actions', () => {
    expect(build.error).toBeUndefined();
    expect(build.logs).toMatch(/src\/content\/articles\/meeting-statistics\.md:8:49 {2}warn {3}Statistic "71%" has no source\. .+ {2}statistic-needs-source/);
    expect(build.logs.split('0 errors, 8 warnings in 2 files.')).toHaveLength(2);
    expect(build.logs).toMatch(/ 64\/100 {2}src\/content\/articles\/remote-work-survey\.md {2}original-research/);
    expect(build.logs).toMatch(/^::warning file=src\/content\/articles\/remote-work-survey\.md,line=15,col=52,endLine=15,endColumn=92,title=citation-insecure::Citation link/m);
  });

  it('writes lint.json and lint.sarif to the report directory, outside the deployed output', async () => {
    const report = JSON.parse(await build.readFromRoot('linkable-report/lint.json'));
    expect(report.summary).toEqual({ errors: 0, warnings: 8, files: 2, assets: 2 });
    expect(report.assets.map((asset: { file: string; type: string; typeSource: string; score: number }) => [asset.file, asset.type, asset.typeSource, asset.score])).toEqual([
      ['src/content/articles/meeting-statistics.md', 'statistics', 'frontmatter', 39],
      ['src/content/articles/remote-work-survey.md', 'original-research', 'frontmatter', 64],
    ]);
    const sarif = JSON.parse(await build.readFromRoot('linkable-report/lint.sarif'));
    expect(sarif.runs[0].results).toHaveLength(8);
    expect(existsSync(path.join(build.outDir, 'linkable-report'))).toBe(false);
  });

  it('fails per failOn with a clear message, after the pages and reports were written', async () => {
    expect(failing.error?.message).toMatch(/^astro-linkable: the build failed because the linkability linter found 0 error\(s\) and 8 warning\(s\) \(failOn: "warn"\)\. The full list is in linkable-report\/lint\.json\./);
    // Everything else was written first: pages, share cards, the outreach manifest, the lint reports.
    expect(failing.exists('articles/remote-work-survey/index.html')).toBe(true);
    expect(existsSync(path.join(failing.root, 'linkable-report/lint.json'))).toBe(true);
    expect(existsSync(path.join(failing.root, 'linkable-report/outreach.json'))).toBe(true);
  });
});

describe('astro-linkable lint', () => {
  it('prints exactly lint.json with --format json, and exits 0 below failOn', async () => {
    const result = run(['lint', '--root', build.root, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(await build.readFromRoot('linkable-report/lint.json'));
  });

  it('prints findings and the summary in the pretty format, SARIF and annotations on request', () => {
    const pretty = run(['lint', '--root', build.root]);
    expect(pretty.stdout).toContain('0 errors, 8 warnings in 2 files.');
    expect(pretty.stdout).toContain('  src/content/articles/meeting-statistics.md:13:10  warn   Statistic "37%" is from 2019');
    expect(JSON.parse(run(['lint', '--root', build.root, '--format', 'sarif']).stdout).version).toBe('2.1.0');
    const github = run(['lint', '--root', build.root, '--format', 'github']).stdout.trim().split('\n');
    expect(github).toHaveLength(8);
    expect(github.every((line) => line.startsWith('::warning file=src/content/articles/'))).toBe(true);
  });

  it('lints only the files and folders named (as a pre-commit hook passes them), with the same findings', async () => {
    const full = JSON.parse(await build.readFromRoot('linkable-report/lint.json'));
    const file = 'src/content/articles/meeting-statistics.md';
    const one = run(['lint', '--root', build.root, '--format', 'json', path.join(build.root, file)]);
    expect([one.code, one.stderr]).toEqual([0, '']);
    const report = JSON.parse(one.stdout);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings).toEqual(full.findings.filter((finding: { file: string }) => finding.file === file));
    expect(report.assets.map((asset: { file: string }) => asset.file)).toEqual([file]);

    // A folder selects the sources inside it; the site root, all of them.
    expect(JSON.parse(run(['lint', '--root', build.root, '--format', 'json', path.join(build.root, 'src/content/articles')]).stdout)).toEqual(full);
    expect(JSON.parse(run(['lint', '--root', build.root, '--format', 'json', build.root]).stdout)).toEqual(full);

    // A file the options do not lint is named on stderr and skipped; a path that does not exist is a usage error.
    const skipped = run(['lint', '--root', build.root, '--format', 'json', path.join(build.root, 'astro.config.mjs'), path.join(build.root, file)]);
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toBe(`astro-linkable: not linted: ${path.join(build.root, 'astro.config.mjs')} (no Markdown or MDX source the site's include and exclude options select)\n`);
    expect(JSON.parse(skipped.stdout).findings).toEqual(report.findings);
    const missing = run(['lint', '--root', build.root, 'no-such-page.md']);
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([2, 'astro-linkable: No such file or folder: no-such-page.md']);
  });

  it('exits 1 when findings reach failOn or warnings exceed --max-warnings', () => {
    expect(run(['lint', '--root', build.root, '--max-warnings', '8']).code).toBe(0);
    const tooMany = run(['lint', '--root', build.root, '--max-warnings', '7']);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stdout).toContain('Too many warnings (8, --max-warnings 7).');
    // A source that does not parse is an error, which reaches the default failOn.
    expect(run(['lint', '--root', broken]).code).toBe(1);
  });

  it('lints a small site without restarting Node: the restart pays only where threads parse (see the threads tests)', () => {
    const small = runProbed(['lint', '--root', broken, '--format', 'json']);
    expect(small.exit).toMatchObject({ pid: small.pid, execArgv: [], code: 1 });
    expect(small.code).toBe(1);
    expect(JSON.parse(small.stdout).summary.errors).toBeGreaterThan(0);
  });

  it('prints contributor registry problems to stderr, leaving stdout exactly the report', async () => {
    const root = await createFixtureRoot({
      fixture: 'lint',
      files: {
        'astro.config.mjs': readFileSync(fixtureConfig, 'utf8').replace('minScore: 40,', "minScore: 40, contributors: { file: 'contributors.yaml' },"),
        'contributors.yaml': '- id: dana\n  name: Dana Whitcombe\n- id: dana\n  name: Dana Again\n',
      },
    });
    const result = run(['lint', '--root', root, '--format', 'json']);
    await rm(root, { recursive: true, force: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('astro-linkable: problems in the contributor registry');
    expect(result.stderr).toMatch(/contributors\.yaml:3:1 +warn +Contributor id "dana" is already used by contributors\.yaml:1; this entry is ignored\. +contributor-invalid/);
    expect(JSON.parse(result.stdout).summary).toEqual({ errors: 0, warnings: 8, files: 2, assets: 2 });
  });

  it('exits 2 on a usage or configuration error, with a message saying what was expected', async () => {
    const badFormat = run(['lint', '--root', build.root, '--format', 'xml']);
    expect([badFormat.code, badFormat.stderr.split('\n')[0]]).toEqual([2, 'astro-linkable: --format must be one of pretty, json, sarif, github (got "xml").']);
    expect(run(['lint', '--max-warnings', 'many']).code).toBe(2);
    expect(run(['check']).stderr).toContain('Unknown command "check".');
    const missing = run(['lint', '--root', '/nonexistent/site']);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('No Astro config in /nonexistent/site')]);

    const root = await createFixtureRoot({
      fixture: 'lint',
      files: { 'astro.config.mjs': readFileSync(fixtureConfig, 'utf8').replace("'asset-title-length'", "'asset-title-lenght'") },
    });
    const badOptions = run(['lint', '--root', root]);
    await rm(root, { recursive: true, force: true });
    expect(badOptions.code).toBe(2);
    expect(badOptions.stderr).toContain('"rules.asset-title-lenght": unknown rule id (did you mean "asset-title-length"?)');
    expect(run(['--help']).code).toBe(0);
  });
});
