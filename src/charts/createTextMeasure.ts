import { loadChartFonts, type LoadedChartFont } from './loadChartFonts.js';
import { measureText, type MeasureText } from './measureText.js';
import type { ChartFont } from './types.js';

/** A MeasureText over the given font files, opened on first use and cached. */
export function createTextMeasure(fonts: readonly ChartFont[]): MeasureText {
  let loaded: readonly LoadedChartFont[] | undefined;
  return (text, font) => {
    loaded ??= loadChartFonts(fonts);
    return measureText(loaded, text, font);
  };
}
