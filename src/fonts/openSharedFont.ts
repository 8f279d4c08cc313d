import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'fontkit';

/**
 * Parsed fonts, shared by everything in the process that sets or measures text: the font
 * registry (coverage), the chart renderer (text widths) and pdfkit (our patch to pdfkit reads
 * this same map, under the same key), so each font file is parsed once. fontkit is loaded
 * through `require`, as pdfkit loads it, so there is one fontkit in the process.
 */
const SHARED = Symbol.for('pdfkit.sharedFontsByPath');
const shared = globalThis as Record<symbol, unknown>;
shared[SHARED] ??= new Map<string, Font>();
const registry = shared[SHARED] as Map<string, Font>;
const require = createRequire(import.meta.url);
let fontkit: typeof import('fontkit') | undefined;

/** The parsed font at `path` (an absolute path), parsed on first use. Throws what fontkit or the file system throws. */
export function openSharedFont(path: string): Font {
  const key = `${path}\u0000`;
  let font = registry.get(key);
  if (!font) {
    fontkit ??= require('fontkit') as typeof import('fontkit');
    const opened = fontkit.create(readFileSync(path));
    if ('fonts' in opened) throw new Error('a font collection, not a single font');
    font = opened;
    registry.set(key, font);
  }
  return font;
}
