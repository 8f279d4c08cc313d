import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/command.js';
import { addLanguage } from '../../src/cli/commands/addLanguage.js';
import { check } from '../../src/cli/commands/check.js';
import { translate } from '../../src/cli/commands/translate.js';
import { readXliff } from '../../src/import/xliff.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';

/** The translators' round trip: XLIFF 2.0 out, translations written back in place. */
const tool = temporaryFolder('profiles-xliff-');
afterAll(() => tool.remove());
const at = (...parts: string[]) => join(tool.dir, ...parts);
const context = (out: string[] = []): CommandContext => ({
  projectRoot: tool.dir,
  cwd: tool.dir,
  stdout: (text) => out.push(text),
  stderr: () => {},
  isTerminal: false,
});

beforeAll(async () => {
  cpSync(join(ROOT, 'locales'), at('locales'), { recursive: true });
  for (const folder of ['templates', 'fonts']) symlinkSync(join(ROOT, folder), at(folder));
  mkdirSync(at('data'));
  cpSync(join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'), at('data', 'bvt.yaml'));
  await addLanguage.run(['es', '--from', 'fr'], context());
});

async function staleTranslations(): Promise<string[]> {
  const out: string[] = [];
  await check.run(['--json'], context(out));
  const { warnings } = JSON.parse(out.join('')) as { warnings: { code: string; path: string; message: string }[] };
  return warnings
    .filter((warning) => warning.code === 'CHECK_TRANSLATION_STALE')
    .map((warning) => `${warning.code} ${warning.path}: ${warning.message}`);
}

describe('profiles translate', () => {
  it('exports every text and label with its context, and imports the translations in place', async () => {
    const out: string[] = [];
    expect(await translate.run(['export', '--lang', 'es', '--json'], context(out))).toBe(0);
    const result = JSON.parse(out.join('')) as { file: string; from: string; units: number; untranslated: number };
    expect(result).toMatchObject({ file: 'translations/es.xlf', from: 'en' });
    const xliff = readXliff(readFileSync(at('translations', 'es.xlf'), 'utf8'), 'translations/es.xlf');
    expect(xliff).toMatchObject({ srcLang: 'en', trgLang: 'es' });
    const [data, ...locales] = xliff.files;
    expect(data!.original).toBe('data/bvt.yaml');
    const bvt = readFileSync(at('data', 'bvt.yaml'), 'utf8');
    expect(data!.units).toHaveLength((bvt.match(/[{ ]en: /g) ?? []).length); // every text, once
    expect(data!.units[1]).toMatchObject({
      path: ['policyFramework', 0, 'title'],
      source: 'Diaspora charter.',
      context: 'BVT: policyFramework[0].title',
    });
    expect(locales.map((file) => file.original)).toEqual(['locales/es/profile.json', 'locales/es/sources.json']);
    expect(result.untranslated).toBe(result.units); // labels marked TODO are not translations

    // The translator fills two texts and a label.
    let text = readFileSync(at('translations', 'es.xlf'), 'utf8');
    const fill = (source: string, target: string) => {
      const tag = `<source xml:space="preserve">${source}</source>`;
      expect(text).toContain(tag);
      text = text.replace(tag, `${tag}\n        <target xml:space="preserve">${target}</target>`);
    };
    fill('Diaspora charter.', 'Carta de la diáspora.');
    fill('A fictional charter[^law].', 'Una carta ficticia[^law].');
    fill('Draft', 'Borrador');
    writeFileSync(at('translations', 'es.xlf'), text);
    const imported: string[] = [];
    expect(await translate.run(['import', 'translations/es.xlf', '--json'], context(imported))).toBe(0);
    expect(JSON.parse(imported.join(''))).toMatchObject({
      written: [
        { file: 'data/bvt.yaml', texts: 2 },
        { file: 'locales/es/profile.json', texts: 1 },
      ],
    });
    const after = readFileSync(at('data', 'bvt.yaml'), 'utf8');
    // Only the two texts changed, each after its other languages; comments and order stay.
    const changed = after.split('\n').filter((line, index) => line !== bvt.split('\n')[index]);
    expect(changed).toEqual([
      '    title: { fr: Charte de la diaspora., en: Diaspora charter., es: "Carta de la diáspora." }',
      '    text: { fr: "Une charte fictive[^law].", en: "A fictional charter[^law].", es: "Una carta ficticia[^law]." }',
    ]);
    const es = JSON.parse(readFileSync(at('locales', 'es', 'profile.json'), 'utf8')) as { page: { draft: string } };
    expect(es.page.draft).toBe('Borrador');
    // what each translation was made from, for profiles check
    const record = JSON.parse(readFileSync(at('data', 'translations.json'), 'utf8'));
    expect(Object.keys(record.es.BVT)).toEqual(['policyFramework[0].title', 'policyFramework[0].text']);
    expect(await staleTranslations()).toEqual([]);
  });

  it('check flags a translation whose source changed after it; import skips a text changed since the export', async () => {
    const bvt = readFileSync(at('data', 'bvt.yaml'), 'utf8');
    writeFileSync(at('data', 'bvt.yaml'), bvt.replace('en: Diaspora charter.,', 'en: The diaspora charter.,'));
    expect(await staleTranslations()).toEqual([
      'CHECK_TRANSLATION_STALE policyFramework[0].title.es: the "en" text changed after this "es" translation was made from it: it may be out of date',
    ]);
    const out: string[] = [];
    expect(await translate.run(['import', 'translations/es.xlf', '--json'], context(out))).toBe(1);
    const result = JSON.parse(out.join('')) as { errors: { code: string; path: string }[] };
    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'TRANSLATION_SOURCE_CHANGED', path: 'policyFramework[0].title' }),
    ]);
  });
});
