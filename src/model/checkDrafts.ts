import { type Finding, findingAt } from './checkFinding.js';
import type { LoadedProfile } from './loadProfile.js';
import type { FieldPath } from './parseYaml.js';

/**
 * What marks a text as still to be written: `profiles new` writes it in every text of every
 * language, and `profiles add-language` in every text of the new language. An editor replaces
 * it with the text.
 */
export const DRAFT_MARK = 'TODO';

/** Whether a text is still to be written (it starts with the draft mark). */
export function isDraftText(text: string): boolean {
  return text.trimStart().startsWith(DRAFT_MARK);
}

/** The fields of a profile whose text is still to be written, in file order. */
export function draftFields(value: unknown, path: FieldPath = []): FieldPath[] {
  if (typeof value === 'string') return isDraftText(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => draftFields(item, [...path, index]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => draftFields(item, [...path, key]));
  return [];
}

/** A profile with a text still to be written is a draft: printed with a DRAFT mark, refused by --strict. */
export function isDraft(loaded: LoadedProfile): boolean {
  return draftFields(loaded.profile).length > 0;
}

/** One finding per text still to be written. */
export function checkDrafts(loaded: LoadedProfile): Finding[] {
  return draftFields(loaded.profile).map((path) => findingAt(loaded, path, 'DRAFT_TEXT', {}));
}
