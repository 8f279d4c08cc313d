import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../src/pipeline/buildAll.js';
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
