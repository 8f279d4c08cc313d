import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError } from '../errors/index.js';
import { sweepTemporaryFiles, writeAtomic } from '../project/writeAtomic.js';
import { buildContactSheet } from './buildContactSheet.js';
import { findOutputPdfs, type OutputPdf } from './findOutputPdfs.js';
import { encodePng } from './raster.js';
import { rasterisePdf } from './rasterisePdf.js';

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
    const rasters = await rasterisePdf(pdf.file, { dpi: request.dpi });
    mkdirSync(folder, { recursive: true });
    sweepTemporaryFiles([folder]);
    removeStalePages(folder);
    const pages: string[] = [];
    for (const raster of rasters) {
      const file = join(folder, `page-${raster.page}.png`);
      writeAtomic(file, await encodePng(raster));
      pages.push(file);
    }
    const contactSheet = join(folder, 'contact-sheet.png');
    writeAtomic(contactSheet, await buildContactSheet(rasters, { pageWidth: request.sheetPageWidth ?? 300 }));
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
