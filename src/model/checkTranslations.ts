import { createHash } from 'node:crypto';
import { type Finding, findingAt } from './checkFinding.js';
import type { LoadedProfile } from './loadProfile.js';
import { formatPath } from './parseYaml.js';

/** The file, beside the data files, that remembers which source text each translation was made from. */
export const TRANSLATIONS_FILE = 'translations.json';

/** lang → country → field path → the language translated from and the fingerprint of its text then. */
export type TranslationRecord = Record<
  string,
  Record<string, Record<string, { readonly from: string; readonly source: string }>>
>;

/** The fingerprint of a source text. */
export function textFingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/**
 * Translations that may be out of date: the text they were made from has changed since
 * (`profiles translate import` records the fingerprint of each source text).
 */
export function checkTranslations(loaded: LoadedProfile, record: TranslationRecord): Finding[] {
  const findings: Finding[] = [];
  for (const [lang, countries] of Object.entries(record)) {
    const fields = countries[loaded.profile.country] ?? {};
    const walk = (value: unknown, path: (string | number)[]) => {
      if (value === null || typeof value !== 'object') return;
      if (!Array.isArray(value)) {
        const prose = value as Record<string, unknown>;
        const made = fields[formatPath(path)];
        if (made && typeof prose[made.from] === 'string' && typeof prose[lang] === 'string') {
          if (textFingerprint(prose[made.from] as string) !== made.source)
            findings.push(findingAt(loaded, [...path, lang], 'CHECK_TRANSLATION_STALE', { lang, from: made.from }));
          return;
        }
      }
      for (const [key, item] of Object.entries(value)) walk(item, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    walk(loaded.profile, []);
  }
  return findings;
}
