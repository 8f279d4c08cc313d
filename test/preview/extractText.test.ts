import { describe, expect, it } from 'vitest';
import { extractText, extractTextItems } from '../../src/preview/extractText.js';
import { makePdf } from './pdfFixtures.js';

describe('extractText', () => {
  it('reads each page line by line, top to bottom, accents and symbols as printed', async () => {
    const pdf = await makePdf([
      'Première ligne, œuvre',
      { text: '♂ 59,6 %', font: 'Noto Sans Symbols' },
      { text: 'Page deux', pageBreak: 'before' },
    ]);
    expect(await extractText(pdf)).toEqual([
      { page: 1, lines: ['Première ligne, œuvre', '♂ 59,6 %', 'Synthetic profile page 1 / 2'] },
      { page: 2, lines: ['RUNNING HEADER', 'Page deux', 'Synthetic profile page 2 / 2'] },
    ]);
  });

  it('separates text set apart on one baseline with a space', async () => {
    const pdf = await makePdf([{ columns: [{ text: '5,3 %' }, { text: '180 863' }] }]);
    expect((await extractText(pdf))[0]!.lines[0]).toBe('5,3 % 180 863');
  });
});

describe('extractTextItems', () => {
  it('gives each run of text its position and size in points from the bottom-left corner', async () => {
    const [page] = await extractTextItems(
      await makePdf([{ text: 'Placed', fontSize: 20, absolutePosition: { x: 100, y: 200 } }]),
    );
    const item = page!.items.find((candidate) => candidate.text === 'Placed')!;
    expect([page!.width, page!.height]).toEqual([595.28, 841.89]);
    expect(item.x).toBeCloseTo(100);
    expect(item.size).toBeCloseTo(20);
    expect(item.top).toBeGreaterThan(item.baseline);
    expect(item.bottom).toBeLessThan(item.baseline);
    expect(page!.height - item.top).toBeGreaterThan(195);
    expect(page!.height - item.top).toBeLessThan(205);
  });
});
