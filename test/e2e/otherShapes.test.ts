import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type BuildSummary, buildAll } from '../../src/pipeline/buildAll.js';
import { projectContext, ROOT, temporaryFolder } from '../helpers/project.js';
import { type PdfContent, readPdf } from '../helpers/readPdf.js';
import { type PageStructure, readStructure } from '../helpers/readStructure.js';

/**
 * Mali is not the world: the fictional ATF (test/fixtures/profiles/atf.yaml) is the dense shape —
 * the longest country name, 41 footnotes (one longer than a page's note area, several side by
 * side), a practice and an organisation's activities each taller than a column, twenty timeline
 * entries, empty levels, and figures of nine digits. It must build in both languages with every
 * word of it printed, read back from the PDF itself.
 */
const fixture = join(ROOT, 'test', 'fixtures', 'profiles', 'atf.yaml');
const work = temporaryFolder();
const out = join(work.dir, 'output');
let summary: BuildSummary;
const pdfs: Record<string, PdfContent> = {};
const structures: Record<string, PageStructure[]> = {};

/** Every string of the data file in one language, and every string that is not per language. */
function textsOf(value: unknown, lang: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => textsOf(item, lang));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('fr' in record && 'en' in record) return textsOf(record[lang], lang);
    return Object.values(record).flatMap((item) => textsOf(item, lang));
  }
  return [];
}

const count = (text: string, word: string) => text.split(word).length - 1;

beforeAll(async () => {
  const data = join(work.dir, 'data');
  mkdirSync(data);
  copyFileSync(fixture, join(data, 'atf.yaml'));
  summary = await buildAll({ data, countries: [], languages: [], outDir: out, strict: true }, projectContext());
  for (const lang of ['fr', 'en']) {
    const pdf = readFileSync(join(out, lang, 'atf.pdf'));
    pdfs[lang] = await readPdf(pdf);
    structures[lang] = (await readStructure(pdf)).pages;
  }
}, 120_000);
afterAll(() => work.remove());

describe('a dense profile (ATF)', () => {
  it('builds in both languages with --strict', () => {
    expect(summary.outputs.map((o) => [o.country, o.lang, o.status, o.warnings.length])).toEqual([
      ['ATF', 'en', 'built', 0],
      ['ATF', 'fr', 'built', 0],
    ]);
  });

  describe.each([
    { lang: 'fr', name: 'TERRES AUSTRALES ET ANTARCTIQUES FRANÇAISES', word: 'itinérantes', figure: '123 456 789' },
    { lang: 'en', name: 'FRENCH SOUTHERN AND ANTARCTIC LANDS', word: 'travelling', figure: '123,456,789' },
  ])('in $lang', ({ lang, name, word, figure }) => {
    const data = parse(readFileSync(fixture, 'utf8')) as Record<string, unknown>;
    const all = () => pdfs[lang]!.pages.join(' ');

    it('prints every word of its prose: the long practice, the long activities and the long note included', () => {
      // A word cannot be cut by a page or column break (nothing is hyphenated), so it counts exactly.
      const expected = count(textsOf(data, lang).join(' '), word);
      expect(expected).toBeGreaterThan(150);
      expect(count(all(), word)).toBe(expected);
      const noteWord = lang === 'fr' ? 'fictive' : 'Fictional';
      expect(count(all(), noteWord)).toBe(count(textsOf(data.footnotes, lang).join(' '), noteWord));
    });

    it('numbers its 41 notes in order, each printed', () => {
      const text = all();
      let from = 0;
      for (let n = 1; n <= 41; n += 1) {
        const at = text.indexOf(lang === 'fr' ? `Note fictive ${n} ` : `Fictional note ${n}:`, from);
        expect(at, `note ${n}`).toBeGreaterThanOrEqual(from);
        from = at;
      }
    });

    it('sets the long name in the title band and a nine-digit figure inside its tile', () => {
      expect(pdfs[lang]!.pages[0]).toContain(name);
      expect(pdfs[lang]!.pages[0]).toContain(figure);
    });

    it('carries its folio on every page and the running header from page 2', () => {
      const pages = pdfs[lang]!.pages;
      expect(pages.length).toBeGreaterThan(8);
      for (const [index, page] of pages.entries()) {
        expect(page).toMatch(new RegExp(`(^|\\D)${index + 1} / ${pages.length}(\\D|$)`));
        if (index > 0) expect(page.toUpperCase()).toContain(name);
      }
    });

    it('stays accessible when notes continue and blocks break: all text tagged, links held, no heading level skipped', () => {
      const pages = structures[lang]!;
      for (const [index, page] of pages.entries()) expect(page.untagged, `page ${index + 1}`).toEqual([]);
      for (const link of pages.flatMap((page) => page.links)) expect(link.inLink, link.id).toBe(true);
      let previous = 0;
      for (const role of pages.flatMap((page) => page.roles)) {
        const level = /^H(\d)$/.exec(role)?.[1];
        if (!level) continue;
        expect(Number(level)).toBeLessThanOrEqual(previous + 1 || 1);
        previous = Number(level);
      }
      expect(pages.flatMap((page) => page.roles).filter((role) => role === 'Note').length).toBeGreaterThanOrEqual(41);
    });
  });
});
