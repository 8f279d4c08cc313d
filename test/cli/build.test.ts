import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml');
const out = temporaryFolder();
afterAll(() => out.remove());

describe('profiles build', () => {
  it('builds from any working folder, with the project fonts in charts too, and prints a JSON summary', async () => {
    const result = await runCli(['build', '--data', FIXTURE, '--out', out.dir, '--json'], { cwd: tmpdir() });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as {
      counts: { built: number };
      outDir: string;
      outputs: { country: string; lang: string; file: string; pages: number; bytes: number }[];
    };
    expect(summary.counts.built).toBe(2);
    // Paths as seen from the current folder (here the temporary folder that holds --out).
    const outDir = relative(tmpdir(), out.dir);
    expect(summary.outDir).toBe(outDir);
    expect(summary.outputs.map((o) => [o.country, o.lang, o.file])).toEqual([
      ['BVT', 'en', join(outDir, 'en', 'bvt.pdf')],
      ['BVT', 'fr', join(outDir, 'fr', 'bvt.pdf')],
    ]);
    for (const output of summary.outputs) {
      expect(output.pages).toBeGreaterThan(0);
      expect(output.bytes).toBe(readFileSync(resolve(tmpdir(), output.file)).length);
    }
    expect(existsSync(join(out.dir, 'fr', 'charts', 'bvt-gender-all.png'))).toBe(true);
    expect(existsSync(join(out.dir, 'build-summary.json'))).toBe(true);
  });

  it('prints help for every command, and exit code 2 for a wrong command line', async () => {
    for (const command of ['build', 'validate', 'schema']) {
      const help = await runCli([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: profiles ${command}`);
    }
    const unknown = await runCli(['biuld']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean "profiles build"?');
    expect((await runCli(['build', '--nope'])).code).toBe(2);
  });

  it('validate reports errors with file, line and field, as text or JSON', async () => {
    const bad = join(ROOT, 'test', 'fixtures', 'bad', 'unknown-key-typo.yaml');
    const text = await runCli(['validate', bad]);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(
      /unknown-key-typo\.yaml:\d+:1 remitances: unknown field "remitances" \[DATA_UNKNOWN_KEY\]\n {2}hint: did you mean "remittances"\?/,
    );
    const json = await runCli(['validate', bad, '--json']);
    const report = JSON.parse(json.stdout) as { errors: { code: string; path: string; line: number }[] };
    expect(report).toMatchObject({ command: 'validate', ok: false, exitCode: 1 });
    expect(report.errors[0]).toMatchObject({ code: 'DATA_UNKNOWN_KEY', path: 'remitances' });
  });

  it('--compare-to writes the HTML report and prints its path', async () => {
    const dir = temporaryFolder();
    try {
      const data = join(dir.dir, 'data');
      mkdirSync(data);
      const original = readFileSync(FIXTURE, 'utf8');
      writeFileSync(join(data, 'bvt.yaml'), original);
      const before = await runCli(['build', '--data', 'data', '--out', 'old', '--lang', 'en'], { cwd: dir.dir });
      expect(before.code).toBe(0);
      writeFileSync(join(data, 'bvt.yaml'), original.replace('inEu: { value: 900,', 'inEu: { value: 950,'));
      const text = await runCli(['build', '--data', 'data', '--out', 'new', '--lang', 'en', '--compare-to', 'old'], {
        cwd: dir.dir,
      });
      expect(text.code).toBe(0);
      expect(text.stderr).toContain(`report: ${join('new', 'diff', 'report.html')}`);
      expect(readFileSync(join(dir.dir, 'new', 'diff', 'report.html'), 'utf8')).toContain('BVT');
      const json = await runCli(
        ['build', '--data', 'data', '--out', 'new', '--lang', 'en', '--compare-to', 'old', '--json'],
        { cwd: dir.dir },
      );
      const result = JSON.parse(json.stdout) as { comparison: { report: string; changed: boolean } };
      expect(result.comparison).toMatchObject({ report: join('new', 'diff', 'report.html'), changed: true });
    } finally {
      dir.remove();
    }
  });
});
