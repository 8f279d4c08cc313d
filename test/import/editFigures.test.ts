import { describe, expect, it } from 'vitest';
import { profileErrorsOf } from '../../src/errors/index.js';
import { editFigures, type FigureUpdate } from '../../src/import/editFigures.js';

const provenance = { source: 'undesa-ims', year: 2024, edition: 'IMS 2024', imported: '2026-05-04' };
const total = (value: number): FigureUpdate => ({ path: ['emigration', 'total'], values: { value }, provenance });
const top = (countries: NonNullable<FigureUpdate['countries']>): FigureUpdate => ({
  path: ['emigration', 'topDestinations'],
  values: {},
  countries,
  provenance,
});
const lines = (...text: string[]) => `${text.join('\n')}\n`;

describe('editFigures', () => {
  it('rewrites the scalars of a flow map in place and adds the import date in the same style', () => {
    const text = lines(
      '# Figures',
      'emigration:',
      '  # A comment about the total.',
      '  total: { value: 1292519, source: undesa-ims, year: 2020, edition: "IMS 2020" }   # trailing',
      '  other: 1',
    );
    const { text: result, changes } = editFigures(text, 'x.yaml', [total(1300000)]);
    expect(result).toBe(
      lines(
        '# Figures',
        'emigration:',
        '  # A comment about the total.',
        '  total: { value: 1300000, source: undesa-ims, year: 2024, edition: "IMS 2024", imported: "2026-05-04" }   # trailing',
        '  other: 1',
      ),
    );
    expect(changes).toEqual([
      {
        path: 'emigration.total',
        before: { value: 1292519, source: 'undesa-ims', year: 2020, edition: 'IMS 2020' },
        after: { value: 1300000, source: 'undesa-ims', year: 2024, edition: 'IMS 2024', imported: '2026-05-04' },
        changed: true,
      },
    ]);
  });

  it('adds missing keys to a block map at the indent of their neighbours, after the key they follow', () => {
    const text = lines(
      'emigration:',
      '  total:',
      '    value: 1',
      '    source: undesa-ims  # the source',
      '    year: 2020',
      '  next: 2',
    );
    const { text: result } = editFigures(text, 'x.yaml', [total(2)]);
    expect(result).toBe(
      lines(
        'emigration:',
        '  total:',
        '    value: 2',
        '    source: undesa-ims  # the source',
        '    year: 2024',
        '    edition: "IMS 2024"',
        '    imported: "2026-05-04"',
        '  next: 2',
      ),
    );
  });

  it('keeps the quoting of the values it replaces', () => {
    const text = lines(
      'emigration:',
      "  total: { value: 1, source: 'undesa-ims', year: 2020, edition: 'IMS 2020', imported: 2025-01-02 }",
    );
    const { text: result } = editFigures(text, 'x.yaml', [total(2)]);
    expect(result).toBe(
      lines(
        'emigration:',
        "  total: { value: 2, source: 'undesa-ims', year: 2024, edition: 'IMS 2024', imported: \"2026-05-04\" }",
      ),
    );
  });

  it("leaves a figure that already holds the dataset's values byte for byte as it is, import date included", () => {
    const text = lines(
      'emigration:',
      '  total: { value: 2, source: undesa-ims, year: 2024, edition: "IMS 2024", imported: "2025-01-01" }',
    );
    const { text: result, changes } = editFigures(text, 'x.yaml', [total(2)]);
    expect(result).toBe(text);
    expect(changes[0]?.changed).toBe(false);
    expect(changes[0]?.after).toEqual(changes[0]?.before);
  });

  it('edits a list of the same length item by item, keeping its layout', () => {
    const text = lines(
      'emigration:',
      '  topDestinations:',
      '    source: undesa-ims',
      '    year: 2024',
      '    edition: "IMS 2024"',
      '    imported: "2026-05-04"',
      '    countries:',
      '      - { country: CIV, count: 3 }  # first',
      '      - {country: NGA, count: 2}',
    );
    const { text: result } = editFigures(text, 'x.yaml', [
      top([
        { country: 'CIV', count: 30 },
        { country: 'FRA', count: 20 },
      ]),
    ]);
    expect(result).toBe(
      lines(
        'emigration:',
        '  topDestinations:',
        '    source: undesa-ims',
        '    year: 2024',
        '    edition: "IMS 2024"',
        '    imported: "2026-05-04"',
        '    countries:',
        '      - { country: CIV, count: 30 }  # first',
        '      - {country: FRA, count: 20}',
      ),
    );
  });

  it('rewrites a list of another length in the style of its first item', () => {
    const text = lines(
      'emigration:',
      '  topDestinations:',
      '    source: undesa-ims',
      '    year: 2020',
      '    countries:',
      '      - { country: CIV, count: 3 }',
      'next: 1',
    );
    const { text: result } = editFigures(text, 'x.yaml', [
      top([
        { country: 'CIV', count: 30 },
        { country: 'FRA', count: 20 },
        { country: 'ITA', count: 10 },
      ]),
    ]);
    expect(result).toBe(
      lines(
        'emigration:',
        '  topDestinations:',
        '    source: undesa-ims',
        '    year: 2024',
        '    edition: "IMS 2024"',
        '    imported: "2026-05-04"',
        '    countries:',
        '      - { country: CIV, count: 30 }',
        '      - { country: FRA, count: 20 }',
        '      - { country: ITA, count: 10 }',
        'next: 1',
      ),
    );
  });

  it('fills an empty list and writes block items when the list had them', () => {
    const empty = lines(
      'emigration:',
      '  topDestinations: { source: undesa-ims, year: 2024, edition: "IMS 2024", imported: "2026-05-04", countries: [] }',
    );
    expect(editFigures(empty, 'x.yaml', [top([{ country: 'CIV', count: 1 }])]).text).toBe(
      lines(
        'emigration:',
        '  topDestinations: { source: undesa-ims, year: 2024, edition: "IMS 2024", imported: "2026-05-04", countries: [{ country: CIV, count: 1 }] }',
      ),
    );
    const block = lines(
      'emigration:',
      '  topDestinations:',
      '    source: undesa-ims',
      '    year: 2024',
      '    edition: "IMS 2024"',
      '    imported: "2026-05-04"',
      '    countries:',
      '      - country: CIV',
      '        count: 3',
    );
    expect(
      editFigures(block, 'x.yaml', [
        top([
          { country: 'CIV', count: 3 },
          { country: 'NER', count: 1 },
        ]),
      ]).text,
    ).toBe(
      lines(
        'emigration:',
        '  topDestinations:',
        '    source: undesa-ims',
        '    year: 2024',
        '    edition: "IMS 2024"',
        '    imported: "2026-05-04"',
        '    countries:',
        '      - country: CIV',
        '        count: 3',
        '      - country: NER',
        '        count: 1',
      ),
    );
  });

  it('refuses to update a figure that is missing, naming the file, line and field', () => {
    const text = lines('country: MLI', 'emigration:', '  inEu: { value: 1, source: undesa-ims, year: 2024 }');
    let formatted: string[] = [];
    try {
      editFigures(text, 'data/mli.yaml', [total(1)]);
    } catch (error) {
      formatted = profileErrorsOf(error).map((e) => e.format());
    }
    expect(formatted).toEqual([
      'data/mli.yaml:3:3 emigration.total: the figure emigration.total is missing or is not a map of fields, so the import cannot update it [IMPORT_FIELD_MISSING]\n' +
        '  hint: write it as in data/mli.yaml, e.g. "{ value: null, source: undesa-ims, year: 2024 }", then import again',
    ]);
  });

  it('refuses a data file that is not valid YAML', () => {
    expect(() => editFigures('emigration: [\n', 'data/mli.yaml', [total(1)])).toThrow(/not valid YAML/);
  });
});

describe('editFigures on a figure marked unavailable', () => {
  it('clears the mark when the source now publishes the figure, so the file stays valid', () => {
    const text = lines(
      'emigration:',
      '  total:',
      '    value: null',
      '    unavailable: true',
      '    source: undesa-ims',
      '    year: 2020',
    );
    const { text: result } = editFigures(text, 'x.yaml', [total(310)]);
    expect(result).toBe(
      lines(
        'emigration:',
        '  total:',
        '    value: 310',
        '    unavailable: false',
        '    source: undesa-ims',
        '    year: 2024',
        '    edition: "IMS 2024"',
        '    imported: "2026-05-04"',
      ),
    );
  });
});
