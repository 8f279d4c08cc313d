import sharp from 'sharp';

/** A rendered page or image: RGBA pixels, 4 bytes a pixel, row by row, opaque. */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** A blank raster filled with one grey level (255 = white). */
export function blankRaster(width: number, height: number, grey = 255): Raster {
  const data = new Uint8Array(width * height * 4).fill(grey);
  return { width, height, data };
}

/** The raster enlarged to `width` × `height`, the new area white (pages of different sizes compare whole). */
export function padRaster(raster: Raster, width: number, height: number): Raster {
  if (raster.width === width && raster.height === height) return raster;
  const out = blankRaster(width, height);
  for (let y = 0; y < raster.height; y += 1) {
    out.data.set(raster.data.subarray(y * raster.width * 4, (y + 1) * raster.width * 4), y * width * 4);
  }
  return out;
}

/**
 * The raster in `levels` grey levels (still RGBA). Visual references are stored this way:
 * PNGs of a few kilobytes, and a rendering difference smaller than one level never shows.
 */
export function toGreyLevels(raster: Raster, levels: number): Raster {
  const step = 255 / (levels - 1);
  const data = new Uint8Array(raster.data.length);
  for (let i = 0; i < data.length; i += 4) {
    const luma = 0.299 * raster.data[i]! + 0.587 * raster.data[i + 1]! + 0.114 * raster.data[i + 2]!;
    const grey = Math.round(Math.round(luma / step) * step);
    data[i] = grey;
    data[i + 1] = grey;
    data[i + 2] = grey;
    data[i + 3] = 255;
  }
  return { width: raster.width, height: raster.height, data };
}

/** Encodes a raster as an RGB PNG (zlib level 6: a third larger than level 9, eight times faster). */
export function encodePng(raster: Raster): Promise<Buffer> {
  return sharp(raster.data, { raw: { width: raster.width, height: raster.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}

/**
 * Encodes a grey raster (from toGreyLevels, at most 16 levels) as a 4-bit palette PNG:
 * lossless for such rasters, and about a quarter of the size of an 8-bit one.
 */
export function encodeGreyPng(raster: Raster): Promise<Buffer> {
  return sharp(raster.data, { raw: { width: raster.width, height: raster.height, channels: 4 } })
    .removeAlpha()
    .png({ palette: true, colours: 16, dither: 0, compressionLevel: 9, effort: 10 })
    .toBuffer();
}

/** Decodes a PNG (any kind) into an opaque RGBA raster. */
export async function decodePng(png: Buffer | string): Promise<Raster> {
  const { data, info } = await sharp(png)
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}
