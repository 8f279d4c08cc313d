import type { ChartImage } from '../charts/types.js';
import { TemplateError } from '../errors/index.js';
import type { ElementNode, LayoutNode } from '../layout/layoutNode.js';
import { isInlineElement } from '../layout/vocabulary.js';
import type { ComponentContext, NoteNumbering, PdfNode, PdfObject } from './componentContext.js';
import { COMPONENTS } from './components/index.js';
import { colorOf, type Theme } from './theme.js';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** The destination id of footnote `n` (its marker links to it). */
export const noteDestination = (number: number): string => `note-${number}`;

/** What building the content needs. */
export interface ContentInput {
  readonly root: ElementNode;
  readonly theme: Theme;
  readonly lang: string;
  readonly charts: ReadonlyMap<string, ChartImage>;
  readonly notes: NoteNumbering;
}

/** Turns the layout tree into pdfmake content, one component per element. */
export function buildContent(input: ContentInput): PdfObject[] {
  const { theme, lang } = input;
  const [, right, , left] = theme.page.margins;
  let ids = 0;
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
    nextId: (prefix) => `${prefix}-${++ids}`,
  };
  return ctx.blocks(input.root.children);
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
        nested({ link: node.attrs.href, style: ctx.style('link', node) });
        out.splice(start, out.length - start, ...breakableUrl(out.slice(start)));
        break;
      }
      case 'fn': {
        const number = ctx.notes.numberOf(node.attrs.ref ?? '', node);
        run(String(number), {
          sup: true,
          linkToDestination: noteDestination(number),
          style: ctx.style('noteMarker', node),
        });
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
 * Long addresses printed as text get break opportunities (a zero-width space after / ? & = -)
 * so they wrap inside the column instead of running off the page. The link target is unchanged.
 */
export function breakableUrl(content: PdfNode[]): PdfNode[] {
  const breakable = (text: string) =>
    /^(https?:\/\/|www\.)\S{30,}$/.test(text) ? text.replace(/([/?&=_-])(?=\S)/g, '$1\u200b') : text;
  return content.map((item) => {
    if (typeof item === 'string') return breakable(item);
    const run = item as RunProperties;
    return typeof run.text === 'string' ? { ...run, text: breakable(run.text) } : item;
  });
}
