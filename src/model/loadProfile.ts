import { basename } from 'node:path';
import type { z } from 'zod';
import { DataError, didYouMean, type ErrorLocation, ProfileErrors } from '../errors/index.js';
import { describeIssue, keysAt, withoutGenericBounds } from './describeIssue.js';
import { type Block, footnotesOf, linksOf, type ProseIndex, ProseSyntaxError, parseProse } from './parseProse.js';
import { type FieldPath, formatPath, type ParsedYaml, parseYaml } from './parseYaml.js';
import { buildProfileSchema, type CountryProfile, LINK_PATTERN, type ProfileSchema } from './schema.js';
import { type SeriesDefaults, withSeriesDefaults } from './seriesFile.js';
import { walkStrings } from './walkStrings.js';

/** What loading a profile needs to know about the series: its languages and its sources. */
export interface SeriesContext {
  readonly languages: readonly string[];
  /** Ids of the sources defined in `locales/<lang>/sources.json`. */
  readonly sources: readonly string[];
  /** Languages in draft: their texts may be missing from a data file (a build in that language lists them). */
  readonly drafts?: readonly string[] | undefined;
}

/** A validated profile, with the means to point at any of its fields. */
export interface LoadedProfile {
  readonly file: string;
  readonly profile: CountryProfile;
  /** Line and column of a field, for warnings about it. */
  readonly locate: (path: FieldPath) => ErrorLocation;
  /** Every prose text of every language, parsed once here, for the checks and for localise. */
  readonly prose: ProseIndex;
}

/** The longest text a single field may hold: far above any real paragraph, far below what breaks a layout. */
export const MAX_TEXT_LENGTH = 20_000;

// C0 and C1 control characters other than tab and line feed; they print as nothing or as boxes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

/**
 * The most combining marks (accents that stack on the letter before them) one letter may carry.
 * Vietnamese needs two; a long run (pasted "Zalgo" text) stacks far above and below the line and
 * prints over the lines, the heading or the header band around it.
 */
export const MAX_COMBINING_MARKS = 4;
const COMBINING_RUN = new RegExp(`\\p{M}{${MAX_COMBINING_MARKS + 1},}`, 'u');

const schemas = new Map<string, ProfileSchema>();
/** The schema for a list of languages, built once. */
export function profileSchemaFor(languages: readonly string[], drafts: readonly string[] = []): ProfileSchema {
  const key = `${languages.join(',')}|${drafts.join(',')}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = buildProfileSchema(languages, drafts);
    schemas.set(key, schema);
  }
  return schema;
}

/**
 * Parses and validates the text of a data file: YAML syntax, the schema, then the
 * links between fields (footnotes, sources). Throws ProfileErrors listing every problem.
 */
export function loadProfile(
  text: string,
  file: string,
  series: SeriesContext,
  defaults?: SeriesDefaults | undefined,
): LoadedProfile {
  const parsed = parseYaml(text, file);
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    throw new DataError('DATA_NOT_A_MAP', { got: parsed.value }, { file, line: 1, column: 1 });
  }
  const characterErrors = [...checkCutTexts(parsed, series.languages), ...checkCharacters(parsed)];
  if (characterErrors.length > 0) throw new ProfileErrors(characterErrors);

  const schema = profileSchemaFor(series.languages, series.drafts);
  const result = schema.safeParse(withSeriesDefaults(parsed.value, defaults));
  if (!result.success) {
    const issues = withoutGenericBounds(withoutTypoEchoes(result.error.issues, schema));
    const errors = issues.flatMap((issue) => describeIssue(issue, schema, parsed, series.languages));
    throw new ProfileErrors(sortByLine(errors));
  }
  const profile = result.data;
  const prose = parseAllProse(profile, series.languages);
  const linkErrors = [
    ...checkFileName(profile, parsed),
    ...checkMarkup(prose, parsed),
    ...checkFootnotes(profile, prose, parsed),
    ...checkSources(profile, parsed, series),
  ];
  if (linkErrors.length > 0) throw new ProfileErrors(sortByLine(linkErrors));
  const index = new Map<string, readonly Block[]>();
  for (const { text, blocks } of prose) if (blocks) index.set(text, blocks);
  return { file, profile, locate: parsed.locate, prose: index };
}

/**
 * A ` #` inside an unquoted text starts a YAML comment: the text silently ends before it
 * (`fr: Le plan #1 du pays` prints "Le plan"). Texts of a language (`fr:`, `en:`) and plain
 * texts of several words are prose, never followed by a comment on their line; a code or a
 * number may be (`country: MLI # Mali`).
 */
function checkCutTexts(parsed: ParsedYaml, languages: readonly string[]): DataError[] {
  return parsed.cutByComment
    .filter((cut) => languages.includes(String(cut.path.at(-1))) || /\s/.test(cut.text))
    .map(
      (cut) =>
        new DataError(
          'DATA_TEXT_CUT_BY_COMMENT',
          { text: cut.text, comment: cut.comment },
          { file: parsed.file, path: formatPath(cut.path), line: cut.line, column: cut.column },
        ),
    );
}

/**
 * A misspelt field ("remitances") also leaves the real one missing; report the typo with its
 * "did you mean", not a second error about the field it was meant to be.
 */
function withoutTypoEchoes(issues: readonly z.core.$ZodIssue[], schema: ProfileSchema): z.core.$ZodIssue[] {
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const suggestion = didYouMean(key, keysAt(schema, issue.path as FieldPath));
      if (suggestion) meant.add(JSON.stringify([...issue.path, suggestion]));
    }
  }
  return issues.filter((issue) => !(issue.code === 'invalid_type' && meant.has(JSON.stringify(issue.path))));
}

function sortByLine(errors: DataError[]): DataError[] {
  return [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Control characters, texts too long to print and stacks of combining marks are refused before anything else. */
function checkCharacters(parsed: ParsedYaml): DataError[] {
  const errors: DataError[] = [];
  walkStrings(parsed.value, (text, path) => {
    const control = CONTROL.exec(text);
    if (control) {
      const codePoint = `U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      errors.push(new DataError('DATA_CONTROL_CHARACTER', { codePoint }, parsed.locate(path)));
    } else if (text.length > MAX_TEXT_LENGTH) {
      errors.push(new DataError('DATA_TOO_LONG', { length: text.length, max: MAX_TEXT_LENGTH }, parsed.locate(path)));
    } else {
      const marks = COMBINING_RUN.exec(text);
      if (marks) {
        const base = [...text.slice(0, marks.index)].pop() ?? '';
        errors.push(
          new DataError(
            'DATA_COMBINING_MARKS',
            { count: [...marks[0]].length, after: base, max: MAX_COMBINING_MARKS },
            parsed.locate(path),
          ),
        );
      }
    }
  });
  return errors;
}

/** A prose field (a string under a language key), parsed once for every check. */
interface ParsedProse {
  readonly path: FieldPath;
  readonly text: string;
  readonly blocks: readonly Block[] | null;
  readonly error: ProseSyntaxError | null;
}

/** Every prose field of the profile, parsed as it will print (names of one string are plain text, not prose). */
function parseAllProse(profile: CountryProfile, languages: readonly string[]): ParsedProse[] {
  const prose: ParsedProse[] = [];
  walkStrings(profile, (text, path) => {
    const last = path[path.length - 1];
    if (typeof last !== 'string' || !languages.includes(last)) return;
    try {
      prose.push({ path, text, blocks: parseProse(text), error: null });
    } catch (error) {
      if (!(error instanceof ProseSyntaxError)) throw error;
      prose.push({ path, text, blocks: null, error });
    }
  });
  return prose;
}

/** Prose fields parse, and their links are http, https or mailto. */
function checkMarkup(prose: readonly ParsedProse[], parsed: ParsedYaml): DataError[] {
  const errors: DataError[] = [];
  for (const { path, blocks, error } of prose) {
    if (error) errors.push(new DataError('DATA_BAD_MARKUP', { detail: error.message }, parsed.locate(path)));
    for (const href of linksOf(blocks ?? [])) {
      if (!LINK_PATTERN.test(href)) {
        errors.push(
          new DataError('DATA_BAD_VALUE', { expected: EXPECTED_LINK, got: href, hint: LINK_HINT }, parsed.locate(path)),
        );
      }
    }
  }
  return errors;
}

const EXPECTED_LINK = 'a link to a web address (https://…, http://…) or an e-mail (mailto:…)';
const LINK_HINT = 'links may not point to files, scripts or other schemes';

/** `data/sen.yaml` must describe SEN: output files are named after the country. */
function checkFileName(profile: CountryProfile, parsed: ParsedYaml): DataError[] {
  const match = /^([a-z]{3})\.ya?ml$/i.exec(basename(parsed.file));
  const fileCode = match?.[1]?.toUpperCase();
  if (fileCode === undefined || fileCode === profile.country) return [];
  return [
    new DataError('DATA_FILE_COUNTRY_MISMATCH', { fileCode, country: profile.country }, parsed.locate(['country'])),
  ];
}

/**
 * Every footnote referenced is defined (as a footnote of the profile: "constructor" or
 * "toString" are ids like any other), every footnote defined is referenced from the text, and
 * no footnote cites a footnote: notes print at the foot of the page, where a mark in a note
 * would have no note of its own to point to (a note citing itself is never referenced either).
 */
function checkFootnotes(profile: CountryProfile, prose: readonly ParsedProse[], parsed: ParsedYaml): DataError[] {
  const defined = Object.keys(profile.footnotes);
  const used = new Set<string>();
  const errors: DataError[] = [];
  const reference = (id: string, path: FieldPath) => {
    used.add(id);
    if (!Object.hasOwn(profile.footnotes, id)) {
      errors.push(
        new DataError('DATA_UNDEFINED_FOOTNOTE', { id, suggestion: didYouMean(id, defined) }, parsed.locate(path)),
      );
    }
  };
  const { footnotes: _, ...body } = profile;
  // `footnotes: [id…]` of a right, a figure or a chamber: each item is a reference.
  walkStrings(body, (text, path) => {
    if (path[path.length - 2] === 'footnotes') reference(text, path);
  });
  for (const { path, blocks } of prose) {
    const ids = footnotesOf(blocks ?? []);
    if (path[0] !== 'footnotes') {
      for (const id of ids) reference(id, path);
    } else if (ids.length > 0) {
      errors.push(
        new DataError('DATA_FOOTNOTE_IN_FOOTNOTE', { id: ids[0]!, note: String(path[1]) }, parsed.locate(path)),
      );
    }
  }
  for (const id of defined) {
    if (!used.has(id)) errors.push(new DataError('DATA_UNUSED_FOOTNOTE', { id }, parsed.locateKey(['footnotes', id])));
  }
  return errors;
}

/**
 * Every figure names a source of the series (locales/<lang>/sources.json) or of the profile
 * (`sources:`); a source the profile declares has an id of its own and is cited.
 */
function checkSources(profile: CountryProfile, parsed: ParsedYaml, series: SeriesContext): DataError[] {
  const declared = Object.keys(profile.sources ?? {});
  const known = [...series.sources, ...declared];
  const cited = new Set<string>();
  const errors: DataError[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value)) {
      if (key === 'source' && typeof item === 'string') {
        cited.add(item);
        if (!known.includes(item)) {
          errors.push(new DataError('DATA_UNKNOWN_SOURCE', { source: item, known }, parsed.locate([...path, key])));
        }
      } else {
        visit(item, [...path, Array.isArray(value) ? Number(key) : key]);
      }
    }
  };
  visit({ remittances: profile.remittances, gdp: profile.gdp, emigration: profile.emigration }, []);
  for (const id of declared) {
    const at = parsed.locateKey(['sources', id]);
    if (series.sources.includes(id)) errors.push(new DataError('DATA_DUPLICATE_SOURCE', { id }, at));
    else if (!cited.has(id)) errors.push(new DataError('DATA_UNUSED_SOURCE', { id }, at));
  }
  return errors;
}
