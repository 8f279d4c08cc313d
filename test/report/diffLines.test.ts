import { describe, expect, it } from 'vitest';
import { diffLines } from '../../src/report/diffLines.js';

describe('diffLines', () => {
  it('lists the lines removed and added, leaving the common ones out', () => {
    expect(diffLines(['Title', '5,3 % 180 863', 'Source'], ['Title', '5,3 % 181 500', 'Source', 'New line'])).toEqual({
      removed: ['5,3 % 180 863'],
      added: ['5,3 % 181 500', 'New line'],
    });
  });

  it('finds nothing between texts that differ only in spacing', () => {
    expect(diffLines(['a  b', 'c\u202fd'], ['a b', 'c d'])).toEqual({ removed: [], added: [] });
  });

  it('handles empty pages on either side', () => {
    expect(diffLines([], ['x'])).toEqual({ removed: [], added: ['x'] });
    expect(diffLines(['x'], [])).toEqual({ removed: ['x'], added: [] });
  });

  it('keeps a moved line as removed and added', () => {
    expect(diffLines(['a', 'b', 'c'], ['b', 'c', 'a'])).toEqual({ removed: ['a'], added: ['a'] });
  });
});
