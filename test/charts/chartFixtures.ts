import { fileURLToPath } from 'node:url';
import type {
  BarDatum,
  ChartFont,
  ChartStyle,
  DestinationsChartInput,
  GenderChartInput,
} from '../../src/charts/types.js';

/** The project's font folder. */
export const FONT_DIR = fileURLToPath(new URL('../../fonts/', import.meta.url));

/** The chart fonts as the build hands them to the renderer. */
export const FONTS: readonly ChartFont[] = [
  { family: 'Noto Sans', weight: 'normal', style: 'normal', file: `${FONT_DIR}NotoSans-Regular.ttf` },
  { family: 'Noto Sans', weight: 'bold', style: 'normal', file: `${FONT_DIR}NotoSans-Bold.ttf` },
  { family: 'Noto Sans', weight: 'normal', style: 'italic', file: `${FONT_DIR}NotoSans-Italic.ttf` },
  { family: 'Noto Sans', weight: 'bold', style: 'italic', file: `${FONT_DIR}NotoSans-BoldItalic.ttf` },
  { family: 'Noto Sans Symbols', weight: 'normal', style: 'normal', file: `${FONT_DIR}NotoSansSymbols-Regular.ttf` },
  { family: 'Noto Sans Symbols 2', weight: 'normal', style: 'normal', file: `${FONT_DIR}NotoSansSymbols2-Regular.ttf` },
];

/** A fixed style for tests (the real one comes from the theme). */
export const STYLE: ChartStyle = {
  fontFamily: 'Noto Sans',
  symbolFontFamily: 'Noto Sans Symbols',
  fontSize: 7.5,
  textColor: '#1f2933',
  mutedColor: '#5b6770',
  barColor: '#1b5e8c',
  maleColor: '#1b5e8c',
  femaleColor: '#e07b39',
  trackColor: '#d9dee3',
};

const NNBSP = '\u202f';
const fr = (value: number): string => new Intl.NumberFormat('fr-FR').format(value).replace(/\u00a0/g, NNBSP);

/** Top destinations as a French edition prints them, deliberately not in order. */
export const FRENCH_ROWS: readonly BarDatum[] = [
  ['Nigeria', 184965],
  ['Côte d’Ivoire', 403646],
  ['Niger', 140431],
  ['France', 120393],
  ['Mauritanie', 122945],
].map(([label, value]) => ({ label: String(label), value: Number(value), display: fr(Number(value)) }));

/** The French destinations chart in a 250 pt column. */
export const FRENCH_DESTINATIONS: DestinationsChartInput = { id: 'destinations', rows: FRENCH_ROWS, width: 250 };

/** A donut with both shares, French display strings. */
export const FRENCH_GENDER: GenderChartInput = {
  id: 'gender',
  male: 59.6,
  female: 40.4,
  maleDisplay: `59,6${NNBSP}%`,
  femaleDisplay: `40,4${NNBSP}%`,
  size: 80,
};

/** A donut without figures, English display strings. */
export const MISSING_GENDER: GenderChartInput = {
  id: 'gender',
  male: null,
  female: null,
  maleDisplay: 'n/a',
  femaleDisplay: 'n/a',
  size: 80,
};

/** Freezes a value and everything inside it, so a test fails if a builder mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
