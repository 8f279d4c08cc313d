import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/buildDocument.js';
import type { LayoutDocument } from '../../src/layout/layoutNode.js';
import { parseMarkup } from '../../src/layout/parseMarkup.js';
import { projectEnvironment } from '../helpers/project.js';

const env = projectEnvironment();
const meta = {
  lang: 'en',
  title: 't',
  author: 'a',
  subject: 's',
  keywords: 'k',
  date: '2025-11',
  header: 'h',
  footer: 'f',
  pageNumber: 'page {{page}} / {{pages}}',
  continued: 'Note {{note}}, continued:',
  noteReference: 'Footnote {{note}}',
};
const note = (text: string) => ({ content: [{ kind: 'text' as const, text }], url: null });

function layoutOf(markup: string): LayoutDocument {
  return {
    root: parseMarkup(markup, { file: 'test', line: 1 }),
    notes: { a: note('A'), b: note('B'), c: note('C') },
    meta,
  };
}

describe('footnote numbering', () => {
  it('numbers notes by first appearance in the laid-out document', () => {
    const spec = buildDocument(
      layoutOf('<document><p>x<fn ref="b"/> y<fn ref="a"/></p><p>z<fn ref="b"/></p></document>'),
      new Map(),
      env.theme,
    );
    const numbers = spec.notes.map((note) => [note.number, JSON.stringify(note.content())]);
    expect(numbers.map(([number]) => number)).toEqual([1, 2]);
    expect(numbers[0]![1]).toContain('"B"');
    expect(numbers[1]![1]).toContain('"A"');
  });

  it('renumbers when sections are reordered, and leaves out notes nothing refers to', () => {
    const spec = buildDocument(
      layoutOf('<document><p>z<fn ref="a"/></p><p>x<fn ref="b"/></p></document>'),
      new Map(),
      env.theme,
    );
    expect(spec.notes.map((note) => JSON.stringify(note.content()))).toEqual([
      expect.stringContaining('"A"'),
      expect.stringContaining('"B"'),
    ]);
    expect(spec.notes).toHaveLength(2);
  });

  it('refuses a reference to a note the data does not define', () => {
    expect(() => buildDocument(layoutOf('<document><p>x<fn ref="zz"/></p></document>'), new Map(), env.theme)).toThrow(
      '<fn ref="zz"/> refers to a footnote the data does not define',
    );
  });
});
