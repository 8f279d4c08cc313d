import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('--strict passes on Mali, whose one finding is acknowledged, and lists it in the summary', async () => {
    const dir = temporaryFolder();
    try {
      const json = await runCli(
        ['build', '--data', join(ROOT, 'data', 'mli.yaml'), '--out', dir.dir, '--lang', 'en', '--strict', '--json'],
        { cwd: dir.dir },
      );
      expect(json.code).toBe(0);
      const result = JSON.parse(json.stdout) as {
        warnings: unknown[];
        acknowledged: { code: string; path: string; acknowledgement: { by: string } }[];
      };
      expect(result.warnings).toEqual([]);
      expect(result.acknowledged.map((entry) => [entry.code, entry.path])).toEqual([
        ['CHECK_REMITTANCES_SHARE', 'remittances.shareOfGdp.value'],
      ]);
      const summary = JSON.parse(readFileSync(join(dir.dir, 'build-summary.json'), 'utf8')) as { acknowledged: number };
      expect(summary.acknowledged).toBe(1);
      // unchanged the second time: still listed, from the cache
      const text = await runCli(
        ['build', '--data', join(ROOT, 'data', 'mli.yaml'), '--out', dir.dir, '--lang', 'en', '--strict'],
        { cwd: dir.dir },
      );
      expect(text.code).toBe(0);
      expect(text.stderr).toMatch(
        /^acknowledged: .*mli\.yaml:31 remittances\.shareOfGdp\.value \[CHECK_REMITTANCES_SHARE\]/m,
      );
      expect(text.stderr).toMatch(/0 built, 1 unchanged, 0 failed, 0 warning\(s\), 1 acknowledged/);
    } finally {
      dir.remove();
    }
  });

  it('lists the outputs of a country whose data file is gone, and --prune removes them', async () => {
    const dir = temporaryFolder();
    try {
      const data = join(dir.dir, 'data');
      mkdirSync(data);
      const bvt = readFileSync(FIXTURE, 'utf8');
      writeFileSync(join(data, 'bvt.yaml'), bvt);
      writeFileSync(join(data, 'hmd.yaml'), bvt.replace(/^country: BVT$/m, 'country: HMD'));
      const built = await runCli(['build', '--data', 'data', '--lang', 'en', '--format', 'pdf,html'], { cwd: dir.dir });
      expect(built.code).toBe(0);
      rmSync(join(data, 'hmd.yaml'));
      const listed = await runCli(['build', '--data', 'data', '--lang', 'en', '--json'], { cwd: dir.dir });
      const result = JSON.parse(listed.stdout) as { stale: string[]; pruned: boolean };
      expect(result.pruned).toBe(false);
      expect(result.stale).toContain(join('output', 'en', 'hmd.pdf'));
      expect(result.stale).toContain(join('output', 'en', 'hmd.html'));
      expect(result.stale).toContain(join('output', 'en', 'charts', 'hmd-gender-all.png'));
      expect(result.stale.every((file) => /hmd/.test(file))).toBe(true);
      expect(existsSync(join(dir.dir, 'output', 'en', 'hmd.pdf'))).toBe(true);
      const pruned = await runCli(['build', '--data', 'data', '--lang', 'en', '--prune'], { cwd: dir.dir });
      expect(pruned.stderr).toMatch(/removed \d+ output\(s\) of HMD, which no longer have a data file/);
      expect(existsSync(join(dir.dir, 'output', 'en', 'hmd.pdf'))).toBe(false);
      expect(existsSync(join(dir.dir, 'output', 'en', 'hmd.html'))).toBe(false);
      expect(existsSync(join(dir.dir, 'output', 'en', 'index.html'))).toBe(true);
      expect(existsSync(join(dir.dir, 'output', 'en', 'bvt.pdf'))).toBe(true);
      const again = JSON.parse(
        (await runCli(['build', '--data', 'data', '--lang', 'en', '--json'], { cwd: dir.dir })).stdout,
      ) as { stale: string[] };
      expect(again.stale).toEqual([]);
    } finally {
      dir.remove();
    }
  });
});
