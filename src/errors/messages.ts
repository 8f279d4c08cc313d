/**
 * The message catalogue: the wording of every error and warning the tool prints,
 * keyed by a stable code that tests, `--json` output and the README refer to.
 * Each entry turns its parameters into a message and `hint:` lines.
 */

/** What a catalogue entry produces. */
export interface MessageEntry {
  readonly message: string;
  readonly hints?: readonly string[];
}

const quote = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return String(value);
};

/** Formats a value the way messages show what was found ("got …"). */
export const shown = quote;

export const messages = {
  // ── data files ────────────────────────────────────────────────────────────
  DATA_UNREADABLE: (p: { reason: string }) => ({
    message: `cannot read the data file: ${p.reason}`,
    hints: ['check that the file exists and that you can read it'],
  }),
  DATA_EMPTY: (_: Record<string, never>) => ({
    message: 'the data file is empty',
    hints: ['start from a copy of data/mli.yaml, or from the schema in data/profile.schema.json'],
  }),
  DATA_SYNTAX: (p: { detail: string }) => ({
    message: `this is not valid YAML: ${p.detail}`,
    hints: ['look at the line shown and the one before it: a missing quote, a tab, or a wrong indent is the usual cause'],
  }),
  DATA_NOT_A_MAP: (p: { got: unknown }) => ({
    message: `expected a map of fields (country:, remittances:, …), got ${quote(p.got)}`,
    hints: ['a profile starts with "country: XXX" at the beginning of a line, not with "- "'],
  }),
  DATA_UNKNOWN_KEY: (p: { key: string; suggestion?: string | undefined; allowed: readonly string[] }) => ({
    message: `unknown field "${p.key}"`,
    hints: p.suggestion
      ? [`did you mean "${p.suggestion}"?`]
      : [`the fields allowed here are: ${p.allowed.join(', ')}`],
  }),
  DATA_MISSING_FIELD: (p: { expected: string }) => ({
    message: `this field is required: expected ${p.expected}`,
    hints: ['add it; if the figure is not known, write "value: null" and it prints as n/a'],
  }),
  DATA_WRONG_TYPE: (p: { expected: string; got: unknown }) => ({
    message: `expected ${p.expected}, got ${quote(p.got)}`,
  }),
  DATA_OUT_OF_RANGE: (p: { expected: string; got: unknown }) => ({
    message: `expected ${p.expected}, got ${quote(p.got)}`,
  }),
  DATA_BAD_VALUE: (p: { expected: string; got: unknown; hint?: string | undefined }) => ({
    message: `expected ${p.expected}, got ${quote(p.got)}`,
    hints: p.hint ? [p.hint] : [],
  }),
  DATA_MISSING_LANGUAGE: (p: { lang: string; languages: readonly string[] }) => ({
    message: `the text is missing in language "${p.lang}"`,
    hints: [`every text is written in every language of the series (${p.languages.join(', ')}): add "${p.lang}: …"`],
  }),
  DATA_UNKNOWN_LANGUAGE: (p: { lang: string; languages: readonly string[] }) => ({
    message: `"${p.lang}" is not a language of the series`,
    hints: [`the languages are the folders of locales/: ${p.languages.join(', ')}`],
  }),
  DATA_UNKNOWN_SOURCE: (p: { source: string; known: readonly string[] }) => ({
    message: `unknown source "${p.source}"`,
    hints: [`sources are defined in locales/<lang>/sources.json: ${p.known.join(', ')}`],
  }),
  DATA_UNDEFINED_FOOTNOTE: (p: { id: string; suggestion?: string | undefined }) => ({
    message: `the footnote [^${p.id}] is referenced but not defined under footnotes:`,
    hints: p.suggestion ? [`did you mean [^${p.suggestion}]?`] : [`add "${p.id}:" with its text under footnotes:`],
  }),
  DATA_UNUSED_FOOTNOTE: (p: { id: string }) => ({
    message: `the footnote "${p.id}" is defined but never referenced`,
    hints: [`reference it in a text with [^${p.id}], or delete it`],
  }),
  DATA_FILE_COUNTRY_MISMATCH: (p: { fileCode: string; country: string }) => ({
    message: `the file is named for ${p.fileCode} but describes country ${p.country}`,
    hints: [`name the file ${p.country.toLowerCase()}.yaml, or correct "country:"`],
  }),
  DATA_DUPLICATE_COUNTRY: (p: { country: string; other: string }) => ({
    message: `country ${p.country} is also described by ${p.other}`,
    hints: ['keep one data file per country'],
  }),
  DATA_BAD_MARKUP: (p: { detail: string }) => ({
    message: `the text has broken formatting: ${p.detail}`,
    hints: ['inline formatting is **bold**, *italic*, [text](https://…), <https://…> and [^footnote-id]'],
  }),
  DATA_CONTROL_CHARACTER: (p: { codePoint: string }) => ({
    message: `the text contains an invisible control character (${p.codePoint})`,
    hints: ['it usually comes from copying from another program: retype the text around it'],
  }),
  DATA_TOO_LONG: (p: { length: number; max: number }) => ({
    message: `the text is ${p.length} characters long; at most ${p.max} fit in a profile`,
    hints: ['shorten it or split it into paragraphs'],
  }),

  // ── locales ───────────────────────────────────────────────────────────────
  LOCALE_NONE: (p: { dir: string }) => ({
    message: `no language found in ${p.dir}`,
    hints: ['each language is a folder locales/<lang>/ holding profile.json and sources.json'],
  }),
  LOCALE_UNREADABLE: (p: { reason: string }) => ({
    message: `cannot read the locale file: ${p.reason}`,
  }),
  LOCALE_SYNTAX: (p: { detail: string }) => ({
    message: `this is not valid JSON: ${p.detail}`,
    hints: ['a trailing comma or an unescaped quote is the usual cause'],
  }),
  LOCALE_MISSING_KEY: (p: { key: string; lang: string; reference: string }) => ({
    message: `the label "${p.key}" is missing in language "${p.lang}"`,
    hints: [`add it to locales/${p.lang}/; locales/${p.reference}/ has it`],
  }),
  LOCALE_UNKNOWN_LANGUAGE: (p: { lang: string; languages: readonly string[] }) => ({
    message: `no locale for language "${p.lang}"`,
    hints: [`available: ${p.languages.join(', ')}; add locales/${p.lang}/ to publish in it`],
  }),

  // ── templates and layout markup ───────────────────────────────────────────
  TEMPLATE_MISSING: (p: { name: string }) => ({
    message: `the template "${p.name}" does not exist`,
    hints: ['partials live in templates/partials/<name>.hbs and are used as {{> name}}'],
  }),
  TEMPLATE_SYNTAX: (p: { detail: string }) => ({
    message: `the template cannot be read: ${p.detail}`,
    hints: ['check that every {{#if}} / {{#each}} has its {{/if}} / {{/each}}'],
  }),
  TEMPLATE_RENDER: (p: { detail: string }) => ({
    message: `the template failed while rendering: ${p.detail}`,
  }),
  MARKUP_UNKNOWN_ELEMENT: (p: { element: string; suggestion?: string | undefined; known: readonly string[] }) => ({
    message: `<${p.element}> is not a layout element`,
    hints: p.suggestion ? [`did you mean <${p.suggestion}>?`] : [`layout elements: ${p.known.join(', ')}`],
  }),
  MARKUP_BAD_ATTRIBUTE: (p: { element: string; attribute: string; expected: string; got: unknown }) => ({
    message: `<${p.element} ${p.attribute}="…">: expected ${p.expected}, got ${quote(p.got)}`,
  }),
  MARKUP_MISSING_ATTRIBUTE: (p: { element: string; attribute: string }) => ({
    message: `<${p.element}> needs the attribute ${p.attribute}="…"`,
  }),
  MARKUP_SYNTAX: (p: { detail: string }) => ({
    message: `the layout markup is broken: ${p.detail}`,
    hints: ['every element opened in a template must be closed (<p>…</p>) or self-closed (<chart id="…"/>)'],
  }),
  MARKUP_MISPLACED: (p: { element: string; parent: string; allowed: readonly string[] }) => ({
    message: `<${p.element}> cannot be placed inside <${p.parent}>`,
    hints: [`inside <${p.parent}> use: ${p.allowed.join(', ')}`],
  }),
  MARKUP_UNKNOWN_CHART: (p: { id: string; known: readonly string[] }) => ({
    message: `no chart "${p.id}"`,
    hints: [`charts: ${p.known.join(', ')}`],
  }),
  MARKUP_UNKNOWN_NOTE: (p: { id: string; known: readonly string[] }) => ({
    message: `<fn ref="${p.id}"/> refers to a footnote the data does not define`,
    hints: [p.known.length ? `footnotes: ${p.known.join(', ')}` : 'the data defines no footnote'],
  }),
  THEME_INVALID: (p: { detail: string }) => ({
    message: `the theme is invalid: ${p.detail}`,
    hints: ['colours are "#rrggbb", sizes are numbers in points'],
  }),

  // ── charts ────────────────────────────────────────────────────────────────
  CHART_RENDER: (p: { id: string; detail: string }) => ({
    message: `the chart "${p.id}" could not be drawn: ${p.detail}`,
  }),

  // ── fonts ─────────────────────────────────────────────────────────────────
  FONT_MISSING: (p: { family: string; style: string; file: string }) => ({
    message: `the font file for ${p.family} (${p.style}) is missing: ${p.file}`,
    hints: ['fonts live in fonts/ and are listed in fonts/fonts.json; run from the project folder after npm ci'],
  }),
  FONT_UNREADABLE: (p: { file: string; reason: string }) => ({
    message: `the font file ${p.file} cannot be read: ${p.reason}`,
    hints: ['use TTF or OTF files (woff2 is not supported by pdfmake)'],
  }),
  FONT_NOT_COVERED: (p: { characters: string; codePoints: string }) => ({
    message: `no font of the project can print ${p.characters} (${p.codePoints})`,
    hints: ['replace the characters, or add a font covering them to fonts/ and fonts/fonts.json'],
  }),

  // ── pdf ───────────────────────────────────────────────────────────────────
  PDF_RENDER: (p: { detail: string }) => ({
    message: `pdfmake could not produce the PDF: ${p.detail}`,
  }),

  // ── build and output ──────────────────────────────────────────────────────
  BUILD_NO_DATA: (p: { dir: string }) => ({
    message: `no country data file found in ${p.dir}`,
    hints: ['data files are named after the country code: data/mli.yaml'],
  }),
  BUILD_UNKNOWN_COUNTRY: (p: { code: string; known: readonly string[] }) => ({
    message: `no data file for country ${p.code}`,
    hints: [`countries in the data folder: ${p.known.join(', ') || 'none'}`],
  }),
  BUILD_UNKNOWN_LANGUAGE: (p: { lang: string; languages: readonly string[] }) => ({
    message: `no locale for language "${p.lang}"`,
    hints: [`languages: ${p.languages.join(', ')}; a language is a folder locales/<lang>/`],
  }),
  BUILD_WRITE: (p: { file: string; reason: string }) => ({
    message: `cannot write ${p.file}: ${p.reason}`,
    hints: ['the previous file, if any, was left as it was'],
  }),
  BUILD_STRICT: (p: { count: number }) => ({
    message: `${p.count} warning(s) and --strict is set`,
    hints: ['fix the warnings, or build without --strict'],
  }),

  // ── command line ──────────────────────────────────────────────────────────
  USAGE_UNKNOWN_COMMAND: (p: { command: string; suggestion?: string | undefined }) => ({
    message: `unknown command "${p.command}"`,
    hints: p.suggestion ? [`did you mean "profiles ${p.suggestion}"?`] : ['run "profiles --help" for the commands'],
  }),
  USAGE_BAD_OPTION: (p: { detail: string; command: string }) => ({
    message: p.detail,
    hints: [`run "profiles ${p.command} --help" for the options`],
  }),
  USAGE_BAD_COUNTRY_CODE: (p: { code: string }) => ({
    message: `"${p.code}" is not a country code`,
    hints: ['give ISO 3166 alpha-3 codes, for example: profiles build MLI SEN'],
  }),
} as const;

/** A code of the catalogue. */
export type MessageCode = keyof typeof messages;
/** The parameters the catalogue entry `C` needs. */
export type MessageParams<C extends MessageCode = MessageCode> = Parameters<(typeof messages)[C]>[0];
