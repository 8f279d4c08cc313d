import { describe, expect, it } from 'vitest';
import { diffData } from '../../src/report/diffData.js';
import { changedPart } from '../../src/report/locateDataChanges.js';

const BEFORE = `country: XFA
terminology:
  fr: Les Fictifs de l'extérieur.
  en: Fictional people abroad.
emigration:
  inEu: { value: 1200, source: undesa-ims, year: 2024 }
  topDestinations:
    countries:
      - { country: FRA, count: 500 }
      - { country: ESP, count: 300 }
politicalRights:
  dualCitizenship: { value: true }
`;

const AFTER = `country: XFA
terminology:
  fr: Les Fictifs de l'étranger.
  en: Fictional people abroad.
emigration:
  inEu: { value: 1250, source: undesa-ims, year: 2024 }
  topDestinations:
    countries:
      - { country: FRA, count: 500 }
      - { country: ESP, count: 310 }
      - { country: ITA, count: 90 }
politicalRights:
  dualCitizenship: { value: false }
`;

describe('diffData', () => {
  const changes = diffData({ text: BEFORE, file: 'old/xfa.yaml' }, { text: AFTER, file: 'data/xfa.yaml' }, 'XFA');

  it('lists every changed value by field path, old → new, with its line in the new file', () => {
    expect(
      changes.map(({ path, kind, change, before, after, line }) => ({ path, kind, change, before, after, line })),
    ).toEqual([
      {
        path: 'terminology.fr',
        kind: 'text',
        change: 'changed',
        before: "Les Fictifs de l'extérieur.",
        after: "Les Fictifs de l'étranger.",
        line: 3,
      },
      { path: 'emigration.inEu.value', kind: 'figure', change: 'changed', before: 1200, after: 1250, line: 6 },
      {
        path: 'emigration.topDestinations.countries[1].count',
        kind: 'figure',
        change: 'changed',
        before: 300,
        after: 310,
        line: 10,
      },
      {
        path: 'emigration.topDestinations.countries[2]',
        kind: 'value',
        change: 'added',
        before: undefined,
        after: { country: 'ITA', count: 90 },
        line: 11,
      },
      {
        path: 'politicalRights.dualCitizenship.value',
        kind: 'value',
        change: 'changed',
        before: true,
        after: false,
        line: 13,
      },
    ]);
  });

  it('finds no change between identical files', () => {
    expect(diffData({ text: BEFORE, file: 'a' }, { text: BEFORE, file: 'b' }, 'XFA')).toEqual([]);
  });

  it('reports a removed field at its line in the old file', () => {
    const removed = diffData(
      { text: BEFORE, file: 'a' },
      { text: BEFORE.replace(/politicalRights:\n.*\n/, ''), file: 'b' },
      'XFA',
    );
    expect(removed.map(({ path, change, line }) => ({ path, change, line }))).toEqual([
      { path: 'politicalRights', change: 'removed', line: 12 },
    ]);
  });
});

describe('changedPart', () => {
  it('is the changed words of a text', () => {
    expect(changedPart("les fictifs de l'extérieur.", "les fictifs de l'étranger.")).toBe('étranger');
  });
});
