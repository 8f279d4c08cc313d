import { existsSync } from 'node:fs';
import type { Font } from 'fontkit';
import { FontError } from '../errors/index.js';
import { openSharedFont } from '../fonts/openSharedFont.js';
import { labelAdvancesOf } from '../fonts/shapingCache.js';
import type { ChartFont } from './types.js';

/** A chart font opened with fontkit (when first measured with), with a cache of the widths measured in it. */
export interface LoadedChartFont {
  readonly face: ChartFont;
  /** The parsed font: parsed on first access, so a chart never measured in the emoji font never parses it. */
  readonly font: Font;
  /** Advance widths in font units, keyed by text: per parsed font, kept between runs (src/fonts/shapingCache.ts). */
  readonly advances: Map<string, number>;
}

/**
 * The chart fonts, each parsed when first used; a missing file is a FontError here, an unreadable
 * one when first used.
 */
export function loadChartFonts(fonts: readonly ChartFont[]): LoadedChartFont[] {
  return fonts.map((face) => {
    if (!existsSync(face.file)) openFont(face);
    let font: Font | undefined;
    return {
      face,
      get font() {
        font ??= openFont(face);
        return font;
      },
      get advances() {
        return labelAdvancesOf(this.font);
      },
    };
  });
}

function openFont(face: ChartFont): Font {
  try {
    // Parsed once per process, shared with the PDF stage (src/fonts/openSharedFont.ts).
    return openSharedFont(face.file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new FontError(
        'FONT_MISSING',
        { family: face.family, style: describeFace(face), file: face.file },
        {},
        error,
      );
    }
    throw new FontError('FONT_UNREADABLE', { file: face.file, reason }, {}, error);
  }
}

function describeFace(face: ChartFont): string {
  if (face.weight === 'normal') return face.style;
  return face.style === 'normal' ? face.weight : `${face.weight} ${face.style}`;
}
