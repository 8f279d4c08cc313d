/**
 * The small Markdown subset editors write inside prose fields:
 *
 *   blocks   paragraphs separated by a blank line; bullet lists of lines starting with "- "
 *   inline   **bold**, *italic*, [text](https://…), <https://…>, [^footnote-id], \* escapes
 *
 * Nothing else is interpreted: "<script>", "{{", "&" or "#" print as typed.
 */

/** A run of inline content. */
export type Inline =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'strong'; readonly children: readonly Inline[] }
  | { readonly type: 'em'; readonly children: readonly Inline[] }
  | { readonly type: 'link'; readonly href: string; readonly children: readonly Inline[] }
  | { readonly type: 'footnote'; readonly id: string };

/** A paragraph or a bullet list. */
export type Block =
  | { readonly type: 'paragraph'; readonly children: readonly Inline[] }
  | { readonly type: 'list'; readonly items: readonly (readonly Inline[])[] };

/** Raised for formatting that does not close ("**bold" without its closing "**"). */
export class ProseSyntaxError extends Error {
  override readonly name = 'ProseSyntaxError';
}

const BULLET = /^\s*[-•]\s+/;

/** Parses a prose field into blocks. Throws ProseSyntaxError on broken formatting. */
export function parseProse(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const paragraphLines: string[] = [];
    const items: string[] = [];
    for (const line of lines) {
      if (BULLET.test(line)) items.push(line.replace(BULLET, ''));
      else if (items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
      else paragraphLines.push(line.trim());
    }
    if (paragraphLines.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraphLines.join(' ')) });
    if (items.length > 0) blocks.push({ type: 'list', items: items.map((item) => parseInline(item.trim())) });
  }
  return blocks;
}

/** The blocks of prose texts already parsed, by their source text (the loader's: LoadedProfile.prose). */
export type ProseIndex = ReadonlyMap<string, readonly Block[]>;

/** The blocks of `source`, from `index` when it was parsed already. */
export function proseBlocks(source: string, index?: ProseIndex): readonly Block[] {
  return index?.get(source) ?? parseProse(source);
}

/**
 * The inline content of one line of prose, from `index` when it was parsed already: parseProse
 * reads a text of one line that is not a list item as one paragraph of exactly parseInline(text).
 */
export function proseInlines(source: string, index?: ProseIndex): readonly Inline[] {
  const blocks = index?.get(source);
  const [only] = blocks ?? [];
  const oneLine = !/[\r\n]/.test(source) && source === source.trim() && !BULLET.test(source);
  if (blocks?.length === 1 && only?.type === 'paragraph' && oneLine) return only.children;
  return parseInline(source);
}

/** Parses one line of inline formatting. */
export function parseInline(source: string): Inline[] {
  const outcomes = solve(source);
  const top = outcomes.at(NONE, 0);
  if (top < 0) throw new ProseSyntaxError(outcomes.errors[-top - 1]!);
  return build(source, outcomes);
}

/**
 * How the inline grammar reads, in one pass from the end of the text to its start, so that the
 * parse is linear in the length of the text whatever it holds.
 *
 * Reading goes left to right in a context: the top level, or inside bold, italic or a link's text,
 * each ended by its closer ("**", "*", "]"). From a position, what follows depends only on the
 * position and the context: so the outcome of reading from every position in every context —
 * where the context's closer ends it, or the error that breaks it — is computed once, from the
 * last position back to the first, each from outcomes already known further right. A "[" opens a
 * link only when its text closes and "(address)" follows (otherwise it is a plain "["); "**" and
 * "*" must close, or the whole context fails with the message of the first thing left open.
 */
const NONE = 0;
const BOLD = 1;
const ITALIC = 2;
const LINK = 3;
const CLOSERS: readonly (string | null)[] = [null, '**', '*', ']'];
const closerOf = (context: number): string | null => CLOSERS[context] ?? null;

interface Outcomes {
  /** Where reading from `pos` in `context` ends (past its closer), or -(1 + index of its error). */
  at(context: number, pos: number): number;
  readonly errors: string[];
  /** The length of the inline element starting at `pos` (footnote reference, autolink, link address), 0 if none. */
  readonly footnote: Int32Array;
  readonly autolink: Int32Array;
  readonly target: Int32Array;
  /** Whether "*" at `pos` opens italics. */
  opensItalic(pos: number): boolean;
  /** Counts the steps of reading (for the test that the work grows linearly). */
  readonly steps: { count: number };
}

/** Counts every step of the parser's reading: the test of its linear growth reads it. */
export const proseParserWork = { steps: 0 };

const ESCAPABLE = /[\\*[\]()<>_^]/;
const SPACE = /\s/;

function solve(source: string): Outcomes {
  const n = source.length;
  const isSpace = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) isSpace[i] = SPACE.test(source[i]!) ? 1 : 0;
  // The first position at or after i of a character ending an id, an address or a link target.
  const stopAt = (stops: (i: number) => boolean): Int32Array => {
    const next = new Int32Array(n + 1);
    next[n] = n;
    for (let i = n - 1; i >= 0; i -= 1) next[i] = stops(i) ? i : next[i + 1]!;
    return next;
  };
  const idEnd = stopAt((i) => source[i] === ']' || isSpace[i] === 1);
  const addressEnd = stopAt((i) => source[i] === '<' || source[i] === '>' || isSpace[i] === 1);
  const targetEnd = stopAt((i) => source[i] === '(' || source[i] === ')' || isSpace[i] === 1);
  const footnote = new Int32Array(n + 1);
  const autolink = new Int32Array(n + 1);
  const target = new Int32Array(n + 1);
  let lastStar = -1;
  for (let i = 0; i < n; i += 1) {
    if (source[i] === '*') lastStar = i;
    if (source[i] === '[' && source[i + 1] === '^') {
      const end = idEnd[i + 2] ?? n;
      if (end > i + 2 && end < n && source[end] === ']') footnote[i] = end + 1 - i;
    } else if (source[i] === '<') {
      const scheme = /^(?:https?:\/\/|mailto:)/.exec(source.slice(i + 1, i + 9));
      if (scheme) {
        const start = i + 1 + scheme[0].length;
        const end = addressEnd[start] ?? n;
        if (end > start && end < n && source[end] === '>') autolink[i] = end + 1 - i;
      }
    } else if (source[i] === '(') {
      const end = targetEnd[i + 1] ?? n;
      if (end > i + 1 && end < n && source[end] === ')') target[i] = end + 1 - i;
    }
  }
  const errors: string[] = [];
  const table = new Int32Array(4 * (n + 1));
  const at = (context: number, pos: number) => table[context * (n + 1) + pos]!;
  const fail = (message: string) => -errors.push(message);
  const opensItalic = (pos: number) => pos + 1 < n && isSpace[pos + 1] === 0 && lastStar > pos;
  const steps = { count: 0 };
  for (let context = 0; context < 4; context += 1) {
    const closer = closerOf(context);
    table[context * (n + 1) + n] =
      closer === null ? n : fail(`"${closer === ']' ? '[' : closer}" is opened but never closed`);
  }
  for (let pos = n - 1; pos >= 0; pos -= 1) {
    const char = source[pos]!;
    const bold = char === '*' && source[pos + 1] === '*';
    // What a nested element starting here gives: where reading goes on after it, or its error.
    let nested = 0;
    const link = char === '[' ? linkEnd(pos) : -1;
    if (bold) nested = closed(BOLD, pos + 2, 'bold');
    else if (char === '*' && opensItalic(pos)) nested = closed(ITALIC, pos + 1, 'italic');
    for (let context = 0; context < 4; context += 1) {
      steps.count += 1;
      const closer = closerOf(context);
      let outcome: number;
      if (char === '\\' && pos + 1 < n && ESCAPABLE.test(source[pos + 1]!)) outcome = at(context, pos + 2);
      else if (closer !== null && source.startsWith(closer, pos) && !(closer === '*' && bold))
        outcome = pos + closer.length;
      else if (footnote[pos]! > 0) outcome = at(context, pos + footnote[pos]!);
      else if (autolink[pos]! > 0) outcome = at(context, pos + autolink[pos]!);
      else if (link > 0 && context !== LINK) outcome = at(context, link);
      else if (nested !== 0) outcome = nested < 0 ? nested : at(context, nested);
      else outcome = at(context, pos + 1);
      table[context * (n + 1) + pos] = outcome;
    }
  }
  function closed(context: number, start: number, what: string): number {
    const end = at(context, start);
    if (end < 0) return end;
    const closer = closerOf(context)!;
    if (end === start + closer.length) {
      return fail(`empty ${what} text at "${source.slice(start - closer.length, start + 10)}"`);
    }
    return end;
  }
  function linkEnd(pos: number): number {
    const end = at(LINK, pos + 1);
    return end < 0 || target[end] === 0 ? -1 : end + target[end]!;
  }
  proseParserWork.steps += steps.count;
  return { at, errors, footnote, autolink, target, opensItalic, steps };
}

interface Frame {
  readonly context: number;
  readonly out: Inline[];
  text: string;
  /** Makes the element of this context from its children (none at the top level). */
  readonly make: ((children: Inline[]) => Inline) | null;
  /** Where reading goes on once the context is closed (past the closer, and past a link's address). */
  readonly after: number;
}

/** Builds the inline tree along the reading the outcomes say succeeds: every position once. */
function build(source: string, outcomes: Outcomes): Inline[] {
  const n = source.length;
  const top: Frame = { context: NONE, out: [], text: '', make: null, after: n };
  const stack: Frame[] = [top];
  const flush = (frame: Frame) => {
    if (frame.text !== '') frame.out.push({ type: 'text', text: frame.text });
    frame.text = '';
  };
  const open = (frame: Frame, context: number, start: number, make: (children: Inline[]) => Inline, after: number) => {
    flush(frame);
    stack.push({ context, out: [], text: '', make, after });
    return start;
  };
  let pos = 0;
  while (pos < n) {
    proseParserWork.steps += 1;
    const frame = stack[stack.length - 1]!;
    const char = source[pos]!;
    const closer = closerOf(frame.context);
    const bold = char === '*' && source[pos + 1] === '*';
    if (char === '\\' && pos + 1 < n && ESCAPABLE.test(source[pos + 1]!)) {
      frame.text += source[pos + 1];
      pos += 2;
    } else if (closer !== null && source.startsWith(closer, pos) && !(closer === '*' && bold)) {
      flush(frame);
      stack.pop();
      stack[stack.length - 1]!.out.push(frame.make!(frame.out));
      pos = frame.after;
    } else if (outcomes.footnote[pos]! > 0) {
      flush(frame);
      frame.out.push({ type: 'footnote', id: source.slice(pos + 2, pos + outcomes.footnote[pos]! - 1) });
      pos += outcomes.footnote[pos]!;
    } else if (outcomes.autolink[pos]! > 0) {
      flush(frame);
      const href = source.slice(pos + 1, pos + outcomes.autolink[pos]! - 1);
      frame.out.push({ type: 'link', href, children: [{ type: 'text', text: href.replace(/^mailto:/, '') }] });
      pos += outcomes.autolink[pos]!;
    } else if (char === '[' && frame.context !== LINK && isLink(pos)) {
      const end = outcomes.at(LINK, pos + 1);
      const href = source.slice(end + 1, end + outcomes.target[end]! - 1);
      pos = open(frame, LINK, pos + 1, (children) => ({ type: 'link', href, children }), end + outcomes.target[end]!);
    } else if (bold) {
      pos = open(frame, BOLD, pos + 2, (children) => ({ type: 'strong', children }), outcomes.at(BOLD, pos + 2));
    } else if (char === '*' && outcomes.opensItalic(pos)) {
      pos = open(frame, ITALIC, pos + 1, (children) => ({ type: 'em', children }), outcomes.at(ITALIC, pos + 1));
    } else {
      frame.text += char;
      pos += 1;
    }
  }
  flush(top);
  return top.out;

  function isLink(pos: number): boolean {
    const end = outcomes.at(LINK, pos + 1);
    return end >= 0 && outcomes.target[end]! > 0;
  }
}

/** Text that prints as typed once parsed: every formatting character escaped with a backslash. */
export function escapeProse(text: string): string {
  return text.replace(/[\\*[\]()<>_^]/g, '\\$&');
}

/** The ids of the footnotes a list of blocks references, in order (for checking them). */
export function footnotesOf(blocks: readonly Block[]): string[] {
  const ids: string[] = [];
  const visit = (inlines: readonly Inline[]) => {
    for (const inline of inlines) {
      if (inline.type === 'footnote') ids.push(inline.id);
      if ('children' in inline) visit(inline.children);
    }
  };
  for (const block of blocks) {
    if (block.type === 'paragraph') visit(block.children);
    else block.items.forEach(visit);
  }
  return ids;
}

/** Every link target in a list of blocks (for checking addresses). */
export function linksOf(blocks: readonly Block[]): string[] {
  const hrefs: string[] = [];
  const visit = (inlines: readonly Inline[]) => {
    for (const inline of inlines) {
      if (inline.type === 'link') hrefs.push(inline.href);
      if ('children' in inline) visit(inline.children);
    }
  };
  for (const block of blocks) {
    if (block.type === 'paragraph') visit(block.children);
    else block.items.forEach(visit);
  }
  return hrefs;
}
