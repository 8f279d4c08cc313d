import type Handlebars from 'handlebars';
import type { Block, Inline } from '../model/parseProse.js';
import { escapeMarkup, serializeBlocks, serializeBlocksInline, serializeInlines } from './serializeRich.js';

/** What the helpers need from the build: labels of the edition's language as inline prose. */
export interface HelperContext {
  readonly label: (key: string, params: Readonly<Record<string, string | number>>) => readonly Inline[];
}

type HelperOptions = Handlebars.HelperOptions & { data: { helperContext: HelperContext } };

const isBlockList = (value: unknown): value is readonly Block[] =>
  Array.isArray(value) &&
  value.every((item) => item && typeof item === 'object' && (item.type === 'paragraph' || item.type === 'list'));

/**
 * The helpers templates use:
 *   {{t "rights.title"}}            a label of locales/<lang>/profile.json (inline Markdown allowed)
 *   {{t "figures.source" year=2024}} a label with values
 *   {{rich text style="small"}}     prose blocks → <p>/<ul>
 *   {{inline text}}                 prose → one line of inline markup
 *   {{notes ids}}                   footnote references <fn ref="…"/> for a list of ids
 *   {{#if (eq a b)}}, (and a b), (or a b), (not a), (concat "a." b)
 */
export function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('t', (key: unknown, options: HelperOptions) => {
    if (typeof key !== 'string') throw new Error('{{t}} needs a label key in quotes, e.g. {{t "rights.title"}}');
    const params = Object.fromEntries(
      Object.entries(options.hash as Record<string, unknown>).map(([name, value]) => [
        name,
        typeof value === 'number' ? value : String(value),
      ]),
    );
    return new hb.SafeString(serializeInlines(options.data.helperContext.label(key, params)));
  });
  hb.registerHelper('rich', (value: unknown, options: HelperOptions) => {
    const style = typeof options.hash.style === 'string' ? options.hash.style : undefined;
    if (value === null || value === undefined) return '';
    if (isBlockList(value)) return new hb.SafeString(serializeBlocks(value, style));
    if (Array.isArray(value)) {
      const line = serializeInlines(value as Inline[]);
      return new hb.SafeString(style ? `<p style="${escapeMarkup(style)}">${line}</p>` : `<p>${line}</p>`);
    }
    throw new Error('{{rich}} expects a text from the data (terminology, trends, a practice text…)');
  });
  hb.registerHelper('inline', (value: unknown) => {
    if (value === null || value === undefined) return '';
    if (isBlockList(value)) return new hb.SafeString(serializeBlocksInline(value));
    if (Array.isArray(value)) return new hb.SafeString(serializeInlines(value as Inline[]));
    if (typeof value === 'string') return value;
    throw new Error('{{inline}} expects a text from the data');
  });
  hb.registerHelper('notes', (ids: unknown) => {
    if (!Array.isArray(ids)) return '';
    return new hb.SafeString(ids.map((id) => `<fn ref="${escapeMarkup(String(id))}"/>`).join(''));
  });
  hb.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hb.registerHelper('not', (value: unknown) => !value);
}
