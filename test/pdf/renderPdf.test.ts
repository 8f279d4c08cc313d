import { describe, expect, it } from 'vitest';
import { paragraph, pdfInput } from '../helpers/pdfInput.js';
import { projectEnvironment } from '../helpers/project.js';
import { normalise, readPdf } from '../helpers/readPdf.js';

/**
 * The PDF stage on content that used to be lost (the red-team findings of issue 10): every text
 * is printed, every footnote once, each page has its folio; what cannot be placed is an error.
 */
const env = projectEnvironment();
const words = (count: number, seed: string) =>
  Array.from({ length: count }, (_, i) => `${seed}${i.toString(36)}`).join(' ');
const squeeze = (text: string) => text.replace(/\s+/g, '');
const marker = (number: number) => ({
  text: String(number),
  sup: true,
  linkToDestination: `note-${number}`,
  _note: number,
});
const note = (number: number, text: string) => ({
  text: [{ text: `${number} ` }, text],
  fontSize: 7,
  margin: [0, 0, 0, 2],
  _meta: { id: `note-${number}`, role: 'Note', destination: `note-${number}` },
});

async function printed(input: Parameters<typeof env.pdf.render>[0]) {
  const { pdf, pages } = await env.pdf.render(input);
  const read = await readPdf(pdf);
  expect(read.pages).toHaveLength(pages);
  for (const [index, page] of read.pages.entries()) expect(page).toContain(`page ${index + 1} / ${pages}`);
  // The folio stands between the pages' texts: leave it out, so paragraphs read on across pages.
  return { text: squeeze(read.pages.map((page) => page.replace(/page \d+ \/ \d+/, '')).join(' ')), pages };
}

describe('the PDF stage loses nothing', () => {
  it('splits a block kept together that is taller than a page between its lines', async () => {
    const long = words(1500, 'kept');
    const { text, pages } = await printed(
      pdfInput({
        flow: [
          { text: 'Title', fontSize: 13, _meta: { id: 'h', role: 'H1', keepWithNext: true, keep: 'unbreakable' } },
          { stack: [paragraph('p', long)], _meta: { id: 'card', role: 'Sect', keep: 'together' } },
        ],
      }),
    );
    expect(text).toContain(squeeze(long));
    expect(pages).toBeGreaterThan(1);
  });

  it('prints 70 notes referenced in one paragraph, each once, beginning on its page and going on after', async () => {
    const runs = Array.from({ length: 70 }, (_, i) => [`word${i} `, marker(i + 1), ' ']).flat();
    const texts = Array.from({ length: 70 }, (_, i) => `${words(25, `n${i}x`)} end${i}.`);
    const notes = texts.map((text, i) => note(i + 1, text));
    const { pdf, pages } = await env.pdf.render(
      pdfInput({ flow: [{ text: runs, _meta: { id: 'p', role: 'P' } }], notes }),
    );
    const read = await readPdf(pdf);
    for (const [index, page] of read.pages.entries()) expect(page).toContain(`page ${index + 1} / ${pages}`);
    const tokens = read.pages.join(' ').split(/\s+/);
    for (let i = 0; i < 70; i += 1) {
      expect(tokens).toContain(`word${i}`);
      // Every word of the note once, in order, wherever its parts are printed.
      expect(tokens.filter((token) => token.startsWith(`n${i}x`) || token === `end${i}.`)).toEqual(
        texts[i]!.split(' '),
      );
    }
    // Each note begins on the page of its reference: page 1 holds the first word of every one.
    const first = read.pages[0]!.split(/\s+/);
    for (let i = 0; i < 70; i += 1) expect(first).toContain(`n${i}x0`);
  });

  it('prints a footnote of 12,000 characters in full, over the pages it needs', async () => {
    const long = words(2400, 'fn');
    const { pdf, pages } = await env.pdf.render(
      pdfInput({
        flow: [{ text: ['Body ', marker(1), ' ', words(200, 'body')], _meta: { id: 'p', role: 'P' } }],
        notes: [note(1, long)],
      }),
    );
    expect(long.length).toBeGreaterThan(12_000);
    const tokens = (await readPdf(pdf)).pages.join(' ').split(/\s+/);
    // Every word of the note once, in order (the body of each page stands between the parts).
    const printed = tokens.filter((token) => /^fn[0-9a-z]+$/.test(token));
    expect(printed).toEqual(long.split(' '));
    expect(tokens.join(' ')).toContain('Note 1, continued:');
    expect(pages).toBeGreaterThan(1);
  });

  it('refuses a figure taller than a page with LAYOUT_TOO_TALL', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="2000"><rect width="100" height="2000"/></svg>';
    await expect(
      env.pdf.render(
        pdfInput({ flow: [{ svg, width: 100, height: 2000, _meta: { id: 'chart', role: 'Figure', alt: 'x' } }] }),
      ),
    ).rejects.toMatchObject({
      code: 'LAYOUT_TOO_TALL',
      message: 'a figure is taller than an empty page and cannot be placed',
    });
  });

  it('scales a figure wider than its column down to fit it (the page check would refuse it otherwise)', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40"><rect width="400" height="40"/></svg>';
    // The page check refuses anything wider than its column (LAYOUT_BEYOND_MARGIN): the build
    // succeeding shows the figure was drawn within it.
    const { pages } = await env.pdf.render(
      pdfInput({ flow: [{ svg, width: 400, height: 40, _meta: { id: 'chart', role: 'Figure', alt: 'x' } }] }),
    );
    expect(pages).toBe(1);
  });

  it('reads the same text back as it was given, whitespace aside', async () => {
    const text = words(300, 'same');
    const read = await printed(pdfInput({ flow: [paragraph('p', text)] }));
    expect(normalise(read.text)).toContain(squeeze(text));
  });
});
