/**
 * How many cases the property-based tests run, from the environment: `npm test` runs a few of
 * each (6 profiles built in both languages, 300 invalid ones); `FAST_CHECK_RUNS=N` runs N
 * profiles built and 10 × N invalid ones, with time for them; `FAST_CHECK_SEED=S` replays the
 * cases of a failed run (fast-check prints its seed).
 */
export interface Campaign {
  readonly buildRuns: number;
  readonly invalidRuns: number;
  readonly seed: { readonly seed: number } | Record<string, never>;
  /** Milliseconds for the built profiles: a build in both languages takes a few seconds on two busy cores. */
  readonly buildTimeout: number;
  readonly invalidTimeout: number;
}

export function readCampaign(env: Readonly<Record<string, string | undefined>>): Campaign {
  const scale = Number(env.FAST_CHECK_RUNS ?? 0);
  if (!Number.isInteger(scale) || scale < 0)
    throw new Error(`FAST_CHECK_RUNS must be a whole number of cases, got "${env.FAST_CHECK_RUNS}"`);
  const buildRuns = scale > 0 ? scale : 6;
  const invalidRuns = scale > 0 ? scale * 10 : 300;
  const seed = env.FAST_CHECK_SEED ? { seed: Number(env.FAST_CHECK_SEED) } : {};
  return {
    buildRuns,
    invalidRuns,
    seed,
    buildTimeout: 60_000 + buildRuns * 10_000,
    invalidTimeout: 60_000 + invalidRuns * 200,
  };
}
