import sharp from 'sharp';
import { composeRow } from './composeRow.js';
import type { Raster } from './raster.js';

/** How large the pages of a contact sheet are. */
export interface ContactSheetOptions {
  /** Width of each page on the sheet, in pixels (pages rendered narrower keep their size). */
  readonly pageWidth?: number;
}

/** All pages of a profile side by side in one PNG, in page order, on a grey background. */
export async function buildContactSheet(pages: readonly Raster[], options: ContactSheetOptions = {}): Promise<Buffer> {
  const pageWidth = options.pageWidth ?? 300;
  const thumbnails = [];
  for (const page of pages) thumbnails.push(await shrinkPage(page, pageWidth));
  return composeContactSheet(thumbnails, options);
}

/**
 * The contact sheet from pages already shrunk to its page width (shrinkPage): a caller that
 * renders page by page keeps only these small images, never every full page at once.
 */
export function composeContactSheet(thumbnails: readonly Raster[], options: ContactSheetOptions = {}): Promise<Buffer> {
  const pageWidth = options.pageWidth ?? 300;
  return composeRow(thumbnails, { gap: Math.max(8, Math.round(pageWidth / 20)) });
}

/** A page shrunk to `width` pixels wide (a page already that narrow is kept as it is). */
export async function shrinkPage(page: Raster, width: number): Promise<Raster> {
  if (page.width <= width) return page;
  const { data, info } = await sharp(page.data, { raw: { width: page.width, height: page.height, channels: 4 } })
    .resize({ width, kernel: 'lanczos3' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}
