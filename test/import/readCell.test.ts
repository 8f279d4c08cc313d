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
  ])('reads %j as %d', (cell, expected) => {
    expect(readNumber(cell)).toBe(expected);
  });

  it.each([['..'], ['...'], [''], ['-'], ['–'], [null], [undefined], ['n/a'], ['abc'], ['12 34'], [Number.NaN]])(
    'gives null for the missing value %j',
    (cell) => {
      expect(readNumber(cell)).toBeNull();
    },
  );
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
  it('shows a cell as text: numbers as typed, nothing for an empty cell', () => {
    expect(cellText(2024)).toBe('2024');
    expect(cellText('  Mali ')).toBe('Mali');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
  });
});
