import { createRequire } from 'node:module';
// First: pdfkit must open its fonts through the shared parsed fonts (see that module).
import '../fonts/openSharedFont.js';
import type LayoutBuilderClass from 'pdfmake/js/LayoutBuilder.js';
import type PDFDocumentClass from 'pdfmake/js/PDFDocument.js';
import type RendererClass from 'pdfmake/js/Renderer.js';
import type SVGMeasureClass from 'pdfmake/js/SVGMeasure.js';

/**
 * pdfmake's own parts, used directly: its layout engine (line breaking, inline measurement,
 * columns, styles), its pdfkit document (fonts by family, the local access policy) and its
 * renderer (text runs, vectors, SVG). Its printer, which lays content out on pages of a fixed
 * height, is not used: the PDF stage lays every part of the document out once on a page of
 * infinite height (a galley) and composes the pages itself (src/pdf/composePages.ts), which is
 * what footnotes, kept blocks and columns need and pdfmake's page breaking cannot give.
 */
const require = createRequire(import.meta.url);
const load = <T>(path: string): T => (require(path) as { default: T }).default;

export const PDFDocument = load<typeof PDFDocumentClass>('pdfmake/js/PDFDocument.js');
export const SVGMeasure = load<typeof SVGMeasureClass>('pdfmake/js/SVGMeasure.js');
export const Renderer = load<typeof RendererClass>('pdfmake/js/Renderer.js');
export const LayoutBuilder = load<typeof LayoutBuilderClass>('pdfmake/js/LayoutBuilder.js');
export const { tableLayouts } = require('pdfmake/js/tableLayouts.js') as { tableLayouts: Record<string, unknown> };

export type { PdfKitDocument } from 'pdfmake/js/PDFDocument.js';
