import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareExports } from '../../src/report/diffExport.js';
import { describeExport } from '../../src/report/formatUpdateSummary.js';
import { temporaryFolder } from '../helpers/project.js';

const folder = temporaryFolder();
afterAll(() => folder.remove());

const figure = (value: number | null, year = 2024, source = 'undesa-ims') => ({
  value,
  unit: 'people',
  year,
  source,
  sourceName: { en: 'UN DESA' },
  sourceEdition: 'IMS 2024',
  printed: { en: String(value) },
});
const profile = (country: string, inEu: number | null, total: number, year = 2024, edition = '2025-11') => ({
  country,
  name: { en: country },
  edition,
  editions: {},
  figures: { 'emigration.inEu': figure(inEu), 'emigration.total': figure(total, year) },
  topDestinations: {
    year: 2024,
    source: 'undesa-ims',
    sourceName: { en: 'UN DESA' },
    sourceEdition: null,
    countries: [{ country: 'CIV', name: { en: 'Côte d’Ivoire' }, count: 403646, printed: { en: '403,646' } }],
  },
});

function build(name: string, profiles: unknown[] | null): string {
  const dir = join(folder.dir, name);
  mkdirSync(join(dir, 'data'), { recursive: true });
  if (profiles) writeFileSync(join(dir, 'data', 'profiles.json'), JSON.stringify({ languages: ['en'], profiles }));
  return dir;
}

describe('the data export comparison', () => {
  it('lists every figure that changed: value, year, edition, countries added and removed', () => {
    const before = build('before', [profile('MLI', 180863, 1292519), profile('SEN', 1, 2)]);
    const after = build('after', [profile('MLI', null, 1292519, 2025, '2026-05'), profile('XFA', 3, 4)]);
    const changes = compareExports(before, after)!;
    expect(changes.map(describeExport)).toEqual([
      'MLI edition: 2025-11 → 2026-05',
      'MLI emigration.inEu value: 180863 → n/a',
      'MLI emigration.total year: 2024 → 2025',
      'SEN profile: removed (was 2025-11)',
      'XFA profile: added (2025-11)',
    ]);
  });

  it('finds nothing between two builds of the same figures, and says nothing without an export', () => {
    const same = [profile('MLI', 180863, 1292519)];
    expect(compareExports(build('a', same), build('b', same))).toEqual([]);
    expect(compareExports(build('c', same), build('d', null))).toBeNull();
  });
});
