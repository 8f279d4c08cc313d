import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildSummary, buildAll } from '../../src/pipeline/buildAll.js';
import { runCli } from '../helpers/cli.js';
import { projectContext, ROOT, temporaryFolder } from '../helpers/project.js';
import { type PdfContent, readPdf } from '../helpers/readPdf.js';

/**
 * The fields other countries need (issue 14), end to end: the fictional HMD (every new field)
 * and SGS (the sparse shape) build with --strict in both languages, and each new field is
 * printed where a reader looks for it, in the language's words and number formats.
 */
const fixtures = join(ROOT, 'test', 'fixtures', 'profiles');
const work = temporaryFolder();
const data = join(work.dir, 'data');
const out = join(work.dir, 'output');
let summary: BuildSummary;
const pdfs: Record<string, PdfContent> = {};

beforeAll(async () => {
  mkdirSync(data);
  for (const code of ['hmd', 'sgs']) copyFileSync(join(fixtures, `${code}.yaml`), join(data, `${code}.yaml`));
  summary = await buildAll({ data, countries: [], languages: [], outDir: out, strict: true }, projectContext());
  for (const code of ['hmd', 'sgs']) {
    for (const lang of ['fr', 'en'])
      pdfs[`${code}.${lang}`] = await readPdf(readFileSync(join(out, lang, `${code}.pdf`)));
  }
});
afterAll(() => work.remove());

const page = (key: string, number: number) => pdfs[key]!.pages[number - 1] ?? '';
const all = (key: string) => pdfs[key]!.pages.join(' ');

describe('the fictional profiles with the new fields', () => {
  it('build in both languages with --strict: figures known to be unavailable are no warning', () => {
    expect(summary.outputs.map((o) => [o.country, o.lang, o.status, o.warnings.length])).toEqual([
      ['HMD', 'en', 'built', 0],
      ['HMD', 'fr', 'built', 0],
      ['SGS', 'en', 'built', 0],
      ['SGS', 'fr', 'built', 0],
    ]);
  });

  it('pass validate --strict', async () => {
    const result = await runCli(['validate', '--strict', join(fixtures, 'hmd.yaml'), join(fixtures, 'sgs.yaml')]);
    expect(result.stderr).toContain('2 file(s) checked: 0 error(s), 0 warning(s)');
    expect(result.code).toBe(0);
  });
});

describe.each([
  {
    lang: 'fr',
    page1: [
      'Double nationalité1 tolérée dans les faits',
      'pour les élections législatives seulement',
      'Vote depuis l’étranger : dans les ambassades/consulats, dans les mairies des pays d’accueil',
      'Sièges réservés à la diaspora au parlement : 15 sur 165 (Assemblée nationale)2, 2 sur 55 (Sénat)',
      '4,5 %',
      'n.d.',
      'non publié par la Banque mondiale',
      '12,0 %',
      'borne inférieure : pas de détail pour l’Allemagne',
      '2 100 000',
      'Émigrants selon UN DESA (2024)',
      '2,5–3 M',
      'Estimation nationale : Ministère des Affaires étrangères de Heard (2022)',
      'y compris la deuxième génération',
      '59,6 %',
      'hors pays sans détail par origine',
      'Loi électorale imaginaire.',
      'L’Allemagne ne publie pas l’origine.',
      'Par pays de naissance.',
    ],
    later: [
      'sept. 2016',
      '2009–2025',
      'Révision : 2023',
      'depuis 2019',
      'RÉSEAUTAGE',
      'Révisions : 2021 et 2023',
      'Au niveau local',
      'Mairie d’Atlas Cove',
      'Heard Diaspora Network (France et Belgique)',
      'Mis à jour en juin 2025',
    ],
    sparse: ['aucun pays de destination ne dépasse 10 personnes', 'Au niveau local', 'Publié en mars 2025'],
    noUpdate: 'Mis à jour',
  },
  {
    lang: 'en',
    page1: [
      'Dual citizenship1 tolerated in practice',
      'in parliamentary elections only',
      'Voting from abroad: in embassies/consulates, in town halls of host countries',
      'Seats reserved for the diaspora in parliament: 15 of 165 (National Assembly)2, 2 of 55 (Senate)',
      '4.5%',
      'n/a',
      'not published by the World Bank',
      '12.0%',
      'lower bound: no detail for Germany',
      '2,100,000',
      'Emigrants according to UN DESA (2024)',
      '2.5M – 3M',
      'National estimate: Heard Ministry of Foreign Affairs (2022)',
      'including the second generation',
      '59.6%',
      'excluding countries with no detail by origin',
      'Imaginary electoral law.',
      'Germany does not publish the origin.',
      'By country of birth.',
    ],
    later: [
      'Sep 2016',
      '2009–2025',
      'Revised: 2023',
      'since 2019',
      'NETWORKING',
      'Revised: 2021 and 2023',
      'Local level',
      'Atlas Cove Town Hall',
      'Heard Diaspora Network (France and Belgium)',
      'Updated June 2025',
    ],
    sparse: ['no destination country exceeds 10 people', 'Local level', 'Published March 2025'],
    noUpdate: 'Updated',
  },
])('the new fields printed in $lang', ({ lang, page1, later, sparse, noUpdate }) => {
  it('on page 1: rights, seats, places to vote, figures with notes, decimals, the estimate and their footnotes', () => {
    for (const text of page1) expect(page(`hmd.${lang}`, 1)).toContain(text);
  });

  it('after page 1: months, periods, revisions, tags of its own, the local level, two countries, the update', () => {
    const rest = pdfs[`hmd.${lang}`]!.pages.slice(1).join(' ');
    for (const text of later) expect(rest).toContain(text);
  });

  it('in the sparse profile: the note on missing destinations, the local level, a first edition with no update', () => {
    for (const text of sparse) expect(all(`sgs.${lang}`)).toContain(text);
    expect(all(`sgs.${lang}`)).not.toContain(noUpdate);
  });

  it('links the source the profile declares', () => {
    expect(pdfs[`hmd.${lang}`]!.links[0]).toContain('https://example.org/heard-survey');
  });
});
