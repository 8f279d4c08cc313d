import { describe, expect, it } from 'vitest';
import { ProseSyntaxError, parseInline, parseProse } from '../../src/model/parseProse.js';

describe('parseProse', () => {
  it('reads bold, italic, links, autolinks and footnote references', () => {
    expect(parseInline('**Lead:** text *it* [site](https://a.org/x) <https://b.org> end[^note-1].')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'Lead:' }] },
      { type: 'text', text: ' text ' },
      { type: 'em', children: [{ type: 'text', text: 'it' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://a.org/x', children: [{ type: 'text', text: 'site' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://b.org', children: [{ type: 'text', text: 'https://b.org' }] },
      { type: 'text', text: ' end' },
      { type: 'footnote', id: 'note-1' },
      { type: 'text', text: '.' },
    ]);
  });

  it('prints markup-looking text as typed', () => {
    expect(parseInline('<script>alert(1)</script> {{x}} & "q" \\ 5 * 3 [sic] # h')).toEqual([
      { type: 'text', text: '<script>alert(1)</script> {{x}} & "q" \\ 5 * 3 [sic] # h' },
    ]);
  });

  it('lets a backslash escape formatting characters', () => {
    expect(parseInline('\\*not italic\\* \\[^x]')).toEqual([{ type: 'text', text: '*not italic* [^x]' }]);
  });

  it('splits paragraphs on blank lines and reads "- " lines as a list', () => {
    expect(parseProse('Intro line\ncontinued:\n\n- one\n- two\n  wrapped\n\nAfter.')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Intro line continued:' }] },
      { type: 'list', items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two wrapped' }]] },
      { type: 'paragraph', children: [{ type: 'text', text: 'After.' }] },
    ]);
  });

  it('refuses bold or italic that is never closed', () => {
    expect(() => parseProse('**bold without end')).toThrow(ProseSyntaxError);
    expect(() => parseProse('**bold without end')).toThrow('"**" is opened but never closed');
    expect(() => parseProse('*it and **b**')).toThrow('"*" is opened but never closed');
    // A lone asterisk with nothing to close it is just an asterisk.
    expect(parseInline('*it')).toEqual([{ type: 'text', text: '*it' }]);
  });
});
