/**
 * The chart stage: spec builders (Edition figures → Vega-Lite specs) and the renderer
 * (spec → SVG in points → PNG), laid out and drawn with the project's own fonts.
 */
export { buildDestinationsSpec, DESTINATION_ROW_HEIGHT } from './buildDestinationsSpec.js';
export { buildGenderSpec } from './buildGenderSpec.js';
export { type ChartRenderer, type ChartRendererOptions, createChartRenderer } from './createChartRenderer.js';
export { estimateTextWidth } from './estimateTextWidth.js';
export type { MeasureText, TextFont } from './measureText.js';
export type { ChartLocale } from './renderChartSvg.js';
export type * from './types.js';
