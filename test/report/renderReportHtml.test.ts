import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/renderReportHtml.js';
import type { EditionChange, UpdateReport } from '../../src/report/updateReport.js';
import { writeReport } from '../../src/report/writeReport.js';
import { temporaryFolder } from '../helpers/project.js';

const PNG = Buffer.from('89504e470d0a1a0a', 'hex');

const edition = (lang: string, status: EditionChange['status']): EditionChange => ({
  country: 'XFA',
  lang,
  status,
  before: status === 'added' ? null : `old/${lang}/xfa.pdf`,
  after: status === 'removed' ? null : `new/${lang}/xfa.pdf`,
  pagesBefore: status === 'added' ? null : 2,
  pagesAfter: status === 'removed' ? null : 3,
  pages:
    status === 'changed'
      ? [
          {
            page: 3,
            status: 'added',
            changedPixels: 900,
            changedShare: 0.5,
            regions: [],
            removedLines: [],
            addedLines: ['<b>Annex</b> & more'],
            image: PNG,
          },
        ]
      : [],
  milliseconds: 1,
});

const report: UpdateReport = {
  before: 'old',
  after: 'new',
  settings: { dpi: 75, threshold: 0.1, minChangedPixels: 0 },
  editions: [edition('fr', 'changed'), edition('en', 'unchanged'), edition('pt', 'added')],
  dataFiles: { before: 'old/xfa.yaml', after: 'data/xfa.yaml' },
  exported: [
    {
      country: 'XFA',
      figure: 'emigration.inEu',
      field: 'value',
      change: 'changed',
      before: 180863,
      after: 181000,
    },
  ],
  data: [
    {
      country: 'XFA',
      path: 'terminology.fr',
      kind: 'text',
      change: 'changed',
      before: 'Les <Fictifs> de l’extérieur',
      after: 'Les <Fictifs> de l’étranger',
      line: 3,
      seenOn: [{ country: 'XFA', lang: 'fr', page: 1 }],
    },
  ],
  file: null,
  changed: true,
};

describe('renderReportHtml', () => {
  const html = renderReportHtml(report, () => 'picture.png');

  it('escapes every text taken from the PDFs and the data', () => {
    expect(html).toContain('&#60;b&#62;Annex&#60;/b&#62; &#38; more');
    expect(html).not.toContain('<Fictifs>');
  });

  it('marks the changed words of a text', () => {
    expect(html).toContain('Les &#60;Fictifs&#62; de <del>l’extérieur</del>');
    expect(html).toContain('Les &#60;Fictifs&#62; de <ins>l’étranger</ins>');
  });

  it('lists every edition with its status and links to the changed pages', () => {
    expect(html).toMatch(
      /<td>fr<\/td><td><span class="badge changed">changed<\/span><\/td><td>2 → 3<\/td><td><a href="#xfa-fr-p3">3<\/a><\/td>/,
    );
    expect(html).toContain('<span class="badge unchanged">unchanged</span>');
    expect(html).toContain('<span class="badge added">added</span>');
    expect(html).toContain('<article id="xfa-fr-p3">');
    expect(html).toContain('<a href="#xfa-fr-p1">fr p.&nbsp;1</a>');
  });
});

describe('writeReport', () => {
  const out = temporaryFolder('profiles-report-html-');
  afterAll(() => out.remove());

  it('embeds the pictures as data URIs', () => {
    const html = readFileSync(writeReport(report, out.dir), 'utf8');
    expect(html).toContain(`src="data:image/png;base64,${PNG.toString('base64')}"`);
  });

  it('writes the pictures beside a very large report instead', () => {
    const html = readFileSync(writeReport(report, out.dir, undefined, 0), 'utf8');
    expect(html).toContain('src="report-images/xfa-fr-p3.png"');
    expect(existsSync(join(out.dir, 'report-images', 'xfa-fr-p3.png'))).toBe(true);
  });
});
