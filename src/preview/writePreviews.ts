import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError } from '../errors/index.js';
import { sweepTemporaryFiles, writeAtomic } from '../project/writeAtomic.js';
import { composeContactSheet, shrinkPage } from './buildContactSheet.js';
import { findOutputPdfs, type OutputPdf } from './findOutputPdfs.js';
import { withPdf } from './openPdf.js';
import { encodePng, type Raster } from './raster.js';
import { renderPage } from './rasterisePdf.js';

/** What to preview. */
export interface PreviewRequest {
  /** The output folder the PDFs are read from (`<from>/<lang>/<iso3>.pdf`). */
  readonly fromDir: string;
  /** Where the PNGs go: `<out>/<lang>/<iso3>/page-<n>.png` and `contact-sheet.png`. */
  readonly outDir: string;
  readonly countries: readonly string[];
  readonly languages: readonly string[];
  /** Resolution of the page PNGs. */
  readonly dpi: number;
  /** Width of each page on the contact sheet (px). */
  readonly sheetPageWidth?: number;
  /** Aborted when the user asks to stop (Ctrl-C): previews stop between two PDFs. */
  readonly signal?: AbortSignal | undefined;
}

/** The previews written for one PDF. */
export interface PreviewRecord extends OutputPdf {
  readonly folder: string;
  readonly pages: readonly string[];
  readonly contactSheet: string;
  readonly milliseconds: number;
}

/**
 * Renders every page of the selected PDFs to PNG and writes one contact sheet per profile and
 * language. Page PNGs left over from an earlier, longer edition are removed. Throws a
 * BuildError when a requested PDF does not exist.
 */
export async function writePreviews(
  request: PreviewRequest,
  onRecord?: (record: PreviewRecord) => void,
): Promise<PreviewRecord[]> {
  const pdfs = selectPdfs(request);
  const records: PreviewRecord[] = [];
  for (const pdf of pdfs) {
    if (request.signal?.aborted) {
      throw new BuildError('COMMAND_INTERRUPTED', {
        command: 'the preview',
        done: `after ${records.length} of ${pdfs.length} PDF(s)`,
      });
    }
    const started = performance.now();
    const folder = join(request.outDir, pdf.lang, pdf.country.toLowerCase());
    mkdirSync(folder, { recursive: true });
    sweepTemporaryFiles([folder]);
    const pageWidth = request.sheetPageWidth ?? 300;
    // Page by page: each page is rendered, written and shrunk for the contact sheet before the
    // next is rendered, so a preview holds one full page at a time (≈140 MB for A4 at 600 dpi)
    // and the small images of the sheet, whatever the number of pages.
    const pages: string[] = [];
    const thumbnails: Raster[] = [];
    await withPdf(pdf.file, async (document) => {
      removeStalePages(folder);
      for (let number = 1; number <= document.numPages; number += 1) {
        const raster = await renderPage(document, number, request.dpi, pdf.file);
        const file = join(folder, `page-${number}.png`);
        writeAtomic(file, await encodePng(raster));
        pages.push(file);
        thumbnails.push(await shrinkPage(raster, pageWidth));
      }
    });
    const contactSheet = join(folder, 'contact-sheet.png');
    writeAtomic(contactSheet, await composeContactSheet(thumbnails, { pageWidth }));
    const record = { ...pdf, folder, pages, contactSheet, milliseconds: Math.round(performance.now() - started) };
    records.push(record);
    onRecord?.(record);
  }
  return records;
}

function selectPdfs(request: PreviewRequest): OutputPdf[] {
  const pdfs = findOutputPdfs(request.fromDir, { countries: request.countries, languages: request.languages });
  if (pdfs.length === 0 && request.countries.length === 0)
    throw new BuildError('PREVIEW_NO_PDF', { dir: request.fromDir });
  for (const country of request.countries.map((code) => code.toUpperCase())) {
    const languages =
      request.languages.length > 0
        ? request.languages
        : [...new Set(findOutputPdfs(request.fromDir).map((pdf) => pdf.lang))];
    for (const lang of languages) {
      if (!pdfs.some((pdf) => pdf.country === country && pdf.lang === lang)) {
        throw new BuildError('PREVIEW_MISSING_PDF', { country, lang, dir: request.fromDir });
      }
    }
  }
  return pdfs;
}

function removeStalePages(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (/^page-\d+\.png$/.test(name)) rmSync(join(folder, name));
  }
}
