import type { ChartImage } from '../charts/types.js';
import { TemplateError } from '../errors/index.js';
import type { ElementNode, LayoutNode } from '../layout/layoutNode.js';
import { isInlineElement } from '../layout/vocabulary.js';
import type { BlockMeta, Role } from '../pdf/blocks.js';
import type { ComponentContext, NoteNumbering, PdfNode, PdfObject } from './componentContext.js';
import { COMPONENTS } from './components/index.js';
import { colorOf, sizeOf, type Theme } from './theme.js';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** The destination id of footnote `n` (its marker links to it). */
export const noteDestination = (number: number): string => `note-${number}`;

/** What building the content needs. */
export interface ContentInput {
  readonly theme: Theme;
  readonly lang: string;
  readonly charts: ReadonlyMap<string, ChartImage>;
  readonly notes: NoteNumbering;
}

/** Turns layout elements into pdfmake content, one component per element; ids are unique within one context. */
export function createContentBuilder(input: ContentInput): ComponentContext {
  const { theme, lang } = input;
  const [, right, , left] = theme.page.margins;
  const counters = new Map<string, number>();
  const nextId = (prefix: string) => {
    const count = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, count);
    return `${prefix}-${count}`;
  };
  const ctx: ComponentContext = {
    theme,
    lang,
    contentWidth: A4.width - left - right,
    charts: input.charts,
    notes: input.notes,
    blocks: (nodes) =>
      nodes.filter((node): node is ElementNode => node.kind === 'element').map((node) => renderBlock(node, ctx)),
    inlines: (nodes, options) => renderInlines(nodes, ctx, options?.caps ?? false),
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
      return name;
    },
    caps: (name) => theme.styles[name]?.caps === true,
    color: (name) => colorOf(theme, name),
    size: (style) => sizeOf(theme, theme.styles[style]?.size) ?? sizeOf(theme, theme.styles.body?.size) ?? 9,
    meta: (role: Role, extra = {}): BlockMeta => ({ id: nextId(role.toLowerCase()), role, ...extra }),
    nextId,
  };
  return ctx;
}

function renderBlock(node: ElementNode, ctx: ComponentContext): PdfObject {
  const component = COMPONENTS[node.name as keyof typeof COMPONENTS];
  if (!component) throw new Error(`no component for <${node.name}>`);
  return component(node, ctx);
}

/** Inline properties a run inherits from the elements around it. */
type RunProperties = { [key: string]: unknown };

/**
 * Inline content as a flat list of runs: pdfmake drops the styling of nested text arrays
 * (pdfmake issue 1174), so every run carries the properties of all its enclosing elements.
 * Footnote markers carry their number (`_note`), so the PDF stage sets the note at the foot of
 * the page where the marker lands; two markers side by side get a comma between them, so that
 * notes 4 and 9 never read as 49.
 */
function renderInlines(
  nodes: readonly LayoutNode[],
  ctx: ComponentContext,
  caps: boolean,
  inherited: RunProperties = {},
): PdfNode[] {
  const out: PdfNode[] = [];
  const run = (text: string, extra: RunProperties = {}) => {
    const properties = merge(inherited, extra);
    out.push(Object.keys(properties).length === 0 ? text : { ...properties, text });
  };
  for (const node of nodes) {
    if (node.kind === 'text') {
      run(caps ? node.text.toLocaleUpperCase(ctx.lang) : node.text);
      continue;
    }
    if (!isInlineElement(node.name)) continue;
    const nested = (extra: RunProperties, upper = caps) =>
      out.push(...renderInlines(node.children, ctx, upper, merge(inherited, extra)));
    switch (node.name) {
      case 'b':
        nested({ bold: true });
        break;
      case 'i':
        nested({ italics: true });
        break;
      case 'span': {
        const style = ctx.style(node.attrs.style ?? 'body', node);
        nested({ style }, caps || ctx.caps(style));
        break;
      }
      case 'a': {
        const start = out.length;
        nested({ link: pdfUri(node.attrs.href ?? ''), style: ctx.style('link', node) });
        out.splice(start, out.length - start, ...breakableUrl(out.slice(start)));
        break;
      }
      case 'fn': {
        const number = ctx.notes.numberOf(node.attrs.ref ?? '', node);
        const marker = { sup: true, style: ctx.style('noteMarker', node) };
        const previous = out[out.length - 1];
        if (previous !== undefined && typeof previous === 'object' && '_note' in previous) run(',', marker);
        run(String(number), { ...marker, linkToDestination: noteDestination(number), _note: number });
        break;
      }
      case 'br':
        run('\n');
        break;
    }
  }
  return out;
}

/** Child properties win, except styles, which add up (the outer first). */
function merge(outer: RunProperties, inner: RunProperties): RunProperties {
  const merged = { ...outer, ...inner };
  if (outer.style !== undefined && inner.style !== undefined) merged.style = [outer.style, inner.style].flat();
  return merged;
}

/**
 * A link target as a PDF URI: 7-bit ASCII (ISO 32000-1, 12.6.4.7), so a reader can open it —
 * international host names in punycode, other characters percent-encoded.
 */
export function pdfUri(href: string): string {
  if (/^https?:\/\//i.test(href)) {
    try {
      return new URL(href).href;
    } catch {
      return encodeURI(href);
    }
  }
  return encodeURI(decodeSafely(href));
}

/** An address as people read it: percent-encoded characters shown as the characters they stand for. */
export function readableUrl(href: string): string {
  return decodeSafely(href);
}

function decodeSafely(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/**
 * Long addresses printed as text get break opportunities (a zero-width space after / ? & = -)
 * so they wrap inside the column instead of running off the page. The link target is unchanged.
 */
export function breakableUrl(content: PdfNode[]): PdfNode[] {
  const breakable = (text: string) =>
    /^(https?:\/\/|www\.)\S{20,}$/.test(text) ? text.replace(/([/?&=_.-])(?=\S)/g, '$1\u200b') : text;
  return content.map((item) => {
    if (typeof item === 'string') return breakable(item);
    const run = item as RunProperties;
    return typeof run.text === 'string' ? { ...run, text: breakable(run.text) } : item;
  });
}
