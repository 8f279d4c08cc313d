import type { PdfNode } from 'pdfmake';
import type { ChartImage } from '../charts/types.js';
import { TemplateError } from '../errors/index.js';
import type { ElementNode, LayoutDocument } from '../layout/layoutNode.js';
import type { PdfInput } from '../pdf/renderPdf.js';
import { A4, breakableUrl, buildContent, noteDestination } from './buildContent.js';
import { buildStyles } from './buildStyles.js';
import type { NoteNumbering, PdfObject } from './componentContext.js';
import { colorOf, type Theme } from './theme.js';

/** A document ready for the PDF stage (see PdfInput: settings, content, notes, header, footer). */
export type DocumentSpec = PdfInput;

/** Builds the DocumentSpec of a laid-out profile: content, footnotes, header and footer, styles and metadata. */
export function buildDocument(
  layout: LayoutDocument,
  charts: ReadonlyMap<string, ChartImage>,
  theme: Theme,
): DocumentSpec {
  const [top, right, bottom, left] = theme.page.margins;
  const { meta } = layout;
  // Number the notes once, in reading order, so every later build of the content agrees.
  const numbering = numberNotes(new Set(Object.keys(layout.notes)));
  buildContent({ root: layout.root, theme, lang: meta.lang, charts, notes: numbering });

  const noteBlock = (id: string, number: number): PdfObject => {
    const note = layout.notes[id]!;
    const content = buildContent({
      root: {
        ...layout.root,
        children: [
          { kind: 'element', name: 'p', attrs: { style: 'footnote' }, children: note.content, at: layout.root.at },
        ],
      },
      theme,
      lang: meta.lang,
      charts,
      notes: numbering,
    })[0]!;
    const url = note.url ? [' ', ...breakableUrl([{ text: note.url, link: note.url, style: 'link' }])] : [];
    return {
      text: [{ text: `${number}\u2002`, style: 'noteNumber' }, ...(content.text as PdfNode[]), ...url],
      style: 'footnote',
      id: noteDestination(number),
      margin: [0, 0, 0, 1.5],
    };
  };

  return {
    settings: () => ({
      pageSize: 'A4',
      pageMargins: [left, top, right, bottom],
      styles: buildStyles(theme),
      defaultStyle: {
        font: theme.fonts.body,
        fontSize: theme.styles.body?.size ?? 9,
        color: colorOf(theme, 'text'),
        lineHeight: 1.25,
      },
      language: meta.lang,
      info: {
        title: meta.title,
        author: meta.author,
        subject: meta.subject,
        keywords: meta.keywords,
        creator: 'diaspora-profiles',
        producer: 'diaspora-profiles (pdfmake)',
        creationDate: editionDate(meta.date),
        modDate: editionDate(meta.date),
      },
      displayTitle: true,
    }),
    content: () => buildContent({ root: layout.root, theme, lang: meta.lang, charts, notes: numbering }),
    notes: new Map(numbering.order().map((id, index) => [index + 1, () => noteBlock(id, index + 1)])),
    noteSeparator: () => ({
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: 56, y2: 0, lineWidth: 0.6, lineColor: colorOf(theme, 'rule') }],
      margin: [0, 4, 0, 4],
    }),
    noteSeparatorHeight: 8.6,
    header: (page) =>
      page === 1
        ? null
        : {
            stack: [
              { text: meta.header.toLocaleUpperCase(meta.lang), style: 'header' },
              {
                canvas: [
                  {
                    type: 'line',
                    x1: 0,
                    y1: 3,
                    x2: A4.width - left - right,
                    y2: 3,
                    lineWidth: 0.5,
                    lineColor: colorOf(theme, 'rule'),
                  },
                ],
              },
            ],
            margin: [left, top * 0.45, right, 0],
          },
    // The page number line sits at the same height on every page, whatever notes are above it.
    footer: (page, pages) => ({
      columns: [
        { text: meta.footer, style: 'footer', width: '*' },
        {
          text: meta.pageNumber.replace('{{page}}', String(page)).replace('{{pages}}', String(pages)),
          style: 'footer',
          width: 'auto',
        },
      ],
      absolutePosition: { x: left, y: A4.height - bottom * 0.62 },
      width: A4.width - left - right,
    }),
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
