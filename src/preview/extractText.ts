import { readFileSync } from 'node:fs';

/** The text of one PDF page, line by line, as a reader would copy it. */
export interface PageText {
  readonly page: number;
  readonly lines: readonly string[];
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/** pdfjs-dist, loaded on first use (it is large, and only previews and checks need it). */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/**
 * Extracts the text of every page of a PDF with pdfjs-dist, grouping text items into lines by
 * their baseline. Accents and symbols come back as printed; note that pdfjs turns U+202F into
 * a plain space on extraction.
 */
export async function extractText(pdf: Buffer | Uint8Array | string): Promise<PageText[]> {
  const { getDocument } = await loadPdfJs();
  const data = typeof pdf === 'string' ? new Uint8Array(readFileSync(pdf)) : new Uint8Array(pdf);
  const document = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PageText[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const rows = new Map<number, { x: number; text: string }[]>();
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const y = Math.round(item.transform[5] as number);
        const key = [...rows.keys()].find((existing) => Math.abs(existing - y) <= 2) ?? y;
        const row = rows.get(key) ?? [];
        row.push({ x: item.transform[4] as number, text: item.str });
        rows.set(key, row);
      }
      const lines = [...rows.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([, row]) => row.sort((a, b) => a.x - b.x).map((item) => item.text).join(''))
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line !== '');
      pages.push({ page: number, lines });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
