import type { Box } from './composeRow.js';

/** How changed pixels are grouped into regions. */
export interface RegionOptions {
  /** Side of the grid cells changed pixels are counted in (px). */
  readonly cell?: number;
  /** Changed cells this many cells apart or closer belong to one region. */
  readonly reach?: number;
  /** Pixels added around each region so the outline does not cover what changed. */
  readonly padding?: number;
}

/**
 * Groups the changed pixels of a page (a mask, 1 = changed) into a few rectangles a reader can
 * look at: the mask is reduced to a grid of cells, nearby changed cells are joined into
 * clusters, and each cluster becomes its bounding box. Overlapping boxes are merged.
 */
export function findChangedRegions(
  mask: Uint8Array,
  width: number,
  height: number,
  options: RegionOptions = {},
): Box[] {
  const cell = options.cell ?? 8;
  const reach = options.reach ?? 2;
  const padding = options.padding ?? 3;
  const columns = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const changed = new Uint8Array(columns * rows);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (mask[y * width + x]) changed[Math.floor(y / cell) * columns + Math.floor(x / cell)] = 1;
    }
  }
  const boxes = clusterCells(changed, columns, rows, reach).map(([c0, r0, c1, r1]) => {
    const x = Math.max(0, c0 * cell - padding);
    const y = Math.max(0, r0 * cell - padding);
    return {
      x,
      y,
      width: Math.min(width, (c1 + 1) * cell + padding) - x,
      height: Math.min(height, (r1 + 1) * cell + padding) - y,
    };
  });
  return mergeOverlapping(boxes);
}

/** Connected clusters of changed cells (neighbours within `reach` cells), as [col0, row0, col1, row1]. */
function clusterCells(
  changed: Uint8Array,
  columns: number,
  rows: number,
  reach: number,
): [number, number, number, number][] {
  const seen = new Uint8Array(changed.length);
  const clusters: [number, number, number, number][] = [];
  for (let start = 0; start < changed.length; start += 1) {
    if (!changed[start] || seen[start]) continue;
    const extent: [number, number, number, number] = [columns, rows, -1, -1];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const index = stack.pop()!;
      const column = index % columns;
      const row = Math.floor(index / columns);
      extent[0] = Math.min(extent[0], column);
      extent[1] = Math.min(extent[1], row);
      extent[2] = Math.max(extent[2], column);
      extent[3] = Math.max(extent[3], row);
      for (let dy = -reach; dy <= reach; dy += 1) {
        for (let dx = -reach; dx <= reach; dx += 1) {
          const c = column + dx;
          const r = row + dy;
          if (c < 0 || r < 0 || c >= columns || r >= rows) continue;
          const next = r * columns + c;
          if (changed[next] && !seen[next]) {
            seen[next] = 1;
            stack.push(next);
          }
        }
      }
    }
    clusters.push(extent);
  }
  return clusters;
}

/** Merges boxes that overlap until none do; sorted top to bottom, left to right. */
function mergeOverlapping(boxes: Box[]): Box[] {
  const result = [...boxes];
  for (let merged = true; merged; ) {
    merged = false;
    outer: for (let i = 0; i < result.length; i += 1) {
      for (let j = i + 1; j < result.length; j += 1) {
        const a = result[i]!;
        const b = result[j]!;
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
          const x = Math.min(a.x, b.x);
          const y = Math.min(a.y, b.y);
          result[i] = {
            x,
            y,
            width: Math.max(a.x + a.width, b.x + b.width) - x,
            height: Math.max(a.y + a.height, b.y + b.height) - y,
          };
          result.splice(j, 1);
          merged = true;
          break outer;
        }
      }
    }
  }
  return result.sort((a, b) => a.y - b.y || a.x - b.x);
}
