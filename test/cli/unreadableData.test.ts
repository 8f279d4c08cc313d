import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';

/**
 * A data folder where every other "file" is one that cannot be a profile: a folder, a named pipe,
 * a dangling link, a link to /dev/zero, Latin-1 bytes, an alias bomb. Each is a located error for
 * that file alone; the Mali profile beside them still builds, and nothing hangs or crashes (exit 70).
 */
const work = temporaryFolder();
const data = join(work.dir, 'data');
afterAll(() => work.remove());

beforeAll(() => {
  mkdirSync(data);
  copyFileSync(join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'), join(data, 'bvt.yaml'));
  mkdirSync(join(data, 'sen.yaml'));
  execFileSync('mkfifo', [join(data, 'bfa.yaml')]);
  symlinkSync(join(data, 'gone.yaml'), join(data, 'civ.yaml'));
  symlinkSync('/dev/zero', join(data, 'gha.yaml'));
  writeFileSync(join(data, 'ner.yaml'), Buffer.from('country: NER\nterminology:\n  fr: R\xe9publique\n', 'latin1'));
  copyFileSync(join(ROOT, 'test', 'fixtures', 'bad', 'alias-bomb.yaml'), join(data, 'tgo.yaml'));
});

interface ErrorJson {
  code: string;
  file: string;
  line: number | null;
}

const expected = [
  ['BFA', 'DATA_NOT_A_FILE'],
  ['CIV', 'DATA_UNREADABLE'],
  ['GHA', 'DATA_NOT_A_FILE'],
  ['NER', 'DATA_ENCODING'],
  ['SEN', 'DATA_NOT_A_FILE'],
  ['TGO', 'DATA_TOO_MANY_ALIASES'],
];

describe('data files that cannot be read', () => {
  it('do not stop the build of another country', async () => {
    const out = join(work.dir, 'one');
    const result = await runCli(['build', 'BVT', '--lang', 'fr', '--data', data, '--out', out, '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).counts).toMatchObject({ built: 1, failed: 0 });
    expect(existsSync(join(out, 'fr', 'bvt.pdf'))).toBe(true);
  });

  it('fail their own country alone, each with a located error, in a batch', async () => {
    const out = join(work.dir, 'all');
    const result = await runCli(['build', '--lang', 'fr', '--data', data, '--out', out, '--json']);
    expect(result.code, result.stderr).toBe(1);
    const summary = JSON.parse(result.stdout) as {
      counts: { built: number; failed: number };
      outputs: { country: string; status: string }[];
      errors: ErrorJson[];
    };
    expect(summary.counts).toMatchObject({ built: 1, failed: 6 });
    expect(summary.outputs.find((o) => o.country === 'BVT')?.status).toBe('built');
    for (const [country, code] of expected) {
      const error = summary.errors.find((e) => e.file.endsWith(`${country!.toLowerCase()}.yaml`));
      expect(error?.code, `${country}: ${JSON.stringify(summary.errors)}`).toBe(code);
    }
    expect(summary.errors.find((e) => e.code === 'DATA_ENCODING')?.line).toBe(3);
  });

  it('are reported by validate, one error each', async () => {
    const result = await runCli(['validate', data, '--json']);
    expect(result.code, result.stderr).toBe(1);
    const errors = (JSON.parse(result.stdout) as { errors: ErrorJson[] }).errors;
    expect(errors.map((e) => [e.file.slice(-8, -5).toUpperCase(), e.code])).toEqual(expected);
  });
});
