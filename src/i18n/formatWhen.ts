import type { When } from '../model/schema.js';
import type { Formatters } from './createFormatters.js';
import type { Translator } from './createTranslator.js';
import { applyTypography } from './typography.js';

/** When a policy or practice applies, as printed: its date or period, and its revisions. */
export interface WhenView {
  /** "2018", "mars 2016", "2009–2025", "depuis 2009"; null when the data gives no date. */
  readonly text: string | null;
  /** "Révision : 2023", "Revised: 2021 and 2023"; null when there is none. */
  readonly revised: string | null;
}

/** Formats the date fields of a timeline entry or a practice for one language (labels under `dates.`). */
export function formatWhen(when: When, formatters: Formatters, translator: Translator): WhenView {
  // Short month names: "septembre" does not fit the timeline's year column, "sept." does.
  const point = (value: number | string) =>
    typeof value === 'number' ? formatters.year(value) : formatters.shortMonth(value);
  const typeset = (text: string | null) => (text === null ? null : applyTypography(text, translator.lang));
  return {
    text: typeset(dateOf(when, point, translator)),
    revised: typeset(revisionsOf(when, point, formatters, translator)),
  };
}

function dateOf(when: When, point: (value: number | string) => string, translator: Translator): string | null {
  if (when.year !== undefined) return point(when.year);
  if (when.month !== undefined) return point(when.month);
  if (when.from === undefined) return null;
  if (when.to === undefined) return translator.t('dates.since', { from: point(when.from) });
  const [from, to] = [point(when.from), point(when.to)];
  if (from === to) return from;
  // "2009–2025", but "mars 2016 – juin 2019": a dash between words is spaced.
  return translator.t(/\s/.test(from + to) ? 'dates.rangeSpaced' : 'dates.range', { from, to });
}

function revisionsOf(
  when: When,
  point: (value: number | string) => string,
  formatters: Formatters,
  translator: Translator,
): string | null {
  const revised = when.revised ?? [];
  if (revised.length === 0) return null;
  const dates = formatters.list(revised.map(point));
  return translator.t(revised.length === 1 ? 'dates.revised' : 'dates.revisedSeveral', { dates });
}
