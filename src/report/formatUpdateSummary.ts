import type { ExportChange } from './diffExport.js';
import type { DataChange, EditionChange, UpdateReport } from './updateReport.js';

/**
 * The report in a few lines for the console: one line per edition (unchanged ones grouped),
 * one per data change, and where the HTML report is.
 */
export function formatUpdateSummary(report: UpdateReport, shown: (file: string) => string = (file) => file): string[] {
  const lines: string[] = [];
  const unchanged = report.editions.filter((edition) => edition.status === 'unchanged');
  for (const edition of report.editions.filter((candidate) => candidate.status !== 'unchanged'))
    lines.push(describeEdition(edition));
  if (unchanged.length > 0)
    lines.push(`unchanged: ${unchanged.map((edition) => `${edition.country} ${edition.lang}`).join(', ')}`);
  if (report.dataFiles) {
    lines.push(`data: ${report.data.length} value(s) changed`);
    for (const change of report.data) lines.push(`  ${describeData(change)}`);
  }
  if (report.exported) {
    lines.push(`data export: ${report.exported.length} figure(s) changed`);
    for (const change of report.exported) lines.push(`  ${describeExport(change)}`);
  }
  if (report.file) lines.push(`report: ${shown(report.file)}`);
  return lines;
}

/** "MLI emigration.inEu value: 180863 → 181000". */
export function describeExport(change: ExportChange): string {
  const head = `${change.country} ${change.figure}${change.field === change.figure ? '' : ` ${change.field}`}`;
  if (change.change === 'added') return `${head}: added (${show(change.after)})`;
  if (change.change === 'removed') return `${head}: removed (was ${show(change.before)})`;
  return `${head}: ${show(change.before)} → ${show(change.after)}`;
}

function show(value: unknown): string {
  return value === null || value === undefined ? 'n/a' : typeof value === 'string' ? value : JSON.stringify(value);
}

function describeEdition(edition: EditionChange): string {
  const head = `${edition.country} ${edition.lang}`;
  if (edition.status === 'added') return `${head}: new edition (${edition.pagesAfter} pages)`;
  if (edition.status === 'removed') return `${head}: edition removed (had ${edition.pagesBefore} pages)`;
  const count =
    edition.pagesBefore === edition.pagesAfter
      ? `${edition.pagesAfter} pages`
      : `${edition.pagesBefore} → ${edition.pagesAfter} pages`;
  const pages = edition.pages.map((page) => {
    if (page.status !== 'changed') return `p. ${page.page} ${page.status}`;
    return `p. ${page.page} (${page.regions.length} region(s), −${page.removedLines.length} +${page.addedLines.length} lines)`;
  });
  return `${head}: ${edition.pages.length} of ${count} changed: ${pages.join(', ')}`;
}

function describeData(change: DataChange): string {
  const where =
    change.seenOn.length > 0
      ? `  [seen on ${change.seenOn.map((seen) => `${seen.lang} p. ${seen.page}`).join(', ')}]`
      : '';
  const line = change.line === null ? '' : ` (line ${change.line})`;
  const [before, after] =
    typeof change.before === 'string' && typeof change.after === 'string'
      ? aroundChange(change.before, change.after)
      : [short(change.before), short(change.after)];
  return `${change.country} ${change.path}${line}: ${before} → ${after}${where}`;
}

/** Two texts shown around what changed: `"…ce qui inclut les…"` → `"…ce qui comprend les…"`. */
function aroundChange(before: string, after: string): [string, string] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end += 1;
  const context = 16;
  const cut = (text: string) => {
    const from = Math.max(0, start - context);
    const to = Math.min(text.length, text.length - end + context);
    const middle = text.slice(from, to);
    return JSON.stringify(
      `${from > 0 ? '…' : ''}${middle.length > 90 ? `${middle.slice(0, 89)}…` : middle}${to < text.length ? '…' : ''}`,
    );
  };
  return [cut(before), cut(after)];
}

function short(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

/** The report as JSON for scripts: everything but the pictures, paths as shown. */
export function updateReportJson(
  report: UpdateReport,
  shown: (file: string) => string = (file) => file,
): Record<string, unknown> {
  const path = (file: string | null) => (file === null ? null : shown(file));
  return {
    changed: report.changed,
    before: path(report.before),
    after: path(report.after),
    settings: report.settings,
    report: path(report.file),
    editions: report.editions.map((edition) => ({
      ...edition,
      before: path(edition.before),
      after: path(edition.after),
      pages: edition.pages.map(({ image: _image, ...page }) => page),
    })),
    dataFiles: report.dataFiles
      ? { before: shown(report.dataFiles.before), after: shown(report.dataFiles.after) }
      : null,
    data: report.data,
    exported: report.exported,
  };
}
