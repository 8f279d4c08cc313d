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

/** A figure in a message: English digit grouping, at most two decimals (1,867; 20,661.8; 9.04). */
const amount = (value: number): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: 2, signDisplay: 'negative' });

export const messages = {
  // ── data files ────────────────────────────────────────────────────────────
  DATA_UNREADABLE: (p: { reason: string }) => ({
    message: `cannot read the data file: ${p.reason}`,
    hints: ['check that the file exists and that you can read it'],
  }),
  DATA_NOT_A_FILE: (p: { kind: string; target?: string | undefined }) => ({
    message: `the data file is ${p.kind}${p.target === undefined ? '' : ` (the link leads to ${p.target})`}, not a regular file`,
    hints: ['a data file is a text file <iso3>.yaml: move what is there out of the data folder, or rename it'],
  }),
  DATA_FILE_TOO_LARGE: (p: { bytes: number; max: number }) => ({
    message: `the data file holds more than ${amount(p.max)} bytes (${amount(p.bytes)} or more); a profile is far smaller`,
    hints: ['data/mli.yaml is about 50 KB: check that this is a profile, not an export or another file renamed'],
  }),
  DATA_ENCODING: (p: { byte: string }) => ({
    message: `the file is not UTF-8 text: the byte ${p.byte} here is not a character`,
    hints: [
      'the file was probably saved as Latin-1 or Windows-1252: save it again as UTF-8 (in VS Code: "Save with Encoding")',
    ],
  }),
  DATA_TOO_MANY_ALIASES: (p: { max: number }) => ({
    message: `the YAML aliases (*name) of the file expand to more than ${amount(p.max)} copies of what they name`,
    hints: [
      'an alias repeats the value of an anchor (&name); aliases of aliases multiply: write the values out instead',
    ],
  }),
  DATA_EMPTY: (_: Record<string, never>) => ({
    message: 'the data file is empty',
    hints: ['start from a copy of data/mli.yaml, or from the schema in data/profile.schema.json'],
  }),
  DATA_SYNTAX: (p: { detail: string }) => ({
    message: `this is not valid YAML: ${p.detail}`,
    hints: /compact mappings|Implicit map keys/.test(p.detail)
      ? [
          'a " : " inside an unquoted text (French typography: « Loi n° 2 : le titre ») starts a new field; write the text as a block scalar — the key, then ">-" and the text on the next lines, indented — or in quotes',
        ]
      : ['look at the line shown and the one before it: a missing quote, a tab, or a wrong indent is the usual cause'],
  }),
  DATA_TEXT_CUT_BY_COMMENT: (p: { text: string; comment: string }) => ({
    message: `the text stops at " #": YAML reads "#${p.comment.length > 40 ? `${p.comment.slice(0, 39)}…` : p.comment}" as a comment, so only ${quote(p.text)} would be printed`,
    hints: [
      'write the text as a block scalar — the key, then ">-" and the text on the next lines, indented — or in quotes; a comment goes on a line of its own',
    ],
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
  DATA_DRAFT_LANGUAGE_MISSING: (p: { lang: string; marked: boolean }) => ({
    message: p.marked
      ? `the text in "${p.lang}" (a language in draft) is still to be written (it starts with TODO)`
      : `the text is missing in "${p.lang}", a language in draft`,
    hints: [
      `write "${p.lang}: …" beside the other languages (profiles translate import FILE writes a translator's file back), or build with --draft to see the profile as it stands`,
    ],
  }),
  TRANSLATION_UNREADABLE: (p: { reason: string }) => ({
    message: `cannot read the translation file: ${p.reason}`,
    hints: ["give the XLIFF 2.0 file profiles translate export wrote, as the translator's tool saved it"],
  }),
  TRANSLATION_SOURCE_CHANGED: (p: { original: string }) => ({
    message: `the source text changed since the file was exported: ${p.original}`,
    hints: ['this translation was not written back; export again and have the new text translated'],
  }),
  DATA_UNKNOWN_LANGUAGE: (p: { lang: string; languages: readonly string[] }) => ({
    message: `"${p.lang}" is not a language of the series`,
    hints: [`the languages are the folders of locales/: ${p.languages.join(', ')}`],
  }),
  DATA_UNKNOWN_SOURCE: (p: { source: string; known: readonly string[] }) => ({
    message: `unknown source "${p.source}"`,
    hints: [
      `the sources known here are ${p.known.join(', ')}; declare another under sources: in the data file (name, url, year)`,
    ],
  }),
  DATA_DUPLICATE_SOURCE: (p: { id: string }) => ({
    message: `the source "${p.id}" is already defined in locales/<lang>/sources.json`,
    hints: [`cite it as it is, or give the source of this profile another id`],
  }),
  DATA_UNUSED_SOURCE: (p: { id: string }) => ({
    message: `the source "${p.id}" is declared but no figure cites it`,
    hints: [`cite it with "source: ${p.id}" on a figure, or delete it`],
  }),
  DATA_UNDEFINED_FOOTNOTE: (p: { id: string; suggestion?: string | undefined }) => ({
    message: `the footnote [^${p.id}] is referenced but not defined under footnotes:`,
    hints: p.suggestion ? [`did you mean [^${p.suggestion}]?`] : [`add "${p.id}:" with its text under footnotes:`],
  }),
  DATA_UNUSED_FOOTNOTE: (p: { id: string }) => ({
    message: `the footnote "${p.id}" is defined but never referenced`,
    hints: [`reference it in a text with [^${p.id}], or delete it`],
  }),
  DATA_FOOTNOTE_IN_FOOTNOTE: (p: { id: string; note: string }) => ({
    message:
      p.id === p.note
        ? `the footnote "${p.note}" cites itself ([^${p.id}]): a footnote cannot cite a footnote`
        : `the footnote "${p.note}" cites the footnote [^${p.id}]: a footnote cannot cite a footnote`,
    hints: [
      `notes print at the foot of the page, where a mark would point to no note: put [^${p.id}] in the text beside the mark of "${p.note}", or name the other source in words`,
    ],
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
  DATA_COMBINING_MARKS: (p: { count: number; after: string; max: number }) => ({
    message: `the text stacks ${p.count} combining marks on ${p.after === '' ? 'the start of the text' : `"${p.after}"`}; at most ${p.max} print legibly`,
    hints: [
      'stacked accents print over the lines around them: this is usually text pasted from a converter or a "Zalgo" generator: retype the word',
    ],
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
  LOCALE_UNTRANSLATED: (p: { key: string; lang: string; reference: string; marked: boolean }) => ({
    message: p.marked
      ? `the label "${p.key}" is not translated into "${p.lang}" yet (it starts with TODO)`
      : `the label "${p.key}" is missing in language "${p.lang}", a language in draft`,
    hints: [
      `translate it from locales/${p.reference}/ (profiles translate export --lang ${p.lang} gives a file for translators), or build with --draft to see the profile as it stands`,
    ],
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
  TEMPLATE_UNREADABLE: (p: { reason: string }) => ({
    message: `cannot read the template: ${p.reason}`,
    hints: ['a template is a text file (UTF-8) the tool can read: check its permissions, or what is in its place'],
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
    hints: [
      'use complete TTF or OTF files (woff2 is not supported by pdfmake); a file cut short is restored by copying it again (npm ci restores fonts/)',
    ],
  }),
  FONT_NOT_COVERED: (p: { characters: string; codePoints: string }) => ({
    message: `no font of the project can print ${p.characters} (${p.codePoints})`,
    hints: [
      'the profiles print Latin, Greek and Cyrillic text, symbols and emoji; other scripts (Arabic, Chinese…) need a font in fonts/',
      'replace the characters, or add a covering font to fonts/, fonts/fonts.json and fonts.fallbacks in templates/theme.yaml',
    ],
  }),

  // ── pdf ───────────────────────────────────────────────────────────────────
  PDF_RENDER: (p: { detail: string }) => ({
    message: `pdfmake could not produce the PDF: ${p.detail}`,
  }),
  PDF_PATCH_MISSING: (p: { hunk: string; patch: string; file: string }) => ({
    message: `the library patch "${p.hunk}" (patches/${p.patch}) is not applied to this file`,
    hints: [
      'the install applies patches/ (its postinstall script); where npm skipped install scripts, run "npm rebuild diaspora-profiles", or "node scripts/applyPatches.js" in a checkout',
    ],
  }),
  PDF_PATCH_VERSION: (p: { patch: string; library: string; version: string; installed: string }) => ({
    message: `patches/${p.patch} is made for ${p.library} ${p.version}, but ${p.installed === 'none' ? 'it is not installed' : `${p.installed} is installed`}`,
    hints: [
      'install the exact versions of package-lock.json (npm ci); to upgrade the library, remake the patch for the new version (docs/libraries.md)',
    ],
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
  LANGUAGE_EXISTS: (p: { lang: string; dir: string }) => ({
    message: `the language "${p.lang}" exists already (${p.dir})`,
    hints: ['add-language starts a new language; to start again, move the folder away first'],
  }),
  NEW_UNKNOWN_COUNTRY: (p: { code: string; suggestion?: string | undefined }) => ({
    message: `${p.code} is not in the country list (locales/<lang>/countries.json)`,
    hints: [
      p.suggestion
        ? `did you mean ${p.suggestion}?`
        : 'give the ISO 3166 alpha-3 code of the country, e.g. SEN for Senegal',
    ],
  }),
  NEW_FILE_EXISTS: (p: { file: string }) => ({
    message: `${p.file} already exists; profiles new never overwrites a data file`,
    hints: ['edit it, or move it away first to start again'],
  }),
  BUILD_UNKNOWN_LANGUAGE: (p: { lang: string; languages: readonly string[] }) => ({
    message: `no locale for language "${p.lang}"`,
    hints: [`languages: ${p.languages.join(', ')}; a language is a folder locales/<lang>/`],
  }),
  BUILD_WRITE: (p: { file: string; reason: string }) => ({
    message: `cannot write ${p.file}: ${p.reason}`,
    hints: ['the previous file, if any, was left as it was'],
  }),
  BUILD_OUT_NOT_FOLDER: (p: { out: string; file: string }) => ({
    message:
      p.out === p.file
        ? `the output folder ${p.out} is a file`
        : `the output folder ${p.out} cannot be made: ${p.file} is a file`,
    hints: ['give --out a folder (it is made if missing), or move the file away'],
  }),
  BUILD_INTERRUPTED: (p: { done: number }) => ({
    message: `the build was interrupted after ${p.done} output(s)`,
    hints: ['every PDF written is complete; the others keep their previous version: run the build again to finish'],
  }),
  COMMAND_INTERRUPTED: (p: { command: string; done: string }) => ({
    message: `${p.command} was stopped (Ctrl-C) ${p.done}`,
    hints: ['every file written is complete; run the command again to finish'],
  }),
  BUILD_CRASHED: (p: { detail: string }) => ({
    message: `the build of this profile stopped on an internal error: ${p.detail}`,
    hints: [
      'the other profiles were built; this one keeps its previous PDF',
      'this is a bug in the tool (or it ran out of memory): please report it with this data file',
    ],
  }),
  BUILD_STRICT: (p: { count: number }) => ({
    message: `${p.count} warning(s) and --strict is set`,
    hints: ['fix the warnings, or build without --strict'],
  }),

  // ── previews and update reports ───────────────────────────────────────────
  PREVIEW_UNREADABLE_PDF: (p: { reason: string }) => ({
    message: `cannot read the PDF: ${p.reason}`,
    hints: ['rebuild it with "profiles build"; a PDF copied while it was being written may be incomplete'],
  }),
  PREVIEW_PAGE_TOO_LARGE: (p: { page: number; width: number; height: number; dpi: number; fits: number }) => ({
    message: `page ${p.page} would be ${p.width} × ${p.height} pixels at ${p.dpi} dpi, more than the 40 million a preview renders`,
    hints: [`preview it with --dpi ${p.fits} or less`],
  }),
  PREVIEW_NO_PDF: (p: { dir: string }) => ({
    message: `no profile PDF found in ${p.dir}`,
    hints: [
      'PDFs are read from <folder>/<lang>/<iso3>.pdf, as "profiles build" writes them: build first, or name the folder with --from',
    ],
  }),
  PREVIEW_MISSING_PDF: (p: { country: string; lang: string; dir: string }) => ({
    message: `no PDF for ${p.country} in "${p.lang}" in ${p.dir}`,
    hints: [`build it first: profiles build ${p.country} --lang ${p.lang}`],
  }),
  DIFF_MIXED_INPUTS: (p: { before: string; after: string }) => ({
    message: `compare two output folders or two PDFs, not a folder with a file: ${p.before} and ${p.after}`,
    hints: ['for example: profiles diff output-2024/ output/  or  profiles diff old/fr/mli.pdf output/fr/mli.pdf'],
  }),
  DIFF_DATA_PAIR: (p: { given: string; missing: string }) => ({
    message: `${p.given} needs ${p.missing}`,
    hints: ['give both versions of the data file: --data-before old/mli.yaml --data-after data/mli.yaml'],
  }),
  DIFF_GIT: (p: { ref: string; reason: string }) => ({
    message: `cannot check out ${quote(p.ref)} to build the baseline: ${p.reason}`,
    hints: [
      'run it inside the git repository that holds the data folder, with a branch, tag or commit it has: profiles diff --since HEAD~1',
    ],
  }),
  DIFF_SINCE_NO_DATA: (p: { ref: string; data: string }) => ({
    message: `the commit ${quote(p.ref)} has no ${p.data}: nothing to build the baseline from`,
    hints: ['name a commit that has the data folder, or give --data the folder it had then'],
  }),

  // ── the build's check of its composed pages (src/pdf/verifyPages.ts) ──────
  LAYOUT_BEYOND_MARGIN: (p: { side: string; by: number; text: string }) => ({
    message: `text runs ${p.by} pt into the ${p.side} margin: ${quote(p.text)}`,
    hints: ['a word or link too long to break, or a block wider than its column: shorten it or let it wrap'],
  }),
  LAYOUT_IN_FOOTER: (p: { text: string }) => ({
    message: `text runs into the footer area (the bottom margin holds the page-number line only): ${quote(p.text)}`,
    hints: [
      'the body or the footnotes of this page overflow: check the room reserved for footnotes, or shorten the page',
    ],
  }),
  LAYOUT_IN_HEADER: (p: { text: string }) => ({
    message: `text runs into the header area (the top margin holds the running header only): ${quote(p.text)}`,
  }),
  LAYOUT_TEXT_OVERLAP: (p: { first: string; second: string }) => ({
    message: `text is printed over other text: ${quote(p.first)} and ${quote(p.second)}`,
    hints: ['two blocks collide: an absolutely placed element, a negative margin, or footnotes drawn over the body'],
  }),
  LAYOUT_TOO_TALL: (p: { block: string }) => ({
    message: `${p.block} is taller than an empty page and cannot be placed`,
    hints: [
      'a chart or a block that cannot be split is larger than the page body, or a paragraph with so many footnote references that it and its notes fill more than a page: shorten it, or spread its references over several paragraphs',
    ],
  }),
  LAYOUT_TEXT_MISSING: (p: { block: string; text: string }) => ({
    message: `a text of the profile is not on any page (${p.block}): ${quote(p.text)}`,
    hints: ['the layout dropped it: this is a bug of the tool, please report it with the data file'],
  }),
  LAYOUT_NOTE_MISPLACED: (p: { note: number; detail: string }) => ({
    message: `footnote ${p.note} ${p.detail}`,
    hints: [
      'every footnote is printed once, at the foot of the page of its first reference (or continued on the next)',
    ],
  }),
  LAYOUT_EMPTY_PAGE: (_: Record<string, never>) => ({
    message: 'the page is empty (nothing but the running header and the page number)',
    hints: ['a page break, or a block too tall to fit, pushed everything to the next page'],
  }),

  // ── data updates: importers and figure checks ─────────────────────────────
  IMPORT_UNREADABLE: (p: { reason: string }) => ({
    message: `cannot read the dataset file: ${p.reason}`,
    hints: [
      'check the path: the importers read the files as downloaded (UN DESA .xlsx, UN WPP .csv or .csv.gz, World Bank .csv)',
    ],
  }),
  IMPORT_NO_SHEET: (p: { sheet: string; sheets: readonly string[]; expected: string }) => ({
    message: `the workbook has no sheet "${p.sheet}" (its sheets: ${p.sheets.join(', ') || 'none'})`,
    hints: [`expected ${p.expected}`],
  }),
  IMPORT_LAYOUT: (p: { sheet?: string | undefined; detail: string; expected: string }) => ({
    message: `${p.sheet === undefined ? '' : `sheet "${p.sheet}": `}${p.detail}`,
    hints: [`expected ${p.expected}`],
  }),
  IMPORT_PART_TOO_LARGE: (p: { part: string; limit: number; what: 'text' | 'strings' }) => ({
    message:
      p.what === 'text'
        ? `the part ${p.part} of the workbook holds a text or a tag longer than ${amount(p.limit)} characters`
        : `the shared strings of the workbook (${p.part}) are longer than ${amount(p.limit)} characters`,
    hints: ['the file is damaged, or is not the dataset as published: download it again'],
  }),
  IMPORT_RECORD_TOO_LONG: (p: { limit: number }) => ({
    message: `a record starting on this line is longer than ${amount(p.limit)} characters`,
    hints: [
      'a quote left open makes the rest of the file one field: check the quotes on this line, or download the file again',
    ],
  }),
  IMPORT_BAD_CELL: (p: { text: string; country: string; year: number }) => ({
    message: `the value of ${p.country} for ${p.year} is neither a number nor a missing value (".." or empty): ${quote(p.text)}`,
    hints: [
      'the file is damaged or was edited: download it again; the import never takes another year in place of an unreadable value',
    ],
  }),
  IMPORT_REFUSED: (p: { count: number }) => ({
    message: `the dataset gives ${p.count} value(s) the data files do not accept: no data file was changed`,
    hints: [
      'each value refused is shown above, where it would have been written; check the dataset file (a wrong column, a damaged download)',
    ],
  }),
  IMPORT_UNKNOWN_INDICATOR: (p: { indicator: string; known: readonly string[] }) => ({
    message: `the file holds the indicator "${p.indicator}", which the importer does not read`,
    hints: [`World Bank indicators read: ${p.known.join(', ')}`],
  }),
  IMPORT_MIXED_INDICATORS: (p: { indicators: readonly string[] }) => ({
    message: `the file mixes several indicators (${p.indicators.join(', ')})`,
    hints: [
      'give one file per indicator, as downloaded from data.worldbank.org (API_<indicator>_DS2_en_csv_v2_<n>.csv)',
    ],
  }),
  IMPORT_DUPLICATE_INDICATOR: (p: { indicator: string; other: string }) => ({
    message: `the indicator ${p.indicator} is also given by ${p.other}`,
    hints: ['give each indicator once'],
  }),
  IMPORT_YEAR_NOT_IN_FILE: (p: { year: number; first: number; last: number }) => ({
    message: `the file has no column for ${p.year} (its years run from ${p.first} to ${p.last})`,
    hints: ['choose a year of the file with --year, or leave --year out to take the latest year with data'],
  }),
  IMPORT_FIELD_MISSING: (p: { field: string }) => ({
    message: `the figure ${p.field} is missing or is not a map of fields, so the import cannot update it`,
    hints: ['write it as in data/mli.yaml, e.g. "{ value: null, source: undesa-ims, year: 2024 }", then import again'],
  }),
  USAGE_UNKNOWN_DATASET: (p: { dataset: string; known: readonly string[] }) => ({
    message: `unknown dataset "${p.dataset}"`,
    hints: [`the datasets are ${p.known.join(' and ')}: run "profiles import --help"`],
  }),
  DRAFT_TEXT: (_: Record<string, never>) => ({
    message: 'this text is still to be written (it starts with TODO)',
    hints: [
      'write the text in its place; until then the profile is a draft: built with a DRAFT mark on every page, refused by --strict',
    ],
  }),
  FIGURE_MISSING: (_: Record<string, never>) => ({
    message: 'this figure is not available: it prints as n/a',
    hints: ['add the figure when the source publishes it; if it never does, write "unavailable: true" beside it'],
  }),
  CHECK_TRANSLATION_STALE: (p: { lang: string; from: string }) => ({
    message: `the "${p.from}" text changed after this "${p.lang}" translation was made from it: it may be out of date`,
    hints: [
      `have it translated again (profiles translate export --lang ${p.lang}, then import), or acknowledge it if it still says the same`,
    ],
  }),
  CHECK_REMITTANCES_SHARE: (p: {
    share: number;
    usd: number;
    gdp: number;
    computed: number;
    tolerance: string;
    years?: string | undefined;
  }) => ({
    message: `remittances are given as ${amount(p.share)} % of GDP, but ${amount(p.usd)} / ${amount(p.gdp)} million USD = ${amount(p.computed)} %`,
    hints: [
      `one of the three figures is wrong (tolerance: ${p.tolerance}${p.years ? `; the figures are from ${p.years}` : ''}): ` +
        'compare them with the World Bank indicators BX.TRF.PWKR.DT.GD.ZS, BX.TRF.PWKR.CD.DT and NY.GDP.MKTP.CD',
    ],
  }),
  CHECK_GENDER_SUM: (p: { male: number; female: number; sum: number }) => ({
    message: `the shares of men (${amount(p.male)} %) and women (${amount(p.female)} %) add up to ${amount(p.sum)} %, not 100 %`,
    hints: ['both shares are percentages of the same people: recompute them from the same source row'],
  }),
  CHECK_TOP_DESTINATIONS_ORDER: (p: { country: string; count: number; previous: string; previousCount: number }) => ({
    message: `the top destinations are not in decreasing order: ${p.country} (${amount(p.count)}) comes after ${p.previous} (${amount(p.previousCount)})`,
    hints: ['list the destinations from the largest to the smallest'],
  }),
  CHECK_TOP_DESTINATION_DUPLICATE: (p: { country: string }) => ({
    message: `${p.country} is listed twice among the top destinations`,
    hints: ['each country appears once: remove the duplicate'],
  }),
  CHECK_DESTINATION_ABOVE_TOTAL: (p: { country: string; count: number; total: number }) => ({
    message: `${p.country} has ${amount(p.count)} emigrants, more than the ${amount(p.total)} emigrants in total (emigration.total)`,
    hints: ['a destination is part of the total: check both figures and their years'],
  }),
  CHECK_EU_ABOVE_TOTAL: (p: { inEu: number; total: number }) => ({
    message: `${amount(p.inEu)} emigrants in the EU is more than the ${amount(p.total)} emigrants in total (emigration.total)`,
    hints: ['the EU figure is part of the total: check both figures and their years'],
  }),
  CHECK_SOURCE_OUTDATED: (p: { year: number; age: number; updated: string; source: string; max: number }) => ({
    message: `the figure is from ${p.year}, ${p.age} years before this edition (updated ${p.updated}); figures from ${p.source} may be at most ${p.max} years old`,
    hints: ['import the latest edition of the source ("profiles import"), or say in a comment why this figure stays'],
  }),
  CHECK_SOURCE_AFTER_UPDATE: (p: { year: number; updated: string }) => ({
    message: `the figure is from ${p.year}, after the update of this edition (${p.updated})`,
    hints: ['check the year of the figure, or set credits.updated to the month of this update'],
  }),
  CHECK_SOURCE_AFTER_PUBLICATION: (p: { year: number; source: string; published: number }) => ({
    message: `the figure is from ${p.year}, after its source "${p.source}" was published (${p.published})`,
    hints: ['check the year of the figure, or the year of the source under sources:'],
  }),
  CHECK_FIGURES_IDENTICAL: (p: { other: string; count: number }) => ({
    message: `all ${p.count} figures of this profile are identical to those of ${p.other}`,
    hints: [
      'one profile was probably started from a copy of the other: import the figures of this country ("profiles import")',
    ],
  }),
  CHECK_FIGURES_COPIED: (p: { other: string; fields: readonly string[] }) => ({
    message: `${p.fields.join(', ')} have the same values as in ${p.other}`,
    hints: ['two countries rarely share two figures: check that these were not copied from the other profile'],
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
  USAGE_UNKNOWN_OPTION: (p: { option: string; command: string; suggestion?: string | undefined }) => ({
    message: `unknown option ${p.option} for "profiles ${p.command}"`,
    hints: [
      ...(p.suggestion ? [`did you mean ${p.suggestion}?`] : []),
      `run "profiles ${p.command} --help" for the options`,
    ],
  }),
  USAGE_MISSING_VALUE: (p: { option: string; command: string }) => ({
    message: `the option ${p.option} needs a value`,
    hints: [`write it as ${p.option} VALUE or ${p.option}=VALUE; run "profiles ${p.command} --help" for the options`],
  }),
  USAGE_UNEXPECTED_VALUE: (p: { option: string; value: string; command: string }) => ({
    message: `the option ${p.option} takes no value, got "${p.value}"`,
    hints: [`write ${p.option} alone; run "profiles ${p.command} --help" for the options`],
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
