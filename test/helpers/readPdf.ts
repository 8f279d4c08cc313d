import { loadPdfJs } from '../../src/preview/extractText.js';

/** What a reader gets out of a PDF: the text of each page in reading order, its links and metadata. */
export interface PdfContent {
  readonly pages: readonly string[];
  /** The body text of each page: text set at `bodySize` or larger (no notes, running header, footer or superscripts). */
  readonly body: readonly string[];
  /** Every link target, page by page. */
  readonly links: readonly (readonly string[])[];
  readonly info: Record<string, unknown>;
  readonly outline: readonly string[];
}

/**
 * Reads a PDF with pdfjs-dist: the text items of each page in the order they are drawn
 * (column by column, as pdfmake lays them out), joined with spaces, whitespace normalised
 * (pdfjs turns U+202F into a space, so no-break spaces are normalised too).
 */
export async function readPdf(pdf: Buffer, bodySize = 8): Promise<PdfContent> {
  const { getDocument } = await loadPdfJs();
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const body: string[] = [];
    const links: string[][] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.filter((item) => 'str' in item);
      const join = (list: typeof items) =>
        normalise(list.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join(''));
      pages.push(join(items));
      body.push(join(items.filter((item) => Math.abs(item.transform[0] as number) >= bodySize)));
      const annotations = (await page.getAnnotations()) as { subtype: string; url?: string }[];
      links.push(annotations.filter((a) => a.subtype === 'Link' && a.url).map((a) => a.url!));
    }
    const info = (await document.getMetadata()).info as Record<string, unknown>;
    const outline = ((await document.getOutline()) ?? []).map((item) => item.title);
    return { pages, body, links, info, outline };
  } finally {
    await document.destroy();
  }
}

/** Collapses every kind of space (and the zero-width breaks of long URLs) the way the tests compare text. */
export function normalise(text: string): string {
  return text
    .replace(/\u200b/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}
