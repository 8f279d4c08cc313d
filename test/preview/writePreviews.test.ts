import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProfileError } from '../../src/errors/index.js';
import { writePreviews } from '../../src/preview/writePreviews.js';
import { temporaryFolder } from '../helpers/project.js';
import { thrown } from '../helpers/thrown.js';
import { makePdf } from './pdfFixtures.js';

/** What the preview does, in order: each page rendered, then written, before the next is rendered. */
const steps: string[] = [];
vi.mock('../../src/preview/rasterisePdf.js', async (original) => {
  const actual = await original<typeof import('../../src/preview/rasterisePdf.js')>();
  return {
    ...actual,
    renderPage: async (...args: Parameters<typeof actual.renderPage>) => {
      const raster = await actual.renderPage(...args);
      steps.push(`render ${raster.page} (${raster.width} px)`);
      return raster;
    },
    rasterisePdf: () => {
      throw new Error('the preview must not render every page at once');
    },
  };
});
vi.mock('../../src/preview/raster.js', async (original) => {
  const actual = await original<typeof import('../../src/preview/raster.js')>();
  return {
    ...actual,
    encodePng: async (raster: Parameters<typeof actual.encodePng>[0]) => {
      steps.push(`write (${raster.width} px)`);
      return actual.encodePng(raster);
    },
  };
});

const tmp = temporaryFolder('profiles-previews-');
afterAll(() => tmp.remove());
beforeAll(async () => {
  const pages = Array.from({ length: 4 }, (_, n) => ({
    text: `Page ${n + 1}`,
    ...(n > 0 ? { pageBreak: 'before' } : {}),
  }));
  mkdirSync(join(tmp.dir, 'en'));
  writeFileSync(join(tmp.dir, 'en', 'bvt.pdf'), await makePdf(pages));
});

describe('writePreviews', () => {
  it('renders page by page, writing each page before the next is rendered, and the contact sheet from small images', async () => {
    const [record] = await writePreviews({
      fromDir: tmp.dir,
      outDir: join(tmp.dir, 'preview'),
      countries: [],
      languages: [],
      dpi: 72,
      sheetPageWidth: 100,
    });
    expect(steps).toEqual([
      'render 1 (596 px)',
      'write (596 px)',
      'render 2 (596 px)',
      'write (596 px)',
      'render 3 (596 px)',
      'write (596 px)',
      'render 4 (596 px)',
      'write (596 px)',
    ]);
    expect(readdirSync(record!.folder).sort()).toEqual([
      'contact-sheet.png',
      'page-1.png',
      'page-2.png',
      'page-3.png',
      'page-4.png',
    ]);
    // Four pages of 100 px and the gaps between them: the sheet is made of the small images.
    const sheet = await sharp(record!.contactSheet).metadata();
    expect(sheet.width).toBeLessThan(4 * 100 + 5 * 10 + 1);
  });

  it('refuses a page that would take more pixels than a preview renders, naming the dpi that fits', async () => {
    const from = join(tmp.dir, 'posters');
    mkdirSync(join(from, 'en'), { recursive: true });
    // A page of 5,000 × 5,000 points: 6,945 pixels a side at 100 dpi, 48 million pixels.
    writeFileSync(
      join(from, 'en', 'bvt.pdf'),
      await makePdf([{ text: 'big' }], undefined, { width: 5000, height: 5000 }),
    );
    const error = await thrown(ProfileError, () =>
      writePreviews({ fromDir: from, outDir: join(tmp.dir, 'poster-preview'), countries: [], languages: [], dpi: 100 }),
    );
    expect(error.format()).toBe(
      `${join(from, 'en', 'bvt.pdf')}: page 1 would be 6945 × 6945 pixels at 100 dpi, more than the 40 million a preview renders [PREVIEW_PAGE_TOO_LARGE]\n` +
        '  hint: preview it with --dpi 91 or less',
    );
  });
});
