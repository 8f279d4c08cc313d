import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/command.js';
import { check } from '../../src/cli/commands/check.js';
import { ProfileError } from '../../src/errors/index.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';

const mali = readFileSync(join(ROOT, 'data', 'mli.yaml'), 'utf8');
const tmp = temporaryFolder('profiles-check-');
const data = join(tmp.dir, 'data');
const as = (country: string, text = mali) => text.replace(/^country: MLI$/m, `country: ${country}`);
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

// CMR: schema errors (a text missing in English, a link that is not a web address).
const cameroon = as('CMR')
  .replace('      en: National Consultation Framework for Malians Abroad.\n', '')
  .replace('url: https://www.refworld.org/docid/48ee15a12.html', 'url: www.refworld.org/docid/48ee15a12.html');
// GIN: a footnote defined but never referenced.
const guinea = as('GIN').replaceAll('[^ponam]', '');

beforeAll(() => {
  mkdirSync(data);
  writeFileSync(join(data, 'mli.yaml'), mali);
  writeFileSync(join(data, 'sen.yaml'), as('SEN'));
  writeFileSync(join(data, 'cmr.yaml'), cameroon);
  writeFileSync(join(data, 'gin.yaml'), guinea);
});
afterAll(() => tmp.remove());

/** Runs `profiles check …` from the temporary folder. */
async function profiles(...args: string[]) {
  return profilesIn(tmp.dir, ...args);
}

async function profilesIn(cwd: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const context: CommandContext = {
    projectRoot: ROOT,
    cwd,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    isTerminal: false,
  };
  const code = await check.run(args, context);
  const shown = (lines: string[]) => lines.join('\n').replaceAll(tmp.dir, '<tmp>');
  return { code, out: shown(out), err: shown(err) };
}

describe('profiles check', () => {
  it('lists the published data’s one finding as acknowledged: no warning, exit code 0 even with --strict', async () => {
    const { code, err } = await profilesIn(ROOT);
    expect(code).toBe(0);
    expect(err.split('\n')).toEqual([
      'acknowledged: data/mli.yaml:31 remittances.shareOfGdp.value [CHECK_REMITTANCES_SHARE], checked by diaspora-profiles editors (issue 13) on 2026-12-02: 0.78 % is the share printed in the published edition; kept as published until the authors confirm it (1,867 / 20,661.8 million USD from the same WDI release gives 9.04 %).',
      '1 file(s) checked: 0 error(s), 0 warning(s), 1 acknowledged',
    ]);
    expect((await profilesIn(ROOT, '--strict')).code).toBe(0);
  });

  it('brings an acknowledged finding back when a figure it covers changes, and says so', async () => {
    const dir = join(tmp.dir, 'lapsed');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(
      join(dir, 'data', 'mli.yaml'),
      mali.replace('usdMillions: { value: 1867,', 'usdMillions: { value: 1870,'),
    );
    const { code, err } = await profilesIn(dir, '--strict');
    expect(code).toBe(1);
    const lines = err.split('\n');
    expect(lines[0]).toBe(
      'warning: data/mli.yaml:31:24 remittances.shareOfGdp.value: remittances are given as 0.78 % of GDP, but 1,870 / 20,661.8 million USD = 9.05 % [CHECK_REMITTANCES_SHARE]',
    );
    expect(lines[1]).toMatch(
      /^ {2}hint: acknowledged by diaspora-profiles editors \(issue 13\) on 2026-12-02, but the figures it covers changed since \(fingerprint f3905c70dbd3, now [0-9a-f]{12}\): check them again, then update the fingerprint$/,
    );
    expect(lines[2]).toMatch(
      /^ {2}hint: checked and right\? add under "acknowledged:" in the data file: - \{ code: CHECK_REMITTANCES_SHARE, field: remittances.shareOfGdp.value, fingerprint: [0-9a-f]{12}, reason: "…", by: "…", date: YYYY-MM-DD \}$/,
    );
    expect(lines.at(-1)).toBe('1 file(s) checked: 0 error(s), 1 warning(s)');
  });

  it('prints loader errors and findings of every file as JSON, in the same shape', async () => {
    const { code, out } = await profiles('--data', 'data', '--json');
    expect(code).toBe(1);
    const result = JSON.parse(out) as {
      errors: Record<string, unknown>[];
      warnings: Record<string, unknown>[];
      acknowledged: { code: string; file: string; acknowledgement: { fingerprint: string } }[];
    };
    // Mali's remittance share is acknowledged in its data file, and so in SEN's, a copy of it.
    expect(
      result.acknowledged.map((entry) => `${entry.code} ${entry.file} ${entry.acknowledgement.fingerprint}`),
    ).toEqual([
      'CHECK_REMITTANCES_SHARE data/mli.yaml f3905c70dbd3',
      'CHECK_REMITTANCES_SHARE data/sen.yaml f3905c70dbd3',
    ]);
    const entries = [...result.errors, ...result.warnings];
    for (const entry of entries) {
      expect(Object.keys(entry)).toEqual([
        'code',
        'severity',
        'stage',
        'file',
        'path',
        'line',
        'column',
        'message',
        'hints',
      ]);
    }
    expect(
      entries.map(
        ({ code: c, file, path, line, severity }) => `${severity} ${c} ${String(file)}:${String(line)} ${String(path)}`,
      ),
    ).toEqual([
      `error DATA_MISSING_LANGUAGE data/cmr.yaml:${lineOf(cameroon, 'fr: Cadre national')} policyFramework[0].title.en`,
      `error DATA_BAD_VALUE data/cmr.yaml:${lineOf(cameroon, 'url: www.')} footnotes.nationality-code.url`,
      `error DATA_UNUSED_FOOTNOTE data/gin.yaml:${lineOf(guinea, '  ponam:')} footnotes.ponam`,
      'warning CHECK_FIGURES_IDENTICAL data/mli.yaml:31 remittances.shareOfGdp.value',
      'warning CHECK_FIGURES_IDENTICAL data/sen.yaml:31 remittances.shareOfGdp.value',
    ]);
    const unused = entries.find((entry) => entry.code === 'DATA_UNUSED_FOOTNOTE');
    expect(unused).toMatchObject({
      message: 'the footnote "ponam" is defined but never referenced',
      hints: ['reference it in a text with [^ponam], or delete it'],
      severity: 'error',
    });
  });

  it('reports on the countries asked for, checked against all the others', async () => {
    const { code, out } = await profiles('sen', '--data', 'data', '--json');
    expect(code).toBe(0);
    const { warnings } = JSON.parse(out) as { warnings: { code: string; message: string }[] };
    expect(warnings.map((entry) => `${entry.code}: ${entry.message}`)).toEqual([
      'CHECK_FIGURES_IDENTICAL: all 9 figures of this profile are identical to those of MLI (data/mli.yaml)',
    ]);
  });

  it('says which country has no data file, and refuses a wrong --edition', async () => {
    const error = async (...args: string[]) => {
      try {
        await profiles(...args);
      } catch (caught) {
        if (caught instanceof ProfileError) return caught.format();
        throw caught;
      }
      return 'no error';
    };
    expect(await error('TCD', '--data', 'data')).toBe(
      'no data file for country TCD [BUILD_UNKNOWN_COUNTRY]\n  hint: countries in the data folder: CMR, GIN, MLI, SEN',
    );
    expect(await error('--edition', '2025-13')).toBe(
      '--edition 2025-13: expected a month written YYYY-MM, e.g. 2025-11 [USAGE_BAD_OPTION]\n  hint: run "profiles check --help" for the options',
    );
    expect(await error('M1I')).toBe(
      '"M1I" is not a country code [USAGE_BAD_COUNTRY_CODE]\n  hint: give ISO 3166 alpha-3 codes, for example: profiles build MLI SEN',
    );
  });
});
