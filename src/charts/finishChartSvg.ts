import { ChartError } from '../errors/index.js';
import type { ChartDrawing } from './types.js';

const ROOT_SIZE = /^<svg\b([^>]*?) width="([\d.]+)" height="([\d.]+)"/;
const FONT_FAMILY = /font-family="([^"]*)"/g;

/**
 * Turns vega's SVG into a ChartDrawing: width and height in points ("250pt", with the viewBox in
 * the same units), and every font-family checked against the chart fonts, because an unknown
 * family silently falls back to another font in both the PDF and the PNG.
 */
export function finishChartSvg(svg: string, id: string, families: ReadonlySet<string>): ChartDrawing {
  const size = ROOT_SIZE.exec(svg);
  if (size === null)
    throw new ChartError('CHART_RENDER', { id, detail: 'vega returned an SVG without width and height' });
  const [, attributes = '', width = '', height = ''] = size;
  checkFontFamilies(svg, id, families);
  return {
    id,
    svg: `<svg${attributes} width="${width}pt" height="${height}pt"${svg.slice(size[0].length)}`,
    width: Number(width),
    height: Number(height),
  };
}

function checkFontFamilies(svg: string, id: string, families: ReadonlySet<string>): void {
  for (const [, family = ''] of svg.matchAll(FONT_FAMILY)) {
    if (!families.has(family)) {
      const known = [...families].join(', ');
      throw new ChartError('CHART_RENDER', {
        id,
        detail: `the font family "${family}" is not a chart font (${known})`,
      });
    }
  }
}
