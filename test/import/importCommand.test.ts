import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/command.js';
import { importCommand } from '../../src/cli/commands/import.js';
import { ProfileError } from '../../src/errors/index.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';
import { thrown } from '../helpers/thrown.js';
import {
  copyMali,
  IMPORT_DATE,
  MALI_YAML,
  worldBankRows,
  writePopulationCsv,
  writeUndesaWorkbook,
  writeWorldBankCsv,
} from './fixtures.js';

const tmp = temporaryFolder('profiles-import-cli-');
const data = join(tmp.dir, 'data');
const published = readFileSync(MALI_YAML, 'utf8');

beforeAll(async () => {
  await writeUndesaWorkbook(join(tmp.dir, 'ims.xlsx'));
  writePopulationCsv(join(tmp.dir, 'wpp.csv.gz'), undefined, { gzip: true });
  writeWorldBankCsv(join(tmp.dir, 'gdp.csv'), 'NY.GDP.MKTP.CD', worldBankRows('NY.GDP.MKTP.CD'));
  writeWorldBankCsv(join(tmp.dir, 'share.csv'), 'BX.TRF.PWKR.DT.GD.ZS', worldBankRows('BX.TRF.PWKR.DT.GD.ZS'));
});
afterAll(() => tmp.remove());
beforeEach(() => {
  mkdirSync(data, { recursive: true });
  copyMali(data, ['TCD']);
});

/** Runs `profiles import …` from the temporary folder; returns the exit code and what was printed. */
async function profiles(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const context: CommandContext = {
    projectRoot: ROOT,
    cwd: tmp.dir,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    isTerminal: false,
  };
  const code = await importCommand.run(args, context);
  const shown = (lines: string[]) => lines.join('\n').replaceAll(tmp.dir, '<tmp>');
  return { code, out: shown(out), err: shown(err) };
}

async function usageError(...args: string[]): Promise<string> {
  return (await thrown(ProfileError, () => profiles(...args))).format();
}

describe('profiles import', () => {
  it('prints the old → new table of a dry run and writes nothing', async () => {
    const { code, out } = await profiles(
      'undesa',
      'ims.xlsx',
      '--population',
      'wpp.csv.gz',
      '--data',
      'data',
      '--date',
      IMPORT_DATE,
      '--dry-run',
    );
    expect(code).toBe(0);
    expect(readFileSync(join(data, 'mli.yaml'), 'utf8')).toBe(published);
    expect(out.split('\n')).toEqual([
      'UN DESA IMS 2024, imported 2026-05-04 (dry run: nothing written)',
      '',
      'MLI  data/mli.yaml: would be updated',
      '  emigration.total              1292519 (2024) (same figure; provenance updated)',
      '  emigration.shareOfPopulation  5.3 (2024) (same figure; provenance updated)',
      '  emigration.inEu               180863 (2024) (same figure; provenance updated)',
      '  emigration.genderAll          59.6 / 40.4 % (2024) (same figure; provenance updated)',
      '  emigration.genderEu           74.2 / 25.8 % (2024) (same figure; provenance updated)',
      '  emigration.topDestinations    CIV 403646, NGA 184965, NER 140431, MRT 122945, FRA 120393 (2024) (same figure; provenance updated)',
      '  note: destination 830 Channel Islands has no ISO code: counted in the total, not listed (50)',
      '  note: destination 412 Kosovo has no ISO code: counted in the total, not listed (12)',
      '',
      'TCD  data/tcd.yaml: not in the dataset: file left as it is',
      '',
      'would update 1 of 2 data file(s); not in the dataset: TCD',
    ]);
  });

  it('updates the files and prints what changed, and the figures left as they were', async () => {
    const { code, out } = await profiles(
      'worldbank',
      'share.csv',
      'gdp.csv',
      '--data',
      'data',
      '--year',
      '2024',
      '--date',
      IMPORT_DATE,
    );
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'World Bank WDI, imported 2026-05-04',
      '',
      'MLI  data/mli.yaml: updated',
      '  gdp.usdMillions  20661.8 (2023) → 21500 (2024)',
      '  remittances.shareOfGdp: left as it is (no value in the dataset)',
      '',
      'TCD  data/tcd.yaml: not in the dataset: file left as it is',
      '',
      'updated 1 of 2 data file(s); not in the dataset: TCD',
    ]);
    expect(readFileSync(join(data, 'mli.yaml'), 'utf8')).toContain(
      `usdMillions: { value: 21500, source: world-bank, year: 2024, edition: "WDI", imported: "${IMPORT_DATE}" }`,
    );
  });

  it('prints the report as JSON, paths as seen from the current folder', async () => {
    const { code, out } = await profiles(
      'worldbank',
      'gdp.csv',
      '--data',
      'data/mli.yaml',
      '--date',
      IMPORT_DATE,
      '--json',
      '--dry-run',
    );
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({
      command: 'import',
      ok: true,
      errors: [],
      dataset: 'worldbank',
      edition: 'WDI',
      imported: IMPORT_DATE,
      dryRun: true,
      inputs: ['gdp.csv'],
    });
    expect(report.countries).toEqual([
      {
        country: 'MLI',
        file: 'data/mli.yaml',
        status: 'updated',
        written: false,
        missing: [],
        remarks: [],
        changes: [
          {
            path: 'gdp.usdMillions',
            before: { value: 20661.8, source: 'world-bank', year: 2023, edition: 'WDI' },
            after: { value: 21500, source: 'world-bank', year: 2024, edition: 'WDI', imported: IMPORT_DATE },
            changed: true,
          },
        ],
      },
    ]);
  });

  it('reports a data file it cannot update and goes on with the others (exit code 1)', async () => {
    writeFileSync(join(data, 'tcd.yaml'), 'country: TCD\nemigration: [\n');
    writeWorldBankCsv(join(tmp.dir, 'gdp-tcd.csv'), 'NY.GDP.MKTP.CD', [
      ...worldBankRows('NY.GDP.MKTP.CD'),
      { name: 'Chad', code: 'TCD', values: { 2023: 1e10 } },
    ]);
    const { code, out, err } = await profiles('worldbank', 'gdp-tcd.csv', '--data', 'data', '--date', IMPORT_DATE);
    expect(code).toBe(1);
    expect(out).toContain('TCD  data/tcd.yaml: not updated (error below)');
    expect(err).toMatch(/^error: data\/tcd.yaml:3:1: this is not valid YAML: .* \[DATA_SYNTAX\]/);
    expect(readFileSync(join(data, 'mli.yaml'), 'utf8')).toContain('value: 21500');
  });

  it('refuses a data file in Latin-1 at its first bad byte and a FIFO at once, and rewrites neither', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('country: TCD\nterminology:\n  fr: "Tchad, R'),
      Buffer.from([0xe9]),
      Buffer.from('publique"\n'),
    ]);
    writeFileSync(join(data, 'tcd.yaml'), latin1);
    execFileSync('mkfifo', [join(data, 'ner.yaml')]);
    writeWorldBankCsv(join(tmp.dir, 'gdp-tcd-ner.csv'), 'NY.GDP.MKTP.CD', [
      ...worldBankRows('NY.GDP.MKTP.CD'),
      { name: 'Chad', code: 'TCD', values: { 2023: 1e10 } },
      { name: 'Niger', code: 'NER', values: { 2023: 1e10 } },
    ]);
    const { code, err } = await profiles('worldbank', 'gdp-tcd-ner.csv', '--data', 'data', '--date', IMPORT_DATE);
    expect(code).toBe(1);
    expect(err).toMatch(
      /data\/tcd\.yaml:3:16: the file is not UTF-8 text: the byte 0xE9 here is not a character \[DATA_ENCODING\]/,
    );
    expect(err).toMatch(
      /data\/ner\.yaml: the data file is a named pipe \(FIFO\), not a regular file \[DATA_NOT_A_FILE\]/,
    );
    expect(readFileSync(join(data, 'tcd.yaml')).equals(latin1)).toBe(true);
    expect(readFileSync(join(data, 'mli.yaml'), 'utf8')).toContain('value: 21500');
  });

  it.each([
    [[], 'name a dataset: profiles import undesa FILE.xlsx, or profiles import worldbank FILE.csv…'],
    [
      ['unhcr', 'x.csv'],
      'unknown dataset "unhcr" [USAGE_UNKNOWN_DATASET]\n  hint: the datasets are undesa and worldbank: run "profiles import --help"',
    ],
    [['undesa'], 'name the workbook (.xlsx) to import'],
    [['undesa', 'a.xlsx', 'b.xlsx'], 'give one UN DESA workbook'],
    [
      ['undesa', 'ims.xlsx', '--year', '2020'],
      '--year is for worldbank: the UN DESA import takes the latest year of the table',
    ],
    [['worldbank', 'gdp.csv', '--population', 'wpp.csv'], '--population is for undesa'],
    [['worldbank', 'gdp.csv', '--year', '20x4'], '--year 20x4: expected a year such as 2024'],
    [
      ['worldbank', 'gdp.csv', '--date', '2026-02-30'],
      '--date 2026-02-30: expected a date written YYYY-MM-DD, e.g. 2026-05-04',
    ],
  ])('refuses the command line %j', async (args, message) => {
    expect((await usageError(...args)).split('\n')[0]).toBe(
      message.includes('[') ? message.split('\n')[0] : `${message} [USAGE_BAD_OPTION]`,
    );
  });
});

describe('profiles import with values the data files refuse', () => {
  it('writes nothing, prints each refused value where it would go, and exits 1', async () => {
    writeWorldBankCsv(
      join(tmp.dir, 'share-wrong.csv'),
      'BX.TRF.PWKR.DT.GD.ZS',
      worldBankRows('BX.TRF.PWKR.DT.GD.ZS').map((row) =>
        row.code === 'MLI' ? { ...row, values: { 2023: 250.5 } } : row,
      ),
    );
    const { code, out, err } = await profiles('worldbank', 'share-wrong.csv', '--date', IMPORT_DATE);
    expect(code).toBe(1);
    expect(readFileSync(join(data, 'mli.yaml'), 'utf8')).toBe(published);
    expect(out).toContain('nothing was written: the data files do not accept 1 value(s) of the dataset (errors below)');
    expect(err).toContain(
      'error: data/mli.yaml:31:24 remittances.shareOfGdp.value: expected a percentage between 0 and 100, got 250.5 [DATA_OUT_OF_RANGE]',
    );
    expect(err).toContain('[IMPORT_REFUSED]');
  });

  it('refuses a FIFO given as a dataset at once, instead of waiting for a writer', async () => {
    const fifo = join(tmp.dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const error = await thrown(ProfileError, () => profiles('worldbank', 'pipe.csv'));
    expect(error.format()).toMatch(
      /^pipe\.csv: cannot read the dataset file: not a regular file but a named pipe \(FIFO\)/,
    );
  });
});
