import type { FigureChange } from './editFigures.js';
import type { ImportReport } from './importReport.js';
import type { CountryReport, MissingReason, Remark } from './updateDataFiles.js';

const DATASET_NAMES: Record<ImportReport['dataset'], string> = { undesa: 'UN DESA', worldbank: 'World Bank' };

const REASONS: Record<MissingReason, string> = {
  'not-in-dataset': 'not in the dataset',
  'no-value': 'no value in the dataset',
  'no-population-file': 'no --population file given',
  'not-in-population-file': 'not in the population file',
};

const STATUS: Record<CountryReport['status'], string> = {
  updated: 'updated',
  unchanged: 'already up to date',
  absent: 'not in the dataset: file left as it is',
  failed: 'not updated (error below)',
};

/**
 * The report as the console shows it: one block per data file with a line per figure,
 * old → new, then the figures left as they were and why. Errors are printed by the caller.
 */
export function formatImportReport(report: ImportReport): string[] {
  const updated = report.countries.filter((country) => country.status === 'updated').length;
  const written = !report.dryRun && report.refused === 0;
  const verb = written ? 'updated' : 'would update';
  const lines = [
    `${DATASET_NAMES[report.dataset]} ${report.edition}, imported ${report.imported}${report.dryRun ? ' (dry run: nothing written)' : ''}`,
  ];
  for (const country of report.countries) {
    lines.push(
      '',
      `${country.country}  ${country.file}: ${country.status === 'updated' && !written ? 'would be updated' : STATUS[country.status]}`,
    );
    const width = Math.max(0, ...country.changes.map((change) => change.path.length));
    for (const change of country.changes) lines.push(`  ${change.path.padEnd(width)}  ${formatChange(change)}`);
    if (country.status === 'absent') continue;
    for (const missing of country.missing) lines.push(`  ${missing.path}: left as it is (${REASONS[missing.reason]})`);
    for (const remark of country.remarks) lines.push(`  note: ${formatRemark(remark)}`);
  }
  const absent = report.countries.filter((country) => country.status === 'absent').map((country) => country.country);
  const failed = report.countries.filter((country) => country.status === 'failed').length;
  lines.push(
    '',
    `${verb} ${updated} of ${report.countries.length} data file(s)${absent.length ? `; not in the dataset: ${absent.join(', ')}` : ''}${failed ? `; ${failed} failed` : ''}`,
  );
  if (report.refused > 0)
    lines.push(
      `nothing was written: the data files do not accept ${report.refused} value(s) of the dataset (errors below)`,
    );
  return lines;
}

function formatChange(change: FigureChange): string {
  const before = describe(change.before);
  const after = describe(change.after);
  if (!change.changed) return `${before} (unchanged)`;
  if (after === before) return `${before} (same figure; provenance updated)`;
  return `${before} → ${after}`;
}

/** A figure in a few words: its value(s) and year. */
function describe(figure: Readonly<Record<string, unknown>>): string {
  const year = figure.year === undefined ? '' : ` (${String(figure.year)})`;
  const countries = figure.countries;
  if (Array.isArray(countries)) {
    return `${countries.map((entry: { country: string; count: number | null }) => `${entry.country} ${entry.count ?? 'n/a'}`).join(', ') || 'none'}${year}`;
  }
  if ('male' in figure || 'female' in figure) return `${show(figure.male)} / ${show(figure.female)} %${year}`;
  return `${show(figure.value)}${year}`;
}

const show = (value: unknown): string => (value === null || value === undefined ? 'n/a' : String(value));

function formatRemark(remark: Remark): string {
  if (remark.kind === 'earlier-year')
    return `${remark.path}: the latest value for this country is of ${remark.year}; the dataset has values of ${remark.latest} for others (${remark.year} taken)`;
  if (remark.kind === 'total-from-sum')
    return 'no World row for this origin: the total is the sum over every country and area of destination';
  return `destination ${remark.code} ${remark.name || '(no name)'} has no ISO code: counted in the total, not listed (${show(remark.count)})`;
}
