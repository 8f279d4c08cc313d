import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type BuildSummary, buildAll } from '../../src/pipeline/buildAll.js';
import { runCli } from '../helpers/cli.js';
import { projectContext, ROOT, temporaryFolder } from '../helpers/project.js';
import { normalise, type PdfContent, type PrintedLine, readLines, readPdf } from '../helpers/readPdf.js';
import { sharedMaliBuild } from '../helpers/sharedBuild.js';

/**
 * The Mali profile end to end: build both editions, read the text back out of the PDFs,
 * and check that everything of the reference is there, in each language's formats.
 */
const data = parse(readFileSync(join(ROOT, 'data', 'mli.yaml'), 'utf8')) as MaliData;
let out: { dir: string };
let summary: BuildSummary;
const content: Record<string, PdfContent> = {};
const text: Record<string, string> = {};
const lines: Record<string, PrintedLine[]> = {};

beforeAll(async () => {
  const built = await sharedMaliBuild();
  summary = built.summary;
  out = { dir: built.dir };
  for (const lang of ['fr', 'en']) {
    content[lang] = await readPdf(readFileSync(join(out.dir, lang, 'mli.pdf')));
    text[lang] = content[lang].pages.join(' ');
    lines[lang] = await readLines(readFileSync(join(out.dir, lang, 'mli.pdf')));
  }
});

const plain = (markdown: string) =>
  normalise(
    markdown
      .replace(/\[\^[^\]]+\]/g, '')
      .replace(/\*\*|\*/g, '')
      .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'),
  ).replace(/'/g, '’');

describe.each(['fr', 'en'] as const)('the Mali profile in %s', (lang) => {
  it('is built without errors or warnings, the published remittance share acknowledged', () => {
    const output = summary.outputs.find((o) => o.lang === lang)!;
    expect(output.status).toBe('built');
    expect(output.errors).toEqual([]);
    // 0.78 % of GDP is published, but 1,867 / 20,661.8 million USD is 9.04 %: acknowledged in
    // data/mli.yaml, so listed, not a warning, and --strict passes.
    expect(output.warnings).toEqual([]);
    expect(output.acknowledged.map((w) => [w.code, w.path, w.acknowledgement.fingerprint])).toEqual([
      ['CHECK_REMITTANCES_SHARE', 'remittances.shareOfGdp.value', 'f3905c70dbd3'],
    ]);
    expect(output.pages).toBeGreaterThanOrEqual(5);
  });

  it('prints every section title', () => {
    const titles = {
      fr: [
        'Faits et chiffres',
        'Droits politiques',
        'Transferts',
        'Émigration',
        'Avertissement',
        'Principaux pays de destination',
        'Aperçu du cadre politique et législatif',
        'Tendances et réalisations',
        'Obstacles',
        'Spotlight : pratiques efficaces',
        'Annexe : liste des acteurs',
        'Institutions liées à la diaspora',
        'Organisations de la diaspora en Europe',
      ],
      en: [
        'Facts & figures',
        'Political rights',
        'Remittances',
        'Emigration',
        'Disclaimer',
        'Top destination countries',
        'Overview of the policy and legislative framework',
        'Trends and achievements',
        'Obstacles',
        'Spotlight: effective practices',
        'Annex: Actors list',
        'Diaspora-related institutions',
        'Diaspora organisations in Europe',
      ],
    }[lang];
    const upper = text[lang]!.toLocaleUpperCase(lang);
    for (const title of titles) expect(upper).toContain(normalise(title).toLocaleUpperCase(lang));
  });

  it('prints every figure in the language’s number format', () => {
    const figures = {
      fr: [
        '1 867',
        '0,78 %',
        '5,3 %',
        '180 863',
        '59,6 %',
        '40,4 %',
        '74,2 %',
        '25,8 %',
        '403 646',
        '184 965',
        '140 431',
        '122 945',
        '120 393',
      ],
      en: [
        '1,867',
        '0.78%',
        '5.3%',
        '180,863',
        '59.6%',
        '40.4%',
        '74.2%',
        '25.8%',
        '403,646',
        '184,965',
        '140,431',
        '122,945',
        '120,393',
      ],
    }[lang];
    for (const figure of figures) expect(text[lang]).toContain(figure);
    // No figure in the other language's format.
    if (lang === 'fr') expect(text[lang]).not.toMatch(/\d,\d{3}\b|\d\.\d+ ?%/);
    else expect(text[lang]).not.toMatch(/\d,\d+ %/);
  });

  it('prints the destination countries by name', () => {
    const names = {
      fr: ['Côte d’Ivoire', 'Nigeria', 'Niger', 'Mauritanie', 'France'],
      en: ['Côte d’Ivoire', 'Nigeria', 'Niger', 'Mauritania', 'France'],
    }[lang];
    for (const name of names) expect(text[lang]).toContain(name);
  });

  it('prints every timeline year and entry, every obstacle, practice and actor', () => {
    for (const entry of data.policyFramework) {
      // The year, then the entry's title (the dot on the timeline is drawn, not printed).
      // A line may break after a hyphen (main-|d’œuvre): the reader adds a space there.
      const joined = (value: string) => value.replace(/- /g, '-');
      expect(joined(text[lang]!)).toContain(joined(`${entry.year} ${plain(entry.title[lang])}`));
    }
    for (const obstacle of data.obstacles) expect(text[lang]).toContain(plain(obstacle.title[lang]));
    for (const practice of data.practices) expect(text[lang]).toContain(plain(practice.title[lang]));
    const actors = [
      ...data.actors.regional,
      ...data.actors.ministerial,
      ...data.actors.subMinisterial,
      ...data.actors.diasporaOrganisations,
    ];
    for (const actor of actors) {
      const name = typeof actor.name === 'string' ? actor.name : actor.name[lang];
      expect(text[lang]).toContain(plain(name));
    }
  });

  it('prints every paragraph of prose in full', () => {
    // Paragraphs run across pages: compare the body text only (no running header, notes or
    // footer), without spaces (pdfjs adds some where long URLs may break).
    const squeeze = (value: string) => value.replace(/\s+/g, '');
    const body = squeeze(content[lang]!.body.join(' '));
    const paragraphs = [
      ...data.trends.map((p) => p[lang]),
      ...data.policyFramework.map((e) => e.text[lang]),
      ...data.obstacles.map((o) => o.text[lang]),
    ];
    for (const paragraph of paragraphs) expect(body).toContain(squeeze(plain(paragraph)));
  });

  it('links every footnote URL, and numbers the notes 1 to 10 in reading order', () => {
    const links = content[lang]!.links.flat();
    for (const note of Object.values(data.footnotes)) if (note.url) expect(links).toContain(note.url);
    const first = content[lang]!.pages[0]!;
    expect(first).toMatch(/\b1 (La loi|Law) n/i);
  });

  it('has no word damaged by the extraction of the reference', () => {
    for (const damaged of ['Activits', 'dveloppement', 'Financ ', 'Rdig', 'Fdration', 'rgion'])
      expect(text[lang]).not.toContain(damaged);
  });

  it('carries its folio, page N / M, on every page', () => {
    const pages = content[lang]!.pages;
    for (const [index, page] of pages.entries()) {
      expect(page).toMatch(new RegExp(`(^|\\D)${index + 1} / ${pages.length}(\\D|$)`));
    }
  });

  it('sets its prose at a readable measure: at most 90 characters a line for nine lines in ten', () => {
    // Body-sized lines (8.5 pt and up) with more than a few words: prose, not figures or labels.
    const prose = lines[lang]!.filter((line) => line.size >= 8.5 && line.size < 9.5 && line.text.split(' ').length > 4);
    const lengths = prose.map((line) => [...line.text].length).sort((a, b) => a - b);
    const at = (share: number) => lengths[Math.floor(share * (lengths.length - 1))]!;
    expect(lengths.length).toBeGreaterThan(100);
    expect(at(0.9)).toBeLessThanOrEqual(90);
    expect(at(0.5)).toBeGreaterThanOrEqual(45);
  });

  it('shows the EU emblem with its funding statement and the EU disclaimer', () => {
    const funded = { fr: 'Financé par l’Union européenne', en: 'Funded by the European Union' }[lang]!;
    expect(normalise(content[lang]!.pages[0]!)).toContain(funded);
    const disclaimer = {
      fr: 'Son contenu relève de la seule responsabilité de ICMPD',
      en: 'Its contents are the sole responsibility of ICMPD',
    }[lang]!;
    expect(text[lang]).toContain(disclaimer);
  });

  it('carries metadata, bookmarks and the edition date from the data', () => {
    const { info, outline } = content[lang]!;
    expect(info.Title).toContain('Mali');
    expect(info.Author).toBe('AFFORD, EUDiF');
    expect(String(info.CreationDate)).toMatch(/^D:20251101/);
    expect(info.Language ?? lang).toBe(lang);
    const sections = {
      fr: [
        'FAITS ET CHIFFRES',
        'APERÇU DU CADRE POLITIQUE ET LÉGISLATIF',
        'TENDANCES ET RÉALISATIONS',
        'OBSTACLES',
        'SPOTLIGHT : PRATIQUES EFFICACES',
        'ANNEXE : LISTE DES ACTEURS',
      ],
      en: [
        'FACTS & FIGURES',
        'OVERVIEW OF THE POLICY AND LEGISLATIVE FRAMEWORK',
        'TRENDS AND ACHIEVEMENTS',
        'OBSTACLES',
        'SPOTLIGHT: EFFECTIVE PRACTICES',
        'ANNEX: ACTORS LIST',
      ],
    }[lang];
    expect(outline.map((title) => normalise(title).toLocaleUpperCase(lang))).toEqual(sections.map(normalise));
  });
});

describe('reproducibility', () => {
  it('gives byte-identical PDFs built twice, after other profiles, or in a fresh process', async () => {
    const again = temporaryFolder();
    const fresh = temporaryFolder();
    try {
      // Other texts first: fonts and word layouts are shared within a process, the bytes must not depend on it.
      await buildAll(
        {
          data: join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'),
          countries: [],
          languages: [],
          outDir: again.dir,
          strict: false,
        },
        projectContext(),
      );
      await buildAll(
        { data: join(ROOT, 'data', 'mli.yaml'), countries: [], languages: [], outDir: again.dir, strict: false },
        projectContext(),
      );
      const cli = await runCli(['build', 'MLI', '--out', fresh.dir]);
      expect(cli.code).toBe(0);
      for (const lang of ['fr', 'en']) {
        const first = readFileSync(join(out.dir, lang, 'mli.pdf'));
        expect(readFileSync(join(again.dir, lang, 'mli.pdf')).equals(first)).toBe(true);
        expect(readFileSync(join(fresh.dir, lang, 'mli.pdf')).equals(first)).toBe(true);
      }
    } finally {
      again.remove();
      fresh.remove();
    }
  });
});

type Prose = Record<'fr' | 'en', string>;
interface MaliData {
  policyFramework: { year: number; title: Prose; text: Prose }[];
  trends: Prose[];
  obstacles: { title: Prose; text: Prose }[];
  practices: { title: Prose }[];
  actors: Record<'regional' | 'ministerial' | 'subMinisterial' | 'diasporaOrganisations', { name: string | Prose }[]>;
  footnotes: Record<string, { url?: string }>;
}
