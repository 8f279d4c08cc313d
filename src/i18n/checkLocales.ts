import { join } from 'node:path';
import { LocaleError } from '../errors/index.js';
import type { LocaleSet } from '../project/readLocales.js';

/** Every key path (`rights.title`) of a namespace tree, for comparing languages. */
export function keyPaths(tree: Readonly<Record<string, unknown>>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return value !== null && typeof value === 'object' ? keyPaths(value as Record<string, unknown>, path) : [path];
  });
}

/** Namespaces whose keys are per-language choices (name overrides), not labels every language needs. */
const OPTIONAL_NAMESPACES = new Set(['countries']);

/**
 * Checks that every language has every label of every other language: a label missing
 * in one language is an error, never a silent fallback to another language.
 */
export function checkLocales(locales: LocaleSet): LocaleError[] {
  const errors: LocaleError[] = [];
  const all = new Map<string, string>(); // "ns:key" → a language that has it
  // A language in draft is compared with the others only when it is built (untranslatedLabels).
  const languages = locales.languages.filter((lang) => !(locales.drafts ?? []).includes(lang));
  for (const lang of languages) {
    for (const [ns, tree] of Object.entries(locales.resources[lang] ?? {})) {
      if (OPTIONAL_NAMESPACES.has(ns)) continue;
      for (const key of keyPaths(tree)) if (!all.has(`${ns}:${key}`)) all.set(`${ns}:${key}`, lang);
    }
  }
  for (const lang of languages) {
    const own = new Set(
      Object.entries(locales.resources[lang] ?? {}).flatMap(([ns, tree]) =>
        keyPaths(tree).map((key) => `${ns}:${key}`),
      ),
    );
    for (const [key, reference] of all) {
      if (!own.has(key)) {
        const ns = key.slice(0, key.indexOf(':'));
        errors.push(
          new LocaleError(
            'LOCALE_MISSING_KEY',
            { key, lang, reference },
            { file: join('locales', lang, `${ns}.json`) },
          ),
        );
      }
    }
  }
  return errors;
}
