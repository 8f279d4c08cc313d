import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProseSyntaxError, parseInline, proseParserWork } from '../../src/model/parseProse.js';
import { referenceParseInline } from './parseProseReference.js';

/** What a parser makes of a text: its inline tree, or the message of its syntax error. */
function outcome(parse: (text: string) => unknown, text: string): unknown {
  try {
    return { tree: parse(text) };
  } catch (error) {
    if (!(error instanceof ProseSyntaxError)) throw error;
    return { error: error.message };
  }
}

/** The steps the parser takes on a text (its work, counted: no clock). */
function stepsFor(text: string): number {
  const before = proseParserWork.steps;
  outcome(parseInline, text);
  return proseParserWork.steps - before;
}

// Texts made of the characters the grammar reads, so that every rule meets every other one.
const PIECES = [
  '*',
  '**',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '\\',
  '^',
  ' ',
  'a',
  'b',
  'x.org',
  'https://',
  'mailto:',
  '[^n]',
  '](https://e.org)',
];
const markupText = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((pieces) => pieces.join(''));

describe('the prose parser', () => {
  it('reads every text as the first (backtracking) parser did', () => {
    fc.assert(
      fc.property(markupText, (text) => {
        expect(outcome(parseInline, text)).toEqual(outcome(referenceParseInline, text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['nested bold in links', '[**x ', '](https://e.org) y**'],
    ['italics and links', '*[a ', '](https://e.org)* '],
    ['escapes and notes', '\\*[^n] **b** ', ''],
  ])('reads %s as the first parser did, however deep', (_, open, close) => {
    const text = open.repeat(6) + close.repeat(6);
    expect(outcome(parseInline, text)).toEqual(outcome(referenceParseInline, text));
  });

  it.each([
    ['"[**"', '[**'],
    ['"[*"', '[*a'],
    ['"**["', '**['],
    ['"[" before a link text', '[[a](https://e.org)'],
    ['"[^" with no end', '[^'],
    ['"<https://" with no end', '<https://'],
    ['"*" before a star', '*a *'],
  ])('does work proportional to the length of %s repeated (no backtracking)', (_, unit) => {
    // The steps per character stay the same from 300 to 3,000 characters and below a small constant:
    // a parser that backtracks or rescans grows faster than the text.
    const small = stepsFor(unit.repeat(Math.ceil(300 / unit.length)));
    const large = stepsFor(unit.repeat(Math.ceil(3000 / unit.length)));
    const perChar = (steps: number, count: number) => steps / (unit.repeat(count).length || 1);
    expect(perChar(large, Math.ceil(3000 / unit.length))).toBeLessThanOrEqual(6);
    expect(large).toBeLessThanOrEqual(small * 11);
  });

  it('refuses "[**" × 3,333 (10,000 characters) as unclosed bold, as the first parser did for a few', () => {
    expect(outcome(referenceParseInline, '[**'.repeat(5))).toEqual({ error: '"**" is opened but never closed' });
    expect(outcome(parseInline, '[**'.repeat(3333))).toEqual({ error: '"**" is opened but never closed' });
  });
});
