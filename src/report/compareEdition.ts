import { readFileSync } from 'node:fs';
import { comparePages } from '../preview/comparePages.js';
import { composeRow } from '../preview/composeRow.js';
import { groupLines, type PageText, readItems } from '../preview/extractText.js';
import type { OutputPdf } from '../preview/findOutputPdfs.js';
import { withPdf } from '../preview/openPdf.js';
import { blankRaster, type Raster } from '../preview/raster.js';
import { type PageRaster, renderPage } from '../preview/rasterisePdf.js';
import { diffLines } from './diffLines.js';
import type { ComparisonSettings, EditionChange, PageChange, Region } from './updateReport.js';

/** The two PDFs of one profile in one language (either may be missing). */
export interface EditionPair {
  readonly country: string;
  readonly lang: string;
  readonly before: OutputPdf | null;
  readonly after: OutputPdf | null;
}

/**
 * Compares the old and new PDF of one edition. Identical bytes are unchanged without
 * rendering anything; otherwise both are rendered at `settings.dpi` and compared page by page
 * (pixels and text lines). A page is changed when more than `minChangedPixels` pixels differ
 * or a line of its text was added or removed.
 */
export async function compareEdition(pair: EditionPair, settings: ComparisonSettings): Promise<EditionChange> {
  const started = performance.now();
  const base = {
    country: pair.country,
    lang: pair.lang,
    before: pair.before?.file ?? null,
    after: pair.after?.file ?? null,
  };
  const elapsed = () => Math.round(performance.now() - started);
  if (pair.before && pair.after && readFileSync(pair.before.file).equals(readFileSync(pair.after.file))) {
    const pages = await countPages(pair.after.file);
    return { ...base, status: 'unchanged', pagesBefore: pages, pagesAfter: pages, pages: [], milliseconds: elapsed() };
  }
  const [oldPages, oldText] = pair.before ? await read(pair.before.file, settings.dpi) : [[], []];
  const [newPages, newText] = pair.after ? await read(pair.after.file, settings.dpi) : [[], []];
  const pages: PageChange[] = [];
  for (let number = 1; number <= Math.max(oldPages.length, newPages.length); number += 1) {
    const change = await comparePage(
      number,
      oldPages[number - 1],
      newPages[number - 1],
      oldText[number - 1],
      newText[number - 1],
      settings,
    );
    if (change) pages.push(change);
  }
  const status = !pair.before ? 'added' : !pair.after ? 'removed' : pages.length > 0 ? 'changed' : 'unchanged';
  return {
    ...base,
    status,
    pagesBefore: pair.before ? oldPages.length : null,
    pagesAfter: pair.after ? newPages.length : null,
    pages,
    milliseconds: elapsed(),
  };
}

/** Every page of a PDF rendered and its text read, from one opening of the file. */
function read(file: string, dpi: number): Promise<[PageRaster[], PageText[]]> {
  return withPdf(file, async (document) => {
    const rasters: PageRaster[] = [];
    const texts: PageText[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      rasters.push(await renderPage(document, number, dpi));
      texts.push({ page: number, lines: groupLines((await readItems(await document.getPage(number))).items) });
    }
    return [rasters, texts];
  });
}

function countPages(file: string): Promise<number> {
  return withPdf(file, async (document) => document.numPages);
}

async function comparePage(
  number: number,
  before: PageRaster | undefined,
  after: PageRaster | undefined,
  oldText: PageText | undefined,
  newText: PageText | undefined,
  settings: ComparisonSettings,
): Promise<PageChange | null> {
  const shape = (before ?? after)!;
  const oldImage: Raster = before ?? blankRaster(shape.width, shape.height, 235);
  const newImage: Raster = after ?? blankRaster(shape.width, shape.height, 235);
  const difference = comparePages(oldImage, newImage, { threshold: settings.threshold });
  const lines = diffLines(oldText?.lines ?? [], newText?.lines ?? []);
  const textChanged = lines.added.length + lines.removed.length > 0;
  if (before && after && difference.changedPixels <= settings.minChangedPixels && !textChanged) return null;
  const boxes = before && after ? difference.regions : [];
  const toPoints = (px: number) => Math.round((px * 72 * 10) / settings.dpi) / 10;
  const regions: Region[] = boxes.map((box) => ({
    x: toPoints(box.x),
    y: toPoints(box.y),
    width: toPoints(box.width),
    height: toPoints(box.height),
  }));
  return {
    page: number,
    status: !before ? 'added' : !after ? 'removed' : 'changed',
    changedPixels: difference.changedPixels,
    changedShare: difference.changedShare,
    regions,
    removedLines: lines.removed,
    addedLines: lines.added,
    image: await composeRow([oldImage, newImage], { gap: 12, boxes: [boxes, boxes] }),
  };
}
