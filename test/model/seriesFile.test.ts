import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { profileErrorsOf } from '../../src/errors/index.js';
import { readProfileFile } from '../../src/project/readProfileFile.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';

/** data/series.yaml: the series-wide names every profile of the folder shares; a profile's own value wins. */
const tmp = temporaryFolder('profiles-series-');
afterAll(() => tmp.remove());
const series = { languages: ['en', 'fr'], sources: ['undesa-ims', 'world-bank'] };
const bvt = readFileSync(join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'), 'utf8');

function folder(name: string, seriesText: string, profile: string): string {
  const dir = join(tmp.dir, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'series.yaml'), seriesText);
  writeFileSync(join(dir, 'bvt.yaml'), profile);
  return join(dir, 'bvt.yaml');
}

describe('the series file', () => {
  const withoutConstants = bvt.replace(/^ {2}editedBy: .*\n/m, '').replace(/^ {2}implementedBy: .*\n/m, '');

  it('gives every profile of its folder the credits it leaves out', () => {
    expect(withoutConstants).not.toBe(bvt);
    const file = folder(
      'shared',
      'credits:\n  editedBy: EUDiF\n  implementedBy: { name: ICMPD, fullName: International Centre for Migration Policy Development }\n',
      withoutConstants,
    );
    const { profile } = readProfileFile(file, 'data/bvt.yaml', series);
    expect(profile.credits.editedBy).toBe('EUDiF');
    expect(profile.credits.implementedBy).toEqual({
      name: 'ICMPD',
      fullName: 'International Centre for Migration Policy Development',
    });
  });

  it('lets a profile’s own value win', () => {
    const file = folder('own', 'credits:\n  editedBy: Someone Else\n', bvt);
    const own = /^ {2}editedBy: (.*)$/m.exec(bvt)![1];
    expect(readProfileFile(file, 'data/bvt.yaml', series).profile.credits.editedBy).toBe(own);
  });

  it('is checked, its errors located in it', () => {
    const file = folder('bad', 'credits:\n  fundedBy: un\n  publisher: X\n', withoutConstants);
    let messages: string[] = [];
    try {
      readProfileFile(file, 'data/bvt.yaml', series);
    } catch (error) {
      messages = profileErrorsOf(error).map((e) => e.format().split('\n')[0]!);
    }
    expect(messages).toEqual([
      expect.stringMatching(
        /^data\/series\.yaml:2:13 credits\.fundedBy: expected one of eu, got "un" \[DATA_BAD_VALUE\]$/,
      ),
      expect.stringMatching(/^data\/series\.yaml:3:3 credits\.publisher: unknown field "publisher"/),
    ]);
  });
});
