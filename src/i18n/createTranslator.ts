import i18next, { type i18n } from 'i18next';
import { LocaleError } from '../errors/index.js';
import type { LocaleSet } from '../project/readLocales.js';

/** The labels of one language: `t('rights.title')`, with `{{name}}` interpolation. */
export interface Translator {
  readonly lang: string;
  /** The label at `key` (namespace `profile` unless written `ns:key`); a missing key throws. */
  t(key: string, params?: Readonly<Record<string, string | number>>): string;
  /** True when the label exists (for optional labels such as country-name overrides). */
  has(key: string): boolean;
}

/**
 * One i18next instance per language: no global instance, no fallback language, no
 * HTML escaping (labels end up in layout markup, which escapes them itself).
 */
export function createTranslator(lang: string, locales: LocaleSet): Translator {
  const resources = locales.resources[lang];
  if (!resources) {
    throw new LocaleError('LOCALE_UNKNOWN_LANGUAGE', { lang, languages: locales.languages });
  }
  const instance: i18n = i18next.createInstance();
  void instance.init({
    lng: lang,
    resources: { [lang]: resources as Record<string, Record<string, unknown>> },
    ns: Object.keys(resources),
    defaultNS: 'profile',
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: true,
    showSupportNotice: false,
  } as Parameters<i18n['init']>[0]);
  const reference = locales.languages.find((other) => other !== lang) ?? lang;
  return {
    lang,
    has: (key) => instance.exists(key),
    t: (key, params) => {
      if (!instance.exists(key)) {
        throw new LocaleError(
          'LOCALE_MISSING_KEY',
          { key, lang, reference },
          { file: `locales/${lang}/${namespaceOf(key)}.json` },
        );
      }
      return instance.t(key, params ?? {}) as string;
    },
  };
}

function namespaceOf(key: string): string {
  const colon = key.indexOf(':');
  return colon === -1 ? 'profile' : key.slice(0, colon);
}
