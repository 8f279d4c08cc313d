import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { BuildError, DataError } from '../errors/index.js';
import { findOutputPdfs, type OutputFilter, type OutputPdf } from '../preview/findOutputPdfs.js';
import { readRegularFile } from '../project/readRegularFile.js';
import { compareEdition, type EditionPair } from './compareEdition.js';
import { diffData } from './diffData.js';
import { locateDataChanges } from './locateDataChanges.js';
import type { ComparisonSettings, DataChange, DataFiles, EditionChange, UpdateReport } from './updateReport.js';
import { writeReport } from './writeReport.js';

/** How to compare two builds. */
export interface CompareOutputsOptions extends OutputFilter {
  /** Resolution pages are compared and shown at (default 75 dpi). */
  readonly dpi?: number;
  /** pixelmatch colour threshold, 0–1 (default 0.1). */
  readonly threshold?: number;
  /** A page with at most this many changed pixels (and the same text) is unchanged (default 0). */
  readonly minChangedPixels?: number;
  /** Two versions of the data: two YAML files, or two folders of them (paired by file name). */
  readonly data?: DataFiles;
  /** Write `report.html` into this folder. */
  readonly reportDir?: string;
  /** How file names show in the report (for example relative to the project folder). */
  readonly shownPath?: (file: string) => string;
  /** Called as each edition is compared (progress). */
  readonly onEdition?: (edition: EditionChange) => void;
  /** Aborted when the user asks to stop (Ctrl-C): the comparison stops between two profiles, no report is written. */
  readonly signal?: AbortSignal | undefined;
}

/** The default comparison settings. */
export const DEFAULT_COMPARISON: ComparisonSettings = { dpi: 75, threshold: 0.1, minChangedPixels: 0 };

/**
 * Compares two builds: `before` and `after` are two output folders (`<dir>/<lang>/<iso3>.pdf`)
 * or two PDF files. Steps:
 *
 * 1. pair the PDFs by country and language;
 * 2. compare each pair page by page (pixels and text lines);
 * 3. given two versions of the data, list the values that changed and the pages they show on;
 * 4. write the HTML report when `reportDir` is given.
 *
 * `profiles diff` and `profiles build --compare-to` both call this.
 */
export async function compareOutputs(
  before: string,
  after: string,
  options: CompareOutputsOptions = {},
): Promise<UpdateReport> {
  const settings: ComparisonSettings = {
    dpi: options.dpi ?? DEFAULT_COMPARISON.dpi,
    threshold: options.threshold ?? DEFAULT_COMPARISON.threshold,
    minChangedPixels: options.minChangedPixels ?? DEFAULT_COMPARISON.minChangedPixels,
  };
  const pairs = pairOutputs(resolve(before), resolve(after), options);
  const editions: EditionChange[] = [];
  for (const pair of pairs) {
    if (options.signal?.aborted) {
      throw new BuildError('COMMAND_INTERRUPTED', {
        command: 'the comparison',
        done: `after ${editions.length} of ${pairs.length} profile(s); no report was written`,
      });
    }
    const edition = await compareEdition(pair, settings);
    editions.push(edition);
    options.onEdition?.(edition);
  }
  const data = options.data
    ? locateDataChanges(compareData(options.data, options.shownPath ?? ((file) => file)), editions)
    : [];
  const report: UpdateReport = {
    before: resolve(before),
    after: resolve(after),
    settings,
    editions,
    dataFiles: options.data ?? null,
    data,
    file: null,
    changed: editions.some((edition) => edition.status !== 'unchanged') || data.length > 0,
  };
  if (options.reportDir === undefined) return report;
  return { ...report, file: writeReport(report, options.reportDir, options.shownPath) };
}

/** Step 1: the editions of two folders (matched by country and language), or two PDFs. */
export function pairOutputs(before: string, after: string, filter: OutputFilter = {}): EditionPair[] {
  const beforeIsFile = existsSync(before) && statSync(before).isFile();
  const afterIsFile = existsSync(after) && statSync(after).isFile();
  if (beforeIsFile !== afterIsFile) throw new BuildError('DIFF_MIXED_INPUTS', { before, after });
  if (beforeIsFile) {
    const before_ = describePdf(before);
    const after_ = describePdf(after);
    return [{ country: after_.country, lang: after_.lang, before: before_, after: after_ }];
  }
  const old = findOutputPdfs(before, filter);
  const current = findOutputPdfs(after, filter);
  if (old.length === 0) throw new BuildError('PREVIEW_NO_PDF', { dir: before });
  if (current.length === 0) throw new BuildError('PREVIEW_NO_PDF', { dir: after });
  const key = (pdf: OutputPdf) => `${pdf.country}/${pdf.lang}`;
  const keys = [...new Set([...current.map(key), ...old.map(key)])];
  return keys.map((id) => {
    const [country = '', lang = ''] = id.split('/');
    return {
      country,
      lang,
      before: old.find((pdf) => key(pdf) === id) ?? null,
      after: current.find((pdf) => key(pdf) === id) ?? null,
    };
  });
}

/** A PDF given by name: its country from the file name, its language from its folder (as the build writes them). */
function describePdf(file: string): OutputPdf {
  if (!existsSync(file)) throw new BuildError('PREVIEW_UNREADABLE_PDF', { reason: 'no such file' }, { file });
  const country = /^([A-Za-z]{3})\.pdf$/i.exec(basename(file))?.[1]?.toUpperCase() ?? basename(file);
  const folder = basename(dirname(file));
  return { country, lang: /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(folder) ? folder : '–', file };
}

/** Step 3: the data changes of two files, or of the files two folders share by name. */
function compareData(files: DataFiles, shown: (file: string) => string): DataChange[] {
  const pairs = dataPairs(resolve(files.before), resolve(files.after));
  return pairs.flatMap(([old, current]) => {
    const country = basename(current)
      .replace(/\.ya?ml$/i, '')
      .toUpperCase();
    return diffData(
      { text: readData(old), file: shown(old) },
      { text: readData(current), file: shown(current) },
      country,
    );
  });
}

function dataPairs(before: string, after: string): [string, string][] {
  if (existsSync(before) && statSync(before).isDirectory()) {
    const old = yamlFiles(before);
    return yamlFiles(after)
      .filter((name) => old.includes(name))
      .map((name) => [join(before, name), join(after, name)]);
  }
  return [[before, after]];
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => /^[a-z]{3}\.ya?ml$/i.test(name))
    .sort();
}

function readData(file: string): string {
  try {
    return readRegularFile(file).toString('utf8');
  } catch (error) {
    throw new DataError(
      'DATA_UNREADABLE',
      { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message },
      { file },
      error,
    );
  }
}
