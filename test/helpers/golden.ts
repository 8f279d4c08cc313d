import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/**
 * Compares `actual` with a committed golden file. Goldens change only deliberately:
 * `UPDATE_GOLDEN=1 npx vitest run …` rewrites them, and the diff is reviewed in git.
 */
export function expectGolden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.CI && !existsSync(file))
      throw new Error(`missing golden file ${file}: run UPDATE_GOLDEN=1 locally and commit it`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `differs from ${file} (UPDATE_GOLDEN=1 to accept)`).toBe(readFileSync(file, 'utf8'));
}
