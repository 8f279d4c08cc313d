import pixelmatch from 'pixelmatch';
import type { Box } from './composeRow.js';
import { findChangedRegions, type RegionOptions } from './findChangedRegions.js';
import { padRaster, type Raster } from './raster.js';

/** How two renderings of a page are compared. */
export interface CompareOptions {
  /**
   * pixelmatch's colour threshold (0–1): how different two pixels must be to count as changed.
   * 0.1 ≈ 26 grey levels out of 255.
   */
  readonly threshold?: number;
  /** Count pixels pixelmatch takes for anti-aliasing as changed too (default: no). */
  readonly includeAntiAliasing?: boolean;
  readonly regions?: RegionOptions;
}

/** What changed between two renderings of a page. */
export interface PageDifference {
  readonly width: number;
  readonly height: number;
  readonly changedPixels: number;
  /** changedPixels / (width × height). */
  readonly changedShare: number;
  /** Rectangles around the clusters of changed pixels. */
  readonly regions: readonly Box[];
  /** pixelmatch's diff picture: the page faded, changed pixels in red. */
  readonly diff: Raster;
}

/**
 * Compares two renderings of a page pixel by pixel with pixelmatch. Pages of different sizes
 * are compared on the larger size (the missing area counts as white).
 */
export function comparePages(before: Raster, after: Raster, options: CompareOptions = {}): PageDifference {
  const width = Math.max(before.width, after.width);
  const height = Math.max(before.height, after.height);
  const a = padRaster(before, width, height);
  const b = padRaster(after, width, height);
  const diff = new Uint8Array(width * height * 4);
  const changedPixels = pixelmatch(a.data, b.data, diff, width, height, {
    threshold: options.threshold ?? 0.1,
    includeAA: options.includeAntiAliasing ?? false,
    alpha: 0.15,
    diffColor: [224, 17, 95],
    aaColor: [255, 210, 0],
  });
  const mask = new Uint8Array(width * height);
  if (changedPixels > 0) {
    for (let i = 0; i < mask.length; i += 1) {
      // pixelmatch paints changed pixels in diffColor; nothing else in the faded page is that red.
      if (diff[i * 4] === 224 && diff[i * 4 + 1] === 17 && diff[i * 4 + 2] === 95) mask[i] = 1;
    }
  }
  return {
    width,
    height,
    changedPixels,
    changedShare: changedPixels / (width * height),
    regions: changedPixels > 0 ? findChangedRegions(mask, width, height, options.regions) : [],
    diff: { width, height, data: diff },
  };
}
