import type { PageFrame } from '../../src/pdf/composePages.js';
import type { PdfInput } from '../../src/pdf/renderPdf.js';

type PdfObject = Record<string, unknown>;

/** An A4 page with 40 pt margins, two columns and two columns of notes. */
export const FRAME: PageFrame = {
  width: 595.28,
  height: 841.89,
  body: { top: 40, firstTop: 40, bottom: 801.89, left: 40, right: 555.28 },
  columns: 2,
  gap: 15,
  notes: { columns: 2, gap: 15, separator: 9, continued: 10 },
};

/** A document for the PDF stage made of the given parts and notes, with a plain folio. */
export function pdfInput(options: {
  readonly span?: PdfObject[];
  readonly flow?: PdfObject[];
  readonly notes?: readonly PdfObject[];
  readonly frame?: PageFrame;
}): PdfInput {
  const bands = [
    ...(options.span ? [{ kind: 'span' as const, content: () => options.span!, spaceBefore: 10 }] : []),
    ...(options.flow ? [{ kind: 'flow' as const, content: () => options.flow!, spaceBefore: 10 }] : []),
  ];
  return {
    frame: options.frame ?? FRAME,
    // The file identifier derives from the dates: fixed, as in every real build.
    info: {
      lang: 'en',
      title: 'test',
      author: 'test',
      subject: 'test',
      keywords: 'test',
      creator: 'test',
      producer: 'test',
      date: new Date(Date.UTC(2025, 0, 1)),
    },
    styles: {},
    defaultStyle: { font: 'Noto Sans', fontSize: 9, lineHeight: 1.3 },
    bands,
    notes: (options.notes ?? []).map((content, index) => ({ number: index + 1, content: () => content })),
    furniture: {
      header: () => null,
      footer: (page, pages) => ({ text: `page ${page} / ${pages}` }),
      headerTop: 15,
      footerTop: 815,
      noteRule: { length: 40, width: 0.5, color: '#999999' },
      continued: (note) => ({ text: `Note ${note}, continued:` }),
      links: { note: (note) => `Footnote ${note}` },
    },
  };
}

/** A paragraph block. */
export function paragraph(id: string, text: string, extra: PdfObject = {}): PdfObject {
  return { text, _meta: { id, role: 'P' }, ...extra };
}
