import { describe, expect, it } from 'vitest';
import { cellText, readCode, readNumber } from '../../src/import/readCell.js';

describe('readNumber', () => {
  it.each([
    [1292519, 1292519],
    ['1292519', 1292519],
    ['1 292 519', 1292519],
    ['1\u00a0292\u00a0519', 1292519],
    ['1,292,519', 1292519],
    ['1 292 519 a', 1292519],
    ['1 292 519a', 1292519],
    ['403646 (b)', 403646],
    ['140431*', 140431],
    ['12.5', 12.5],
    [{ formula: 'SUM(A1:A2)', result: 42 }, 42],
    [{ richText: [{ text: '1 000' }, { text: ' a' }] }, 1000],
  ])('reads %j as %d', (cell, expected) => {
    expect(readNumber(cell)).toBe(expected);
  });

  it.each([
    ['..'],
    ['...'],
    [''],
    ['-'],
    ['–'],
    [null],
    [undefined],
    ['n/a'],
    ['abc'],
    ['12 34'],
    [{ error: '#N/A' }],
    [Number.NaN],
  ])('gives null for the missing value %j', (cell) => {
    expect(readNumber(cell)).toBeNull();
  });
});

describe('readCode', () => {
  it('reads location codes, with or without a footnote star', () => {
    expect(readCode(466)).toBe(466);
    expect(readCode('466*')).toBe(466);
    expect(readCode(' 900 ')).toBe(900);
  });

  it('gives null for cells that are not codes', () => {
    expect(readCode('Mali')).toBeNull();
    expect(readCode('')).toBeNull();
    expect(readCode(4.5)).toBeNull();
  });
});

describe('cellText', () => {
  it('shows rich text, formula results and dates as text', () => {
    expect(cellText({ richText: [{ text: 'Both ' }, { text: 'sexes' }] })).toBe('Both sexes');
    expect(cellText({ formula: 'A1', result: 2024 })).toBe('2024');
    expect(cellText(new Date('2024-07-01T00:00:00Z'))).toBe('2024-07-01');
    expect(cellText('  Mali ')).toBe('Mali');
  });
});
