import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocaleError } from '../errors/index.js';
import { DRAFT_MARK } from '../model/checkDrafts.js';
import type { LocaleResources, LocaleSet } from '../project/readLocales.js';
import { keyPaths } from './checkLocales.js';

/** Namespaces whose keys are per-language choices, not labels to translate. */
const OPTIONAL = new Set(['countries']);

/**
 * What a language in draft still lacks against the reference language: each label missing or
 * still marked TODO, with its file and line (`locales/es/profile.json:12`).
 */
export function untranslatedLabels(
  locales: LocaleSet,
  localesDir: string,
  shownDir: string,
  lang: string,
  reference: string,
): LocaleError[] {
  const errors: LocaleError[] = [];
  const own = locales.resources[lang] ?? {};
  for (const [ns, tree] of Object.entries(locales.resources[reference] ?? {})) {
    if (OPTIONAL.has(ns)) continue;
    const file = join(localesDir, lang, `${ns}.json`);
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // a missing file: every label of it is missing
    }
    for (const key of keyPaths(tree)) {
      const value = valueAt(own[ns], key);
      const marked = typeof value === 'string' && value.trimStart().startsWith(DRAFT_MARK);
      if (typeof value === 'string' && !marked) continue;
      errors.push(
        new LocaleError(
          'LOCALE_UNTRANSLATED',
          { key: `${ns}:${key}`, lang, reference, marked },
          { file: join(shownDir, lang, `${ns}.json`), line: value === undefined ? undefined : lineOf(text, key) },
        ),
      );
    }
  }
  return errors;
}

/** The labels of a language in draft, the reference language's standing in for those it lacks. */
export function withReferenceLabels(own: LocaleResources, reference: LocaleResources): LocaleResources {
  const merge = (base: unknown, over: unknown): unknown => {
    if (over === undefined) return base;
    if (base && over && typeof base === 'object' && typeof over === 'object' && !Array.isArray(base)) {
      const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
      for (const [key, value] of Object.entries(over as Record<string, unknown>))
        out[key] = merge((base as Record<string, unknown>)[key], value);
      return out;
    }
    return over;
  };
  return merge(reference, own) as LocaleResources;
}

function valueAt(tree: unknown, key: string): unknown {
  let node = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** The line of a nested key in a JSON file: each part of the path found after the one before. */
function lineOf(text: string, key: string): number | undefined {
  let at = 0;
  for (const part of key.split('.')) {
    const found = text.indexOf(`"${part}"`, at);
    if (found < 0) return undefined;
    at = found + part.length + 2;
  }
  return text.slice(0, at).split('\n').length;
}
