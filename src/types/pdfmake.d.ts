// The parts of pdfmake 0.3 this project uses (its own typings describe the browser API).
declare module 'pdfmake' {
  /** A pdfmake document node: plain JSON objects, strings and arrays. */
  export type PdfNode = string | { readonly [key: string]: unknown } | readonly PdfNode[];

  export interface FontDescriptor {
    normal: string | Buffer;
    bold: string | Buffer;
    italics: string | Buffer;
    bolditalics: string | Buffer;
  }

  export interface OutputDocument {
    getBuffer(): Promise<Buffer>;
    getStream(): Promise<NodeJS.ReadableStream & { end(): void }>;
  }

  export interface PdfMake {
    setFonts(fonts: Record<string, FontDescriptor>): void;
    addFonts(fonts: Record<string, FontDescriptor>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(definition: Record<string, unknown>, options?: Record<string, unknown>): OutputDocument;
    virtualfs: { writeFileSync(name: string, data: Buffer | string): void; existsSync(name: string): boolean };
  }

  const pdfmake: PdfMake;
  export default pdfmake;
}
