import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProfileError } from '../../src/errors/index.js';
import { buildAll } from '../../src/pipeline/buildAll.js';
import { compareOutputs } from '../../src/report/compareOutputs.js';
import { formatUpdateSummary } from '../../src/report/formatUpdateSummary.js';
import type { UpdateReport } from '../../src/report/updateReport.js';
import { projectContext, ROOT, temporaryFolder } from '../helpers/project.js';

/**
 * The update report end to end: Mali built from its data, and again from a copy where one
 * figure changed (emigration.inEu.value); the report must point at that figure and at the
 * page it is printed on, in both languages, and nothing else.
 */
const work = temporaryFolder('profiles-report-');
const before = join(work.dir, 'before');
const after = join(work.dir, 'after');
const dataBefore = join(work.dir, 'data-before', 'mli.yaml');
const dataAfter = join(work.dir, 'data-after', 'mli.yaml');
let report: UpdateReport;
/** The page count of each edition, as the build reported it. */
const pages = new Map<string, number>();

beforeAll(async () => {
  mkdirSync(join(work.dir, 'data-before'));
  mkdirSync(join(work.dir, 'data-after'));
  copyFileSync(join(ROOT, 'data', 'mli.yaml'), dataBefore);
  const text = readFileSync(dataBefore, 'utf8');
  const changed = text.replace(/(inEu: \{ value: )\d+/, '$1181500');
  expect(changed).not.toBe(text);
  writeFileSync(dataAfter, changed);
  for (const [data, outDir] of [
    [dataBefore, before],
    [dataAfter, after],
  ] as const) {
    const summary = await buildAll(
      { data, countries: [], languages: ['fr', 'en'], outDir, strict: false },
      projectContext(),
    );
    expect(summary.failed).toBe(0);
    for (const output of summary.outputs) pages.set(output.lang, output.pages!);
  }
  report = await compareOutputs(before, after, {
    data: { before: dataBefore, after: dataAfter },
    reportDir: join(work.dir, 'report'),
  });
});
afterAll(() => work.remove());

describe('compareOutputs after one figure changed', () => {
  it('finds exactly page 1 changed in each language, with one outlined region', () => {
    expect(report.changed).toBe(true);
    expect(
      report.editions.map((edition) => [
        edition.country,
        edition.lang,
        edition.status,
        edition.pages.map((page) => page.page),
      ]),
    ).toEqual([
      ['MLI', 'en', 'changed', [1]],
      ['MLI', 'fr', 'changed', [1]],
    ]);
    for (const edition of report.editions) expect(edition.pages[0]!.regions).toHaveLength(1);
  });

  it('shows the text line that changed on that page, in each language’s number format', () => {
    const lines = (lang: string) => report.editions.find((edition) => edition.lang === lang)!.pages[0]!;
    expect(lines('fr').removedLines.join('|').replace(/\s/g, ' ')).toContain('180 863');
    expect(lines('fr').addedLines.join('|').replace(/\s/g, ' ')).toContain('181 500');
    expect(lines('en').removedLines.join('|')).toContain('180,863');
    expect(lines('en').addedLines.join('|')).toContain('181,500');
  });

  it('names the figure that changed, old → new, and where it shows', () => {
    expect(
      report.data.map(({ path, before: old, after: current, line, seenOn }) => ({ path, old, current, line, seenOn })),
    ).toEqual([
      {
        path: 'emigration.inEu.value',
        old: 180863,
        current: 181500,
        line: expect.any(Number),
        seenOn: [
          { country: 'MLI', lang: 'en', page: 1 },
          { country: 'MLI', lang: 'fr', page: 1 },
        ],
      },
    ]);
  });

  it('writes one self-contained HTML report', () => {
    expect(report.file).toBe(join(work.dir, 'report', 'report.html'));
    const html = readFileSync(report.file!, 'utf8');
    expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(2);
    expect(html).not.toMatch(/<script|<link|src="(?!data:)/);
    expect(html).toContain('emigration.inEu.value');
    expect(existsSync(join(work.dir, 'report', 'report-images'))).toBe(false);
  });

  it('sums it up in a few lines', () => {
    const summary = formatUpdateSummary(report);
    expect(summary[0]).toBe(`MLI en: 1 of ${pages.get('en')} pages changed: p. 1 (1 region(s), −1 +1 lines)`);
    expect(summary).toContain('data: 1 value(s) changed');
    expect(
      summary.some((line) =>
        /emigration\.inEu\.value \(line \d+\): 180863 → 181500 {2}\[seen on en p\. 1, fr p\. 1\]/.test(line),
      ),
    ).toBe(true);
  });
});

describe('compareOutputs', () => {
  it('finds nothing between a build and itself, without rendering', async () => {
    const same = await compareOutputs(before, before);
    expect(same.changed).toBe(false);
    expect(same.editions.map((edition) => [edition.status, edition.pagesAfter])).toEqual([
      ['unchanged', pages.get('en')],
      ['unchanged', pages.get('fr')],
    ]);
  });

  it('compares two PDFs given by name', async () => {
    const pair = await compareOutputs(join(before, 'fr', 'mli.pdf'), join(after, 'fr', 'mli.pdf'), { dpi: 40 });
    expect(
      pair.editions.map((edition) => [edition.country, edition.lang, edition.pages.map((page) => page.page)]),
    ).toEqual([['MLI', 'fr', [1]]]);
  });

  it('refuses to compare a folder with a file', async () => {
    const error = await compareOutputs(before, join(after, 'fr', 'mli.pdf')).catch((caught: unknown) => caught);
    expect(isProfileError(error) && error.code).toBe('DIFF_MIXED_INPUTS');
  });
});
