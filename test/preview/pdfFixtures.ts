import pdfmake from 'pdfmake';
import { projectEnvironment } from '../helpers/project.js';

/** The page of the synthetic PDFs: A4 with the theme's margins, [top, right, bottom, left]. */
export const MARGINS = [52, 48, 38, 48] as const;

/**
 * A small PDF made with pdfmake and the project's fonts, laid out like a profile page (running
 * header from page 2, page number in the bottom margin), around the given content. For tests
 * that need a PDF with a known flaw: absolutely placed text, a glyph no font has…
 * `background` draws on every page under the content (anywhere on the page, margins included).
 */
export async function makePdf(
  content: unknown[],
  background?: (page: number) => unknown,
  pageSize: string | { width: number; height: number } = 'A4',
): Promise<Buffer> {
  // Plain pdfmake with the project's fonts (the build does not use pdfmake's printer).
  pdfmake.setFonts(projectEnvironment().fonts.descriptors());
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => true);
  const [top, right, bottom, left] = MARGINS;
  const definition = {
    pageSize,
    pageMargins: [left, top, right, bottom],
    defaultStyle: { font: 'Noto Sans', fontSize: 8.8 },
    header: (page: number) =>
      page === 1 ? null : { text: 'RUNNING HEADER', fontSize: 6.8, margin: [left, top * 0.45, right, 0] },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: 'Synthetic profile', fontSize: 6.8 },
        { text: `page ${page} / ${pages}`, fontSize: 6.8, width: 'auto' },
      ],
      margin: [left, bottom * 0.35, right, 0],
    }),
    content,
    // Absolutely placed content beyond the body area goes to the next page; a background can go anywhere.
    ...(background ? { background } : {}),
  };
  return pdfmake.createPdf(definition).getBuffer();
}
