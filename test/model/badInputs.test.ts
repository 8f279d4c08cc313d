import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ProfileError, profileErrorsOf } from '../../src/errors/index.js';
import { readProfileFile } from '../../src/project/readProfileFile.js';
import { ROOT } from '../helpers/project.js';

/**
 * The corpus of bad data files: each says on its second line which error it must give and
 * for which field (`# expect: CODE field.path`, `-` when the error is about the whole file).
 * Every one must fail with that error, a location, and never crash. Files are read as the build
 * reads them (bytes, strictly UTF-8), so a file saved in Latin-1 is a case too.
 */
const dir = join(ROOT, 'test', 'fixtures', 'bad');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const series = { languages: ['en', 'fr'], sources: ['undesa-ims', 'world-bank'] };

function errorsOf(file: string): readonly ProfileError[] {
  try {
    readProfileFile(join(dir, file), `test/fixtures/bad/${file}`, series);
  } catch (error) {
    const errors = profileErrorsOf(error);
    if (errors.length === 0) throw error;
    return errors;
  }
  return [];
}

describe('the bad-input corpus', () => {
  it('has at least 50 cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
  });

  it.each(files)('%s fails with the expected error, field and line', (file) => {
    const expectation = /^# expect: (\S+) (\S+)$/m.exec(readFileSync(join(dir, file), 'utf8'));
    expect(expectation, `${file} has no "# expect:" line`).not.toBeNull();
    const [, code, path] = expectation!;
    const errors = errorsOf(file);
    expect(errors.length, `${file} loaded without error`).toBeGreaterThan(0);
    const match = errors.find((error) => error.code === code && (path === '-' || error.path === path));
    expect(match, `${file}: got ${errors.map((e) => e.format()).join(' | ')}`).toBeDefined();
    expect(match!.file).toBe(`test/fixtures/bad/${file}`);
    expect(match!.line).toBeGreaterThanOrEqual(1);
    expect(match!.format()).toMatch(new RegExp(`^test/fixtures/bad/${file.replace('.', '\\.')}:\\d+(:\\d+)?`));
  });
});
