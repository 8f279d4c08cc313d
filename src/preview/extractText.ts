import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type PdfSource, withPdf } from './openPdf.js';

export { loadPdfJs } from './openPdf.js';

/** The text of one PDF page, line by line, as a reader would copy it. */
export interface PageText {
  readonly page: number;
  readonly lines: readonly string[];
}

/** A run of text as placed on the page, in PDF points from the bottom-left corner of the page. */
export interface TextItem {
  readonly text: string;
  /** Left end of the baseline. */
  readonly x: number;
  readonly baseline: number;
  readonly width: number;
  /** Font size (pt). */
  readonly size: number;
  /** Top and bottom of the glyph box (ascent and descent of the font). */
  readonly top: number;
  readonly bottom: number;
  readonly font: string;
}

/** The positioned text of one page and the page box. */
export interface PageItems {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly TextItem[];
}

/**
 * Extracts the text of every page of a PDF with pdfjs-dist, grouping text items into lines by
 * their baseline. Accents and symbols come back as printed; note that pdfjs turns U+202F into
 * a plain space on extraction.
 */
export function extractText(pdf: PdfSource): Promise<PageText[]> {
  return withPdf(pdf, async (document) => {
    const pages: PageText[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      pages.push({ page: number, lines: groupLines((await readItems(page)).items) });
      page.cleanup();
    }
    return pages;
  });
}

/** The text items of every page with their positions and sizes (for the update report and the tests' layout checks). */
export function extractTextItems(pdf: PdfSource): Promise<PageItems[]> {
  return withPdf(pdf, async (document) => {
    const pages: PageItems[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      pages.push(await readItems(page));
      page.cleanup();
    }
    return pages;
  });
}

/** The positioned text items of a pdfjs page (empty runs left out). */
export async function readItems(page: PDFPageProxy): Promise<PageItems> {
  const content = await page.getTextContent();
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const items: TextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
    const size = Math.hypot(a, b);
    const style = content.styles[item.fontName];
    const ascent = style?.ascent ?? 0.9;
    const descent = style?.descent ?? -0.25;
    items.push({
      text: item.str,
      x: x - x0,
      baseline: y - y0,
      width: item.width,
      size,
      top: y - y0 + ascent * size,
      bottom: y - y0 + descent * size,
      font: item.fontName,
    });
  }
  return { page: page.pageNumber, width: x1 - x0, height: y1 - y0, items };
}

/**
 * Items on the same baseline (within 2 pt) make a line; lines top to bottom, items left to
 * right. Items set apart (side-by-side columns, a tile and its neighbour) are joined with a
 * space, so "5,3 %" and "180 863" on one baseline read "5,3 % 180 863", not "5,3 %180 863".
 */
export function groupLines(items: readonly TextItem[]): string[] {
  const rows = new Map<number, TextItem[]>();
  for (const item of items) {
    const y = Math.round(item.baseline);
    const key = [...rows.keys()].find((existing) => Math.abs(existing - y) <= 2) ?? y;
    const row = rows.get(key) ?? [];
    row.push(item);
    rows.set(key, row);
  }
  return [...rows.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, row]) => joinRow([...row].sort((a, b) => a.x - b.x)))
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

function joinRow(row: readonly TextItem[]): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of row) {
    const apart = item.x - end > 0.3 * item.size;
    text += apart && text !== '' ? ` ${item.text}` : item.text;
    end = item.x + item.width;
  }
  return text;
}
