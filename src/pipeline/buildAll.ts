import { createHash } from 'node:crypto';
import { readdirSync, rmSync, type Stats, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BuildError, DataError, ProfileError, profileErrorsOf } from '../errors/index.js';
import { type AcknowledgedFinding, applyAcknowledgements } from '../model/acknowledge.js';
import { checkSignatureCopies, type FigureSignature } from '../model/checkCopies.js';
import { type Finding, sortFindings } from '../model/checkFinding.js';
import { type DataFile, findDataFiles } from '../project/findDataFiles.js';
import { loadSeries } from '../project/loadSeries.js';
import { displayPath, type ProjectPaths } from '../project/projectPaths.js';
import { readDataBytes } from '../project/readDataFile.js';
import { seriesFileText } from '../project/readProfileFile.js';
import { readFailure } from '../project/readRegularFile.js';
import { findStaleOutputs, removeOutputs, type StaleOutput } from '../project/staleOutputs.js';
import { sweepTemporaryFiles, writeAtomic, writeTogether } from '../project/writeAtomic.js';
import {
  type BuildCache,
  type CacheEntry,
  filesIntact,
  outputKey,
  readCache,
  writeCache,
  writtenFile,
} from './buildCache.js';
import { type CountryJob, type CountryResult, countryFailed, type LanguageResult } from './buildCountry.js';
import type { Stage } from './buildProfile.js';
import { createBuilder, type Parallelism, parallelism } from './createBuilder.js';
import { inputsFingerprint } from './fingerprint.js';
import type { Environment } from './loadEnvironment.js';

/** What to build. */
export interface BuildRequest {
  /** A data file or a folder of them. */
  readonly data: string;
  /** Country codes to build (all when empty). */
  readonly countries: readonly string[];
  /** Languages to build (all of locales/ when empty). */
  readonly languages: readonly string[];
  readonly outDir: string;
  /** Warnings make the build fail (nothing is written for that profile). */
  readonly strict: boolean;
  /** Rebuild everything, whatever the cache says. */
  readonly force?: boolean;
  /** Countries built at once: 1 in this thread, more in as many worker threads (default: one per core for 3 countries or more). */
  readonly workers?: number;
  /** PNG resolution of the chart exports. */
  readonly chartDpi?: number;
  /** Stops the batch between two countries (Ctrl-C): what is written stays complete. */
  readonly signal?: AbortSignal;
  /** Build languages in draft as they stand (the reference language standing in), with the DRAFT mark. */
  readonly draft?: boolean;
  /** Remove the outputs of countries that have no data file any more. */
  readonly prune?: boolean;
}

/** Where the inputs are, and how to follow the batch. */
export interface BuildContext {
  readonly paths: ProjectPaths;
  /** The environment for builds in this thread (default: loaded on demand, only if something is built). */
  readonly environment?: () => Environment | Promise<Environment>;
  /** Stands for the tool's version in the cache key (tests). */
  readonly toolVersion?: string;
  /** Called once the work is known: how many outputs, how many to build. */
  readonly onStart?: (plan: {
    readonly outputs: number;
    readonly toBuild: number;
    readonly workers: number;
    /** Set when fewer workers run than `workers` asked for: the countries to build, the cores, the memory. */
    readonly limited?: Parallelism['limited'];
  }) => void;
  readonly onOutput?: (record: OutputRecord) => void;
}

/** One output of a build, as the summary lists it. */
export interface OutputRecord {
  readonly country: string;
  readonly lang: string;
  readonly status: 'built' | 'unchanged' | 'failed';
  readonly file: string | null;
  readonly pages: number | null;
  readonly bytes: number | null;
  readonly sha256: string | null;
  readonly warnings: readonly Finding[];
  /** The findings the data file acknowledges: listed, not warnings (they do not fail --strict). */
  readonly acknowledged: readonly AcknowledgedFinding[];
  readonly errors: readonly ProfileError[];
  readonly timings: Partial<Record<Stage | 'load', number>>;
}

/** The result of a build: one record per country and language. */
export interface BuildSummary {
  readonly outputs: readonly OutputRecord[];
  readonly built: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly warnings: number;
  /** Findings acknowledged in the data files (once per country). */
  readonly acknowledged: number;
  /** Worker threads used (0: the build ran in this thread). */
  readonly workers: number;
  /** The cache was unreadable or damaged, and was ignored. */
  readonly cacheIgnored: boolean;
  /**
   * Outputs of countries with no data file in the data folder (a whole folder built): removed
   * with prune, else listed.
   */
  readonly stale: readonly StaleOutput[];
  /** The stale outputs were removed (prune). */
  readonly pruned: boolean;
  /** What was wrong with it (the first problem found), when it was ignored. */
  readonly cacheDamage?: string;
}

/**
 * Builds every requested profile in every requested language:
 *
 *   1. find the data files, the languages, and the fingerprint of templates, locales, fonts, tool
 *   2. skip every output whose inputs are unchanged since it was written (the cache)
 *   3. build the others, one country at a time, in worker threads for a batch
 *   4. check the figures of each country against every other (copies)
 *   5. write each PDF and its chart exports atomically, then the summary and the cache
 *
 * A failing profile does not stop the others, and never replaces its previous PDF.
 */
export async function buildAll(request: BuildRequest, context: BuildContext): Promise<BuildSummary> {
  const outDir = resolve(request.outDir);
  const series = loadSeries(context.paths);
  // By default the complete languages; a language in draft only when asked for by name.
  const languages = selectLanguages(request.languages, series.languages, series.complete);
  const allFiles = findDataFiles(request.data);
  const files = selectCountries(allFiles, request.countries);
  checkOutputFolder(outDir, (file) => displayPath(context.paths, file));
  // The folders a build writes into: the output folder, and each language's and its charts'.
  sweepTemporaryFiles([
    outDir,
    ...series.languages.flatMap((lang) => [join(outDir, lang), join(outDir, lang, 'charts')]),
  ]);

  // 1–2. What is already up to date.
  const fingerprint = inputsFingerprint(context.paths, context.toolVersion);
  const { cache, corrupt, damaged } = readCache(outDir);
  // Every data file is hashed (the copy checks compare with the cached figures of the others);
  // one that cannot be read fails its own country, never the batch.
  const dataHashes = new Map<string, string>();
  const unreadable = new Map<string, ProfileError>();
  for (const file of allFiles) {
    const shown = displayPath(context.paths, file.file);
    try {
      // Read as the loader reads it (a regular file, a link's target checked, at most 2 MiB), with
      // the series file beside it (series.yaml): both are the profile's inputs.
      const seriesBytes = Buffer.from(seriesFileText(file.file)?.text ?? '');
      dataHashes.set(file.country, sha256(Buffer.concat([readDataBytes(file.file, shown), seriesBytes])));
    } catch (error) {
      unreadable.set(
        file.country,
        error instanceof ProfileError
          ? error
          : new DataError('DATA_UNREADABLE', { reason: readFailure(error) }, { file: shown }),
      );
    }
  }
  const outputs: OutputRecord[] = [];
  const record = (output: OutputRecord) => {
    outputs.push(output);
    context.onOutput?.(output);
  };
  const jobs: CountryJob[] = [];
  const fresh: BuildCache = { entries: {}, signatures: {} };
  for (const data of files) {
    const failed = unreadable.get(data.country);
    if (failed) {
      for (const lang of languages) record(failure(data.country, lang, [failed]));
      continue;
    }
    const dataHash = dataHashes.get(data.country)!;
    const wanted: string[] = [];
    for (const lang of languages) {
      const id = `${data.country}/${lang}`;
      const entry = cache.entries[id];
      if (
        !request.force &&
        entry &&
        entry.key === outputKey(fingerprint, dataHash, cacheLanguage(lang, series.drafts, request)) &&
        filesIntact(entry) &&
        !(request.strict && entry.warnings.length > 0)
      ) {
        fresh.entries[id] = entry;
        record(unchanged(data.country, lang, entry));
      } else {
        wanted.push(lang);
      }
    }
    const signature = cache.signatures[data.country];
    if (signature && signature.dataHash === dataHash) fresh.signatures[data.country] = signature;
    if (wanted.length > 0) {
      jobs.push({
        country: data.country,
        file: data.file,
        shown: displayPath(context.paths, data.file),
        languages: wanted,
        chartDpi: request.chartDpi ?? 300,
        draft: request.draft === true,
      });
    }
  }
  const chosen: Parallelism = jobs.length === 0 ? { lanes: 1 } : parallelism(jobs.length, request.workers);
  const lanes = chosen.lanes;
  const workers = lanes > 1 ? lanes : 0;
  context.onStart?.({
    outputs: files.length * languages.length,
    toBuild: jobs.reduce((n, job) => n + job.languages.length, 0),
    workers,
    ...(chosen.limited ? { limited: chosen.limited } : {}),
  });

  // 3–5. Build what is not, writing each country as it comes (with --strict, once all are checked).
  if (jobs.length > 0) {
    const signatures = new Map(
      cachedSignatures(cache, fresh, dataHashes).map((signature) => [signature.country, signature]),
    );
    const held: CountryResult[] = [];
    const finish = (result: CountryResult) => {
      const others = [...signatures.values()].filter((other) => other.country !== result.country);
      const copies = result.signature ? checkSignatureCopies(result.signature, others) : [];
      const { open: warnings, acknowledged } = applyAcknowledgements(
        sortFindings([...result.warnings, ...copies]),
        result.acknowledgements,
      );
      for (const output of writeCountry(result, warnings, acknowledged, {
        outDir,
        request,
        fingerprint,
        dataHash: dataHashes.get(result.country)!,
        fresh,
        drafts: series.drafts,
      }))
        record(output);
    };
    const onResult = (result: CountryResult) => {
      if (result.signature) {
        signatures.set(result.country, result.signature);
        fresh.signatures[result.country] = { dataHash: dataHashes.get(result.country)!, signature: result.signature };
      }
      if (request.strict) held.push(result);
      else finish(result);
    };
    let interrupted = false;
    try {
      interrupted = await runJobs(jobs, request, context, lanes, onResult);
    } finally {
      // What was built before an interruption is written; the cache knows it.
      for (const result of held) finish(result);
      if (request.signal?.aborted) writeCache(outDir, withUntouched(fresh, cache, outputs));
    }
    if (interrupted) {
      const done = outputs.filter((output) => output.status === 'built').length;
      throw new BuildError('BUILD_INTERRUPTED', { done });
    }
  }
  // Outputs of countries whose data file is gone: listed, or removed with --prune.
  const wholeFolder = request.countries.length === 0 && allFiles.length > 0 && statSync(request.data).isDirectory();
  const stale = wholeFolder ? findStaleOutputs(outDir, new Set(allFiles.map((file) => file.country))) : [];
  const pruned = request.prune === true && stale.length > 0;
  if (pruned) {
    removeOutputs(stale);
    for (const country of new Set(stale.map((output) => output.country))) {
      for (const id of Object.keys(fresh.entries)) if (id.startsWith(`${country}/`)) delete fresh.entries[id];
      for (const id of Object.keys(cache.entries)) if (id.startsWith(`${country}/`)) delete cache.entries[id];
      delete cache.signatures[country];
    }
  }
  const summary = {
    ...summarise(outputs, workers, corrupt),
    stale,
    pruned,
    ...(damaged ? { cacheDamage: damaged } : {}),
  };
  writeAtomic(join(outDir, 'build-summary.json'), `${JSON.stringify(summaryJson(summary, outDir), null, 2)}\n`);
  writeCache(outDir, withUntouched(fresh, cache, outputs));
  return summary;
}

/**
 * Checks that the output folder is a folder, or can be made one: neither it nor a folder above
 * it is a file (a located error, before anything is built).
 */
function checkOutputFolder(outDir: string, shown: (file: string) => string): void {
  for (let dir = outDir; ; dir = dirname(dir)) {
    let stat: Stats | undefined;
    try {
      stat = statSync(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && dirname(dir) !== dir) continue;
      if (code === 'ENOTDIR') continue; // a file above: found on the way up
      throw new BuildError('BUILD_WRITE', { file: shown(outDir), reason: readFailure(error) }, { file: shown(outDir) });
    }
    if (stat.isDirectory()) return;
    throw new BuildError('BUILD_OUT_NOT_FOLDER', { out: shown(outDir), file: shown(dir) }, { file: shown(dir) });
  }
}

/** The fresh cache, plus what the old one knows of countries and languages this build did not touch. */
function withUntouched(fresh: BuildCache, old: BuildCache, outputs: readonly OutputRecord[]): BuildCache {
  const touched = new Set(outputs.map((output) => `${output.country}/${output.lang}`));
  const entries = { ...fresh.entries };
  for (const [id, entry] of Object.entries(old.entries)) if (!(id in entries) && !touched.has(id)) entries[id] = entry;
  return { entries, signatures: { ...old.signatures, ...fresh.signatures } };
}

/**
 * Builds the jobs, as many at once as there are workers (one in this thread), handing each
 * result over as it comes. Ctrl-C stops handing out jobs; the ones under way finish. A country
 * whose build crashed (a bug, or a worker out of memory) fails alone: the others go on.
 * True when the batch was interrupted before every job was built.
 */
async function runJobs(
  jobs: readonly CountryJob[],
  request: BuildRequest,
  context: BuildContext,
  lanes: number,
  onResult: (result: CountryResult) => void,
): Promise<boolean> {
  const environment =
    context.environment ?? (async () => (await import('./loadEnvironment.js')).loadEnvironment(context.paths));
  const builder = await createBuilder(context.paths, lanes, environment);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < jobs.length && !request.signal?.aborted) {
      const job = jobs[next++]!;
      let result: CountryResult;
      try {
        result = await builder.build(job);
      } catch (error) {
        result = crashed(job, error);
      }
      onResult(result);
      done += 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: builder.capacity }, lane));
  } finally {
    await builder.close();
  }
  return done < jobs.length && request.signal?.aborted === true;
}

/** The result of a country whose build stopped on something that is not a problem of its inputs. */
function crashed(job: CountryJob, error: unknown): CountryResult {
  const errors = profileErrorsOf(error);
  if (errors.length > 0)
    return countryFailed(
      job,
      errors.map((e) => e.toJSON()),
    );
  const detail = ((error as Error)?.message ?? String(error)).split('\n')[0]!;
  return countryFailed(job, [new BuildError('BUILD_CRASHED', { detail }, { file: job.shown }).toJSON()]);
}

/** Where and how one country's outputs are written, and the cache entry they get. */
interface WriteTarget {
  readonly outDir: string;
  readonly request: BuildRequest;
  readonly fingerprint: string;
  /** The hash of the country's data file. */
  readonly dataHash: string;
  /** The cache being written for this build. */
  readonly fresh: BuildCache;
  /** The languages in draft. */
  readonly drafts: readonly string[];
}

/** Writes one country's outputs (or records why not) and notes them in the fresh cache. */
function writeCountry(
  result: CountryResult,
  warnings: readonly Finding[],
  acknowledged: readonly AcknowledgedFinding[],
  target: WriteTarget,
): OutputRecord[] {
  return result.results.map((language) => writeLanguage(result.country, language, warnings, acknowledged, target));
}

function writeLanguage(
  country: string,
  language: LanguageResult,
  warnings: readonly Finding[],
  acknowledged: readonly AcknowledgedFinding[],
  { outDir, request, fingerprint, dataHash, fresh, drafts }: WriteTarget,
): OutputRecord {
  const { lang } = language;
  if (!language.ok)
    return failure(
      country,
      lang,
      language.errors.map((json) => ProfileError.fromJSON(json as never)),
    );
  try {
    if (request.strict && warnings.length > 0)
      throw new BuildError('BUILD_STRICT', { count: warnings.length }, { file: warnings[0]?.file });
    const file = join(outDir, lang, `${country.toLowerCase()}.pdf`);
    const pdf = Buffer.from(language.pdf.buffer, language.pdf.byteOffset, language.pdf.byteLength);
    // The PDF and its chart exports are replaced together or not at all (the PDF last).
    const charts = join(outDir, lang, 'charts');
    const exports = language.charts.flatMap((chart) => {
      const base = join(charts, `${country.toLowerCase()}-${chart.id}`);
      return [
        { path: `${base}.svg`, bytes: chart.svg },
        { path: `${base}.png`, bytes: Buffer.from(chart.png.buffer, chart.png.byteOffset, chart.png.byteLength) },
      ];
    });
    writeTogether([...exports, { path: file, bytes: pdf }]);
    removeStaleExports(charts, country, new Set(exports.map((one) => one.path)));
    const written = [writtenFile(file), ...exports.map((one) => writtenFile(one.path))];
    const hash = sha256(pdf);
    const entry: CacheEntry = {
      key: outputKey(fingerprint, dataHash, cacheLanguage(lang, drafts, request)),
      sha256: hash,
      pages: language.pages,
      files: written,
      warnings,
      acknowledged,
    };
    fresh.entries[`${country}/${lang}`] = entry;
    return {
      country,
      lang,
      status: 'built',
      file,
      pages: language.pages,
      bytes: pdf.length,
      sha256: hash,
      warnings,
      acknowledged,
      errors: [],
      timings: language.timings,
    };
  } catch (error) {
    const errors = profileErrorsOf(error);
    if (errors.length === 0) throw error;
    return { ...failure(country, lang, errors), warnings, acknowledged };
  }
}

/** Removes the chart exports of a country that its new build no longer has (a chart gone from the profile). */
function removeStaleExports(charts: string, country: string, current: ReadonlySet<string>): void {
  const prefix = `${country.toLowerCase()}-`;
  let names: string[];
  try {
    names = readdirSync(charts);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(charts, name);
    if (!name.startsWith(prefix) || !/\.(svg|png)$/.test(name) || current.has(path)) continue;
    try {
      rmSync(path, { force: true });
    } catch {
      // a folder of that name: not an export of ours
    }
  }
}

/** The figures of countries not rebuilt, as the cache knows them, when their data file is unchanged. */
function cachedSignatures(
  cache: BuildCache,
  fresh: BuildCache,
  dataHashes: ReadonlyMap<string, string>,
): FigureSignature[] {
  return Object.entries({ ...cache.signatures, ...fresh.signatures })
    .filter(([country, { dataHash }]) => dataHashes.get(country) === dataHash)
    .map(([, { signature }]) => signature);
}

function unchanged(country: string, lang: string, entry: CacheEntry): OutputRecord {
  const pdf = entry.files[0]!;
  return {
    country,
    lang,
    status: 'unchanged',
    file: pdf.path,
    pages: entry.pages,
    bytes: pdf.bytes,
    sha256: entry.sha256,
    warnings: entry.warnings,
    acknowledged: entry.acknowledged ?? [],
    errors: [],
    timings: {},
  };
}

function failure(country: string, lang: string, errors: readonly ProfileError[]): OutputRecord {
  return {
    country,
    lang,
    status: 'failed',
    file: null,
    pages: null,
    bytes: null,
    sha256: null,
    warnings: [],
    acknowledged: [],
    errors,
    timings: {},
  };
}

function summarise(
  outputs: OutputRecord[],
  workers: number,
  cacheIgnored: boolean,
): Omit<BuildSummary, 'stale' | 'pruned'> {
  const order = (a: OutputRecord, b: OutputRecord) =>
    a.country.localeCompare(b.country) || a.lang.localeCompare(b.lang);
  const sorted = [...outputs].sort(order);
  return {
    outputs: sorted,
    built: sorted.filter((output) => output.status === 'built').length,
    unchanged: sorted.filter((output) => output.status === 'unchanged').length,
    failed: sorted.filter((output) => output.status === 'failed').length,
    warnings: sorted.reduce((sum, output) => sum + output.warnings.length, 0),
    acknowledged: new Set(
      sorted.flatMap((output) =>
        output.acknowledged.map((finding) => `${finding.file}|${finding.code}|${finding.path}`),
      ),
    ).size,
    workers,
    cacheIgnored,
  };
}

/** The language as the cache knows it: a language in draft built with --draft is another output. */
function cacheLanguage(lang: string, drafts: readonly string[], request: BuildRequest): string {
  return drafts.includes(lang) && request.draft === true ? `${lang}+draft` : lang;
}

/** The languages asked for, each once (`--lang en,en` builds English once); by default the complete ones. */
function selectLanguages(
  requested: readonly string[],
  available: readonly string[],
  byDefault: readonly string[],
): readonly string[] {
  if (requested.length === 0) return byDefault;
  for (const lang of requested) {
    if (!available.includes(lang)) throw new BuildError('BUILD_UNKNOWN_LANGUAGE', { lang, languages: available });
  }
  return [...new Set(requested)];
}

/** The data files of the countries asked for, each once (`build MLI mli` builds Mali once). */
function selectCountries(files: DataFile[], countries: readonly string[]): DataFile[] {
  if (countries.length === 0) return files;
  return [...new Set(countries.map((code) => code.toUpperCase()))].map((code) => {
    const found = files.find((file) => file.country === code.toUpperCase());
    if (!found) throw new BuildError('BUILD_UNKNOWN_COUNTRY', { code, known: files.map((file) => file.country) });
    return found;
  });
}

function sha256(bytes: Buffer | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The summary as written to build-summary.json (paths relative to the output folder; no timings: it is reproducible). */
export function summaryJson(summary: BuildSummary, outDir: string): Record<string, unknown> {
  return {
    built: summary.built,
    unchanged: summary.unchanged,
    failed: summary.failed,
    warnings: summary.warnings,
    acknowledged: summary.acknowledged,
    stale: summary.stale.map((output) => output.file.slice(outDir.length + 1)),
    pruned: summary.pruned,
    outputs: summary.outputs.map((output) => ({
      country: output.country,
      lang: output.lang,
      status: output.status,
      file: output.file === null ? null : output.file.slice(outDir.length + 1),
      pages: output.pages,
      bytes: output.bytes,
      sha256: output.sha256,
      warnings: output.warnings,
      acknowledged: output.acknowledged,
      errors: output.errors.map((error) => error.toJSON()),
    })),
  };
}
