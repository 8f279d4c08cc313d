import { describe, expect, it } from 'vitest';
import { checkPdfLayout, describeProblem } from '../helpers/checkPdfLayout.js';
import { MARGINS, makePdf } from './pdfFixtures.js';

/** The problems found in a PDF made of `content`, as [rule, page] pairs. */
async function problemsOf(content: unknown[], background?: (page: number) => unknown): Promise<[string, number][]> {
  const problems = await checkPdfLayout(await makePdf(content, background), { margins: MARGINS });
  return problems.map((problem) => [problem.rule, problem.page]);
}

/** The test helper that reads a built PDF back and checks its layout (test/helpers/checkPdfLayout.ts). */
describe('checkPdfLayout', () => {
  it('finds nothing wrong with well-placed text on every page', async () => {
    expect(
      await problemsOf([
        'A paragraph of body text.',
        { text: 'Page two.', pageBreak: 'before' },
        'Accents: é à œ',
        { text: '♂ ♀', font: 'Noto Sans Symbols' },
        { text: '● ✓', font: 'Noto Sans Symbols 2' },
      ]),
    ).toEqual([]);
  });

  it('finds a character printed as a missing glyph (.notdef), with the message naming the text', async () => {
    const problems = await checkPdfLayout(await makePdf(['Chinese 中文 is not in Noto Sans']), { margins: MARGINS });
    expect(problems.map((problem) => describeProblem(problem, 'test.pdf'))).toEqual([
      'test.pdf page 1: missing glyph: 2 glyph(s) drawn as .notdef in "Chinese □□ is not in Noto Sans"',
    ]);
  });

  it('finds a line that runs into the right margin (an unbreakable link)', async () => {
    const problems = await checkPdfLayout(
      await makePdf([{ text: `https://example.org/${'long-path/'.repeat(12)}`, noWrap: true }]),
      { margins: MARGINS },
    );
    expect(problems.map((problem) => problem.rule)).toEqual(['in a side margin']);
    expect(problems[0]!.detail).toMatch(/^[\d.]+ pt into the right margin: "https:\/\/example\.org\/long-path/);
  });

  it('finds text beyond the edge of the page', async () => {
    expect(
      await problemsOf(['Body.', { text: 'Off the page', absolutePosition: { x: 560, y: 400 }, noWrap: true }]),
    ).toEqual([
      ['outside the page', 1],
      ['in a side margin', 1],
    ]);
  });

  it('finds text in the bottom margin, above or below the page-number line', async () => {
    const strays = [
      { text: 'Overflowing note', absolutePosition: { x: 48, y: 800 } },
      { text: 'Under the page number', absolutePosition: { x: 200, y: 824 } },
    ];
    expect(await problemsOf(['Body.'], () => strays)).toEqual([
      ['in the footer', 1],
      ['in the footer', 1],
    ]);
  });

  it('finds a second line in the top margin, under the running header', async () => {
    const intruder = (page: number) => (page === 2 ? { text: 'Intruder', absolutePosition: { x: 48, y: 36 } } : null);
    expect(await problemsOf(['Body.', { text: 'Page two.', pageBreak: 'before' }], intruder)).toEqual([
      ['in the header', 2],
    ]);
  });

  it('finds text printed over other text', async () => {
    const content = [
      'Body.',
      { text: 'First block of text', absolutePosition: { x: 100, y: 300 } },
      { text: 'Second block here', absolutePosition: { x: 104, y: 302 } },
    ];
    expect(await problemsOf(content)).toEqual([['overlap', 1]]);
  });

  it('finds a page with nothing but the running header and the page number', async () => {
    expect(
      await problemsOf(['Body.', { text: 'Page two.', pageBreak: 'before' }, { text: ' ', pageBreak: 'before' }]),
    ).toEqual([['empty page', 3]]);
  });
});
