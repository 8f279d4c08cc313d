import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { buildOutputSchema, PAYLOADS } from '../../src/cli/jsonOutput.js';
import { runCli } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';
import { copyMali, writeUndesaWorkbook } from '../import/fixtures.js';

const SCHEMA_FILE = join(ROOT, 'docs', 'cli-output.schema.json');
const tmp = temporaryFolder('profiles-json-');
afterAll(() => tmp.remove());
const at = (...parts: string[]) => join(tmp.dir, ...parts);

/** The commands that print with --json, as their help says. */
async function commandsWithJson(): Promise<string[]> {
  const names: string[] = [];
  for (const [name, load] of Object.entries(COMMANDS)) if ((await load()).usage.includes('--json')) names.push(name);
  return names.sort();
}

beforeAll(async () => {
  mkdirSync(at('data'));
  cpSync(join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'), at('data', 'bvt.yaml'));
  mkdirSync(at('mali'));
  copyMali(at('mali'));
  await writeUndesaWorkbook(at('ims.xlsx'), {}, 'openpyxl');
});

/** Runs `profiles …args --json` in the temporary folder; checks the envelope against the committed schema. */
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
async function json(...args: string[]) {
  const result = await runCli([...args, '--json'], { cwd: tmp.dir });
  const envelope = JSON.parse(result.stdout) as Record<string, unknown> & { command: string; exitCode: number };
  expect(validate(envelope), JSON.stringify(validate.errors, null, 2)).toBe(true);
  expect(envelope.exitCode).toBe(result.code);
  expect(envelope.ok).toBe(result.code === 0);
  return envelope;
}

describe('the --json envelope', () => {
  it('is the committed JSON Schema, derived from src/cli/jsonOutput.ts (UPDATE_GOLDEN=1 to refresh)', () => {
    expectGolden(SCHEMA_FILE, `${JSON.stringify(buildOutputSchema(), null, 2)}\n`);
  });

  it('has a payload for every command that takes --json, and no other', async () => {
    expect(Object.keys(PAYLOADS).sort()).toEqual(await commandsWithJson());
  });

  // Each command in turn, in the order a session would use them; paths must open from the current folder.
  const seen = new Set<string>();
  it('build: the outputs, their files as seen from the current folder', async () => {
    const envelope = await json('build', '--lang', 'en');
    seen.add(envelope.command);
    expect(envelope).toMatchObject({ command: 'build', ok: true, outDir: 'output', counts: { built: 1, failed: 0 } });
    const outputs = envelope.outputs as { file: string; html: string | null }[];
    expect(outputs.map((output) => output.file)).toEqual(['output/en/bvt.pdf']);
    expect(outputs.map((output) => output.html)).toEqual([null]);
    for (const output of outputs) expect(existsSync(resolve(tmp.dir, output.file))).toBe(true);
  });

  it('build with the web edition: its page listed beside the PDF', async () => {
    const envelope = await json('build', '--lang', 'en', '--format', 'pdf,html', '--out', 'web');
    const outputs = envelope.outputs as { file: string; html: string | null }[];
    expect(outputs.map((output) => [output.file, output.html])).toEqual([['web/en/bvt.pdf', 'web/en/bvt.html']]);
    expect(existsSync(resolve(tmp.dir, 'web', 'en', 'bvt.html'))).toBe(true);
  });

  it('build elsewhere: paths outside the current folder are absolute', async () => {
    const other = temporaryFolder('profiles-json-out-');
    try {
      const envelope = await json('build', '--lang', 'en', '--out', other.dir);
      expect(envelope.outDir).toBe(other.dir);
      expect((envelope.outputs as { file: string }[])[0]!.file).toBe(join(other.dir, 'en', 'bvt.pdf'));
    } finally {
      other.remove();
    }
  });

  it('validate and check: errors and warnings in the same shape', async () => {
    const bad = join(ROOT, 'test', 'fixtures', 'bad', 'unknown-key-typo.yaml');
    const validated = await json('validate', 'data', bad);
    seen.add(validated.command);
    expect(validated.files).toEqual(['data/bvt.yaml', bad]);
    expect(validated.errors).toEqual([
      expect.objectContaining({ code: 'DATA_UNKNOWN_KEY', severity: 'error', file: bad, path: 'remitances' }),
    ]);
    const checked = await json('check', '--data', 'mali');
    seen.add(checked.command);
    expect(checked).toMatchObject({ command: 'check', files: ['mali/mli.yaml'], countries: ['MLI'] });
    for (const warning of checked.warnings as { file: string; severity: string }[]) {
      expect(warning).toMatchObject({ file: 'mali/mli.yaml', severity: 'warning' });
    }
  });

  it('import: the report of a dry run, data files as seen from here', async () => {
    const envelope = await json('import', 'undesa', 'ims.xlsx', '--data', 'mali', '--dry-run', '--date', '2026-05-04');
    seen.add(envelope.command);
    expect(envelope).toMatchObject({ command: 'import', dataset: 'undesa', inputs: ['ims.xlsx'], dryRun: true });
    expect((envelope.countries as { file: string }[])[0]!.file).toBe('mali/mli.yaml');
  });

  it('preview and diff: what they wrote, openable from here', async () => {
    const preview = await json('preview', '--dpi', '24');
    seen.add(preview.command);
    const [record] = preview.outputs as { contactSheet: string; pages: string[] }[];
    expect(record!.contactSheet).toBe('output/preview/en/bvt/contact-sheet.png');
    for (const file of [record!.contactSheet, ...record!.pages]) expect(existsSync(resolve(tmp.dir, file))).toBe(true);
    const diff = await json('diff', 'output', 'output', '--dpi', '24', '--out', 'report');
    seen.add(diff.command);
    expect(diff).toMatchObject({ command: 'diff', changed: false, outDir: 'report', report: 'report/report.html' });
    expect(existsSync(resolve(tmp.dir, diff.report as string))).toBe(true);
  });

  it('schema: the file written or checked', async () => {
    const envelope = await json('schema', '--check');
    seen.add(envelope.command);
    expect(envelope).toMatchObject({
      command: 'schema',
      ok: false,
      upToDate: false,
      outputs: ['data/profile.schema.json'],
    });
  });

  it('a command that cannot start keeps the envelope: command, ok, exitCode, errors', async () => {
    const usage = await json('build', '--langg', 'fr');
    expect(usage).toEqual({
      command: 'build',
      ok: false,
      exitCode: 2,
      errors: [
        expect.objectContaining({
          code: 'USAGE_UNKNOWN_OPTION',
          hints: expect.arrayContaining(['did you mean --lang?']),
        }),
      ],
      warnings: [],
    });
    const noData = await json('build', '--data', 'nowhere');
    expect(noData).toMatchObject({ command: 'build', ok: false, exitCode: 1 });
    expect(await json('biuld')).toMatchObject({ command: 'biuld', exitCode: 2 });
  });

  it('new: the data file created and the texts to write', async () => {
    const envelope = await json('new', 'HMD', '--data', 'drafts');
    seen.add(envelope.command);
    expect(envelope).toMatchObject({ command: 'new', ok: true, file: 'drafts/hmd.yaml', imported: [], filled: [] });
    expect(existsSync(resolve(tmp.dir, envelope.file as string))).toBe(true);
    expect((envelope.drafts as string[]).length).toBeGreaterThan(0);
  });

  it('add-language: refused for a language that exists (the tool’s own locales are never written here)', async () => {
    const envelope = await json('add-language', 'fr');
    seen.add(envelope.command);
    expect(envelope).toMatchObject({ command: 'add-language', ok: false, exitCode: 1 });
    expect(envelope.errors).toEqual([expect.objectContaining({ code: 'LANGUAGE_EXISTS' })]);
  });

  it('translate: the XLIFF written, openable from here', async () => {
    const envelope = await json('translate', 'export', '--lang', 'en', '--from', 'fr');
    seen.add(envelope.command);
    expect(envelope).toMatchObject({ command: 'translate', ok: true, action: 'export', file: 'translations/en.xlf' });
    expect(existsSync(resolve(tmp.dir, envelope.file as string))).toBe(true);
  });

  it('every command with --json was run above', async () => {
    expect([...seen].sort()).toEqual(await commandsWithJson());
  });
});
