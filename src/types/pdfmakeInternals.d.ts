// pdfmake 0.3.11's internal modules the PDF stage builds on (src/pdf/pdfmakeInternals.ts): its layout
// engine, its pdfkit document and its renderer. They are CommonJS with a default export; only what
// this project uses is typed. The versions are pinned (package.json), and test/pdf covers each use.
declare module 'pdfmake/js/LayoutBuilder.js' {
  const LayoutBuilder: new (
    pageSize: { width: number; height: number; orientation: string },
    pageMargins: { left: number; right: number; top: number; bottom: number },
    svgMeasure: unknown,
  ) => {
    registerTableLayouts(layouts: unknown): void;
    layoutDocument(
      content: unknown,
      pdfDocument: unknown,
      styles: Record<string, unknown>,
      defaultStyle: Record<string, unknown>,
      background?: unknown,
      header?: unknown,
      footer?: unknown,
      watermark?: unknown,
      pageBreakBefore?: unknown,
    ): { items: { type: string; item: unknown }[] }[];
    processNode(node: Record<string, unknown>, verticalAlignment?: boolean): void;
    buildNextLine(node: Record<string, unknown>): unknown;
    processLeaf(node: Record<string, unknown>): void;
    writer: { context(): { x: number; y: number; availableWidth: number } };
  };
  export default LayoutBuilder;
}
declare module 'pdfmake/js/PDFDocument.js' {
  const PDFDocument: new (
    fonts: Record<string, unknown>,
    images: Record<string, unknown>,
    patterns: Record<string, unknown>,
    attachments: Record<string, unknown>,
    options: Record<string, unknown>,
    virtualfs: unknown,
    localAccessPolicy: ((path: string) => boolean) | undefined,
  ) => PdfKitDocument;
  export default PDFDocument;
  /** The pdfkit document pdfmake extends (fonts by family, local access policy); the parts used here. */
  export interface PdfKitDocument {
    addPage(options: { size: [number, number] }): PdfKitDocument;
    provideFont(family: string, bold: boolean, italics: boolean): unknown;
    save(): PdfKitDocument;
    restore(): PdfKitDocument;
    rect(x: number, y: number, w: number, h: number): PdfKitDocument;
    roundedRect(x: number, y: number, w: number, h: number, r: number): PdfKitDocument;
    circle(x: number, y: number, r: number): PdfKitDocument;
    moveTo(x: number, y: number): PdfKitDocument;
    lineTo(x: number, y: number): PdfKitDocument;
    lineWidth(width: number): PdfKitDocument;
    fillColor(color: string, opacity?: number): PdfKitDocument;
    strokeColor(color: string, opacity?: number): PdfKitDocument;
    fill(color?: string): PdfKitDocument;
    stroke(): PdfKitDocument;
    undash(): PdfKitDocument;
    addNamedDestination(name: string, ...args: unknown[]): void;
    outline: PdfKitOutline;
    on(event: 'data', listener: (chunk: Buffer) => void): PdfKitDocument;
    on(event: 'end', listener: () => void): PdfKitDocument;
    on(event: 'error', listener: (error: Error) => void): PdfKitDocument;
    end(): void;
    readonly page: { readonly dictionary: { readonly data: Record<string, unknown> } };
    [key: string]: unknown;
  }
  /** An item of the PDF outline (bookmarks). */
  export interface PdfKitOutline {
    addItem(title: string, options?: { expanded?: boolean }): PdfKitOutline;
    readonly dictionary: { readonly data: Record<string, unknown> };
  }
}
declare module 'pdfmake/js/SVGMeasure.js' {
  const SVGMeasure: new () => unknown;
  export default SVGMeasure;
}
declare module 'pdfmake/js/Renderer.js' {
  const Renderer: new (
    pdfDocument: unknown,
    progressCallback?: unknown,
  ) => {
    renderLine(line: unknown, x: number, y: number): void;
    renderVector(vector: unknown): void;
    renderSVG(svg: unknown): void;
    renderImage(image: unknown): void;
  };
  export default Renderer;
}
declare module 'pdfmake/js/tableLayouts.js' {
  export const tableLayouts: Record<string, unknown>;
}
