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

/** A line of text as printed: its words joined, its size, where it starts. */
export interface PrintedLine {
  readonly page: number;
  readonly text: string;
  readonly size: number;
  readonly x: number;
  readonly y: number;
}

/**
 * The printed lines of a PDF: text items on one baseline within one column (items further apart
 * than `columnGap` points start another line), in reading order of the page's drawing.
 */
export async function readLines(pdf: Buffer, columnGap = 10): Promise<PrintedLine[]> {
  const { getDocument } = await loadPdfJs();
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const lines: PrintedLine[] = [];
  try {
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const items = (await page.getTextContent()).items.filter((item) => 'str' in item && item.str.trim() !== '');
      let current: { page: number; parts: string[]; size: number; x: number; y: number; end: number } | undefined;
      for (const item of items) {
        if (!('str' in item)) continue;
        const [size, , , , x, y] = item.transform as number[];
        const sameLine = current && Math.abs(current.y - y!) < 0.5 && x! - current.end < columnGap && x! >= current.x;
        if (!sameLine) {
          if (current)
            lines.push({
              page: number,
              text: normalise(current.parts.join('')),
              size: current.size,
              x: current.x,
              y: current.y,
            });
          current = { page: number, parts: [], size: Math.abs(size!), x: x!, y: y!, end: x! };
        }
        current!.parts.push(item.str);
        current!.end = x! + item.width;
        current!.size = Math.max(current!.size, Math.abs(size!));
      }
      if (current)
        lines.push({
          page: number,
          text: normalise(current.parts.join('')),
          size: current.size,
          x: current.x,
          y: current.y,
        });
    }
  } finally {
    await document.destroy();
  }
  return lines;
}
