import { dirname, join, resolve } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { ChartError } from '../errors/index.js';
import { finishChartSvg } from './finishChartSvg.js';
import { installTextMetrics } from './installTextMetrics.js';
import { type LoadedChartFont, loadChartFonts } from './loadChartFonts.js';
import { loadVega } from './loadVega.js';
import { type MeasureText, measureText } from './measureText.js';
import { rasteriseChart } from './rasteriseChart.js';
import { type ChartLocale, renderChartSvg } from './renderChartSvg.js';
import type { ChartDrawing, ChartFont } from './types.js';

/** Draws chart specs to SVG and PNG with one set of fonts. */
export interface ChartRenderer {
  /** Renders a Vega-Lite spec to an SVG sized in points, its text measured with the chart fonts. */
  render(spec: TopLevelSpec, id: string, locale?: ChartLocale): Promise<ChartDrawing>;
  /** A PNG of a rendered chart at `dpi` (1 pt = dpi/72 px), its text drawn with the project's fonts. */
  rasterise(image: ChartDrawing, dpi: number): Promise<Buffer>;
  /** The text measure the renderer lays out with; hand it to the spec builders. */
  readonly measureText: MeasureText;
}

/** Options of a renderer; the default fontconfig file is `fonts.conf` beside the first font. */
export interface ChartRendererOptions {
  readonly fontconfigFile?: string;
}

/**
 * A chart renderer over the given font files. Nothing heavy happens here: fonts open on first
 * measure, vega and vega-lite load on first render, sharp on first rasterise.
 */
export function createChartRenderer(fonts: readonly ChartFont[], options: ChartRendererOptions = {}): ChartRenderer {
  const first = fonts[0];
  if (first === undefined)
    throw new ChartError('CHART_RENDER', { id: '*', detail: 'the chart renderer was given no fonts' });
  const fontconfigFile = resolve(options.fontconfigFile ?? join(dirname(first.file), 'fonts.conf'));
  const families = new Set(fonts.map((font) => font.family));
  let loaded: readonly LoadedChartFont[] | undefined;
  const loadFonts = (): readonly LoadedChartFont[] => (loaded ??= loadChartFonts(fonts));

  return {
    measureText: (text, font) => measureText(loadFonts(), text, font),
    async render(spec, id, locale) {
      const modules = await loadVega();
      installTextMetrics(modules.vega, loadFonts());
      const svg = await renderChartSvg(modules, spec, id, locale);
      return finishChartSvg(svg, id, families);
    },
    rasterise: (image, dpi) => rasteriseChart(image, dpi, fontconfigFile),
  };
}
