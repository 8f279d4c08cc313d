import { describe, expect, it } from 'vitest';
import { comparePages } from '../../src/preview/comparePages.js';
import { findChangedRegions } from '../../src/preview/findChangedRegions.js';
import { blankRaster, type Raster } from '../../src/preview/raster.js';

/** A white raster with black rectangles [x, y, width, height]. */
function drawing(width: number, height: number, rectangles: [number, number, number, number][]): Raster {
  const raster = blankRaster(width, height);
  for (const [x0, y0, w, h] of rectangles) {
    for (let y = y0; y < y0 + h; y += 1)
      for (let x = x0; x < x0 + w; x += 1) raster.data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
  }
  return raster;
}

describe('comparePages', () => {
  it('finds no change between identical pages', () => {
    const page = drawing(100, 140, [[10, 10, 30, 8]]);
    const difference = comparePages(page, drawing(100, 140, [[10, 10, 30, 8]]));
    expect([difference.changedPixels, difference.regions]).toEqual([0, []]);
  });

  it('counts the changed pixels and outlines each cluster of them', () => {
    const before = drawing(200, 280, [
      [10, 10, 30, 8],
      [20, 200, 40, 10],
    ]);
    const after = drawing(200, 280, [
      [10, 10, 34, 8],
      [20, 200, 40, 10],
      [150, 120, 10, 10],
    ]);
    const difference = comparePages(before, after, { regions: { cell: 8, reach: 1, padding: 0 } });
    expect(difference.changedPixels).toBe(4 * 8 + 100);
    expect(difference.changedShare).toBeCloseTo(132 / (200 * 280));
    expect(difference.regions).toEqual([
      { x: 40, y: 8, width: 8, height: 16 },
      { x: 144, y: 120, width: 16, height: 16 },
    ]);
  });

  it('compares pages of different sizes on the larger one', () => {
    const difference = comparePages(drawing(100, 100, []), drawing(100, 120, [[0, 110, 10, 10]]));
    expect([difference.width, difference.height, difference.changedPixels]).toEqual([100, 120, 100]);
  });
});

describe('findChangedRegions', () => {
  it('joins changed pixels a few cells apart into one region and keeps distant ones apart', () => {
    const width = 100;
    const mask = new Uint8Array(width * 100);
    for (const [x, y] of [
      [10, 10],
      [20, 12],
      [90, 90],
    ] as const)
      mask[y * width + x] = 1;
    expect(findChangedRegions(mask, width, 100, { cell: 5, reach: 2, padding: 1 })).toEqual([
      { x: 9, y: 9, width: 17, height: 7 },
      { x: 89, y: 89, width: 7, height: 7 },
    ]);
  });
});
