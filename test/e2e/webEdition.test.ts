import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../src/pipeline/buildAll.js';
import { FIGURES } from '../../src/publish/figures.js';
import { projectContext, ROOT, temporaryFolder } from '../helpers/project.js';
import { readPdf } from '../helpers/readPdf.js';

/**
 * Mali's web edition end to end: both editions from one build, the same words in each, the
 * series index, the data export with the printed tiles' numbers, the cache and reproducible bytes.
 */
const out = temporaryFolder();
const request = {
  data: join(ROOT, 'data', 'mli.yaml'),
  countries: [],
  languages: [],
  outDir: out.dir,
  strict: false,
  formats: ['pdf', 'html'] as const,
};
const read = (...path: string[]) => readFileSync(join(out.dir, ...path), 'utf8');
const WEB_FILES = [
  ['fr', 'mli.html'],
  ['en', 'mli.html'],
  ['fr', 'index.html'],
  ['en', 'index.html'],
  ['data', 'profiles.json'],
  ['data', 'figures.csv'],
];
let first: Record<string, string>;

beforeAll(async () => {
  await buildAll(request, projectContext());
  first = Object.fromEntries(WEB_FILES.map((path) => [path.join('/'), read(...path)]));
}, 300_000);
afterAll(() => out.remove());

/** The words a reader sees: letters and digits, lower case (styles in capitals are a matter of CSS). */
function words(text: string, lang: string): Set<string> {
  return new Set(
    (
      text
        .normalize('NFC')
        .toLocaleLowerCase(lang)
        .match(/\p{L}+|\p{N}+/gu) ?? []
    ).filter((word) => word.length > 0),
  );
}

/** The text of the page a sighted reader sees: no head, script, navigation, hidden text or chart tables. */
function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<script>[\s\S]*?<\/script>/g, '')
    .replace(/<a class="skip"[\s\S]*?<\/a>/, '')
    .replace(/<nav[\s\S]*?<\/nav>/, '')
    .replace(/<p class="editions">[\s\S]*?<\/p>/, '')
    .replace(/<details class="chart-data">[\s\S]*?<\/details>/g, '')
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
    .replace(/<h2 id="notes-title"[^>]*>[^<]*<\/h2>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe.each(['fr', 'en'])('Mali in %s', (lang) => {
  it('says the same words on the web page as in the PDF', async () => {
    const pdf = await readPdf(readFileSync(join(out.dir, lang, 'mli.pdf')));
    const printed = words(pdf.pages.join(' '), lang);
    const web = words(visibleText(first[`${lang}/mli.html`]!), lang);
    // The PDF's page furniture: the folio ("page 2 / 6") and continued notes.
    const furniture = words(lang === 'fr' ? 'page suite' : 'page continued', lang);
    const onlyPrinted = [...printed].filter((word) => !web.has(word) && !furniture.has(word) && !/^\d+$/.test(word));
    const onlyWeb = [...web].filter((word) => !printed.has(word));
    expect(onlyPrinted).toEqual([]);
    expect(onlyWeb).toEqual([]);
    // Numbers too, but for page numbers.
    const pages = pdf.pages.length;
    const numbers = (set: Set<string>) => [...set].filter((word) => /^\d+$/.test(word) && Number(word) > pages);
    const webNumbers = numbers(web);
    expect(webNumbers.filter((n) => !printed.has(n))).toEqual([]);
    // A note marker right after a number reads as one number in the PDF's text ("2018" + note 5).
    const notes = (first[`${lang}/mli.html`]!.match(/<li id="note-\d+">/g) ?? []).length;
    const glued = (n: string) =>
      webNumbers.some((w) => n.startsWith(w) && Number(n.slice(w.length)) >= 1 && Number(n.slice(w.length)) <= notes);
    expect(numbers(printed).filter((n) => !web.has(n) && !glued(n))).toEqual([]);
  });
});

describe('the web outputs', () => {
  it('are left alone when up to date, and rebuilt to the same bytes', async () => {
    const again = await buildAll(request, projectContext());
    expect(again.outputs.map((output) => [output.status, output.html?.endsWith('mli.html')])).toEqual([
      ['unchanged', true],
      ['unchanged', true],
    ]);
    const forced = await buildAll({ ...request, force: true }, projectContext());
    expect(forced.built).toBe(2);
    for (const path of WEB_FILES) expect(read(...path), path.join('/')).toBe(first[path.join('/')]);
  }, 300_000);
});

interface ExportedFigure {
  value: number | null;
  unit: string;
  year: number;
  source: string;
  printed: Record<string, string>;
}
interface Exported {
  languages: string[];
  profiles: { country: string; edition: string; figures: Record<string, ExportedFigure> }[];
}

describe('the data export', () => {
  it('follows its committed JSON Schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'data-export.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(JSON.parse(first['data/profiles.json']!));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(['fr', 'en'])('has the numbers of the printed tiles (%s), with their year and source', async (lang) => {
    const exported = JSON.parse(first['data/profiles.json']!) as Exported;
    const mali = exported.profiles.find((p) => p.country === 'MLI')!;
    expect(mali.edition).toMatch(/^\d{4}-\d{2}$/);
    expect(Object.keys(mali.figures)).toEqual(FIGURES.map((f) => f.id));
    // The tiles as the PDF prints them, in template order.
    const pdf = await readPdf(readFileSync(join(out.dir, lang, 'mli.pdf')));
    const text = pdf.pages.join(' ');
    const tiles = [...first[`${lang}/mli.html`]!.matchAll(/<p class="s-tileValue">([^<]*)<\/p>/g)].map((m) => m[1]!);
    const tileFigures = [
      'remittances.shareOfGdp',
      'remittances.usdMillions',
      'emigration.shareOfPopulation',
      'emigration.inEu',
    ];
    expect(tiles.slice(0, 4)).toEqual(tileFigures.map((id) => mali.figures[id]!.printed[lang]));
    const data = readFileSync(join(ROOT, 'data', 'mli.yaml'), 'utf8');
    for (const id of tileFigures) {
      const figure = mali.figures[id]!;
      const printed = figure.printed[lang]!;
      expect(text.replace(/\s/g, ''), id).toContain(printed.replace(/\s/g, ''));
      // The printed text reads back as the exported value, which is the data file's.
      const digits = printed
        .replace(/[\s\u202f\u00a0%]/g, '')
        .replace(lang === 'fr' ? ',' : /,/g, lang === 'fr' ? '.' : '');
      expect(Number(digits), `${id}: ${printed}`).toBe(figure.value);
      expect(data).toContain(`value: ${figure.value}, source: ${figure.source}, year: ${figure.year}`);
    }
  });

  it('has one CSV row per country with the same values', () => {
    const [header, ...rows] = first['data/figures.csv']!.trimEnd().split('\r\n');
    const columns = header!.split(',');
    const exported = JSON.parse(first['data/profiles.json']!) as Exported;
    expect(rows).toHaveLength(exported.profiles.length);
    const mali = rows[0]!.split(',');
    for (const { id } of FIGURES) {
      const value = exported.profiles[0]!.figures[id]!.value;
      expect(mali[columns.indexOf(id)], id).toBe(value === null ? '' : String(value));
      expect(mali[columns.indexOf(`${id}.year`)]).toBe(String(exported.profiles[0]!.figures[id]!.year));
    }
  });
});

describe.each(['fr', 'en'])('the series index in %s', (lang) => {
  it('lists Mali with its edition date and key figures, linking to both editions', () => {
    const index = first[`${lang}/index.html`]!;
    expect(index).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang}">`));
    const row = index.match(/<tr><th scope="row"[\s\S]*?<\/tr>/)?.[0] ?? '';
    const exported = JSON.parse(first['data/profiles.json']!) as Exported;
    const mali = exported.profiles[0]!.figures;
    expect(row).toContain('>Mali</th>');
    expect(row).toContain(`data-sort="${exported.profiles[0]!.edition}"`);
    for (const id of ['emigration.shareOfPopulation', 'emigration.inEu', 'remittances.shareOfGdp'])
      expect(row).toContain(`data-sort="${mali[id]!.value}">${mali[id]!.printed[lang]}</td>`);
    expect(row).toContain('<a href="mli.html">');
    expect(row).toContain('<a href="mli.pdf">');
    expect(index).toContain('<script>');
  });
});
