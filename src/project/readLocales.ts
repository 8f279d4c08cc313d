import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LocaleError } from '../errors/index.js';
import { readRegularFile } from './readRegularFile.js';

/** Labels of one language: namespace (file name without .json) → nested keys. */
export type LocaleResources = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** Every language of the series (the folders of `locales/`) with its labels. */
export interface LocaleSet {
  readonly languages: readonly string[];
  /**
   * Languages in draft: their folder holds a DRAFT file (profiles add-language writes it). They
   * are built only when asked (--lang), never block the others, and a build lists what they lack.
   */
  readonly drafts?: readonly string[];
  readonly resources: Readonly<Record<string, LocaleResources>>;
}

/** The file that marks a language as in draft: `locales/<lang>/DRAFT`. */
export const DRAFT_FILE = 'DRAFT';

/** Reads `locales/<lang>/<namespace>.json`. Languages are sorted, so output order never depends on the file system. */
export function readLocales(dir: string): LocaleSet {
  let languages: string[];
  try {
    languages = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw new LocaleError('LOCALE_UNREADABLE', { reason: (error as Error).message }, { file: dir }, error);
  }
  if (languages.length === 0) throw new LocaleError('LOCALE_NONE', { dir }, { file: dir });
  const resources: Record<string, LocaleResources> = {};
  for (const lang of languages) {
    const namespaces: Record<string, Record<string, unknown>> = {};
    for (const name of readdirSync(join(dir, lang))
      .filter((file) => file.endsWith('.json'))
      .sort()) {
      namespaces[name.slice(0, -'.json'.length)] = readJson(join(dir, lang, name));
    }
    resources[lang] = namespaces;
  }
  const drafts = languages.filter((lang) => existsSync(join(dir, lang, DRAFT_FILE)));
  return { languages, resources, drafts };
}

function readJson(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readRegularFile(file).toString('utf8');
  } catch (error) {
    throw new LocaleError('LOCALE_UNREADABLE', { reason: (error as Error).message }, { file }, error);
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new SyntaxError('expected an object of labels { "key": "text" }');
    }
    return value as Record<string, unknown>;
  } catch (error) {
    const detail = (error as Error).message;
    const offset = /position (\d+)/.exec(detail)?.[1];
    const before = offset === undefined ? undefined : text.slice(0, Number(offset)).split('\n');
    throw new LocaleError(
      'LOCALE_SYNTAX',
      { detail: detail.replace(/ in JSON at position \d+.*$/, '') },
      { file, line: before?.length, column: before ? before[before.length - 1]!.length + 1 : undefined },
      error,
    );
  }
}
