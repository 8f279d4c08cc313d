/** What `npm run bench` measures over, from the environment (docs/performance.md). */
export interface BenchSettings {
  /** BENCH_COUNTRIES: synthetic countries generated from the Mali profile (default 120). */
  readonly countries: number;
  /** BENCH_COLD_RUNS: fresh-process builds of Mali for the cold median (default 5). */
  readonly coldRuns: number;
}

/** Reads BENCH_COUNTRIES and BENCH_COLD_RUNS; anything but a whole number from 1 up is refused by name. */
export function readBenchSettings(env: Readonly<Record<string, string | undefined>>): BenchSettings {
  return {
    countries: wholeNumber(env, 'BENCH_COUNTRIES', 120),
    coldRuns: wholeNumber(env, 'BENCH_COLD_RUNS', 5),
  };
}

function wholeNumber(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number from 1 up, got "${text}"`);
  return value;
}
