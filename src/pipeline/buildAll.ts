import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BuildError, ProfileError, profileErrorsOf } from '../errors/index.js';
import { checkSignatureCopies, type FigureSignature } from '../model/checkCopies.js';
import { type Finding, sortFindings } from '../model/checkFinding.js';
import { type DataFile, findDataFiles } from '../project/findDataFiles.js';
import { loadSeries } from '../project/loadSeries.js';
import { displayPath, type ProjectPaths } from '../project/projectPaths.js';
import { sweepTemporaryFiles, writeAtomic } from '../project/writeAtomic.js';
import {
  type BuildCache,
  type CacheEntry,
  filesIntact,
  outputKey,
  readCache,
  writeCache,
  writtenFile,
} from './buildCache.js';
import type { CountryJob, CountryResult, LanguageResult } from './buildCountry.js';
import type { Stage } from './buildProfile.js';
import { createBuilder, parallelism } from './createBuilder.js';
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
}

/** Where the inputs are, and how to follow the batch. */
export interface BuildContext {
  readonly paths: ProjectPaths;
  /** The environment for builds in this thread (default: loaded on demand, only if something is built). */
  readonly environment?: () => Environment | Promise<Environment>;
  /** Stands for the tool's version in the cache key (tests). */
  readonly toolVersion?: string;
  /** Called once the work is known: how many outputs, how many to build. */
  readonly onStart?: (plan: { readonly outputs: number; readonly toBuild: number; readonly workers: number }) => void;
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
  /** Worker threads used (0: the build ran in this thread). */
  readonly workers: number;
  /** The cache was unreadable or damaged, and was ignored. */
  readonly cacheIgnored: boolean;
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
  const languages = selectLanguages(request.languages, loadSeries(context.paths).languages);
  const allFiles = findDataFiles(request.data);
  const files = selectCountries(allFiles, request.countries);
  sweepTemporaryFiles(outDir);

  // 1–2. What is already up to date.
  const fingerprint = inputsFingerprint(context.paths, context.toolVersion);
  const { cache, corrupt } = readCache(outDir);
  const dataHashes = new Map(allFiles.map((file) => [file.country, sha256(readFileSync(file.file))]));
  const outputs: OutputRecord[] = [];
  const record = (output: OutputRecord) => {
    outputs.push(output);
    context.onOutput?.(output);
  };
  const jobs: CountryJob[] = [];
  const fresh: BuildCache = { entries: {}, signatures: {} };
  for (const data of files) {
    const dataHash = dataHashes.get(data.country)!;
    const wanted: string[] = [];
    for (const lang of languages) {
      const id = `${data.country}/${lang}`;
      const entry = cache.entries[id];
      if (
        !request.force &&
        entry &&
        entry.key === outputKey(fingerprint, dataHash, lang) &&
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
      });
    }
  }
  const lanes = jobs.length === 0 ? 1 : parallelism(jobs.length, request.workers);
  const workers = lanes > 1 ? lanes : 0;
  context.onStart?.({
    outputs: files.length * languages.length,
    toBuild: jobs.reduce((n, job) => n + job.languages.length, 0),
    workers,
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
      const warnings = sortFindings([...result.warnings, ...copies]);
      for (const output of writeCountry(result, warnings, {
        outDir,
        request,
        fingerprint,
        dataHash: dataHashes.get(result.country)!,
        fresh,
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
    try {
      await runJobs(jobs, request, context, lanes, onResult);
    } finally {
      // What was built before an interruption is written; the cache knows it.
      for (const result of held) finish(result);
      if (request.signal?.aborted) writeCache(outDir, withUntouched(fresh, cache, outputs));
    }
  }
  const summary = summarise(outputs, workers, corrupt);
  writeAtomic(join(outDir, 'build-summary.json'), `${JSON.stringify(summaryJson(summary, outDir), null, 2)}\n`);
  writeCache(outDir, withUntouched(fresh, cache, outputs));
  return summary;
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
 * result over as it comes. Ctrl-C stops handing out jobs; the ones under way finish.
 */
async function runJobs(
  jobs: readonly CountryJob[],
  request: BuildRequest,
  context: BuildContext,
  lanes: number,
  onResult: (result: CountryResult) => void,
): Promise<void> {
  const environment =
    context.environment ?? (async () => (await import('./loadEnvironment.js')).loadEnvironment(context.paths));
  const builder = await createBuilder(context.paths, lanes, environment);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < jobs.length && !request.signal?.aborted) {
      const job = jobs[next++]!;
      onResult(await builder.build(job));
      done += 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: builder.capacity }, lane));
  } finally {
    await builder.close();
  }
  if (done < jobs.length && request.signal?.aborted) throw new BuildError('BUILD_INTERRUPTED', { done });
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
}

/** Writes one country's outputs (or records why not) and notes them in the fresh cache. */
function writeCountry(result: CountryResult, warnings: readonly Finding[], target: WriteTarget): OutputRecord[] {
  return result.results.map((language) => writeLanguage(result.country, language, warnings, target));
}

function writeLanguage(
  country: string,
  language: LanguageResult,
  warnings: readonly Finding[],
  { outDir, request, fingerprint, dataHash, fresh }: WriteTarget,
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
    writeAtomic(file, pdf);
    const written = [writtenFile(file)];
    for (const chart of language.charts) {
      const base = join(outDir, lang, 'charts', `${country.toLowerCase()}-${chart.id}`);
      writeAtomic(`${base}.svg`, chart.svg);
      writeAtomic(`${base}.png`, Buffer.from(chart.png.buffer, chart.png.byteOffset, chart.png.byteLength));
      written.push(writtenFile(`${base}.svg`), writtenFile(`${base}.png`));
    }
    const hash = sha256(pdf);
    const entry: CacheEntry = {
      key: outputKey(fingerprint, dataHash, lang),
      sha256: hash,
      pages: language.pages,
      files: written,
      warnings,
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
      errors: [],
      timings: language.timings,
    };
  } catch (error) {
    const errors = profileErrorsOf(error);
    if (errors.length === 0) throw error;
    return { ...failure(country, lang, errors), warnings };
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
    errors,
    timings: {},
  };
}

function summarise(outputs: OutputRecord[], workers: number, cacheIgnored: boolean): BuildSummary {
  const order = (a: OutputRecord, b: OutputRecord) =>
    a.country.localeCompare(b.country) || a.lang.localeCompare(b.lang);
  const sorted = [...outputs].sort(order);
  return {
    outputs: sorted,
    built: sorted.filter((output) => output.status === 'built').length,
    unchanged: sorted.filter((output) => output.status === 'unchanged').length,
    failed: sorted.filter((output) => output.status === 'failed').length,
    warnings: sorted.reduce((sum, output) => sum + output.warnings.length, 0),
    workers,
    cacheIgnored,
  };
}

function selectLanguages(requested: readonly string[], available: readonly string[]): readonly string[] {
  if (requested.length === 0) return available;
  for (const lang of requested) {
    if (!available.includes(lang)) throw new BuildError('BUILD_UNKNOWN_LANGUAGE', { lang, languages: available });
  }
  return requested;
}

function selectCountries(files: DataFile[], countries: readonly string[]): DataFile[] {
  if (countries.length === 0) return files;
  return countries.map((code) => {
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
    outputs: summary.outputs.map((output) => ({
      country: output.country,
      lang: output.lang,
      status: output.status,
      file: output.file === null ? null : output.file.slice(outDir.length + 1),
      pages: output.pages,
      bytes: output.bytes,
      sha256: output.sha256,
      warnings: output.warnings,
      errors: output.errors.map((error) => error.toJSON()),
    })),
  };
}
