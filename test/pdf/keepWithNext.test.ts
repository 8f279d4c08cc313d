import { describe, expect, it } from 'vitest';
import { keptWithNext } from '../../src/document/components/heading.js';
import { projectEnvironment } from '../helpers/project.js';
import { readPdf } from '../helpers/readPdf.js';

/** Headings (and call-outs) are never the last thing on a page: they move to the next one with what follows. */
const env = projectEnvironment();
const document = (spaceBefore: number) => ({
  settings: () => ({
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 40],
    defaultStyle: { font: 'Noto Sans', fontSize: 10 },
    info: { creationDate: new Date(Date.UTC(2025, 0, 1)), modDate: new Date(Date.UTC(2025, 0, 1)) },
  }),
  content: () => [
    { text: 'Opening text.' },
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 10, h: spaceBefore }] },
    { text: keptWithNext(['A heading'], 'keep-1'), id: 'keep-1', fontSize: 14 },
    { text: keptWithNext(['A sub-heading'], 'keep-2'), id: 'keep-2' },
    { text: 'The paragraph the headings introduce, long enough to need its own lines. '.repeat(6) },
  ],
  notes: new Map(),
  noteSeparator: () => ({ text: '' }),
  noteSeparatorHeight: 0,
  header: () => null,
  footer: () => ({ text: '' }),
});

describe('keep with next', () => {
  it('moves headings left at the foot of a page, the first of a run, onto the next page', async () => {
    // Room for the opening text and the two headings, not for a line of the paragraph.
    const { pdf, pages } = await env.pdf.render(document(841.89 - 80 - 14 - 19 - 14 - 10));
    const text = (await readPdf(pdf)).pages;
    expect(pages).toBe(2);
    expect(text[0]).toBe('Opening text.');
    expect(text[1]).toMatch(/^A heading A sub-heading The paragraph/);
  });

  it('leaves headings where they are when what follows starts on the same page', async () => {
    const text = (await readPdf((await env.pdf.render(document(400))).pdf)).pages;
    expect(text[0]).toMatch(/^Opening text\. A heading A sub-heading The paragraph/);
  });
});
