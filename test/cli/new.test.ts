import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { temporaryFolder } from '../helpers/project.js';
import { readPdf } from '../helpers/readPdf.js';
import { worldBankRows, writeWorldBankCsv } from '../import/fixtures.js';

/** `profiles new ISO3`: a draft data file, its figures imported, its texts to write listed, built with a DRAFT mark. */
const tmp = temporaryFolder('profiles-new-');
afterAll(() => tmp.remove());
const at = (...parts: string[]) => join(tmp.dir, ...parts);

beforeAll(() => {
  mkdirSync(at('data'));
  for (const indicator of ['BX.TRF.PWKR.CD.DT', 'BX.TRF.PWKR.DT.GD.ZS', 'NY.GDP.MKTP.CD'] as const)
    writeWorldBankCsv(at(`${indicator}.csv`), indicator, worldBankRows(indicator));
});

describe('profiles new', () => {
  it('starts a country as a draft: names from the list, figures imported, every text to write', async () => {
    const result = await runCli(
      [
        'new',
        'sen',
        '--worldbank',
        'BX.TRF.PWKR.CD.DT.csv',
        '--worldbank',
        'BX.TRF.PWKR.DT.GD.ZS.csv',
        '--worldbank',
        'NY.GDP.MKTP.CD.csv',
        '--date',
        '2026-12-01',
        '--json',
      ],
      { cwd: tmp.dir },
    );
    expect(result.code).toBe(0);
    const envelope = JSON.parse(result.stdout) as {
      names: Record<string, string>;
      file: string;
      filled: string[];
      drafts: string[];
    };
    expect(envelope.names).toEqual({ en: 'Senegal', fr: 'Sénégal' });
    expect(envelope.file).toBe(join('data', 'sen.yaml'));
    expect(envelope.filled.sort()).toEqual(['gdp.usdMillions', 'remittances.shareOfGdp', 'remittances.usdMillions']);
    // every text in every language is to be written
    expect(envelope.drafts).toContain('terminology.fr');
    expect(envelope.drafts).toContain('terminology.en');
    expect(envelope.drafts).toContain('policyFramework[0].title.fr');
    expect(envelope.drafts.filter((path) => path.endsWith('.en'))).toHaveLength(
      envelope.drafts.filter((path) => path.endsWith('.fr')).length,
    );
    const text = readFileSync(at('data', 'sen.yaml'), 'utf8');
    expect(text).toMatch(/usdMillions: \{ value: 2950, source: world-bank, year: 2024|usdMillions:.*value: 3100/);
    expect(text).toContain('# SEN (en: Senegal, fr: Sénégal)');
  });

  it('validate lists the draft fields; build prints the DRAFT mark; --strict refuses the draft', async () => {
    const validated = await runCli(['validate', '--json'], { cwd: tmp.dir });
    const { warnings } = JSON.parse(validated.stdout) as { warnings: { code: string; path: string; line: number }[] };
    const drafts = warnings.filter((warning) => warning.code === 'DRAFT_TEXT');
    expect(drafts.length).toBeGreaterThan(10);
    expect(drafts[0]).toMatchObject({ path: 'terminology.en', line: expect.any(Number) });
    expect(validated.code).toBe(0);
    expect((await runCli(['validate', '--strict'], { cwd: tmp.dir })).code).toBe(1);

    const built = await runCli(['build', '--lang', 'fr'], { cwd: tmp.dir });
    expect(built.code).toBe(0);
    const pdf = await readPdf(readFileSync(at('output', 'fr', 'sen.pdf')));
    for (const page of pdf.pages) expect(page).toContain('PROJET');
    const strict = await runCli(['build', '--lang', 'fr', '--strict', '--force'], { cwd: tmp.dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('[BUILD_STRICT]');
  });

  it('never overwrites a data file, and knows only the countries of the list', async () => {
    const again = await runCli(['new', 'SEN'], { cwd: tmp.dir });
    expect([again.code, again.stderr]).toEqual([
      1,
      `error: ${join('data', 'sen.yaml')}: ${join('data', 'sen.yaml')} already exists; profiles new never overwrites a data file [NEW_FILE_EXISTS]\n  hint: edit it, or move it away first to start again\n`,
    ]);
    const unknown = await runCli(['new', 'SNN'], { cwd: tmp.dir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('SNN is not in the country list');
  });
});
