import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLocales } from '../../src/i18n/checkLocales.js';
import { createTranslator } from '../../src/i18n/createTranslator.js';
import { readLocales } from '../../src/project/readLocales.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function localesWith(files: Record<string, string>): string {
  const folder = temporaryFolder();
  cleanup = folder.remove;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder.dir, path, '..'), { recursive: true });
    writeFileSync(join(folder.dir, path), text);
  }
  return folder.dir;
}

describe('locales', () => {
  it('has every label in every language of the project', () => {
    expect(checkLocales(readLocales(join(ROOT, 'locales')))).toEqual([]);
  });

  it('reports a label missing in one language, never falls back', () => {
    const dir = localesWith({ 'en/profile.json': '{"a":{"b":"B","c":"C"}}', 'fr/profile.json': '{"a":{"b":"B"}}' });
    const locales = readLocales(dir);
    expect(checkLocales(locales).map((error) => error.format())).toEqual([
      'locales/fr/profile.json: the label "profile:a.c" is missing in language "fr" [LOCALE_MISSING_KEY]\n  hint: add it to locales/fr/; locales/en/ has it',
    ]);
    const fr = createTranslator('fr', locales);
    expect(fr.t('a.b')).toBe('B');
    expect(() => fr.t('a.c')).toThrow('the label "a.c" is missing in language "fr"');
  });

  it('names the file and line of broken JSON', () => {
    const dir = localesWith({ 'en/profile.json': '{\n  "a": "x",\n}\n' });
    expect(() => readLocales(dir)).toThrow(/not valid JSON/);
    try {
      readLocales(dir);
    } catch (error) {
      expect((error as { line?: number }).line).toBe(3);
    }
  });

  it('interpolates values without HTML escaping', () => {
    const dir = localesWith({ 'en/profile.json': '{"source":"Source: {{name}} ({{year}})"}' });
    expect(createTranslator('en', readLocales(dir)).t('source', { name: 'A & B <C>', year: 2024 })).toBe(
      'Source: A & B <C> (2024)',
    );
  });
});
