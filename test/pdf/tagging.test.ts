import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/project.js';
import { nodesWith, type PageStructure, readStructure } from '../helpers/readStructure.js';
import { sharedMaliBuild } from '../helpers/sharedBuild.js';

/**
 * The tagged PDF read back with pdf.js, independently of the code that writes the tags: every
 * text tagged or an artifact, reading order as written, figures with their data as alternative
 * text, links held by Link elements, headings without skipped levels (the Matterhorn Protocol's
 * mechanical checks that apply to these documents; docs/accessibility.md lists the others).
 */
const file = join(ROOT, 'data', 'mli.yaml');
const data = parse(readFileSync(file, 'utf8')) as {
  emigration: { topDestinations: { countries: { country: string }[] } };
};
const built: Record<string, { pdf: Buffer; pages: PageStructure[]; meta: unknown; markInfo: unknown }> = {};

beforeAll(async () => {
  const { dir } = await sharedMaliBuild();
  for (const lang of ['fr', 'en']) {
    const pdf = readFileSync(join(dir, lang, 'mli.pdf'));
    const read = await readStructure(pdf);
    built[lang] = { pdf, pages: read.pages, meta: read.lang, markInfo: read.markInfo };
  }
});

const squeeze = (text: string) => text.replace(/[\s\u200b]+/g, '');

describe.each(['fr', 'en'])('the tagged Mali profile in %s', (lang) => {
  it('is a tagged PDF 1.7 with its language, title shown, PDF/UA and PDF/A claimed', () => {
    const { pdf, markInfo } = built[lang]!;
    const head = pdf.subarray(0, 10).toString('latin1');
    expect(head).toBe('%PDF-1.7\n%');
    expect(markInfo).toMatchObject({ Marked: true });
    const text = pdf.toString('latin1');
    expect(text).toMatch(new RegExp(`/Lang \\(${lang}\\)`));
    expect(text).toContain('/DisplayDocTitle true');
    expect(text).toContain('/Tabs /S');
  });

  it('draws no text outside marked content: each is tagged or an artifact', () => {
    for (const [index, page] of built[lang]!.pages.entries()) expect(page.untagged, `page ${index + 1}`).toEqual([]);
  });

  it('reads page 1 in the order of the data: terminology, rights, remittances, disclaimer, then emigration', () => {
    const order = squeeze(built[lang]!.pages[0]!.ordered.join(' '));
    const words = {
      fr: ['Terminologie', 'DROITSPOLITIQUES', 'TRANSFERTS', 'AVERTISSEMENT', 'ÉMIGRATION', 'PRINCIPAUXPAYS'],
      en: ['Terminology', 'POLITICALRIGHTS', 'REMITTANCES', 'DISCLAIMER', 'EMIGRATION', 'TOPDESTINATION'],
    }[lang]!;
    const positions = words.map((word) => order.indexOf(word));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The two-column facts are not interleaved: a whole phrase reads as one.
    const phrase = {
      fr: 'Droit de vote aux élections nationales pour les citoyens résidant à l’étranger',
      en: 'Right to vote in national elections for citizens residing abroad',
    }[lang]!;
    // (pdf.js joins the lines of one marked-content sequence without a space: compare without spaces.)
    expect(built[lang]!.pages[0]!.ordered.some((text) => squeeze(text).includes(squeeze(phrase)))).toBe(true);
  });

  it('gives every figure an alternative text with its data: the destinations, both splits, the tiles, the emblem', () => {
    const figures = built[lang]!.pages.flatMap((page) => nodesWith(page.tree, ['Figure']));
    expect(figures.every((figure) => (figure.alt ?? '').length > 3)).toBe(true);
    const alts = figures.map((figure) => figure.alt ?? '').join(' | ');
    const names = new Intl.DisplayNames(lang, { type: 'region' });
    for (const { country } of data.emigration.topDestinations.countries) {
      expect(alts).toContain(
        {
          CIV: 'Côte d’Ivoire',
          NGA: 'Nigeria',
          NER: 'Niger',
          MRT: lang === 'fr' ? 'Mauritanie' : 'Mauritania',
          FRA: 'France',
        }[country] ?? names.of(country),
      );
    }
    expect(alts).toMatch(lang === 'fr' ? /403\s646/ : /403,646/);
    expect(alts).toMatch(lang === 'fr' ? /hommes 59,6\s%, femmes 40,4\s%/ : /men 59\.6%, women 40\.4%/);
    expect(alts).toMatch(lang === 'fr' ? /5,3\s% — % d’émigrants/ : /5\.3% — Emigrants as % of total population/);
  });

  it('holds every link annotation in a Link element, with a description', () => {
    const links = built[lang]!.pages.flatMap((page) => page.links);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(link.inLink, link.id).toBe(true);
      expect(link.contents.length, link.id).toBeGreaterThan(0);
    }
  });

  it('uses headings without skipping a level, lists of items with labels and bodies, notes after their references', () => {
    const roles = built[lang]!.pages[0]!.roles;
    let previous = 0;
    for (const role of built[lang]!.pages.flatMap((page) => page.roles)) {
      const level = /^H(\d)$/.exec(role)?.[1];
      if (!level) continue;
      expect(Number(level)).toBeLessThanOrEqual(previous + 1 || 1);
      previous = Number(level);
    }
    expect(roles).toEqual(
      expect.arrayContaining([
        'Document',
        'Sect',
        'H1',
        'H2',
        'L',
        'LI',
        'Lbl',
        'LBody',
        'Figure',
        'Note',
        'Reference',
        'Link',
      ]),
    );
    for (const item of built[lang]!.pages.flatMap((page) => nodesWith(page.tree, ['LI']))) {
      const kinds = (item.children ?? []).map((child) => child.role).filter(Boolean);
      expect(
        kinds.every((kind) => kind === 'Lbl' || kind === 'LBody'),
        kinds.join(','),
      ).toBe(true);
    }
  });
});
