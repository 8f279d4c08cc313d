import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfJs } from '../../src/preview/openPdf.js';

interface Glyph {
  readonly unicode?: string;
  readonly originalCharCode?: number;
}

/**
 * How many glyphs a page draws as .notdef (the empty box a font prints for a character it
 * lacks). Read from the drawing operations, not from the extracted text, so it does not rely
 * on the font's ToUnicode map: pdfkit's subset fonts (Identity-H) draw .notdef as code 0,
 * and pdfjs reports a glyph it cannot map as U+0000 or U+FFFD.
 */
export async function countMissingGlyphs(page: PDFPageProxy): Promise<number> {
  const { OPS } = await loadPdfJs();
  const operators = await page.getOperatorList();
  let missing = 0;
  for (const [index, fn] of operators.fnArray.entries()) {
    if (fn !== OPS.showText) continue;
    const glyphs = (operators.argsArray[index] as unknown[] | undefined)?.[0];
    if (!Array.isArray(glyphs)) continue;
    for (const glyph of glyphs as (Glyph | number | null)[]) {
      if (glyph === null || typeof glyph !== 'object') continue;
      if (glyph.originalCharCode === 0 || glyph.unicode === '\u0000' || glyph.unicode === '\ufffd') missing += 1;
    }
  }
  return missing;
}

/** True when the page paints an image (a page with an image and no text is not empty). */
export async function paintsImages(page: PDFPageProxy): Promise<boolean> {
  const { OPS } = await loadPdfJs();
  const painting = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObjectGroup,
  ]);
  const operators = await page.getOperatorList();
  return operators.fnArray.some((fn) => painting.has(fn));
}
