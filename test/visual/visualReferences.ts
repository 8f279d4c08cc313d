import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparePages } from '../../src/preview/comparePages.js';
import { composeRow } from '../../src/preview/composeRow.js';
import { decodePng, encodeGreyPng, type Raster, toGreyLevels } from '../../src/preview/raster.js';
import { rasterisePdf } from '../../src/preview/rasterisePdf.js';

/**
 * Visual regression: every page of a built PDF is rendered small and grey and compared with a
 * committed reference PNG. The settings are documented in docs/previews.md; change them only
 * together with the references (npm run test:update-visual).
 */
export const VISUAL = {
  /** Resolution of the references: an A4 page is 331 × 468 px, a line of body text 5 px high. */
  dpi: 40,
  /** Grey levels kept (4-bit palette PNGs of about 10 KB a page). */
  levels: 16,
  /**
   * pixelmatch's colour threshold: a pixel counts as changed when its grey differs by more than
   * about 26 of 255 — more than one of the 16 levels (17 apart), so rounding of an
   * anti-aliased edge into the next level on another machine never counts.
   */
  threshold: 0.1,
  /**
   * Most pixels of a page that may change (share of the page) before the test fails:
   * 0.005 % = 7 pixels of 154,908. A changed figure in a tile changes about 60, one changed word
   * of body text 15–30; rendering on another machine changes none (fonts are embedded and drawn
   * as outlines).
   */
  maxChangedShare: 0.00005,
} as const;

export const VISUAL_DIR = import.meta.dirname;
export const REFERENCES_DIR = join(VISUAL_DIR, 'references');
export const DIFF_DIR = join(VISUAL_DIR, '__diff__');
const MANIFEST = join(REFERENCES_DIR, 'manifest.json');

/** What the references were made from and how many pages each edition has. */
export interface Manifest {
  readonly dpi: number;
  readonly levels: number;
  readonly editions: Record<string, { readonly pages: number }>;
}

/** The pages of a PDF as the references hold them: small and grey. */
export async function renderForReference(pdf: string): Promise<Raster[]> {
  return (await rasterisePdf(pdf, { dpi: VISUAL.dpi })).map((page) => toGreyLevels(page, VISUAL.levels));
}

export function readManifest(): Manifest | null {
  return existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest) : null;
}

/** The reference PNG of page `page` of an edition (`mli.fr`). */
export function referenceFile(edition: string, page: number): string {
  return join(REFERENCES_DIR, edition, `page-${page}.png`);
}

/** Replaces the references of an edition with `pages` and records it in the manifest. */
export async function writeReferences(edition: string, pages: readonly Raster[]): Promise<void> {
  const folder = join(REFERENCES_DIR, edition);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [index, page] of pages.entries())
    writeFileSync(referenceFile(edition, index + 1), await encodeGreyPng(page));
  const manifest = readManifest();
  const editions = { ...manifest?.editions, [edition]: { pages: pages.length } };
  const sorted = Object.fromEntries(Object.entries(editions).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(MANIFEST, `${JSON.stringify({ dpi: VISUAL.dpi, levels: VISUAL.levels, editions: sorted }, null, 2)}\n`);
}

/** A page that no longer looks like its reference. */
export interface VisualFailure {
  readonly page: number;
  readonly changedPixels: number;
  readonly changedShare: number;
  /** reference | now | changed pixels, changed regions outlined. */
  readonly diffFile: string;
}

/**
 * Compares the pages of an edition with its references; writes a diff picture into
 * test/visual/__diff__/ (git-ignored) for each page over the tolerance, and removes the
 * edition's old diff pictures first.
 */
export async function compareWithReferences(
  edition: string,
  pages: readonly Raster[],
  referencePages: number,
): Promise<VisualFailure[]> {
  if (existsSync(DIFF_DIR)) {
    for (const name of readdirSync(DIFF_DIR).filter((file) => file.startsWith(`${edition}.`)))
      rmSync(join(DIFF_DIR, name));
  }
  const failures: VisualFailure[] = [];
  for (const [index, page] of pages.slice(0, referencePages).entries()) {
    const number = index + 1;
    const reference = await decodePng(referenceFile(edition, number));
    const difference = comparePages(reference, page, {
      threshold: VISUAL.threshold,
      regions: { cell: 4, reach: 2, padding: 2 },
    });
    if (difference.changedShare <= VISUAL.maxChangedShare) continue;
    const diffFile = join(DIFF_DIR, `${edition}.page-${number}.png`);
    mkdirSync(DIFF_DIR, { recursive: true });
    const boxes = difference.regions;
    writeFileSync(
      diffFile,
      await composeRow([reference, page, difference.diff], { gap: 8, boxes: [boxes, boxes, boxes] }),
    );
    failures.push({
      page: number,
      changedPixels: difference.changedPixels,
      changedShare: difference.changedShare,
      diffFile,
    });
  }
  return failures;
}
