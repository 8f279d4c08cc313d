import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { BuildError } from '../errors/index.js';
import { readRegularFile } from '../project/readRegularFile.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/** pdfjs-dist, loaded on first use (it is large, and only previews, checks and reports need it). */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** A PDF given as bytes or as the path of a file. */
export type PdfSource = Buffer | Uint8Array | string;

/**
 * Opens a PDF with pdfjs-dist, runs `use` on it and closes it again. Fonts come from the PDF
 * only (never from the system), so text and pages read back the same on every machine.
 * An unreadable file or a broken PDF is a BuildError naming the file.
 */
export async function withPdf<T>(source: PdfSource, use: (document: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const { getDocument } = await loadPdfJs();
  const file = typeof source === 'string' ? source : '(PDF bytes)';
  let data: Uint8Array;
  try {
    // pdfjs takes ownership of (and detaches) the buffer it is handed: always give it a copy.
    data = new Uint8Array(typeof source === 'string' ? readRegularFile(source) : source);
  } catch (error) {
    throw new BuildError('PREVIEW_UNREADABLE_PDF', { reason: (error as Error).message }, { file }, error);
  }
  let document: PDFDocumentProxy;
  try {
    document = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (error) {
    throw new BuildError('PREVIEW_UNREADABLE_PDF', { reason: (error as Error).message }, { file }, error);
  }
  try {
    return await use(document);
  } finally {
    await document.destroy();
  }
}
