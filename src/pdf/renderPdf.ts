import { resolve, sep } from 'node:path';
import type { Font } from 'fontkit';
import type { PdfNode } from 'pdfmake';
import { PdfError, ProfileError } from '../errors/index.js';
import { saveShapedWords, wordLayoutsOf } from '../fonts/shapingCache.js';
import { applyFontFallback, type FallbackChain } from './applyFontFallback.js';
import type { BlockMeta } from './blocks.js';
import { checkLibraryPatches } from './checkLibraryPatches.js';
import {
  type Band,
  type ComposedPage,
  composePages,
  type NotesInput,
  type PageFrame,
  TooTallError,
} from './composePages.js';
import type { FontRegistry } from './fontRegistry.js';
import { type RowedGalley, rowGalley } from './galleyRows.js';
import { type GalleyContext, layoutGalley } from './layoutGalley.js';
import { PDFDocument, type PdfKitDocument } from './pdfmakeInternals.js';
import { type CheckedBand, rowText, verifyPages } from './verifyPages.js';
import { type Furniture, writePages } from './writePages.js';

type PdfObject = { [key: string]: unknown };

/** A part of the document: laid out across the page or in its columns. */
export interface BandInput {
  readonly kind: 'span' | 'flow';
  /** The band's content (fresh objects at each call: pdfmake changes what it lays out). */
  readonly content: () => PdfObject[];
  readonly spaceBefore: number;
  /** At the foot of the last page (the credits). */
  readonly foot?: boolean;
}

/** A footnote: its number and its block (with a `_meta` whose destination the markers link to). */
export interface NoteInput {
  readonly number: number;
  readonly content: () => PdfObject;
}

/** Document information, all from the data (never the clock). */
export interface DocumentInfo {
  readonly lang: string;
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  readonly creator: string;
  readonly producer: string;
  readonly date: Date;
}

/**
 * A document for the PDF stage (what src/document builds): the page, the styles, the parts of the
 * document in order, the footnotes, and the page furniture. Blocks carry a `_meta` (blocks.ts):
 * their role, how they may break, what is drawn around them.
 */
export interface PdfInput {
  readonly frame: PageFrame;
  readonly info: DocumentInfo;
  readonly styles: Record<string, unknown>;
  readonly defaultStyle: Record<string, unknown>;
  readonly bands: readonly BandInput[];
  readonly notes: readonly NoteInput[];
  readonly furniture: Furniture;
}

/** The PDF and what it took. */
export interface PdfOutput {
  readonly pdf: Buffer;
  readonly pages: number;
  /** Milliseconds laying out (galleys, pages), checking the pages (verifyPages) and writing the PDF. */
  readonly layoutMs: number;
  readonly checkMs: number;
  readonly writeMs: number;
}

/** Renders documents with the project's fonts; the only place that talks to pdfmake. */
export interface PdfRenderer {
  render(input: PdfInput): Promise<PdfOutput>;
}

/**
 * A renderer with the project's fonts (by absolute path) and no file read outside `assetDirs`
 * (paths compared resolved, with a separator: `fonts-evil/` is not inside `fonts/`). Checks
 * first that the libraries carry the project's patches (PDF_PATCH_MISSING, PDF_PATCH_VERSION).
 */
export function createPdfRenderer(
  fonts: FontRegistry,
  chain: FallbackChain,
  assetDirs: readonly string[],
): PdfRenderer {
  checkLibraryPatches();
  const allowed = assetDirs.map((dir) => resolve(dir) + sep);
  const policy = (path: string) => allowed.some((dir) => resolve(path).startsWith(dir));
  const descriptors = fonts.descriptors();
  const fallback = (node: PdfNode) => applyFontFallback(node, fonts, chain);
  return { render: (input) => renderDocument(input, descriptors, policy, fallback) };
}

/**
 * One document: every part laid out once (pdfmake's layout on a galley of infinite height), the
 * pages composed (columns, kept blocks, footnotes at the foot of their page), checked (nothing
 * lost, nothing off its place), then written.
 */
async function renderDocument(
  input: PdfInput,
  fonts: Record<string, unknown>,
  policy: (path: string) => boolean,
  fallback: (node: PdfNode) => PdfNode,
): Promise<PdfOutput> {
  const started = performance.now();
  const doc = openDocument(input, fonts, policy);
  const context: GalleyContext = { doc, styles: input.styles, defaultStyle: input.defaultStyle };
  // A block kept together that is taller than a third of the page is split like any text.
  const longBlock = (input.frame.body.bottom - input.frame.body.top) / 3;
  const layoutContent = (content: readonly unknown[], width: number) =>
    rowGalley(
      guard(() => layoutGalley(content, width, context)),
      { longBlock },
    );
  const layout = (content: readonly PdfObject[], width: number) => layoutContent(prepare(content), width);
  const prepare = (content: readonly PdfObject[]) => fallback(content as PdfNode) as unknown[];

  // 1. Lay every part out once, at its width.
  const { frame } = input;
  const bodyWidth = frame.body.right - frame.body.left;
  const columnWidth = (bodyWidth - frame.gap * (frame.columns - 1)) / frame.columns;
  const noteWidth = (bodyWidth - frame.notes.gap * (frame.notes.columns - 1)) / frame.notes.columns;
  const checked: CheckedBand[] = input.bands.map((band) => {
    const content = prepare(band.content());
    const rowed = layoutContent(content, band.kind === 'flow' ? columnWidth : bodyWidth);
    const laid: Band = {
      kind: band.kind,
      rowed,
      spaceBefore: band.spaceBefore,
      foot: band.foot ?? false,
      markers: markersOf(rowed),
    };
    return { band: laid, content };
  });
  const bands = checked.map(({ band }) => band);
  const notes = layoutNotes(input.notes, (content) => layout(content, noteWidth));

  // 2. Compose the pages and check them.
  const pages = guard(() => composeOrExplain(frame, bands, notes));
  const composed = performance.now();
  verifyPages(frame, checked, notes, pages);
  const laidOut = performance.now();

  // 3. Write them, with their furniture.
  writePages(doc, { frame, bands, notes, pages, furniture: input.furniture, layout });
  const pdf = await finish(doc);
  // The words and chart labels this document set for the first time, for the next process.
  saveShapedWords();
  return {
    pdf,
    pages: pages.length,
    layoutMs: composed - started,
    checkMs: laidOut - composed,
    writeMs: performance.now() - laidOut,
  };
}

/**
 * A tagged PDF 1.7 document: PDF/UA-1 (structure, language, title shown) and PDF/A-2a (fonts
 * embedded, sRGB output intent) claimed in its XMP metadata, with dc:language.
 */
function openDocument(
  input: PdfInput,
  fonts: Record<string, unknown>,
  policy: (path: string) => boolean,
): PdfKitDocument {
  const { info, frame } = input;
  const doc = new PDFDocument(
    fonts,
    {},
    {},
    {},
    {
      size: [frame.width, frame.height],
      pdfVersion: '1.7',
      tagged: true,
      displayTitle: true,
      subset: 'PDF/A-2a',
      lang: info.lang,
      compress: true,
      autoFirstPage: false,
      font: null,
      info: {
        Title: info.title,
        Author: info.author,
        Subject: info.subject,
        Keywords: info.keywords,
        Creator: info.creator,
        Producer: info.producer,
        CreationDate: info.date,
        ModDate: info.date,
      },
    },
    null,
    policy,
  );
  claimStandards(doc, info.lang);
  shareWordLayouts(doc);
  return doc;
}

/** The part of a pdfkit document and of its embedded fonts that sharing the word layouts uses. */
interface FontedDocument {
  font(...args: unknown[]): FontedDocument;
  _font?: { font?: object; layoutCache?: object | undefined } | undefined;
}

/**
 * pdfkit caches the layout of each word of a font per document (`layoutCache`, keyed by the
 * word). A layout depends only on the font, which documents share, and pdfkit never changes a
 * layout once made: so each font the document opens gets the word layouts of its parsed font,
 * shared by every document of the process and kept on disk between processes
 * (src/fonts/shapingCache.ts; runtime addition, no patch).
 */
function shareWordLayouts(doc: PdfKitDocument): void {
  const fonted = doc as unknown as FontedDocument;
  const open = fonted.font.bind(fonted);
  fonted.font = (...args: unknown[]) => {
    const result = open(...args);
    const font = fonted._font;
    if (font?.font && font.layoutCache) font.layoutCache = wordLayoutsOf(font.font as Font);
    return result;
  };
}

/** pdfkit's metadata, as this project needs it (runtime additions, no patch). */
interface MetadataDocument {
  appendXML(xml: string, newline?: boolean): void;
  info: Record<string, unknown>;
  _addInfo(): void;
}

/**
 * Adds what pdfkit's PDF/A subset does not write: the PDF/UA identification and dc:language; and
 * escapes the document information pdfkit copies into the XMP as it is (a title with "&" or "<"
 * would make the metadata malformed XML).
 */
function claimStandards(doc: PdfKitDocument, lang: string): void {
  const metadata = doc as unknown as MetadataDocument;
  metadata.appendXML(
    '<rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about=""><pdfuaid:part>1</pdfuaid:part></rdf:Description>',
  );
  metadata.appendXML(
    `<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" rdf:about=""><dc:language><rdf:Bag><rdf:li>${escapeXml(lang)}</rdf:li></rdf:Bag></dc:language></rdf:Description>`,
  );
  const addInfo = metadata._addInfo.bind(doc);
  metadata._addInfo = () => {
    const original = metadata.info;
    metadata.info = Object.fromEntries(
      Object.entries(original).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]),
    );
    try {
      addInfo();
    } finally {
      metadata.info = original;
    }
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The footnotes laid out together (at the width of a notes column), and the rows of each. */
function layoutNotes(notes: readonly NoteInput[], layout: (content: PdfObject[]) => RowedGalley): NotesInput {
  const blocks = notes.map((note) => note.content());
  const rowed = layout(blocks);
  const rows = new Map<number, { first: number; last: number }>();
  notes.forEach((note, index) => {
    const id = (blocks[index]!._meta as BlockMeta | undefined)?.id;
    const span = id === undefined ? undefined : rowed.spans.get(id);
    if (!span)
      throw new PdfError('PDF_RENDER', { detail: `footnote ${note.number} has no block description or no text` });
    rows.set(note.number, span);
  });
  return { rowed, rows };
}

/** For every row of a galley, the notes its markers reference (inlines carrying `_note`). */
function markersOf(rowed: RowedGalley): number[][] {
  return rowed.rows.map((row) => {
    const found: number[] = [];
    for (const index of row.items) {
      const item = rowed.galley.items[index]!;
      if (item.type !== 'line') continue;
      for (const inline of item.item.inlines as { _note?: number }[]) {
        if (inline._note !== undefined && !found.includes(inline._note)) found.push(inline._note);
      }
    }
    return found;
  });
}

function composeOrExplain(frame: PageFrame, bands: readonly Band[], notes: NotesInput): ComposedPage[] {
  try {
    return composePages(frame, bands, notes);
  } catch (error) {
    if (!(error instanceof TooTallError)) throw error;
    const rowed = bands[error.band]!.rowed;
    const text = rowText(rowed, error.row)
      .replace(/\(a figure\)/g, '')
      .trim();
    throw new PdfError('LAYOUT_TOO_TALL', { block: text ? `the block that begins "${text}"` : 'a figure' });
  }
}

/** pdfmake's own errors, as the catalogue's PDF_RENDER. */
function guard<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof ProfileError) throw error;
    throw new PdfError('PDF_RENDER', { detail: (error as Error).message }, {}, error);
  }
}

function finish(doc: PdfKitDocument): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => done(Buffer.concat(chunks)));
    doc.on('error', fail);
    doc.end();
  });
}
