import { NNBSP } from './typography.js';

/** Number and date formatting for one language, through Intl (CLDR). */
export interface Formatters {
  /** 403646 → "403 646" (fr, U+202F) / "403,646" (en). */
  count(value: number): string;
  /** 20661.8 → "20 661,8"; at most `decimals` fraction digits. */
  amount(value: number, decimals?: number): string;
  /** 0.78 → "0,78 %" (fr) / "0.78%" (en); the value is already in percent. */
  percent(value: number): string;
  /** "2025-11" → "novembre 2025" / "November 2025". */
  month(yearMonth: string): string;
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
  const counts = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const amounts = new Map<number, Intl.NumberFormat>();
  const percents = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2 });
  const months = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    count: (value) => normalise(counts.format(value)),
    amount: (value, decimals = 1) => {
      let format = amounts.get(decimals);
      if (!format) {
        format = new Intl.NumberFormat(lang, { maximumFractionDigits: decimals });
        amounts.set(decimals, format);
      }
      return normalise(format.format(value));
    },
    // Intl's percent style multiplies by 100; dividing first can give 0.78 → 0.0078000000000000005,
    // which rounds back exactly at two fraction digits.
    percent: (value) => normalise(percents.format(value / 100)),
    month: (yearMonth) => {
      const [year, month] = yearMonth.split('-').map(Number);
      return months.format(new Date(Date.UTC(year!, month! - 1, 1)));
    },
    year: (value) => String(value),
  };
}
