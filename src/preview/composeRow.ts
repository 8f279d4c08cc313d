import sharp, { type OverlayOptions } from 'sharp';
import type { Raster } from './raster.js';

/** A rectangle in pixels, from the top-left corner of an image. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How images are laid side by side. */
export interface RowOptions {
  /** Pixels between images and around them. */
  readonly gap?: number;
  readonly background?: string;
  /** Rectangles outlined on each image (same order as the images). */
  readonly boxes?: readonly (readonly Box[])[];
  readonly boxColour?: string;
}

/**
 * Lays images side by side on a neutral background, top-aligned, and outlines the given
 * rectangles on each: the picture behind contact sheets, side-by-side comparisons and diff images.
 */
export async function composeRow(images: readonly Raster[], options: RowOptions = {}): Promise<Buffer> {
  const gap = options.gap ?? 16;
  const width = images.reduce((sum, image) => sum + image.width, 0) + gap * (images.length + 1);
  const height = Math.max(0, ...images.map((image) => image.height)) + gap * 2;
  const layers: OverlayOptions[] = [];
  let left = gap;
  for (const [index, image] of images.entries()) {
    layers.push({
      input: Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length),
      raw: { width: image.width, height: image.height, channels: 4 },
      left,
      top: gap,
    });
    const boxes = options.boxes?.[index] ?? [];
    if (boxes.length > 0) layers.push({ input: outline(image, boxes, options.boxColour ?? '#e0115f'), left, top: gap });
    left += image.width + gap;
  }
  return sharp({ create: { width, height, channels: 3, background: options.background ?? '#d5d9de' } })
    .composite(layers)
    .png({ compressionLevel: 6 })
    .toBuffer();
}

/** An SVG layer the size of `image` with each box drawn as an outline (no text: no fonts needed). */
function outline(image: Raster, boxes: readonly Box[], colour: string): Buffer {
  const stroke = Math.max(2, Math.round(image.width / 400));
  const rects = boxes
    .map(
      (box) =>
        `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="${colour}" fill-opacity="0.06" stroke="${colour}" stroke-width="${stroke}"/>`,
    )
    .join('');
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${image.width}" height="${image.height}">${rects}</svg>`,
  );
}
