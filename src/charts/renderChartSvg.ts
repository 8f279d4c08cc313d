import type { TopLevelSpec } from 'vega-lite';
import { ChartError } from '../errors/index.js';
import { collectChartLog } from './collectChartLog.js';
import type { VegaModules } from './loadVega.js';

/**
 * Number and date conventions for vega, given per view (never as vega's global default, since
 * builds of several languages run side by side). Our specs print pre-formatted strings, so this
 * only matters for a spec that lets vega format. Shapes as in d3-format and d3-time-format.
 */
export interface ChartLocale {
  readonly number?: Readonly<Record<string, unknown>>;
  readonly time?: Readonly<Record<string, unknown>>;
}

/**
 * Draws a Vega-Lite spec as an SVG string without a browser:
 * compile (vega-lite) → parse (vega) → headless view → toSVG → finalize.
 * Any warning from vega or vega-lite is a ChartError: our specs are expected to be clean.
 */
export async function renderChartSvg(
  modules: VegaModules,
  spec: TopLevelSpec,
  id: string,
  locale?: ChartLocale,
): Promise<string> {
  const { vega, vegaLite } = modules;
  const log = collectChartLog();
  let svg: string;
  try {
    const compiled = vegaLite.compile(structuredClone(spec), { logger: log.logger });
    const view = new vega.View(vega.parse(compiled.spec), {
      renderer: 'none',
      logger: log.logger,
      // vega's typings want formatters, the runtime takes d3 locale definitions (see stack-notes).
      ...(locale === undefined ? {} : { locale: locale as never }),
    });
    try {
      svg = await view.toSVG();
    } finally {
      view.finalize();
    }
  } catch (error) {
    throw new ChartError(
      'CHART_RENDER',
      { id, detail: error instanceof Error ? error.message : String(error) },
      {},
      error,
    );
  }
  if (log.messages.length > 0) throw new ChartError('CHART_RENDER', { id, detail: log.messages.join('; ') });
  return svg;
}
