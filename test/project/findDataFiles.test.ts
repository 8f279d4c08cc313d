import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findDataFiles } from '../../src/project/findDataFiles.js';
import { temporaryFolder } from '../helpers/project.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('findDataFiles', () => {
  it('lists <iso3>.yaml files sorted by country, ignoring other files', () => {
    const { dir, remove } = temporaryFolder();
    cleanup = remove;
    for (const name of ['sen.yaml', 'mli.yml', 'profile.schema.json', 'notes.yaml', 'README.md'])
      writeFileSync(join(dir, name), '');
    expect(findDataFiles(dir).map((file) => file.country)).toEqual(['MLI', 'SEN']);
  });

  it('refuses two files for one country', () => {
    const { dir, remove } = temporaryFolder();
    cleanup = remove;
    writeFileSync(join(dir, 'mli.yaml'), '');
    writeFileSync(join(dir, 'mli.yml'), '');
    expect(() => findDataFiles(dir)).toThrow('country MLI is also described by mli.yaml');
  });

  it('says when there is nothing to build', () => {
    const { dir, remove } = temporaryFolder();
    cleanup = remove;
    expect(() => findDataFiles(dir)).toThrow(`no country data file found in ${dir}`);
  });
});
