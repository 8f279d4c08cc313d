import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { BuildError, profileErrorsOf, type ProfileError } from '../errors/index.js';
import type { Finding } from '../model/checkProfile.js';
import type { LoadedProfile } from '../model/loadProfile.js';
import { buildProfile, type Stage } from './buildProfile.js';
import { findDataFiles, type DataFile } from './findDataFiles.js';
import { displayPath, type Environment } from './loadEnvironment.js';
import { readProfileFile } from './readProfileFile.js';
import { sweepTemporaryFiles, writeAtomic } from './writeAtomic.js';

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
  /** PNG resolution of the chart exports. */
  readonly chartDpi?: number;
  /** Stops the batch between two outputs (Ctrl-C): what is written stays complete. */
  readonly signal?: AbortSignal;
}

/** One output of a build, as the summary lists it. */
export interface OutputRecord {
  readonly country: string;
  readonly lang: string;
  readonly status: 'built' | 'failed';
  readonly file: string | null;
  readonly pages: number | null;
  readonly bytes: number | null;
  readonly sha256: string | null;
  readonly warnings: readonly Finding[];
  readonly errors: readonly ProfileError[];
  readonly timings: Partial<Record<Stage, number>>;
}

/** The result of a build: one record per country and language. */
export interface BuildSummary {
  readonly outputs: readonly OutputRecord[];
  readonly failed: number;
  readonly built: number;
  readonly warnings: number;
}

/**
 * Builds every requested profile in every requested language. A failing profile does not stop
 * the others; its previous PDF is left untouched. Writes the PDFs, chart PNG and SVG exports,
 * and `build-summary.json` into the output folder.
 */
export async function buildAll(env: Environment, request: BuildRequest, onOutput?: (record: OutputRecord) => void): Promise<BuildSummary> {
  const languages = request.languages.length > 0 ? request.languages : env.locales.languages;
  for (const lang of languages) {
    if (!env.locales.languages.includes(lang)) {
      throw new BuildError('BUILD_UNKNOWN_LANGUAGE', { lang, languages: env.locales.languages });
    }
  }
  const files = selectCountries(findDataFiles(request.data), request.countries);
  const outDir = resolve(request.outDir);
  sweepTemporaryFiles(outDir);
  const outputs: OutputRecord[] = [];
  const record = (output: OutputRecord) => {
    outputs.push(output);
    onOutput?.(output);
  };
  for (const data of files) {
    if (request.signal?.aborted) throw new BuildError('BUILD_INTERRUPTED', { done: outputs.length });
    const shown = displayPath(env.paths, data.file);
    let loaded: LoadedProfile;
    try {
      loaded = readProfileFile(data.file, shown, env.series);
    } catch (error) {
      for (const lang of languages) record(failure(data.country, lang, error));
      continue;
    }
    for (const lang of languages) {
      if (request.signal?.aborted) throw new BuildError('BUILD_INTERRUPTED', { done: outputs.length });
      record(await buildOne(env, loaded, lang, outDir, request));
    }
  }
  const summary: BuildSummary = {
    outputs,
    built: outputs.filter((output) => output.status === 'built').length,
    failed: outputs.filter((output) => output.status === 'failed').length,
    warnings: outputs.reduce((sum, output) => sum + output.warnings.length, 0),
  };
  writeAtomic(join(outDir, 'build-summary.json'), `${JSON.stringify(summaryJson(summary, outDir), null, 2)}\n`);
  return summary;
}

async function buildOne(env: Environment, loaded: LoadedProfile, lang: string, outDir: string, request: BuildRequest): Promise<OutputRecord> {
  const country = loaded.profile.country;
  try {
    const built = await buildProfile(env, loaded, lang);
    if (request.strict && built.warnings.length > 0) {
      throw new BuildError('BUILD_STRICT', { count: built.warnings.length }, { file: loaded.file });
    }
    const file = join(outDir, lang, `${country.toLowerCase()}.pdf`);
    writeAtomic(file, built.pdf);
    for (const [id, chart] of built.charts) {
      const base = join(outDir, lang, 'charts', `${country.toLowerCase()}-${id}`);
      writeAtomic(`${base}.svg`, chart.svg);
      writeAtomic(`${base}.png`, await env.charts.rasterise(chart, request.chartDpi ?? 300));
    }
    return {
      country,
      lang,
      status: 'built',
      file,
      pages: built.pages,
      bytes: built.pdf.length,
      sha256: createHash('sha256').update(built.pdf).digest('hex'),
      warnings: built.warnings,
      errors: [],
      timings: built.timings,
    };
  } catch (error) {
    return { ...failure(country, lang, error), warnings: [] };
  }
}

function failure(country: string, lang: string, error: unknown): OutputRecord {
  const errors = profileErrorsOf(error);
  if (errors.length === 0) throw error; // a bug, not a problem with the inputs
  return { country, lang, status: 'failed', file: null, pages: null, bytes: null, sha256: null, warnings: [], errors, timings: {} };
}

function selectCountries(files: DataFile[], countries: readonly string[]): DataFile[] {
  if (countries.length === 0) return files;
  return countries.map((code) => {
    const found = files.find((file) => file.country === code.toUpperCase());
    if (!found) throw new BuildError('BUILD_UNKNOWN_COUNTRY', { code, known: files.map((file) => file.country) });
    return found;
  });
}

/** The summary as written to build-summary.json (paths relative to the output folder). */
export function summaryJson(summary: BuildSummary, outDir: string): Record<string, unknown> {
  return {
    built: summary.built,
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
