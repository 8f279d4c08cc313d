/**
 * Reading the cells of published statistics, which are not always clean numbers: missing
 * values written "..", "-" or left empty, footnote markers after a figure ("1 292 519 a",
 * "466*"), thousands separators.
 */

const MISSING = new Set(['', '..', '...', '-', '–', '—', 'n/a', 'na', 'x']);
// A number, then an optional footnote marker: a letter or two, (a), or asterisks.
const NUMBER_WITH_MARKER = /^([+-]?[\d\s\u00a0\u2009\u202f,]*\d(?:\.\d+)?)\s*(?:\(?[a-z]{1,2}\)?|\*+)?$/i;
const GROUPED = /^[+-]?\d{1,3}([\s\u00a0\u2009\u202f,]\d{3})*(\.\d+)?$/;
const PLAIN = /^[+-]?\d+(\.\d+)?$/;

/** The text of a cell as a spreadsheet shows it (numbers as typed, nothing for an empty cell). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/**
 * The number in a cell, or null when the value is missing ("..", "-", empty) or is not a
 * number at all. Footnote markers and thousands separators are dropped.
 */
export function readNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = cellText(value);
  if (MISSING.has(text.toLowerCase())) return null;
  const match = NUMBER_WITH_MARKER.exec(text);
  if (!match) return null;
  const digits = match[1]!.trim();
  if (!GROUPED.test(digits) && !PLAIN.test(digits)) return null;
  const number = Number(digits.replace(/[\s\u00a0\u2009\u202f,]/g, ''));
  return Number.isFinite(number) ? number : null;
}

/**
 * What is wrong with a cell that holds neither a number nor a missing-value mark ("..", "-",
 * empty): its text, for a message; undefined for a number or a missing value. Such a cell is
 * damage (a typo, a cut line), never a missing value: an importer must not pass over it.
 */
export function unreadableCell(value: unknown): string | undefined {
  if (readNumber(value) !== null) return undefined;
  if (typeof value === 'number') return String(value); // NaN, Infinity
  const text = cellText(value);
  return MISSING.has(text.toLowerCase()) ? undefined : text;
}

/** A location code (UN M49, "466" or "466*"), or null when the cell holds none. */
export function readCode(value: unknown): number | null {
  const number = readNumber(value);
  return number !== null && Number.isInteger(number) && number >= 0 ? number : null;
}
