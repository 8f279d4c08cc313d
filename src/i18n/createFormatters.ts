import { NNBSP } from './typography.js';

/** Number and date formatting for one language, through Intl (CLDR). */
export interface Formatters {
  /** 403646 → "403 646" (fr, U+202F) / "403,646" (en). */
  count(value: number): string;
  /** 20661.8 → "20 661,8"; at most `decimals` fraction digits. */
  amount(value: number, decimals?: number): string;
  /** 5.3 → "5,30" with 2 decimals: exactly `decimals` fraction digits. */
  fixed(value: number, decimals: number): string;
  /** 0.78 → "0,78 %" (fr) / "0.78%" (en); the value is already in percent. Up to 2 decimals, or exactly `decimals`. */
  percent(value: number, decimals?: number): string;
  /**
   * A count or a range of counts as people write estimates: "450 000", "12 000–15 000";
   * from a million up, in millions, short enough for a tile: "2,5–3 M" / "2.5–3M".
   */
  estimate(low: number, high?: number): string;
  /** "France, Belgique et Italie" / "France, Belgium, and Italy". */
  list(items: readonly string[]): string;
  /** "2025-11" → "novembre 2025" / "November 2025". */
  month(yearMonth: string): string;
  /** "2016-09" → "sept. 2016" / "Sep 2016": a month short enough for the timeline's year column. */
  shortMonth(yearMonth: string): string;
  /** A year as printed: no grouping, ever ("2024", not "2 024"). */
  year(value: number): string;
}

/**
 * Formatters for `lang`. French grouping and the space before % are normalised to
 * U+202F, whether ICU gives U+202F or U+00A0, so every number in a French profile
 * uses the same narrow no-break space.
 */
export function createFormatters(lang: string): Formatters {
  const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, NNBSP);
  // "negative": a minus only before a number below zero, never "-0" (for -0, or -0.001 rounded to 0).
  const signDisplay = 'negative';
  // Each Intl formatter is made when first used: a fresh process loads ICU data per kind.
  const counts = lazy(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 0, signDisplay }));
  const amounts = new Map<number, Intl.NumberFormat>();
  const percents = lazy(() => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2, signDisplay }));
  const exact = (style: 'decimal' | 'percent', digits: number) =>
    new Intl.NumberFormat(lang, { style, minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay });
  const millions = lazy(
    () =>
      new Intl.NumberFormat(lang, {
        signDisplay,
        notation: 'compact',
        compactDisplay: 'short',
        maximumFractionDigits: 2,
      }),
  );
  const lists = lazy(() => new Intl.ListFormat(lang, { type: 'conjunction' }));
  const months = lazy(() => new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const shortMonths = lazy(() => new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const dateOf = (yearMonth: string) => {
    const [year, month] = yearMonth.split('-').map(Number);
    return new Date(Date.UTC(year!, month! - 1, 1));
  };
  return {
    count: (value) => normalise(counts().format(value)),
    amount: (value, decimals = 1) => {
      let format = amounts.get(decimals);
      if (!format) {
        format = new Intl.NumberFormat(lang, { maximumFractionDigits: decimals, signDisplay });
        amounts.set(decimals, format);
      }
      return normalise(format.format(value));
    },
    fixed: (value, decimals) => normalise(exact('decimal', decimals).format(value)),
    // Intl's percent style multiplies by 100; dividing first can give 0.78 → 0.0078000000000000005,
    // which rounds back exactly at two fraction digits.
    percent: (value, decimals) =>
      normalise((decimals === undefined ? percents() : exact('percent', decimals)).format(value / 100)),
    estimate: (low, high) => {
      // Below a million, every digit; from a million, "2,5 M" (no one estimates a diaspora to the person),
      // unless both ends round to the same millions: Intl would print "≃1 M", so every digit then.
      const inMillions = low >= 1_000_000 && (high === undefined || millions().format(low) !== millions().format(high));
      const format = inMillions ? millions() : counts();
      const text = high === undefined ? format.format(low) : format.formatRange(low, high);
      return normalise(text).replace(/\s+–\s+/, ' – ');
    },
    list: (items) => lists().format(items),
    month: (yearMonth) => months().format(dateOf(yearMonth)),
    shortMonth: (yearMonth) => shortMonths().format(dateOf(yearMonth)),
    year: (value) => String(value),
  };
}

/** A value made on first call, then kept. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}
