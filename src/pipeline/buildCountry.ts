import { profileErrorsOf } from '../errors/index.js';
import type { Acknowledgement } from '../model/acknowledge.js';
import { type FigureSignature, figureSignature } from '../model/checkCopies.js';
import type { Finding } from '../model/checkFinding.js';
import type { LoadedProfile } from '../model/loadProfile.js';
import { readProfileFile } from '../project/readProfileFile.js';
import { buildProfile, type Stage } from './buildProfile.js';
import type { Environment } from './loadEnvironment.js';

/** A country to build: its data file and the languages wanted. Plain data: it crosses to workers. */
export interface CountryJob {
  readonly country: string;
  readonly file: string;
  /** The path shown in messages. */
  readonly shown: string;
  readonly languages: readonly string[];
  /** PNG resolution of the chart exports. */
  readonly chartDpi: number;
  /** Build languages in draft as they stand, with the DRAFT mark (--draft). */
  readonly draft?: boolean | undefined;
}

/** The JSON form of a ProfileError (see ProfileError.toJSON). */
export type ErrorJson = Record<string, unknown>;

/** One language of a country: the PDF and its chart exports, or the errors. */
export type LanguageResult =
  | {
      readonly lang: string;
      readonly ok: true;
      readonly pdf: Uint8Array;
      readonly pages: number;
      readonly charts: readonly { readonly id: string; readonly svg: string; readonly png: Uint8Array }[];
      readonly timings: Partial<Record<Stage | 'load', number>>;
    }
  | { readonly lang: string; readonly ok: false; readonly errors: readonly ErrorJson[] };

/** Everything a country's build produced: plain data, so that it crosses from a worker. */
export interface CountryResult {
  readonly country: string;
  readonly signature: FigureSignature | null;
  /** Data-quality findings of the profile on its own (the copy checks come later, from signatures). */
  readonly warnings: readonly Finding[];
  /** The findings the data file acknowledges (`acknowledged:`). */
  readonly acknowledgements: readonly Acknowledgement[];
  /** One per language of the job, in order (each failed, with the same errors, when the data file could not be loaded). */
  readonly results: readonly LanguageResult[];
}

/** The result of a country none of whose languages could be built, for the same reasons. */
export function countryFailed(job: CountryJob, errors: readonly ErrorJson[]): CountryResult {
  return {
    country: job.country,
    signature: null,
    warnings: [],
    acknowledgements: [],
    results: job.languages.map((lang) => ({ lang, ok: false, errors })),
  };
}

/**
 * Builds one country in each requested language: reads and validates its data file once, then
 * builds every language and rasterises the chart exports. Errors are returned, never thrown:
 * one failing profile does not stop a batch.
 */
export async function buildCountry(env: Environment, job: CountryJob): Promise<CountryResult> {
  const started = performance.now();
  let loaded: LoadedProfile;
  try {
    loaded = readProfileFile(job.file, job.shown, env.series);
  } catch (error) {
    return countryFailed(job, errorsJson(error));
  }
  const loadMs = performance.now() - started;
  const results: LanguageResult[] = [];
  let warnings: readonly Finding[] = [];
  for (const lang of job.languages) {
    try {
      const built = await buildProfile(env, loaded, lang, { draft: job.draft });
      warnings = built.warnings;
      const charts = [];
      for (const [id, chart] of built.charts)
        charts.push({ id, svg: chart.svg, png: await env.charts.rasterise(chart, job.chartDpi) });
      results.push({
        lang,
        ok: true,
        pdf: built.pdf,
        pages: built.pages,
        charts,
        timings: { load: loadMs, ...built.timings },
      });
    } catch (error) {
      results.push({ lang, ok: false, errors: errorsJson(error) });
    }
  }
  return {
    country: job.country,
    signature: figureSignature(loaded),
    warnings,
    acknowledgements: loaded.profile.acknowledged ?? [],
    results,
  };
}

function errorsJson(error: unknown): ErrorJson[] {
  const errors = profileErrorsOf(error);
  if (errors.length === 0) throw error; // a bug, not a problem with the inputs
  return errors.map((e) => e.toJSON());
}
