import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentBundle } from '../../src/cli/bundle.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';

let remove = () => {};
afterEach(() => remove());

/** A dist/ folder: compiled files at `compiledAt`, a bundle stamped at `stampedAt` (seconds). */
function dist(compiledAt: number, stampedAt: number | null): string {
  const folder = temporaryFolder('profiles-bundle-');
  remove = folder.remove;
  const files = [
    'cli/main.js',
    'cli/profiles.js',
    'pipeline/buildWorker.js',
    'pdf/renderPdf.js',
    'pdf/renderPdf.js.map',
  ];
  for (const file of files) {
    mkdirSync(join(folder.dir, file, '..'), { recursive: true });
    writeFileSync(join(folder.dir, file), '');
    utimesSync(join(folder.dir, file), compiledAt, compiledAt);
  }
  mkdirSync(join(folder.dir, 'bundle'));
  writeFileSync(join(folder.dir, 'bundle', 'profiles.js'), '');
  if (stampedAt !== null) {
    writeFileSync(join(folder.dir, 'bundle', 'stamp'), '');
    utimesSync(join(folder.dir, 'bundle', 'stamp'), stampedAt, stampedAt);
  }
  return folder.dir;
}

describe('the bundled command line (scripts/bundle.js) runs only while current', () => {
  it('is used when no compiled file is newer than its stamp (a packed tool: all files of one time)', () => {
    expect(currentBundle(dist(1_000, 2_000))).toMatch(/bundle[/\\]profiles\.js$/);
    expect(currentBundle(dist(1_000, 1_000))).toMatch(/bundle[/\\]profiles\.js$/);
  });

  it('is not used once tsc rewrote a file after it, nor without its stamp (bundling did not finish)', () => {
    const folder = dist(1_000, 2_000);
    utimesSync(join(folder, 'pdf', 'renderPdf.js'), 3_000, 3_000);
    expect(currentBundle(folder)).toBeNull();
    expect(currentBundle(dist(1_000, null))).toBeNull();
  });

  it('ignores source maps and its own files', () => {
    const folder = dist(1_000, 2_000);
    utimesSync(join(folder, 'pdf', 'renderPdf.js.map'), 3_000, 3_000);
    utimesSync(join(folder, 'bundle', 'profiles.js'), 3_000, 3_000);
    expect(currentBundle(folder)).not.toBeNull();
  });

  it('is current in this checkout after the test setup, so the command-line tests run the bundle', () => {
    expect(currentBundle(join(ROOT, 'dist'))).not.toBeNull();
  });
});
