import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isScratchName, watchFolders } from '../../src/project/watchFolders.js';
import { temporaryFolder } from '../helpers/project.js';

const folder = temporaryFolder();
afterAll(() => folder.remove());

describe('watchFolders', () => {
  it('tells editors’ scratch files from the project’s files', () => {
    for (const name of [
      '.mli.yaml.swp',
      'mli.yaml~',
      '4913',
      '.mli.yaml.123.1.tmp',
      'mli.yaml.swx',
      '.build-cache.json',
    ])
      expect(isScratchName(name), name).toBe(true);
    for (const name of ['mli.yaml', 'profile.hbs', 'profile.json', 'NotoSans-Regular.ttf'])
      expect(isScratchName(name), name).toBe(false);
  });

  it('watches a folder created after it started, and a file given alone among others', async () => {
    const root = join(folder.dir, 'tree');
    mkdirSync(root);
    const seen: string[] = [];
    const watching = watchFolders([{ dir: root, kind: 'layout' }], (kind, file) => seen.push(`${kind} ${file}`));
    const until = async (test: () => boolean) => {
      while (!test()) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    try {
      mkdirSync(join(root, 'es'));
      await until(() => seen.includes(`layout ${join(root, 'es')}`));
      writeFileSync(join(root, 'es', '.profile.json.swp'), 'x');
      writeFileSync(join(root, 'es', 'profile.json'), '{}');
      await until(() => seen.includes(`layout ${join(root, 'es', 'profile.json')}`));
      expect(seen.some((line) => line.includes('.swp'))).toBe(false);
    } finally {
      watching.close();
    }
  });
});
