import type { TopLevelSpec } from 'vega-lite';
import { ChartError } from '../errors/index.js';
import { estimateTextWidth } from './estimateTextWidth.js';
import type { MeasureText } from './measureText.js';
import type { BarDatum, ChartStyle, DestinationsChartInput } from './types.js';

/** Height given to each bar (bar plus gap), in points. */
export const DESTINATION_ROW_HEIGHT = 17;

const VALUE_GAP = 3; // between the end of a bar and its value
const LABEL_GAP = 5; // between a country name and its bar

/**
 * The Vega-Lite spec of the top destinations: one horizontal bar per country, largest at the top,
 * full country names on the left and the printed value at the end of each bar. The chart is exactly
 * `input.width` wide; the x range stops short of the right edge by the widest value label, measured
 * with `measure` (pass the renderer's real font measure; the default only estimates).
 */
export function buildDestinationsSpec(
  input: DestinationsChartInput,
  style: ChartStyle,
  measure: MeasureText = estimateTextWidth,
): TopLevelSpec {
  const rows = sortRows(checkRows(input));
  const room = valueLabelRoom(rows, style, measure);
  checkBarRoom(input, rows, style, measure, room);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: input.width,
    height: rows.length * DESTINATION_ROW_HEIGHT,
    autosize: { type: 'fit-x', contains: 'padding' },
    padding: 0,
    background: 'transparent', // vega then draws no background rectangle at all
    config: { view: { stroke: null }, aria: false, font: style.fontFamily },
    data: { values: rows.map(({ label, value, display }) => ({ label, value, display })) },
    encoding: { y: countryAxis(style), x: valueScale(room) },
    layer: [{ mark: { type: 'bar', color: style.barColor } }, valueLabels(style)],
  };
}

type Encoding = NonNullable<Extract<TopLevelSpec, { layer: unknown }>['encoding']>;
type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** Countries top to bottom in data order, full names, no axis line, ticks or title. */
function countryAxis(style: ChartStyle): NonNullable<Encoding['y']> {
  return {
    field: 'label',
    type: 'nominal',
    sort: null, // the data order: sorted by sortRows, ties kept in input order
    scale: { paddingInner: 0.4, paddingOuter: 0.2 },
    axis: {
      title: null,
      domain: false,
      ticks: false,
      grid: false,
      labelLimit: 0, // never truncate a country name
      labelPadding: LABEL_GAP,
      labelFont: style.fontFamily,
      labelFontSize: style.fontSize,
      labelColor: style.textColor,
    },
  };
}

/** Bar lengths from 0 to the largest value, which ends `room` points short of the right edge. */
function valueScale(room: number): NonNullable<Encoding['x']> {
  return {
    field: 'value',
    type: 'quantitative',
    axis: null,
    scale: { zero: true, nice: false, range: [0, { expr: `width - ${room}` }] },
  };
}

/** The printed value (a pre-formatted string, never formatted by vega) just after each bar. */
function valueLabels(style: ChartStyle): Layer {
  return {
    mark: {
      type: 'text',
      align: 'left',
      baseline: 'middle',
      dx: VALUE_GAP,
      font: style.fontFamily,
      fontSize: style.fontSize,
      color: style.textColor,
    },
    encoding: { text: { field: 'display', type: 'nominal' } },
  };
}

function checkRows(input: DestinationsChartInput): readonly BarDatum[] {
  const fail = (detail: string): never => {
    throw new ChartError('CHART_RENDER', { id: input.id, detail });
  };
  if (input.rows.length === 0) fail('there are no destinations to draw');
  if (!(input.width > 0)) fail(`the width must be a positive number of points, got ${input.width}`);
  for (const row of input.rows) {
    if (!Number.isFinite(row.value) || row.value < 0)
      fail(`the value of "${row.label}" is not a number ≥ 0: ${row.value}`);
  }
  return input.rows;
}

/** Fails when the names and values leave the bars less than a fifth of the width (a name to shorten). */
function checkBarRoom(
  input: DestinationsChartInput,
  rows: readonly BarDatum[],
  style: ChartStyle,
  measure: MeasureText,
  room: number,
): void {
  const font = { family: style.fontFamily, size: style.fontSize };
  const widest = rows.reduce((a, b) => (measure(b.label, font) > measure(a.label, font) ? b : a));
  const used = measure(widest.label, font) + LABEL_GAP + room;
  if (used > input.width * 0.8) {
    const detail = `"${widest.label}" and the values take ${Math.ceil(used)} of the ${input.width} pt available, leaving no room for the bars`;
    throw new ChartError('CHART_RENDER', { id: input.id, detail });
  }
}

/** Largest first; equal values keep their input order (Array.prototype.sort is stable). */
function sortRows(rows: readonly BarDatum[]): BarDatum[] {
  return [...rows].sort((a, b) => b.value - a.value);
}

/** Points kept free right of the longest bar: the widest value label and its gap, rounded up to 0.1 pt. */
function valueLabelRoom(rows: readonly BarDatum[], style: ChartStyle, measure: MeasureText): number {
  const font = { family: style.fontFamily, size: style.fontSize };
  const widest = Math.max(...rows.map((row) => measure(row.display, font)));
  return Math.ceil((widest + VALUE_GAP + 1) * 10) / 10;
}
