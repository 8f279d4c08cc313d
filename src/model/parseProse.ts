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

/** Parses one line of inline formatting. */
export function parseInline(source: string): Inline[] {
  const state = { source, pos: 0 };
  const result = parseUntil(state, null);
  return result;
}

interface State {
  readonly source: string;
  pos: number;
}

type Closer = '**' | '*' | ']' | null;

// Sticky patterns, matched where the parser stands (never on a copy of the rest of the text,
// which made a long field quadratic).
const FOOTNOTE = /\[\^([^\]\s]+)\]/y;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^\s<>]+)>/y;
const LINK_TARGET = /\(([^()\s]+)\)/y;

function matchAt(pattern: RegExp, source: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(source);
}

function parseUntil(state: State, closer: Closer): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') out.push({ type: 'text', text });
    text = '';
  };
  const { source } = state;
  while (state.pos < source.length) {
    const char = source[state.pos]!;
    if (char === '\\' && state.pos + 1 < source.length && /[\\*[\]()<>_^]/.test(source[state.pos + 1]!)) {
      text += source[state.pos + 1];
      state.pos += 2;
      continue;
    }
    if (
      closer !== null &&
      source.startsWith(closer, state.pos) &&
      !(closer === '*' && source.startsWith('**', state.pos))
    ) {
      state.pos += closer.length;
      flush();
      return out;
    }
    const footnote = char === '[' ? matchAt(FOOTNOTE, source, state.pos) : null;
    if (footnote) {
      flush();
      out.push({ type: 'footnote', id: footnote[1]! });
      state.pos += footnote[0].length;
      continue;
    }
    const autolink = char === '<' ? matchAt(AUTOLINK, source, state.pos) : null;
    if (autolink) {
      flush();
      out.push({
        type: 'link',
        href: autolink[1]!,
        children: [{ type: 'text', text: autolink[1]!.replace(/^mailto:/, '') }],
      });
      state.pos += autolink[0].length;
      continue;
    }
    if (char === '[' && closer !== ']') {
      const link = tryLink(state);
      if (link) {
        flush();
        out.push(link);
        continue;
      }
    }
    if (source.startsWith('**', state.pos)) {
      flush();
      state.pos += 2;
      out.push({ type: 'strong', children: parseClosed(state, '**') });
      continue;
    }
    if (char === '*' && opensEmphasis(source, state.pos)) {
      flush();
      state.pos += 1;
      out.push({ type: 'em', children: parseClosed(state, '*') });
      continue;
    }
    text += char;
    state.pos += 1;
  }
  if (closer !== null) throw new ProseSyntaxError(`"${closer === ']' ? '[' : closer}" is opened but never closed`);
  flush();
  return out;
}

function parseClosed(state: State, closer: '**' | '*'): Inline[] {
  const start = state.pos;
  const children = parseUntil(state, closer);
  if (children.length === 0) {
    throw new ProseSyntaxError(
      `empty ${closer === '**' ? 'bold' : 'italic'} text at "${state.source.slice(start - closer.length, start + 10)}"`,
    );
  }
  return children;
}

/** "*" opens italics only when followed by a non-space (so "5 * 3" stays as typed). */
function opensEmphasis(source: string, pos: number): boolean {
  const next = source[pos + 1];
  return next !== undefined && !/\s/.test(next) && source.indexOf('*', pos + 1) !== -1;
}

/** `[text](url)`; returns undefined (and consumes nothing) when the brackets are not a link. */
function tryLink(state: State): Inline | undefined {
  const start = state.pos;
  state.pos += 1;
  let children: Inline[];
  try {
    children = parseUntil(state, ']');
  } catch {
    state.pos = start;
    return undefined;
  }
  const target = matchAt(LINK_TARGET, state.source, state.pos);
  if (!target) {
    state.pos = start;
    return undefined;
  }
  state.pos += target[0].length;
  return { type: 'link', href: target[1]!, children };
}

/** Text that prints as typed once parsed: every formatting character escaped with a backslash. */
export function escapeProse(text: string): string {
  return text.replace(/[\\*[\]()<>_^]/g, '\\$&');
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
