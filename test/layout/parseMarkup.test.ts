import { describe, expect, it } from 'vitest';
import { profileErrorsOf } from '../../src/errors/index.js';
import { markSources } from '../../src/layout/loadTemplates.js';
import { parseMarkup } from '../../src/layout/parseMarkup.js';

const at = { file: 'templates/profile.hbs', line: 1 };
const parse = (markup: string) => parseMarkup(markup, at);
const failure = (markup: string) => {
  try {
    parse(markup);
  } catch (error) {
    return profileErrorsOf(error).map((e) => e.format());
  }
  throw new Error('no error');
};

describe('parseMarkup', () => {
  it('builds a tree of elements and text, decoding entities and collapsing whitespace', () => {
    const root = parse(
      '<document>\n  <p style="small">A &amp; B &lt;script&gt;  {{x}}\n <b>bold</b>\u202f%</p>\n</document>',
    );
    expect(root.children).toHaveLength(1);
    const [p] = root.children;
    expect(p).toMatchObject({
      kind: 'element',
      name: 'p',
      attrs: { style: 'small' },
      children: [
        { kind: 'text', text: 'A & B <script> {{x}} ' },
        { kind: 'element', name: 'b', children: [{ kind: 'text', text: 'bold' }] },
        { kind: 'text', text: '\u202f%' },
      ],
    });
  });

  it('names the template and line of an unknown element, with a suggestion', () => {
    const markup = markSources('<document>\n  <colums gap="4"></colums>\n</document>', 'templates/partials/facts.hbs');
    expect(failure(markup)).toEqual([
      'templates/partials/facts.hbs:2: <colums> is not a layout element [MARKUP_UNKNOWN_ELEMENT]\n  hint: did you mean <columns>?',
    ]);
  });

  it('refuses misplaced elements, unknown or missing attributes and bad values', () => {
    expect(failure('<document><p><p>x</p></p></document>')[0]).toContain('<p> cannot be placed inside <p>');
    expect(failure('<document><chart/></document>')[0]).toContain('<chart> needs the attribute id="…"');
    expect(failure('<document><p colour="red">x</p></document>')[0]).toContain(
      '<p colour="…">: expected one of the attributes style, keep, got "red"',
    );
    expect(failure('<document><check value="maybe">x</check></document>')[0]).toContain(
      'expected one of yes, no, partial, unknown, got "maybe"',
    );
    expect(failure('<document><p><a href="javascript:alert(1)">x</a></p></document>')[0]).toContain(
      'expected an address starting with https://',
    );
    expect(failure('<document>loose text</document>')[0]).toContain('wrap text in <p>');
  });

  it('names the template line of broken markup', () => {
    const markup = markSources('<document>\n  <section id="a">\n    <p>x</p>\n</document>', 'templates/partials/a.hbs');
    expect(failure(markup)[0]).toMatch(
      /^templates\/partials\/a\.hbs:2: the layout markup is broken: <section> is never closed \[MARKUP_SYNTAX\]/,
    );
  });
});
