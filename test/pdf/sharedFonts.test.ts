import { describe, expect, it } from 'vitest';
import { fontSharingActive, openSharedFont } from '../../src/fonts/openSharedFont.js';
import { PDFDocument } from '../../src/pdf/pdfmakeInternals.js';
import { pdfInput } from '../helpers/pdfInput.js';
import { projectEnvironment } from '../helpers/project.js';
import { readPdf } from '../helpers/readPdf.js';

/**
 * Fonts and word layouts are shared by the documents of a process (src/fonts/openSharedFont.ts
 * and src/pdf/renderPdf.ts at run time; the fontkit patch keeps glyphs' characters right). What a PDF maps its glyphs back to (the text a reader copies) must still come from
 * that PDF's own text, whatever was printed before.
 */
const env = projectEnvironment();
const input = (text: string) => pdfInput({ span: [{ text, _meta: { id: 'p', role: 'P' } }] });

describe('fonts shared between documents', () => {
  it('are the ones the registry parsed: pdfkit opens no font file again', () => {
    expect(fontSharingActive()).toBe(true);
    const face = env.fonts.faces.find((candidate) => candidate.style === 'normal')!;
    const doc = new PDFDocument(
      env.fonts.descriptors(),
      {},
      {},
      {},
      { autoFirstPage: false, font: null },
      null,
      () => true,
    );
    const opened = doc.provideFont(face.family, false, false) as unknown as { font: unknown };
    expect(opened.font).toBe(openSharedFont(face.file));
  });

  it('[glyph-characters] map a glyph back to the characters of the document that prints it', async () => {
    // "è" draws the grave accent as a component: fontkit meets the accent glyph without a character.
    await env.pdf.render(input('è ë ê'));
    const { pdf } = await env.pdf.render(input('`code` ^x^ ¨y'));
    expect((await readPdf(pdf)).pages[0]).toBe('`code` ^x^ ¨y page 1 / 1');
  });

  it('give the same bytes whatever was rendered before', async () => {
    const first = await env.pdf.render(input('`a` ´b´ è'));
    await env.pdf.render(input('é è à ç ô ü ` ´ ¨ ^ ~ \u00a0 x'));
    const again = await env.pdf.render(input('`a` ´b´ è'));
    expect(again.pdf.equals(first.pdf)).toBe(true);
  });
});
