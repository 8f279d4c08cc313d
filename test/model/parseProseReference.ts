/**
 * The first prose parser, kept as the reference for its replacement: a recursive descent that
 * backtracks when "[" does not turn out to be a link, so its time grows exponentially with
 * nested "[**" (90 characters took 78 s). Only the tests use it, on short texts, to check that
 * the linear parser reads every text exactly as this one did.
 */
import type { Inline } from '../../src/model/parseProse.js';
import { ProseSyntaxError } from '../../src/model/parseProse.js';

/** Parses one line of inline formatting. */
export function referenceParseInline(source: string): Inline[] {
  const state = { source, pos: 0 };
  const result = parseUntil(state, null);
  return result;
}

interface State {
  readonly source: string;
  pos: number;
}

type Closer = '**' | '*' | ']' | null;

function parseUntil(state: State, closer: Closer): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') out.push({ type: 'text', text });
    text = '';
  };
  const { source } = state;
  while (state.pos < source.length) {
    const rest = source.slice(state.pos);
    const char = source[state.pos]!;
    if (char === '\\' && state.pos + 1 < source.length && /[\\*[\]()<>_^]/.test(source[state.pos + 1]!)) {
      text += source[state.pos + 1];
      state.pos += 2;
      continue;
    }
    if (closer !== null && rest.startsWith(closer) && !(closer === '*' && rest.startsWith('**'))) {
      state.pos += closer.length;
      flush();
      return out;
    }
    const footnote = /^\[\^([^\]\s]+)\]/.exec(rest);
    if (footnote) {
      flush();
      out.push({ type: 'footnote', id: footnote[1]! });
      state.pos += footnote[0].length;
      continue;
    }
    const autolink = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/.exec(rest);
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
    if (rest.startsWith('**')) {
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
  const target = /^\(([^()\s]+)\)/.exec(state.source.slice(state.pos));
  if (!target) {
    state.pos = start;
    return undefined;
  }
  state.pos += target[0].length;
  return { type: 'link', href: target[1]!, children };
}
