import type { Font } from 'fontkit';
import { FontError } from '../errors/index.js';
import { openSharedFont } from '../fonts/openSharedFont.js';
import type { ChartFont } from './types.js';

/** A chart font opened with fontkit, with a cache of the widths measured in it. */
export interface LoadedChartFont {
  readonly face: ChartFont;
  readonly font: Font;
  /** Advance widths in font units, keyed by text. */
  readonly advances: Map<string, number>;
}

/** Opens the TTF files of the chart fonts; a missing or unreadable file is a FontError. */
export function loadChartFonts(fonts: readonly ChartFont[]): LoadedChartFont[] {
  return fonts.map((face) => ({ face, font: openFont(face), advances: new Map<string, number>() }));
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
