import type { TopLevelSpec } from 'vega-lite';
import { ChartError } from '../errors/index.js';
import type { ChartStyle, GenderChartInput } from './types.js';

const MALE_SYMBOL = '\u2642'; // ♂
const FEMALE_SYMBOL = '\u2640'; // ♀
const HOLE = 0.6; // inner radius / outer radius
const LABEL_GAP = 8; // between the donut and the labels, in points
const SYMBOL_SCALE = 1.45; // the symbols are drawn a little larger than the numbers
const ROW_SPACING = 1.9; // distance between the two label rows, in font sizes
const PAD_ANGLE = 0.02; // a thin gap between the two shares, in radians

type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/**
 * The Vega-Lite spec of the split between men and women: a donut of `input.size` points with the
 * male share from 12 o'clock clockwise, then the female share, and two labels to its right,
 * "♂ 59,6 %" and "♀ 40,4 %". The symbols are separate text marks in the symbol font (the body
 * font has no ♂ ♀), coloured like their share. A missing share draws a plain ring in the track colour.
 */
export function buildGenderSpec(input: GenderChartInput, style: ChartStyle): TopLevelSpec {
  checkInput(input);
  const radius = input.size / 2;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: input.size,
    height: input.size,
    autosize: { type: 'pad' }, // the labels widen the chart beyond the donut
    padding: 0,
    background: 'transparent',
    config: { view: { stroke: null }, aria: false, font: style.fontFamily },
    layer: [donutLayer(input, style, radius), ...labelLayers(input, style)],
  };
}

function checkInput(input: GenderChartInput): void {
  const fail = (detail: string): never => {
    throw new ChartError('CHART_RENDER', { id: input.id, detail });
  };
  if (!(input.size > 0)) fail(`the size must be a positive number of points, got ${input.size}`);
  for (const share of [input.male, input.female]) {
    if (share !== null && !(Number.isFinite(share) && share >= 0))
      fail(`a share must be a number ≥ 0 or null, got ${share}`);
  }
}

/**
 * The two shares, or one full ring in the track colour when either is missing or both are 0
 * (nothing to divide: the data checks report such figures, the chart must still draw).
 */
function donutLayer(input: GenderChartInput, style: ChartStyle, radius: number): Layer {
  const missing = input.male === null || input.female === null || input.male + input.female === 0;
  const arcs = missing
    ? [{ order: 0, share: 1, color: style.trackColor }]
    : [
        { order: 0, share: input.male, color: style.maleColor },
        { order: 1, share: input.female, color: style.femaleColor },
      ];
  return {
    data: { values: arcs },
    mark: {
      type: 'arc',
      innerRadius: radius * HOLE,
      outerRadius: radius,
      ...(missing ? {} : { padAngle: PAD_ANGLE }),
    },
    encoding: {
      theta: { field: 'share', type: 'quantitative', stack: true },
      order: { field: 'order', type: 'ordinal' },
      color: { field: 'color', type: 'nominal', scale: null },
    },
  };
}

/** Per row, the symbol (symbol font, share colour) and the printed share (body font). */
function labelLayers(input: GenderChartInput, style: ChartStyle): Layer[] {
  const symbolSize = style.fontSize * SYMBOL_SCALE;
  const symbolX = input.size + LABEL_GAP + symbolSize / 2;
  const textX = input.size + LABEL_GAP + symbolSize + style.fontSize * 0.3;
  const half = (style.fontSize * ROW_SPACING) / 2;
  const rows = [
    {
      symbol: MALE_SYMBOL,
      display: input.maleDisplay,
      color: input.male === null ? style.mutedColor : style.maleColor,
      y: input.size / 2 - half,
    },
    {
      symbol: FEMALE_SYMBOL,
      display: input.femaleDisplay,
      color: input.female === null ? style.mutedColor : style.femaleColor,
      y: input.size / 2 + half,
    },
  ];
  return rows.flatMap((row) => [
    textLayer(row.symbol, {
      x: symbolX,
      y: row.y,
      align: 'center',
      font: style.symbolFontFamily,
      fontSize: symbolSize,
      color: row.color,
    }),
    textLayer(row.display, {
      x: textX,
      y: row.y,
      align: 'left',
      font: style.fontFamily,
      fontSize: style.fontSize,
      color: style.textColor,
    }),
  ]);
}

interface TextPlacement {
  readonly x: number;
  readonly y: number;
  readonly align: 'left' | 'center';
  readonly font: string;
  readonly fontSize: number;
  readonly color: string;
}

/** One fixed text, drawn once (a single empty datum). */
function textLayer(text: string, place: TextPlacement): Layer {
  return {
    data: { values: [{}] },
    mark: { type: 'text', text, baseline: 'middle', ...place },
  };
}
