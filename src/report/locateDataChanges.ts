import type { DataChange, EditionChange, Sighting } from './updateReport.js';

/**
 * Points each data change at the changed pages where its new value probably shows: a figure
 * whose digits appear in a line added on that page (whatever the language's number format),
 * or a text of which a distinctive word of the changed part appears there. A hint for
 * readers ("seen on fr p. 1"), not a proof: a change may show nowhere (an unused field) or
 * only in a chart.
 */
export function locateDataChanges(changes: readonly DataChange[], editions: readonly EditionChange[]): DataChange[] {
  return changes.map((change) => ({ ...change, seenOn: sightings(change, editions) }));
}

function sightings(change: DataChange, editions: readonly EditionChange[]): Sighting[] {
  const needle = needleOf(change);
  if (needle === null) return [];
  const lang = languageOf(change.path);
  const found: Sighting[] = [];
  for (const edition of editions) {
    if (edition.country !== change.country || (lang !== null && edition.lang !== lang)) continue;
    for (const page of edition.pages) {
      const lines = page.addedLines.map((line) => (change.kind === 'figure' ? digitsOf(line) : simplify(line)));
      if (lines.some((line) => line.includes(needle)))
        found.push({ country: edition.country, lang: edition.lang, page: page.page });
    }
  }
  return found;
}

/** What to look for: the digits of a figure, or the longest word of the changed part of a text. */
function needleOf(change: DataChange): string | null {
  if (change.kind === 'figure' && typeof change.after === 'number') {
    const digits = digitsOf(String(change.after));
    return digits.length >= 2 ? digits : null;
  }
  if (change.kind === 'text' && typeof change.after === 'string') {
    const before = typeof change.before === 'string' ? simplify(change.before) : '';
    const words = changedPart(before, simplify(change.after)).split(/[^\p{L}\p{N}]+/u);
    const longest = words.reduce((best, word) => (word.length > best.length ? word : best), '');
    return longest.length >= 4 ? longest : null;
  }
  return null;
}

/** The part of `after` that differs from `before` (common start and end removed). */
export function changedPart(before: string, after: string): string {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end += 1;
  // Widen to whole words, so a changed letter still finds its word.
  while (start > 0 && /[\p{L}\p{N}]/u.test(after[start - 1]!)) start -= 1;
  let stop = after.length - end;
  while (stop < after.length && /[\p{L}\p{N}]/u.test(after[stop]!)) stop += 1;
  return after.slice(start, stop);
}

/** The language of a per-language text (`terminology.fr`), or null for a language-neutral field. */
function languageOf(path: string): string | null {
  return /\.([a-z]{2,3})$/.exec(path)?.[1] ?? null;
}

function digitsOf(text: string): string {
  return text.replace(/\D+/g, '');
}

/** Text as compared: lower case, one kind of apostrophe, no markup, single spaces. */
function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\*\*|\*|\[\^[^\]]*\]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ');
}
