/** Narrow no-break space (U+202F): French thousands separator and space before ; : ! ? % and inside « ». */
export const NNBSP = '\u202f';
/** No-break space (U+00A0). */
export const NBSP = '\u00a0';

/**
 * Applies the typography of a language to a run of text (never to a URL):
 * typographic apostrophes in every language; in French, a narrow no-break space
 * before ; : ! ? % and inside « », and between groups of digits ("8 000").
 */
export function applyTypography(text: string, lang: string): string {
  // l'Extérieur, aujourd'hui, and "de l'" before a link: an apostrophe after a letter is typographic.
  let out = text.replace(/(\p{L})'(?=\p{L}|$)/gu, '$1’');
  if (lang === 'fr' || lang.startsWith('fr-')) out = frenchSpacing(out);
  return out;
}

function frenchSpacing(text: string): string {
  return (
    text
      // « text » : whatever space the editor typed (or none) becomes a narrow no-break space.
      .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
      // ; ! ? % and : take a narrow no-break space before them, when they end a word or a clause
      // (not in "http://", "10:30" or "?!" pairs).
      .replace(/(\S)[ \u00a0\u202f]*([;!?%])(?=[\s)»”"’.,;:!?]|$)/gu, (match, before: string, mark: string) =>
        before === NNBSP || /[;!?]/.test(before) ? match : `${before}${NNBSP}${mark}`,
      )
      .replace(/(\S)[ \u00a0\u202f]*:(?=\s|$)/gu, (match, before: string) =>
        before === ':' ? match : `${before}${NNBSP}:`,
      )
      // "8 000 visiteurs": digit groups keep together.
      .replace(/(\d)[ \u00a0](?=\d{3}(?!\d))/g, `$1${NNBSP}`)
  );
}
