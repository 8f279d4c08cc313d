import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { didYouMean, TemplateError } from '../errors/index.js';
import { LINK_PATTERN } from '../model/schema.js';
import type { ElementNode, LayoutNode, SourceRef } from './layoutNode.js';
import {
  type AttributeType,
  ELEMENTS,
  type ElementName,
  type ElementSpec,
  isInlineElement,
  ROOT,
} from './vocabulary.js';

/** The attribute templates carry (added when templates are loaded) to say where an element was written. */
export const SOURCE_ATTRIBUTE = 'data-at';

interface Open {
  readonly name: ElementName;
  readonly spec: ElementSpec;
  readonly attrs: Record<string, string>;
  readonly children: LayoutNode[];
  readonly at: SourceRef;
}

/**
 * Parses the layout markup a template rendered into a validated LayoutNode tree.
 * Unknown elements, misplaced elements, bad attributes and broken markup are errors
 * naming the template file and line. Entities (&amp; &lt; …) are decoded; whitespace
 * between blocks is dropped and runs of spaces in text collapse to one.
 */
export function parseMarkup(markup: string, fallback: SourceRef): ElementNode {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const stack: Open[] = [];
  let root: ElementNode | undefined;
  let failure: Error | undefined;
  // The element opened last: where broken markup most likely starts (an unclosed tag).
  let lastOpened: SourceRef | undefined;
  // The element closed last: saxes closes unclosed elements itself before reporting the close tag that did not match.
  let lastClosed: { name: string; at: SourceRef } | undefined;
  const here = (): SourceRef => stack[stack.length - 1]?.at ?? fallback;
  const fail = (error: Error) => {
    failure ??= error;
  };

  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (failure) return;
    try {
      const open = openElement(tag, stack[stack.length - 1], here());
      lastOpened = open.at;
      stack.push(open);
    } catch (error) {
      fail(error as Error);
    }
  });
  parser.on('text', (text: string) => {
    if (failure) return;
    const parent = stack[stack.length - 1];
    if (!parent) return;
    addText(parent, text);
  });
  parser.on('closetag', () => {
    if (failure) return;
    const open = stack.pop()!;
    lastClosed = { name: open.name, at: open.at };
    const node: ElementNode = {
      kind: 'element',
      name: open.name,
      attrs: open.attrs,
      children: trimInline(open),
      at: open.at,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
  });
  parser.on('error', (error: Error) => {
    const detail = error.message.replace(/^\d+:\d+: /, '');
    if (/unexpected close tag/.test(detail) && lastClosed) {
      fail(new TemplateError('MARKUP_SYNTAX', { detail: `<${lastClosed.name}> is never closed` }, lastClosed.at));
    } else {
      fail(new TemplateError('MARKUP_SYNTAX', { detail }, lastOpened ?? here()));
    }
  });

  parser.write(markup).close();
  if (failure) throw failure;
  if (!root) throw new TemplateError('MARKUP_SYNTAX', { detail: `the layout has no <${ROOT}> element` }, fallback);
  return root;
}

function openElement(tag: SaxesTagPlain, parent: Open | undefined, near: SourceRef): Open {
  const at = parseSourceRef(tag.attributes[SOURCE_ATTRIBUTE]) ?? near;
  const spec = ELEMENTS[tag.name];
  if (!spec) {
    const known = Object.keys(ELEMENTS);
    throw new TemplateError(
      'MARKUP_UNKNOWN_ELEMENT',
      { element: tag.name, suggestion: didYouMean(tag.name, known), known },
      at,
    );
  }
  const name = tag.name as ElementName;
  if (!parent && name !== ROOT) {
    throw new TemplateError('MARKUP_SYNTAX', { detail: `the layout must start with <${ROOT}>, not <${name}>` }, at);
  }
  if (parent) checkPlacement(name, parent, at);
  return { name, spec, attrs: readAttributes(name, spec, tag.attributes, at), children: [], at };
}

function checkPlacement(name: ElementName, parent: Open, at: SourceRef): void {
  const { content } = parent.spec;
  const inline = isInlineElement(name);
  const allowed =
    content === 'empty'
      ? false
      : content === 'inline'
        ? inline
        : content === 'blocks'
          ? !inline
          : content.includes(name);
  if (!allowed) {
    const names =
      content === 'empty'
        ? ['nothing']
        : content === 'inline'
          ? ['text', 'b', 'i', 'a', 'fn', 'br', 'span']
          : content === 'blocks'
            ? ['block elements']
            : [...content];
    throw new TemplateError('MARKUP_MISPLACED', { element: name, parent: parent.name, allowed: names }, at);
  }
}

function readAttributes(
  name: string,
  spec: ElementSpec,
  raw: Record<string, string>,
  at: SourceRef,
): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === SOURCE_ATTRIBUTE) continue;
    const type = spec.attributes[key];
    if (!type) {
      const known = Object.keys(spec.attributes);
      throw new TemplateError(
        'MARKUP_BAD_ATTRIBUTE',
        {
          element: name,
          attribute: key,
          expected: known.length ? `one of the attributes ${known.join(', ')}` : 'no attribute',
          got: value,
        },
        at,
      );
    }
    checkValue(name, key, type, value, at);
    attrs[key] = value;
  }
  for (const [key, type] of Object.entries(spec.attributes)) {
    if ('required' in type && type.required && !(key in attrs)) {
      throw new TemplateError('MARKUP_MISSING_ATTRIBUTE', { element: name, attribute: key }, at);
    }
  }
  return attrs;
}

function checkValue(element: string, attribute: string, type: AttributeType, value: string, at: SourceRef): void {
  const bad = (expected: string) =>
    new TemplateError('MARKUP_BAD_ATTRIBUTE', { element, attribute, expected, got: value }, at);
  switch (type.type) {
    case 'enum':
      if (!type.values.includes(value)) throw bad(`one of ${type.values.join(', ')}`);
      return;
    case 'number':
      if (!/^\d+(\.\d+)?$/.test(value)) throw bad('a number of points');
      return;
    case 'width':
      if (!/^(\*|auto|\d+(\.\d+)?%?)$/.test(value)) throw bad('*, auto, a number of points or a percentage');
      return;
    case 'url':
      if (!LINK_PATTERN.test(value)) throw bad('an address starting with https://, http:// or mailto:');
      return;
    case 'text':
      return;
  }
}

function addText(parent: Open, text: string): void {
  if (parent.spec.content !== 'inline') {
    if (text.trim() === '') return;
    throw new TemplateError(
      'MARKUP_MISPLACED',
      { element: 'text', parent: parent.name, allowed: ['elements only: wrap text in <p>…</p>'] },
      parent.at,
    );
  }
  // XML whitespace collapses; no-break spaces (U+00A0, U+202F) are content and stay.
  const collapsed = text.replace(/[ \t\r\n]+/g, ' ');
  const last = parent.children[parent.children.length - 1];
  if (last?.kind === 'text')
    parent.children[parent.children.length - 1] = { kind: 'text', text: last.text + collapsed };
  else parent.children.push({ kind: 'text', text: collapsed });
}

/** Drops the spaces that only come from template indentation at the start and end of inline content. */
function trimInline(open: Open): LayoutNode[] {
  if (open.spec.content !== 'inline' || open.spec.inline) return open.children;
  const children = [...open.children];
  const first = children[0];
  if (first?.kind === 'text') children[0] = { kind: 'text', text: first.text.replace(/^ +/, '') };
  const lastIndex = children.length - 1;
  const last = children[lastIndex];
  if (last?.kind === 'text') children[lastIndex] = { kind: 'text', text: last.text.replace(/ +$/, '') };
  return children.filter((child) => child.kind !== 'text' || child.text !== '');
}

function parseSourceRef(value: string | undefined): SourceRef | undefined {
  const match = value === undefined ? null : /^(.*):(\d+)$/.exec(value);
  return match ? { file: match[1]!, line: Number(match[2]) } : undefined;
}
