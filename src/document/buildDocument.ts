import type { ChartImage } from '../charts/types.js';
import { TemplateError } from '../errors/index.js';
import { type ElementNode, elementChildren, type LayoutDocument } from '../layout/layoutNode.js';
import type { PageFrame } from '../pdf/composePages.js';
import type { BandInput, NoteInput, PdfInput } from '../pdf/renderPdf.js';
import type { Furniture } from '../pdf/writePages.js';
import { A4, breakableUrl, createContentBuilder, noteDestination, pdfUri, readableUrl } from './buildContent.js';
import { buildStyles } from './buildStyles.js';
import type { ComponentContext, NoteNumbering, PdfNode, PdfObject } from './componentContext.js';
import { colorOf, sizeOf, type Theme } from './theme.js';

/** A document ready for the PDF stage (see PdfInput: page, parts, footnotes, furniture). */
export type DocumentSpec = PdfInput;

/**
 * Builds the DocumentSpec of a laid-out profile. The top-level elements of the layout become the
 * document's parts: the title band and sections with span="page" are laid across the page, the
 * other sections run in the page's columns, and a section with place="foot" (the credits) is set
 * at the foot of the last page.
 */
export function buildDocument(
  layout: LayoutDocument,
  charts: ReadonlyMap<string, ChartImage>,
  theme: Theme,
  options: { readonly draft?: string | null | undefined } = {},
): DocumentSpec {
  const { meta } = layout;
  // Every element is rendered once, in reading order, so footnotes are numbered as they are read.
  const numbering = numberNotes(new Set(Object.keys(layout.notes)));
  const ctx = createContentBuilder({ theme, lang: meta.lang, charts, notes: numbering });
  const bands = groupBands(elementChildren(layout.root), ctx, theme);
  const notes: NoteInput[] = numbering.order().map((id, index) => {
    const block = noteBlock(layout, id, index + 1, ctx);
    return { number: index + 1, content: () => block };
  });
  const body = sizeOf(theme, theme.styles.body?.size) ?? 9;
  return {
    frame: pageFrame(theme),
    info: {
      lang: meta.lang,
      title: meta.title,
      author: meta.author,
      subject: meta.subject,
      keywords: meta.keywords,
      creator: 'diaspora-profiles',
      producer: 'diaspora-profiles (pdfmake, pdfkit)',
      date: editionDate(meta.date),
    },
    styles: buildStyles(theme),
    defaultStyle: {
      font: theme.fonts.body,
      fontSize: body,
      color: colorOf(theme, 'text'),
      lineHeight: theme.styles.body?.lineHeight ?? 1.3,
    },
    bands,
    notes,
    furniture: furniture(layout, theme, options.draft ?? null),
  };
}

/** The page grid of the theme. */
function pageFrame(theme: Theme): PageFrame {
  const [top, right, bottom, left] = theme.page.margins;
  return {
    width: A4.width,
    height: A4.height,
    // Page 1 has no running header: its body (the title band) starts where the header would be.
    body: { top, firstTop: theme.page.header, bottom: A4.height - bottom, left, right: A4.width - right },
    columns: theme.page.columns,
    gap: theme.page.columnGap,
    notes: { columns: theme.notes.columns, gap: theme.notes.gap, separator: 9, continued: 10 },
  };
}

/** Consecutive top-level elements of one kind make one part of the document. */
function groupBands(children: readonly ElementNode[], ctx: ComponentContext, theme: Theme): BandInput[] {
  const bands: { kind: 'span' | 'flow'; foot: boolean; content: PdfObject[] }[] = [];
  for (const child of children) {
    const foot = child.name === 'section' && child.attrs.place === 'foot';
    const kind = child.name === 'title-band' || child.attrs.span === 'page' || foot ? 'span' : 'flow';
    const [rendered] = ctx.blocks([child]);
    const last = bands[bands.length - 1];
    if (last && last.kind === kind && !last.foot && !foot) last.content.push(rendered!);
    else bands.push({ kind, foot, content: [rendered!] });
  }
  return bands.map(({ kind, foot, content }) => ({
    kind,
    foot,
    spaceBefore: theme.spacing.band,
    content: () => content,
  }));
}

/** A footnote as printed at the foot of a page: its number, its text, its address. */
function noteBlock(layout: LayoutDocument, id: string, number: number, ctx: ComponentContext): PdfObject {
  const note = layout.notes[id]!;
  const url: PdfNode[] = note.url
    ? [' ', ...breakableUrl([{ text: readableUrl(note.url), link: pdfUri(note.url), style: 'link' }])]
    : [];
  return {
    text: [{ text: `${number}\u2002`, style: 'noteNumber' }, ...ctx.inlines(note.content), ...url],
    style: 'footnote',
    margin: [0, 0, 0, 2.5],
    _meta: { id: noteDestination(number), role: 'Note', destination: noteDestination(number) },
  };
}

/**
 * The running header (from page 2), the footer with the folio, the rule above the notes, and on
 * a draft the DRAFT mark at the top of every page.
 */
function furniture(layout: LayoutDocument, theme: Theme, draft: string | null): Furniture {
  const { meta } = layout;
  const [, right, , left] = theme.page.margins;
  const width = A4.width - left - right;
  const rule = colorOf(theme, 'rule');
  return {
    header: (page) =>
      page === 1
        ? null
        : {
            stack: [
              { text: meta.header.toLocaleUpperCase(meta.lang), style: 'header' },
              { canvas: [{ type: 'line', x1: 0, y1: 3, x2: width, y2: 3, lineWidth: 0.5, lineColor: rule }] },
            ],
          },
    footer: (page, pages) => ({
      columns: [
        { text: meta.footer, style: 'footer', width: '*' },
        {
          text: meta.pageNumber.replace('{{page}}', String(page)).replace('{{pages}}', String(pages)),
          style: 'footer',
          width: 'auto',
        },
      ],
      columnGap: 12,
    }),
    headerTop: theme.page.header,
    footerTop: A4.height - theme.page.footer,
    mark: draft === null ? null : { text: draft.toLocaleUpperCase(meta.lang), style: 'draft', alignment: 'right' },
    markTop: Math.max(4, theme.page.header - 20),
    noteRule: { length: theme.notes.rule, width: 0.6, color: rule },
    continued: (note) => ({ text: meta.continued.replace('{{note}}', String(note)), style: 'continued' }),
    links: { note: (note) => meta.noteReference.replace('{{note}}', String(note)) },
  };
}

/**
 * Footnote numbers by first reference in the laid-out document (so reordering sections
 * renumbers them); a reference to an undefined note is an error naming the template line.
 */
function numberNotes(known: ReadonlySet<string>): NoteNumbering & { order(): string[] } {
  const numbers = new Map<string, number>();
  return {
    numberOf: (id: string, at: ElementNode) => {
      let number = numbers.get(id);
      if (number === undefined) {
        if (!known.has(id)) throw new TemplateError('MARKUP_UNKNOWN_NOTE', { id, known: [...known] }, at.at);
        number = numbers.size + 1;
        numbers.set(id, number);
      }
      return number;
    },
    order: () => [...numbers.keys()],
  };
}

/** The first day of the edition month, at noon UTC: the same date on every machine. */
function editionDate(yearMonth: string): Date {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, 1, 12));
}
