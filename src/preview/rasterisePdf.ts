import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { BuildError } from '../errors/index.js';
import { type PdfSource, withPdf } from './openPdf.js';
import type { Raster } from './raster.js';

/**
 * The most pixels one page is rendered to: an A4 page at 600 dpi (34.8 million, ≈140 MB of RGBA)
 * fits; a page that would take more is refused rather than allocated.
 */
export const MAX_PAGE_PIXELS = 40_000_000;

/** One page of a PDF, rendered. */
export interface PageRaster extends Raster {
  /** Page number, from 1. */
  readonly page: number;
}

/** How to render. */
export interface RasteriseOptions {
  /** Pixels per inch (72 = one pixel per point). */
  readonly dpi: number;
  /** Page numbers to render (all when absent). */
  readonly pages?: readonly number[];
}

/** The canvas pdfjs makes for itself (its own copy of @napi-rs/canvas: never mix two copies). */
interface PdfCanvas {
  readonly canvas: { readonly width: number; readonly height: number };
  readonly context: {
    getImageData(x: number, y: number, width: number, height: number): { readonly data: Uint8ClampedArray };
  };
}
type RenderCanvas = Parameters<PDFPageProxy['render']>[0]['canvas'];
interface CanvasFactory {
  create(width: number, height: number): PdfCanvas;
  destroy(canvas: PdfCanvas): void;
}

/**
 * Renders pages of a PDF to RGBA rasters with pdfjs-dist on a canvas from npm
 * (@napi-rs/canvas, Skia): the embedded fonts are drawn as outlines, so the pixels do not
 * depend on the fonts installed on the machine. Pages are rendered one after another on white.
 */
export function rasterisePdf(pdf: PdfSource, options: RasteriseOptions): Promise<PageRaster[]> {
  return withPdf(pdf, async (document) => {
    const numbers = options.pages ?? Array.from({ length: document.numPages }, (_, index) => index + 1);
    const pages: PageRaster[] = [];
    for (const number of numbers)
      pages.push(await renderPage(document, number, options.dpi, typeof pdf === 'string' ? pdf : undefined));
    return pages;
  });
}

/** Renders page `number` of an open document (see rasterisePdf); `file` names it in errors. */
export async function renderPage(
  document: PDFDocumentProxy,
  number: number,
  dpi: number,
  file?: string,
): Promise<PageRaster> {
  const page = await document.getPage(number);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  if (width * height > MAX_PAGE_PIXELS) {
    page.cleanup();
    const dpiFits = Math.floor(dpi * Math.sqrt(MAX_PAGE_PIXELS / (width * height)));
    throw new BuildError('PREVIEW_PAGE_TOO_LARGE', { page: number, width, height, dpi, fits: dpiFits }, { file });
  }
  // The document's own canvas factory: the Path2D and DOMMatrix pdfjs uses must come from
  // the same @napi-rs/canvas instance as the canvas (else "not a valid enum value of type CanvasFillRule").
  const factory = document.canvasFactory as CanvasFactory;
  const target = factory.create(width, height);
  try {
    await page.render({ canvas: target.canvas as unknown as RenderCanvas, viewport, background: '#ffffff' }).promise;
    const { data } = target.context.getImageData(0, 0, width, height);
    return { page: number, width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  } finally {
    factory.destroy(target);
    page.cleanup();
  }
}
