import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../project/writeAtomic.js';
import { anchor, renderReportHtml } from './renderReportHtml.js';
import type { UpdateReport } from './updateReport.js';

/** Above this many bytes of pictures, they are written beside the report instead of inside it. */
const EMBED_LIMIT = 20 * 1024 * 1024;

/**
 * Writes `report.html` into `dir`. Pictures are embedded as data URIs, so the report is one
 * file to open or send; a very large report (hundreds of changed pages) gets its pictures in
 * `report-images/` beside it instead, so browsers stay responsive. Returns the report's path.
 */
export function writeReport(
  report: UpdateReport,
  dir: string,
  shown?: (file: string) => string,
  embedLimit = EMBED_LIMIT,
): string {
  const pages = report.editions.flatMap((edition) => edition.pages.map((page) => ({ edition, page })));
  const bytes = pages.reduce((sum, { page }) => sum + page.image.length, 0);
  const imagesDir = join(dir, 'report-images');
  rmSync(imagesDir, { recursive: true, force: true });
  const embed = bytes <= embedLimit;
  if (!embed) {
    for (const { edition, page } of pages) writeAtomic(join(imagesDir, `${anchor(edition, page)}.png`), page.image);
  }
  const html = renderReportHtml(
    report,
    (edition, page) =>
      embed ? `data:image/png;base64,${page.image.toString('base64')}` : `report-images/${anchor(edition, page)}.png`,
    shown,
  );
  const file = join(dir, 'report.html');
  writeAtomic(file, html);
  return file;
}
