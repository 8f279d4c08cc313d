import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/command.js';
import { check } from '../../src/cli/commands/check.js';
import { diff } from '../../src/cli/commands/diff.js';
import { importCommand } from '../../src/cli/commands/import.js';
import { validate } from '../../src/cli/commands/validate.js';
import { detectTerminal } from '../../src/cli/terminal.js';
import { ProfileError } from '../../src/errors/index.js';
import { runCli } from '../helpers/cli.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';
import { thrown } from '../helpers/thrown.js';
import { copyMali, worldBankRows, writeUndesaWorkbook, writeWorldBankCsv } from '../import/fixtures.js';

const MAIN = join(ROOT, 'dist', 'cli', 'main.js');
const tmp = temporaryFolder('profiles-cli-');
afterAll(() => tmp.remove());
const at = (...parts: string[]) => join(tmp.dir, ...parts);

beforeAll(() => {
  mkdirSync(at('data'));
  const bvt = readFileSync(join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'), 'utf8');
  writeFileSync(at('data', 'bvt.yaml'), bvt);
  // A second fictional country, so that batches have something left to stop before.
  writeFileSync(at('data', 'hmd.yaml'), bvt.replace(/^country: BVT$/m, 'country: HMD'));
});

describe('version and help', () => {
  it('--version and -V print the version of the package', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const result = await runCli([flag]);
      expect([result.code, result.stdout]).toEqual([0, `profiles ${version}\n`]);
    }
  });

  it('profiles help COMMAND prints the options of that command', async () => {
    const help = await runCli(['help', 'import']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: profiles import undesa/);
    const typo = await runCli(['help', 'imprt']);
    expect([typo.code, typo.stderr]).toEqual([
      2,
      'error: unknown command "imprt" [USAGE_UNKNOWN_COMMAND]\n  hint: did you mean "profiles import"?\n',
    ]);
  });
});

describe('wrong options', () => {
  it.each([
    [
      ['build', '--langg', 'fr'],
      'error: unknown option --langg for "profiles build" [USAGE_UNKNOWN_OPTION]\n  hint: did you mean --lang?\n  hint: run "profiles build --help" for the options\n',
    ],
    [
      ['preview', '-x'],
      'error: unknown option -x for "profiles preview" [USAGE_UNKNOWN_OPTION]\n  hint: run "profiles preview --help" for the options\n',
    ],
    [
      ['build', '--out'],
      'error: the option --out needs a value [USAGE_MISSING_VALUE]\n  hint: write it as --out VALUE or --out=VALUE; run "profiles build --help" for the options\n',
    ],
    [
      ['check', '--data', '--strict'],
      'error: the option --data needs a value [USAGE_MISSING_VALUE]\n  hint: write it as --data VALUE or --data=VALUE; run "profiles check --help" for the options\n',
    ],
    [
      ['validate', '--strict=yes'],
      'error: the option --strict takes no value, got "yes" [USAGE_UNEXPECTED_VALUE]\n  hint: write --strict alone; run "profiles validate --help" for the options\n',
    ],
  ])('%j is answered in the catalogue’s words, exit code 2', async (args, message) => {
    const result = await runCli(args);
    expect([result.code, result.stderr]).toEqual([2, message]);
  });
});

describe('colour', () => {
  it('is used only on a terminal, and never with NO_COLOR, --no-color, TERM=dumb or CI', () => {
    const tty = { TERM: 'xterm-256color' };
    expect(detectTerminal(true, tty, false)).toEqual({ interactive: true, colour: true });
    expect(detectTerminal(false, tty, false)).toEqual({ interactive: false, colour: false });
    expect(detectTerminal(true, { ...tty, NO_COLOR: '1' }, false)).toEqual({ interactive: true, colour: false });
    expect(detectTerminal(true, { ...tty, NO_COLOR: '' }, false)).toEqual({ interactive: true, colour: true });
    expect(detectTerminal(true, tty, true)).toEqual({ interactive: true, colour: false });
    expect(detectTerminal(true, { TERM: 'dumb' }, false)).toEqual({ interactive: false, colour: false });
    expect(detectTerminal(true, { ...tty, CI: 'true' }, false)).toEqual({ interactive: false, colour: false });
    expect(detectTerminal(true, { ...tty, CI: 'false' }, false)).toEqual({ interactive: true, colour: true });
  });

  it('reaches a real terminal only when allowed (run under script(1), which gives it a pseudo-terminal)', async () => {
    const onTerminal = async (env: Record<string, string>, ...args: string[]) => {
      const command = [process.execPath, MAIN, 'build', '--langg', ...args].map((part) => `'${part}'`).join(' ');
      const { PATH, HOME } = process.env;
      const { stdout } = await promisify(execFile)('script', ['-qec', command, '/dev/null'], {
        env: { PATH: PATH ?? '', HOME: HOME ?? '', TERM: 'xterm', ...env },
      }).catch((error: { stdout: string }) => error);
      return stdout;
    };
    const red = '\u001b[31m';
    expect(await onTerminal({})).toContain(`${red}error:`);
    expect(await onTerminal({ NO_COLOR: '1' })).not.toContain('\u001b[');
    expect(await onTerminal({}, '--no-color')).not.toContain('\u001b[');
    expect(await onTerminal({ TERM: 'dumb' })).not.toContain('\u001b[');
    expect(await onTerminal({ CI: 'true' })).not.toContain('\u001b[');
  });
});

describe('paths in messages', () => {
  const bad = join(ROOT, 'test', 'fixtures', 'bad', 'unknown-key-typo.yaml');

  it('are relative to the current folder inside it, absolute outside it', async () => {
    mkdirSync(at('sub', 'deeper'), { recursive: true });
    cpSync(bad, at('sub', 'deeper', 'bad.yaml'));
    const inside = await runCli(['validate', 'deeper/bad.yaml'], { cwd: at('sub') });
    expect(inside.stderr).toMatch(/^error: deeper\/bad\.yaml:\d+:1 remitances: unknown field/);
    const outside = await runCli(['validate', bad], { cwd: at('sub') });
    expect(outside.stderr).toMatch(new RegExp(`^error: ${bad.replaceAll('.', '\\.')}:\\d+:1 remitances`));
    const above = await runCli(['validate', '../deeper/bad.yaml'], { cwd: at('sub', 'deeper') });
    expect(above.stderr).toMatch(/^error: bad\.yaml:\d+:1/);
    // Folders named inside a message too.
    const missing = await runCli(['build', '--data', 'nowhere'], { cwd: at('sub') });
    expect(missing.stderr.split('\n')[0]).toBe('error: nowhere: no country data file found in nowhere [BUILD_NO_DATA]');
  });
});

describe('Ctrl-C', () => {
  const context = (signal: AbortSignal): CommandContext => ({
    projectRoot: ROOT,
    cwd: tmp.dir,
    stdout: () => {},
    stderr: () => {},
    isTerminal: false,
    signal,
  });

  it('stops a batch of previews between two PDFs with exit code 130', async () => {
    const built = await runCli(['build'], { cwd: tmp.dir });
    expect(built.code).toBe(0);
    let stopped = false;
    const result = await runCli(['preview', '--dpi', '150'], {
      cwd: tmp.dir,
      onStart: (child) =>
        child.stderr?.on('data', (chunk: Buffer) => {
          if (!stopped && chunk.toString().includes('preview BVT en')) {
            stopped = true;
            child.kill('SIGINT');
          }
        }),
    });
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('SIGINT: stopping at the next safe point');
    expect(result.stderr).toMatch(/the preview was stopped \(Ctrl-C\) after [12] of 4 PDF\(s\)/);
    const sheets = ['en', 'fr'].flatMap((lang) =>
      ['bvt', 'hmd'].filter((code) => existsSync(at('output', 'preview', lang, code, 'contact-sheet.png'))),
    );
    expect(sheets.length).toBeLessThan(4);
    const comparison = await thrown(ProfileError, () => diff.run(['output', 'output'], context(AbortSignal.abort())));
    expect(comparison.message).toBe(
      'the comparison was stopped (Ctrl-C) after 0 of 4 profile(s); no report was written',
    );
  });

  it('stops validate, check and import at their next file, writing nothing more', async () => {
    const stopped = AbortSignal.abort();
    for (const [command, args] of [
      [validate, []],
      [check, []],
    ] as const) {
      const error = await thrown(ProfileError, () => command.run(args, context(stopped)));
      expect(error.code).toBe('COMMAND_INTERRUPTED');
    }
    mkdirSync(at('mali'));
    copyMali(at('mali'));
    await writeUndesaWorkbook(at('ims.xlsx'));
    const before = readFileSync(at('mali', 'mli.yaml'), 'utf8');
    const error = await thrown(ProfileError, () =>
      importCommand.run(['undesa', 'ims.xlsx', '--data', 'mali'], context(stopped)),
    );
    expect(error.format().split('\n')[0]).toBe(
      'the import was stopped (Ctrl-C) while reading ims.xlsx; no data file was changed [COMMAND_INTERRUPTED]',
    );
    writeWorldBankCsv(at('gdp.csv'), 'NY.GDP.MKTP.CD', worldBankRows('NY.GDP.MKTP.CD'));
    const afterReading = await thrown(ProfileError, () =>
      importCommand.run(['worldbank', 'gdp.csv', '--data', 'mali'], context(stopped)),
    );
    expect(afterReading.message).toBe(
      'the import was stopped (Ctrl-C) after reading the datasets; no data file was changed',
    );
    expect(readFileSync(at('mali', 'mli.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(at('mali'))).toEqual(['mli.yaml']);
  });
});
