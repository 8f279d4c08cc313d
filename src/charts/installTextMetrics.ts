import type { LoadedChartFont } from './loadChartFonts.js';
import { measureText } from './measureText.js';

/** The part of a vega text item that decides its width. */
interface VegaTextItem {
  readonly font?: string;
  readonly fontSize?: number | string;
  readonly fontWeight?: string | number;
  readonly fontStyle?: string;
}

/** vega-scenegraph's text measurement hook (exported by vega at run time, absent from its typings). */
interface VegaTextMetrics {
  width: (item: VegaTextItem, text: unknown) => number;
}

// vega's hook is one per process, while renderers may be several: it measures with the union of
// every renderer's fonts (first registration of a family/weight/style wins, first font is the fallback).
const fonts: LoadedChartFont[] = [];
const faceKey = (f: LoadedChartFont): string => `${f.face.family}|${f.face.weight}|${f.face.style}`;

/**
 * Makes vega measure text with the real TTF advances instead of its 0.8 em-per-character guess,
 * which over-pads axes and truncates long labels. Idempotent; adds `loaded` to the fonts it knows.
 */
export function installTextMetrics(vega: object, loaded: readonly LoadedChartFont[]): void {
  const known = new Set(fonts.map(faceKey));
  for (const font of loaded) if (!known.has(faceKey(font))) fonts.push(font);
  const textMetrics = (vega as { textMetrics?: VegaTextMetrics }).textMetrics;
  if (textMetrics === undefined) throw new TypeError('vega no longer exports textMetrics');
  textMetrics.width = measureVegaItem;
}

/** Width of one line of a text item, trimmed as vega trims it. Labels are never truncated (limit 0). */
function measureVegaItem(item: VegaTextItem, text: unknown): number {
  const line = text == null ? '' : String(text).trim();
  const size = item.fontSize == null ? 11 : Number(item.fontSize) || 0;
  return measureText(fonts, line, {
    family: item.font ?? 'sans-serif',
    size,
    weight: item.fontWeight,
    style: item.fontStyle,
  });
}
