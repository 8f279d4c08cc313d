import type { ChartImage } from '../charts/types.js';
import type { Theme } from '../document/theme.js';
import { TemplateError } from '../errors/index.js';
import { type ElementNode, elementChildren, type LayoutDocument, textOf } from '../layout/layoutNode.js';
import { HTML_COMPONENTS } from './components/index.js';
import { sectionAnchor } from './components/section.js';
import { embedFonts, type WebFontFace } from './embedFonts.js';
import { escapeAttribute, escapeText, safeHref, styleClass } from './escape.js';
import type { HtmlContext, HtmlLabels, HtmlNoteNumbering } from './htmlContext.js';
import { noteAnchor, renderInlines } from './renderInlines.js';
import { remOf, styleSheet } from './styleSheet.js';

export type { WebFontFace } from './embedFonts.js';
export type { HtmlLabels } from './htmlContext.js';

/** What drawing a page needs besides the layout and the charts. */
export interface HtmlInput {
  readonly theme: Theme;
  readonly labels: HtmlLabels;
  /** The project's fonts (embedded, cut down to the page's characters). */
  readonly fonts: readonly WebFontFace[];
  /** Links from the page to its other editions, relative to it (the PDF, the series index). */
  readonly links: { readonly pdf: string | null; readonly index: string | null };
}

/**
 * Draws a laid-out profile as one self-contained, accessible HTML page: the same layout tree as
 * the PDF, one HTML component per element (src/html/components). The title band is the page's
 * header, then the navigation to the sections, the sections in <main> with the notes after them
 * (an ordered list, each note linking back to each of its references), and the sections placed
 * at the foot of the PDF (the credits) in the page's <footer>. Same input, same bytes.
 */
export async function renderHtml(
  layout: LayoutDocument,
  charts: ReadonlyMap<string, ChartImage>,
  input: HtmlInput,
): Promise<string> {
  const { meta } = layout;
  const { theme, labels } = input;
  const notes = numberNotes(new Set(Object.keys(layout.notes)));
  const counters = new Map<string, number>();
  const ctx: HtmlContext = {
    theme,
    lang: meta.lang,
    charts,
    notes,
    labels,
    blocks: (nodes) =>
      nodes
        .filter((node): node is ElementNode => node.kind === 'element')
        .map((node) => renderBlock(node, ctx))
        .join(''),
    inlines: (nodes) => renderInlines(nodes, ctx, meta.noteReference),
    style: (name, at) => {
      if (!(name in theme.styles)) {
        throw new TemplateError(
          'MARKUP_BAD_ATTRIBUTE',
          {
            element: at.name,
            attribute: 'style',
            expected: `a style of templates/theme.yaml (${Object.keys(theme.styles).join(', ')})`,
            got: name,
          },
          at.at,
        );
      }
      return styleClass(name);
    },
    color: (name) => theme.colors[name] ?? name,
    length: (points) => remOf(theme, points),
    nextId: (prefix) => {
      const count = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, count);
      return `${prefix}-${count}`;
    },
  };

  // Every element once, in reading order, so notes are numbered as in the PDF.
  const header: string[] = [];
  const main: string[] = [];
  const footer: string[] = [];
  const toc: string[] = [];
  for (const child of elementChildren(layout.root)) {
    const html = renderBlock(child, ctx);
    if (child.name === 'title-band') header.push(html);
    else if (child.name === 'section' && child.attrs.place === 'foot') footer.push(html);
    else main.push(html);
    if (child.name === 'section') {
      const title = elementChildren(child).find((node) => node.name === 'h1');
      if (title)
        toc.push(
          `<li><a href="#${escapeAttribute(sectionAnchor(child.attrs.id ?? ''))}">${escapeText(textOf(title).trim())}</a></li>`,
        );
    }
  }
  const noteList = notes.order().map(({ id, anchors }, index) => {
    const number = index + 1;
    const note = layout.notes[id]!;
    const url = note.url ? ` <a href="${safeHref(note.url)}">${escapeText(readable(note.url))}</a>` : '';
    const back = anchors
      .map((anchor, i) => {
        const label = labels.backToText.replace('{{note}}', String(number)) + (anchors.length > 1 ? ` (${i + 1})` : '');
        return `<a class="back" href="#${anchor}" aria-label="${escapeAttribute(label)}">↩</a>`;
      })
      .join('');
    return (
      `<li id="${noteAnchor(number)}"><span class="note-number ${styleClass('noteNumber')}">${number}</span>` +
      `<p class="${styleClass('footnote')}">${ctx.inlines(note.content)}${url} ${back}</p></li>`
    );
  });
  const editions = [
    input.links.pdf ? `<a href="${safeHref(input.links.pdf)}">${escapeText(labels.pdfEdition)}</a>` : '',
    input.links.index ? `<a href="${safeHref(input.links.index)}">${escapeText(labels.seriesIndex)}</a>` : '',
  ].filter(Boolean);
  const body =
    `<a class="skip" href="#main">${escapeText(labels.skip)}</a>\n<div class="page">\n` +
    `<header>${header.join('')}${editions.length > 0 ? `<p class="editions">${editions.join('')}</p>` : ''}</header>\n` +
    `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${escapeText(labels.contents)}</h2><ol>${toc.join('')}</ol></nav>\n` +
    `<main id="main">\n${main.join('\n')}\n` +
    (noteList.length > 0
      ? `<section class="notes" aria-labelledby="notes-title"><h2 id="notes-title" class="visually-hidden">${escapeText(labels.notes)}</h2><ol>${noteList.join('')}</ol></section>\n`
      : '') +
    `</main>\n${footer.length > 0 ? `<footer>${footer.join('')}</footer>\n` : ''}</div>\n`;

  const families = [theme.fonts.body, ...theme.fonts.fallbacks];
  const fontStack = [...families.map((family) => `"${family}"`), 'sans-serif'].join(',');
  const css = styleSheet(theme, fontStack);
  const fonts = await embedFonts(input.fonts, families, pageCharacters(body + css, meta.lang));
  return (
    `<!doctype html>\n<html lang="${escapeAttribute(meta.lang)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeText(meta.title)}</title>\n` +
    `<meta name="description" content="${escapeAttribute(meta.subject)}">\n` +
    `<meta name="author" content="${escapeAttribute(meta.author)}">\n` +
    `<meta name="keywords" content="${escapeAttribute(meta.keywords)}">\n` +
    `<meta name="generator" content="diaspora-profiles">\n` +
    `<style>\n${fonts}\n${css}</style>\n</head>\n<body>\n${body}</body>\n</html>\n`
  );
}

function renderBlock(node: ElementNode, ctx: HtmlContext): string {
  const component = HTML_COMPONENTS[node.name as keyof typeof HTML_COMPONENTS];
  if (!component) throw new Error(`no HTML component for <${node.name}>`);
  return component(node, ctx);
}

/** Every character the page may show: its text, as written and in capitals (styles set in capitals). */
function pageCharacters(text: string, lang: string): string {
  return text + text.toUpperCase() + (/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang) ? text.toLocaleUpperCase(lang) : '');
}

/** An address as people read it (percent-escapes shown as their characters). */
function readable(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Notes numbered by first reference, as the PDF numbers them; every reference gets its own anchor. */
function numberNotes(known: ReadonlySet<string>): HtmlNoteNumbering & {
  order(): { id: string; anchors: string[] }[];
} {
  const notes = new Map<string, string[]>();
  return {
    reference: (id, at) => {
      let anchors = notes.get(id);
      if (!anchors) {
        if (!known.has(id)) throw new TemplateError('MARKUP_UNKNOWN_NOTE', { id, known: [...known] }, at.at);
        anchors = [];
        notes.set(id, anchors);
      }
      const number = [...notes.keys()].indexOf(id) + 1;
      const anchor = `ref-${number}-${anchors.length + 1}`;
      anchors.push(anchor);
      return { number, anchor };
    },
    order: () => [...notes.entries()].map(([id, anchors]) => ({ id, anchors })),
  };
}
