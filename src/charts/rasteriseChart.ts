import { existsSync } from 'node:fs';
import { ChartError } from '../errors/index.js';
import type { ChartDrawing } from './types.js';

type Sharp = typeof import('sharp').default;
let sharpModule: Promise<Sharp> | undefined;

/**
 * Rasterises a chart to PNG with sharp (librsvg), at `dpi` pixels per inch: 1 pt = dpi/72 px.
 * librsvg finds fonts through fontconfig, so FONTCONFIG_FILE is pointed at the project's own
 * `fonts.conf` before sharp is first loaded: the PNG then uses the project's fonts and never a
 * system font, on any machine. (It has no effect if sharp was loaded and drew text before.)
 */
export async function rasteriseChart(image: ChartDrawing, dpi: number, fontconfigFile: string): Promise<Buffer> {
  if (!(Number.isFinite(dpi) && dpi >= 1 && dpi <= 2400)) {
    throw new ChartError('CHART_RENDER', {
      id: image.id,
      detail: `the resolution must be between 1 and 2400 dpi, got ${dpi}`,
    });
  }
  const sharp = await loadSharp(image.id, fontconfigFile);
  try {
    return await sharp(Buffer.from(inUserUnits(image)), { density: dpi })
      .png()
      .toBuffer();
  } catch (error) {
    const detail = `sharp could not rasterise it: ${error instanceof Error ? error.message : String(error)}`;
    throw new ChartError('CHART_RENDER', { id: image.id, detail }, {}, error);
  }
}

/**
 * The SVG with a unitless width and height. libvips scales an SVG by density/72 and librsvg
 * converts "pt" with the same density again, which would square the scale.
 */
function inUserUnits(image: ChartDrawing): string {
  return image.svg.replace(/^(<svg\b[^>]*?) width="([\d.]+)pt" height="([\d.]+)pt"/, '$1 width="$2" height="$3"');
}

async function loadSharp(id: string, fontconfigFile: string): Promise<Sharp> {
  if (sharpModule === undefined) {
    if (!existsSync(fontconfigFile)) {
      throw new ChartError('CHART_RENDER', { id, detail: `the fontconfig file ${fontconfigFile} is missing` });
    }
    process.env.FONTCONFIG_FILE = fontconfigFile;
    sharpModule = import('sharp').then((module) => {
      // Charts are small: one libvips thread and no operation cache leave the cores and the
      // memory to the builds running beside (a batch runs one per core).
      module.default.concurrency(1);
      module.default.cache(false);
      return module.default;
    });
  }
  return sharpModule;
}
