import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileErrorsOf } from '../../src/errors/index.js';
import { loadProfile } from '../../src/model/loadProfile.js';
import { ROOT } from '../helpers/project.js';

const series = { languages: ['en', 'fr'], sources: ['undesa-ims', 'world-bank'] };
const mali = readFileSync(join(ROOT, 'data', 'mli.yaml'), 'utf8');

/** The formatted errors of loading `text` (empty when it loads). */
function errorsOf(text: string, file = 'data/mli.yaml'): string[] {
  try {
    loadProfile(text, file, series);
    return [];
  } catch (error) {
    const errors = profileErrorsOf(error);
    if (errors.length === 0) throw error;
    return errors.map((e) => e.format());
  }
}

const lineOf = (needle: string) => mali.slice(0, mali.indexOf(needle)).split('\n').length;

describe('loadProfile', () => {
  it('loads the Mali profile with all its content', () => {
    const { profile } = loadProfile(mali, 'data/mli.yaml', series);
    expect(profile.country).toBe('MLI');
    expect(profile.emigration.topDestinations.countries.map((row) => row.country)).toEqual([
      'CIV',
      'NGA',
      'NER',
      'MRT',
      'FRA',
    ]);
    expect(profile.policyFramework.map((entry) => entry.year)).toEqual([2010, 2014, 2018, 2023]);
    expect(profile.trends).toHaveLength(6);
    expect(profile.obstacles).toHaveLength(4);
    expect(profile.practices).toHaveLength(8);
    expect(Object.keys(profile.footnotes)).toHaveLength(10);
    expect(profile.remittances.usdMillions.value).toBe(1867);
  });

  it('names file, line, column and field of a wrong value, with what was expected', () => {
    const text = mali.replace('{ country: NER, count: 140431 }', '{ country: NER, count: "12k" }');
    const line = lineOf('{ country: NER');
    expect(errorsOf(text)).toEqual([
      `data/mli.yaml:${line}:32 emigration.topDestinations.countries[2].count: expected a whole number, got "12k" [DATA_WRONG_TYPE]`,
    ]);
  });

  it('suggests the field an unknown key was meant to be', () => {
    const text = mali.replace(/^remittances:/m, 'remitances:');
    // Only the typo is reported, not the field it leaves missing.
    expect(errorsOf(text)).toEqual([
      `data/mli.yaml:${lineOf('remittances:')}:1 remitances: unknown field "remitances" [DATA_UNKNOWN_KEY]\n  hint: did you mean "remittances"?`,
    ]);
  });

  it('refuses a text missing in one language', () => {
    const text = mali.replace(/^ {2}en: >-\n {4}Mali calls its diaspora[^\n]*\n[^\n]*\n/m, '');
    expect(errorsOf(text)).toEqual([
      `data/mli.yaml:${lineOf('terminology:') + 1}:3 terminology.en: the text is missing in language "en" [DATA_MISSING_LANGUAGE]\n  hint: every text is written in every language of the series (en, fr): add "en: …"`,
    ]);
  });

  it('refuses a reference to an undefined footnote, and a footnote never referenced', () => {
    const text = mali.replaceAll('[^mgi-mali]', '[^mgi-mail]');
    const errors = errorsOf(text);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(
      /^data\/mli\.yaml:\d+:\d+ policyFramework\[0\]\.text\.fr: the footnote \[\^mgi-mail\] is referenced but not defined under footnotes: \[DATA_UNDEFINED_FOOTNOTE\]\n {2}hint: did you mean \[\^mgi-mali\]\?$/,
    );
    expect(errors[2]).toMatch(
      /footnotes\.mgi-mali: the footnote "mgi-mali" is defined but never referenced \[DATA_UNUSED_FOOTNOTE\]/,
    );
  });

  it('refuses a figure out of range and an unknown country code', () => {
    const text = mali
      .replace('genderAll: { male: 59.6', 'genderAll: { male: 159.6')
      .replace('{ country: MRT,', '{ country: XYZ,');
    const errors = errorsOf(text);
    expect(
      errors.some((e) =>
        e.includes('emigration.genderAll.male: expected a percentage between 0 and 100, got 159.6 [DATA_OUT_OF_RANGE]'),
      ),
    ).toBe(true);
    expect(
      errors.some((e) =>
        e.includes(
          'emigration.topDestinations.countries[3].country: expected an assigned ISO 3166 alpha-3 country code, got "XYZ"',
        ),
      ),
    ).toBe(true);
  });

  it('reports the position of broken YAML', () => {
    expect(errorsOf('country: MLI\nterminology: [\n')).toEqual([
      expect.stringMatching(/^data\/mli\.yaml:3:1: this is not valid YAML: .+ \[DATA_SYNTAX\]\n {2}hint: /),
    ]);
  });

  it('refuses a file named for another country', () => {
    expect(errorsOf(mali, 'data/sen.yaml')).toEqual([
      `data/sen.yaml:${lineOf('country: MLI')}:10 country: the file is named for SEN but describes country MLI [DATA_FILE_COUNTRY_MISMATCH]\n  hint: name the file mli.yaml, or correct "country:"`,
    ]);
  });

  it('does not change the data it is given', () => {
    const before = mali.slice();
    loadProfile(mali, 'data/mli.yaml', series);
    expect(mali).toBe(before);
  });
});

describe('footnote ids and references', () => {
  it('treats "constructor" as an ordinary id: refused when not defined, loaded when it is', () => {
    const cited = mali.replaceAll('[^ponam]', '[^constructor]');
    expect(errorsOf(cited)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('the footnote [^constructor] is referenced but not defined under footnotes:'),
        expect.stringContaining('footnotes.ponam: the footnote "ponam" is defined but never referenced'),
      ]),
    );
    const renamed = cited.replace(/^ {2}ponam:$/m, '  constructor:');
    expect(renamed).not.toBe(cited);
    const { profile } = loadProfile(renamed, 'data/mli.yaml', series);
    expect(Object.hasOwn(profile.footnotes, 'constructor')).toBe(true);
  });

  it.each(['__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('refuses [^%s], which no profile defines', (id) => {
    const errors = errorsOf(mali.replace('[^ponam] Son', `[^ponam][^${id}] Son`));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      `the footnote [^${id}] is referenced but not defined under footnotes: [DATA_UNDEFINED_FOOTNOTE]`,
    );
  });

  it('refuses a footnote citing another, at the note, and one citing itself is never referenced', () => {
    const notes = mali.slice(mali.indexOf('\nfootnotes:'));
    const ponam = /\n {2}ponam:\n {4}text:\n {6}fr: >-\n {8}/.exec(notes);
    expect(ponam).not.toBeNull();
    const at = mali.indexOf('\nfootnotes:') + ponam!.index + ponam![0].length;
    const citing = `${mali.slice(0, at)}Voir[^mieux]. ${mali.slice(at)}`;
    expect(errorsOf(citing)).toEqual([
      expect.stringMatching(
        /^data\/mli\.yaml:\d+:11 footnotes\.ponam\.text\.fr: the footnote "ponam" cites the footnote \[\^mieux\]: a footnote cannot cite a footnote \[DATA_FOOTNOTE_IN_FOOTNOTE\]\n {2}hint: /,
      ),
    ]);
    const itself = `${mali.slice(0, at)}Voir[^ponam]. ${mali.slice(at)}`.replaceAll('[^ponam] ', ' ');
    const errors = errorsOf(itself);
    expect(errors.some((e) => e.includes('the footnote "ponam" cites itself ([^ponam])'))).toBe(true);
    expect(
      errors.some((e) => e.includes('footnotes.ponam: the footnote "ponam" is defined but never referenced')),
    ).toBe(true);
  });

  it('counts only references that print: an escaped [^id] is text', () => {
    const escaped = mali.replaceAll('[^ponam]', '\\[^ponam]');
    expect(errorsOf(escaped)).toEqual([
      expect.stringContaining('footnotes.ponam: the footnote "ponam" is defined but never referenced'),
    ]);
  });
});

describe('the range of figures', () => {
  const figure = (field: string, value: string) =>
    mali.replace(new RegExp(`(${field}: \\{ value: )[^,]+`), `$1${value}`);

  it.each([
    [
      'total',
      '1e21',
      'emigration.total.value: expected a whole number from 0 to 99,999,999 (a count of people: the tiles print 8 digits), got 1e+21',
    ],
    [
      'total',
      '1e308',
      'emigration.total.value: expected a whole number from 0 to 99,999,999 (a count of people: the tiles print 8 digits), got 1e+308',
    ],
    [
      'total',
      '-5',
      'emigration.total.value: expected a whole number from 0 to 99,999,999 (a count of people: the tiles print 8 digits), got -5',
    ],
    [
      'total',
      '100000000',
      'emigration.total.value: expected a whole number from 0 to 99,999,999 (a count of people: the tiles print 8 digits), got 100000000',
    ],
    [
      'usdMillions',
      '1e308',
      "remittances.usdMillions.value: expected a number from 0 to 100,000,000 (millions of US dollars: 100 trillion, above the world's GDP), got 1e+308",
    ],
  ])('refuses %s: %s, naming the limit', (field, value, message) => {
    const text = figure(field, value);
    expect(text).not.toBe(mali);
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${message} [DATA_OUT_OF_RANGE]`);
  });

  it('accepts the largest plausible figures', () => {
    expect(
      errorsOf(figure('total', '99999999').replace(/(gdp:\n\s+usdMillions: \{ value: )[^,]+/, '$1100000000')),
    ).toEqual([]);
  });

  it("never shows zod's own words, whatever the number", () => {
    for (const value of ['1e21', '1e308', '-1e308', '0.5', '9007199254740993', '-0.5', '.inf', '.nan']) {
      for (const text of [figure('total', value), mali.replace('count: 403646', `count: ${value}`)]) {
        for (const error of errorsOf(text))
          expect(error).not.toMatch(/Too (big|small)|expected (int|number) to be|Invalid/);
      }
    }
  });
});

describe('combining marks', () => {
  const withTerminology = (text: string) =>
    mali.replace(/^terminology:\n {2}fr: >-\n(?: {4}.*\n)+/m, `terminology:\n  fr: "${text}"\n`);

  it('refuses a letter carrying more than 4 combining marks, naming the letter and the count', () => {
    const text = withTerminology(`Le Mali e${'\u0301'.repeat(96)} fin`);
    expect(text).not.toBe(mali);
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^data\/mli\.yaml:\d+:\d+ terminology\.fr: the text stacks 96 combining marks on "e"; at most 4 print legibly \[DATA_COMBINING_MARKS\]\n {2}hint: /,
    );
    expect(errorsOf(withTerminology(`e${'\u0301\u0302\u0303\u0304\u0305'}`))[0]).toContain('stacks 5 combining marks');
  });

  it('accepts the marks real text uses: Vietnamese, decomposed accents, emoji with keycaps', () => {
    for (const text of [
      'Việt Nam: người Việt ở nước ngoài',
      'Ele\u0301onore e\u0301tait la\u0300',
      'Tape 1\ufe0f\u20e3 ✔\ufe0f',
    ]) {
      expect(errorsOf(withTerminology(text))).toEqual([]);
    }
  });
});

describe('YAML traps in prose', () => {
  it('refuses a text a " #" cut short, where the # is, saying what would print', () => {
    const text = mali.replace(
      'en: National Consultation Framework for Malians Abroad.',
      'en: National Consultation Framework #2 for Malians Abroad.',
    );
    const line = lineOf('en: National Consultation Framework for Malians Abroad.');
    expect(errorsOf(text)).toEqual([
      `data/mli.yaml:${line}:43 policyFramework[0].title.en: the text stops at " #": YAML reads "#2 for Malians Abroad." as a comment, so only "National Consultation Framework" would be printed [DATA_TEXT_CUT_BY_COMMENT]\n` +
        '  hint: write the text as a block scalar — the key, then ">-" and the text on the next lines, indented — or in quotes; a comment goes on a line of its own',
    ]);
  });

  it('leaves a # in quotes or in a block scalar, and a comment after a code or a number', () => {
    const quoted = mali.replace(
      'en: National Consultation Framework for Malians Abroad.',
      'en: "National Consultation Framework #2 for Malians Abroad."',
    );
    const commented = mali.replace('country: MLI', 'country: MLI # Mali').replace('value: 0.78,', 'value: 0.78, ');
    expect(errorsOf(quoted)).toEqual([]);
    expect(errorsOf(commented)).toEqual([]);
    expect(errorsOf(mali.replace('  fr: >-\n    Le Mali appelle', '  fr: >-\n    #1 Le Mali appelle'))).toEqual([]);
  });

  it('explains a French " : " in an unquoted text', () => {
    const text = mali.replace(
      'en: National Consultation Framework for Malians Abroad.',
      'en: National Consultation Framework : Malians Abroad.',
    );
    const [error] = errorsOf(text);
    expect(error).toMatch(
      /this is not valid YAML: Nested mappings are not allowed in compact mappings \[DATA_SYNTAX\]/,
    );
    expect(error).toContain(
      'hint: a " : " inside an unquoted text (French typography: « Loi n° 2 : le titre ») starts a new field; write the text as a block scalar',
    );
  });
});
