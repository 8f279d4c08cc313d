import { DataError } from '../errors/index.js';
import { isDraftText } from './checkDrafts.js';
import type { LoadedProfile } from './loadProfile.js';
import type { FieldPath } from './parseYaml.js';
import type { CountryProfile } from './schema.js';

/** Whether a value is a text per language: a map whose keys are languages, one of them the reference. */
function isProse(value: unknown, languages: readonly string[], reference: string): value is Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every((key) => languages.includes(key)) &&
    typeof (value as Record<string, unknown>)[reference] === 'string'
  );
}

/** Every text of a profile (a map of languages, the reference among them) with its path. */
export function* texts(
  value: unknown,
  languages: readonly string[],
  reference: string,
  path: FieldPath = [],
): Generator<{ path: FieldPath; prose: Record<string, string> }> {
  if (isProse(value, languages, reference)) {
    yield { path, prose: value };
    return;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* texts(item, languages, reference, [...path, index]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* texts(item, languages, reference, [...path, key]);
  }
}

/**
 * The texts of a profile still to be written in a language in draft, each where it is in the
 * data file: missing, or marked TODO.
 */
export function missingTexts(
  loaded: LoadedProfile,
  lang: string,
  languages: readonly string[],
  reference: string,
): DataError[] {
  const errors: DataError[] = [];
  for (const { path, prose } of texts(loaded.profile, languages, reference)) {
    const text = prose[lang];
    if (text !== undefined && !isDraftText(text)) continue;
    errors.push(
      new DataError(
        'DATA_DRAFT_LANGUAGE_MISSING',
        { lang, marked: text !== undefined },
        loaded.locate(text === undefined ? path : [...path, lang]),
      ),
    );
  }
  return errors;
}

/** The profile with the reference language's text wherever a language in draft has none (builds with --draft). */
export function withReferenceTexts(
  profile: CountryProfile,
  lang: string,
  languages: readonly string[],
  reference: string,
): CountryProfile {
  const fill = (value: unknown): unknown => {
    if (isProse(value, languages, reference)) {
      const own = value[lang];
      return own === undefined || isDraftText(own) ? { ...value, [lang]: value[reference] } : value;
    }
    if (Array.isArray(value)) return value.map(fill);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item)]));
    return value;
  };
  return fill(profile) as CountryProfile;
}
