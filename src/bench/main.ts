import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProseSyntaxError, parseInline } from '../model/parseProse.js';
import { buildCountry } from '../pipeline/buildCountry.js';
import { loadEnvironment } from '../pipeline/loadEnvironment.js';
import { displayPath, projectPaths } from '../project/projectPaths.js';
import { coldReferences } from './coldReferences.js';
import { generateCountries } from './generateCountries.js';
import { readBenchSettings } from './readBenchSettings.js';

/**
 * `npm run bench`: the speed and memory of regeneration, measured (never asserted in tests).
 *
 *   cold     `profiles build MLI --lang fr` in a fresh process, median of several runs, interleaved
 *            with reference commands (Typst and plain pdfmake from the shared anchors, bare Node)
 *   warm     ms per profile and language in one warm thread, median and p95, by stage
 *   batch    all 2 × N PDFs with one worker per core, and with one worker (the speed-up)
 *   no-op    the same batch again, everything up to date
 *   memory   peak memory of the batch, and its growth from the 20th output to the last
 *   prose    parsing 10,000 adversarial characters ("[**" repeated) against 10,000 plain ones
 *
 * BENCH_COUNTRIES=N (default 120) synthetic countries are generated from the Mali profile.
 * Prints a table on stderr and the figures as JSON on stdout.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const { countries: count, coldRuns } = readBenchSettings(process.env);

const work = mkdtempSync(join(tmpdir(), 'profiles-bench-'));
const data = join(work, 'data');
try {
  log(`generating ${count} synthetic countries from data/mli.yaml in ${work}`);
  generateCountries(join(root, 'data', 'mli.yaml'), data, count);
  const results = {
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    countries: count,
    cold: measureCold(),
    warm: await measureWarm(),
    batch: measureBatch(),
    prose: measureProse(),
  };
  printTable(results);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * The cold build and its references (coldReferences.ts), interleaved: each round runs every
 * command once, in an order that rotates, after one untimed run of each (file caches, Node's
 * compile cache). The figure is the ratio of medians, measured in the same minutes.
 */
function measureCold() {
  let run = 0;
  const build = {
    name: 'profiles',
    command: process.execPath,
    args: () => [cli, 'build', 'MLI', '--lang', 'fr', '--out', join(work, `cold-${run++}`)],
    cwd: root,
  };
  const commands = [
    build,
    ...coldReferences(root, log).map((reference) => ({ ...reference, args: () => reference.args })),
  ];
  const times = new Map<string, number[]>(commands.map((command) => [command.name, []]));
  const time = (command: (typeof commands)[number]) => {
    const started = performance.now();
    execFileSync(command.command, command.args(), { cwd: command.cwd, stdio: 'ignore' });
    return performance.now() - started;
  };
  for (const command of commands) time(command);
  for (let round = 0; round < coldRuns; round += 1) {
    for (let index = 0; index < commands.length; index += 1) {
      const command = commands[(index + round) % commands.length]!;
      times.get(command.name)!.push(time(command));
    }
  }
  const own = times.get('profiles')!;
  log(`cold: ${own.map((t) => t.toFixed(0)).join(', ')} ms`);
  const references = Object.fromEntries(
    [...times]
      .filter(([name]) => name !== 'profiles')
      .map(([name, values]) => {
        log(`cold ${name}: ${values.map((t) => t.toFixed(0)).join(', ')} ms`);
        return [name, { medianMs: Math.round(median(values)), ratio: round(median(own) / median(values)) }];
      }),
  );
  return {
    runs: own.length,
    medianMs: Math.round(median(own)),
    minMs: Math.round(Math.min(...own)),
    references,
  };
}

async function measureWarm() {
  const paths = projectPaths(root);
  const env = loadEnvironment(paths);
  const files = generateCountries(join(root, 'data', 'mli.yaml'), join(work, 'warm'), Math.min(count, 40), 7);
  const totals: number[] = [];
  const stages: Record<string, number[]> = {};
  let index = 0;
  for (const file of files) {
    const result = await buildCountry(env, {
      country: '',
      file,
      shown: displayPath(paths, file),
      languages: ['fr', 'en'],
      chartDpi: 300,
    });
    for (const language of result.results) {
      if (!language.ok) throw new Error(`the warm benchmark failed on ${file}: ${JSON.stringify(language.errors)}`);
      // The first profiles warm the engine up: they are not counted.
      if (index++ < 4) continue;
      const timings = { ...language.timings };
      // Loading and validating is once per country: its share per language is half.
      timings.load = (timings.load ?? 0) / result.results.length;
      totals.push(Object.values(timings).reduce((sum, ms) => sum + (ms ?? 0), 0));
      for (const [stage, ms] of Object.entries(timings)) {
        stages[stage] ??= [];
        stages[stage].push(ms ?? 0);
      }
    }
  }
  log(`warm: ${totals.length} builds`);
  return {
    builds: totals.length,
    medianMs: round(median(totals)),
    p95Ms: round(percentile(totals, 0.95)),
    // The build's own check of its pages (verifyPages), as a share of the warm build: the goal is < 10 %.
    selfCheckPercent: round(median((stages.pdfCheck ?? []).map((ms, i) => (100 * ms) / totals[i]!))),
    stagesMedianMs: Object.fromEntries(Object.entries(stages).map(([stage, values]) => [stage, round(median(values))])),
  };
}

function measureBatch() {
  const run = (out: string, workers: string, force: boolean) => {
    const started = performance.now();
    const text = execFileSync(
      process.execPath,
      [join(root, 'dist', 'bench', 'runBatch.js'), root, data, out, workers, force ? 'yes' : 'no'],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      },
    );
    const figures = JSON.parse(text) as {
      wallMs: number;
      built: number;
      unchanged: number;
      failed: number;
      workers: number;
      peakRssMb: number;
      rssAt20Mb: number | null;
      rssAtEndMb: number | null;
    };
    // Wall time of the whole process, start-up included, as an editor waits for it.
    return { ...figures, wallMs: Math.round(performance.now() - started) };
  };
  const parallel = run(join(work, 'batch'), 'auto', true);
  log(`batch (${parallel.workers} workers): ${parallel.built} built in ${parallel.wallMs} ms`);
  const noop = measureNoop(join(work, 'batch'));
  log(`no-op: ${noop} ms`);
  const single = run(join(work, 'batch-1'), '1', true);
  log(`batch (1 worker): ${single.built} built in ${single.wallMs} ms`);
  const growth =
    parallel.rssAt20Mb && parallel.rssAtEndMb
      ? round(((parallel.rssAtEndMb - parallel.rssAt20Mb) / parallel.rssAt20Mb) * 100)
      : null;
  return {
    pdfs: parallel.built,
    failed: parallel.failed,
    workers: parallel.workers,
    wallMs: parallel.wallMs,
    pdfsPerSecond: round((parallel.built / parallel.wallMs) * 1000),
    oneWorkerWallMs: single.wallMs,
    speedUp: round(single.wallMs / parallel.wallMs),
    noopWallMs: noop,
    peakRssMb: parallel.peakRssMb,
    rssAt20Mb: parallel.rssAt20Mb,
    rssAtEndMb: parallel.rssAtEndMb,
    memoryGrowthPercent: growth,
  };
}

/**
 * The prose parser on 10,000 characters of nested openers ("[**" × 3,333, which the first,
 * backtracking parser never finished) and on 10,000 plain characters: median of 21 runs each.
 * A parser linear in its input keeps the ratio small, whatever the text.
 */
function measureProse() {
  const time = (text: string) => {
    const times: number[] = [];
    for (let run = 0; run < 21; run += 1) {
      const started = performance.now();
      try {
        parseInline(text);
      } catch (error) {
        if (!(error instanceof ProseSyntaxError)) throw error;
      }
      times.push(performance.now() - started);
    }
    return median(times);
  };
  const adversarialMs = time('[**'.repeat(3333).padEnd(10_000, '['));
  const plainMs = time('Remittances grow. '.repeat(556).slice(0, 10_000));
  log(`prose: ${adversarialMs.toFixed(2)} ms adversarial, ${plainMs.toFixed(2)} ms plain`);
  return { adversarialMs: round(adversarialMs), plainMs: round(plainMs), ratio: round(adversarialMs / plainMs) };
}

/** `profiles build` of everything up to date, as a fresh process: median of three. */
function measureNoop(out: string): number {
  const times = [0, 1, 2].map(() => {
    const started = performance.now();
    execFileSync(process.execPath, [cli, 'build', '--data', data, '--out', out], { cwd: root, stdio: 'ignore' });
    return performance.now() - started;
  });
  return Math.round(median(times));
}

function printTable(results: {
  cold: ReturnType<typeof measureCold>;
  warm: Awaited<ReturnType<typeof measureWarm>>;
  batch: ReturnType<typeof measureBatch>;
  prose: ReturnType<typeof measureProse>;
  countries: number;
}): void {
  const { cold, warm, batch, prose } = results;
  const rows: [string, string, string][] = [
    ['cold: profiles build MLI --lang fr', `${cold.medianMs} ms (median of ${cold.runs})`, '≤ 1.67 × Typst'],
    ...Object.entries(cold.references).map(([name, reference]): [string, string, string] => [
      `  ratio to ${name} (${reference.medianMs} ms, interleaved)`,
      `× ${reference.ratio}`,
      '',
    ]),
    ['warm: one profile, one language', `${warm.medianMs} ms median, ${warm.p95Ms} ms p95`, '≤ 60 ms'],
    ...Object.entries(warm.stagesMedianMs).map(([stage, ms]): [string, string, string] => [
      `  stage ${stage}`,
      `${ms} ms`,
      '',
    ]),
    ['warm: the self-check of the pages (pdfCheck)', `${warm.selfCheckPercent} % of the build`, '< 10 %'],
    [
      `batch: ${batch.pdfs} PDFs, ${batch.workers} worker threads`,
      `${(batch.wallMs / 1000).toFixed(1)} s (${batch.pdfsPerSecond} PDFs/s)`,
      '≤ 15 s',
    ],
    [
      'batch: one at a time (--workers 1)',
      `${(batch.oneWorkerWallMs / 1000).toFixed(1)} s (speed-up ×${batch.speedUp})`,
      '',
    ],
    ['no-op rebuild of everything', `${batch.noopWallMs} ms`, '≤ 500 ms'],
    ['peak memory of the batch', `${batch.peakRssMb} MB`, '≤ 400 MB'],
    [
      'memory growth, 20th → last output',
      `${batch.memoryGrowthPercent ?? 'n/a'} % (${batch.rssAt20Mb} → ${batch.rssAtEndMb} MB)`,
      '≤ 10 %',
    ],
    [
      'prose parser: 10,000 adversarial characters',
      `${prose.adversarialMs} ms (×${prose.ratio} of 10,000 plain: ${prose.plainMs} ms)`,
      '≤ 100 ms',
    ],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  log('');
  for (const [name, value, goal] of rows) log(`${name.padEnd(width)}  ${value.padEnd(34)}  ${goal}`);
}

function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * (sorted.length - 1) + 0.5))]!;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}
