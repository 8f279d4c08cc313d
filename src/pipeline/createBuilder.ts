import { availableParallelism, freemem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CountryJob, CountryResult } from './buildCountry.js';
import type { Environment, ProjectPaths } from './loadEnvironment.js';

/** Builds countries, in this thread or in worker threads. */
export interface Builder {
  readonly workers: number;
  /** How many jobs may be under way at once (this thread: one; each worker: a few, queued). */
  readonly capacity: number;
  build(job: CountryJob): Promise<CountryResult>;
  close(): Promise<void>;
}

/** The old-space limit of a build worker's heap (MB). */
export const WORKER_OLD_SPACE_MB = 256;

/** What a machine offers a batch: its cores and the memory it may use (bytes). */
export interface Resources {
  readonly cores: number;
  readonly memory: number;
}

/** The cores of this machine, and its free memory (within the process's cgroup limit, if any). */
export function machineResources(): Resources {
  const limit = process.constrainedMemory?.() ?? 0;
  return { cores: availableParallelism(), memory: limit > 0 ? Math.min(freemem(), limit) : freemem() };
}

/**
 * The memory one build worker may take: its old space, young space and what lives outside the
 * heap (fonts, vega, sharp, the PDF buffers), with room to spare.
 */
export const WORKER_MEMORY = (WORKER_OLD_SPACE_MB + 144) * 1024 * 1024;

/** How many countries a batch builds at once, and why not more. */
export interface Parallelism {
  readonly lanes: number;
  /** Set when fewer workers run than were asked for with --workers. */
  readonly limited?: {
    readonly requested: number;
    readonly jobs: number;
    readonly cores: number;
    /** Workers the free memory holds (using at most three quarters of it). */
    readonly memory: number;
  };
}

/**
 * How many countries a batch builds at once: one per core, never more than the countries to
 * build, nor than the free memory holds (a worker keeps its own copy of fonts, templates and
 * libraries). A batch of one or two countries stays in this thread (a worker thread loads every
 * module and font again, ≈0.5 s). `--workers N` asks for N, within the same limits.
 */
export function parallelism(jobs: number, requested?: number, resources: Resources = machineResources()): Parallelism {
  const memory = Math.max(1, Math.floor((resources.memory * 0.75) / WORKER_MEMORY));
  const cap = Math.max(1, Math.min(jobs, resources.cores, memory));
  if (requested === undefined) return { lanes: jobs < 3 ? 1 : cap };
  const lanes = Math.max(1, Math.min(requested, cap));
  if (lanes >= requested) return { lanes };
  return { lanes, limited: { requested, jobs, cores: resources.cores, memory } };
}

/**
 * A builder running `lanes` countries at once. One lane: this thread, with `environment()` loaded
 * once. Several: as many worker threads, each keeping its environment warm with a bounded heap
 * (a batch then stays within a known memory), while this thread hands out jobs and writes.
 */
export async function createBuilder(
  paths: ProjectPaths,
  lanes: number,
  environment: () => Environment | Promise<Environment>,
): Promise<Builder> {
  if (lanes > 1) return createWorkerPool(paths, lanes);
  const env = await environment();
  const { buildCountry } = await import('./buildCountry.js');
  return { workers: 0, capacity: 1, build: (job) => buildCountry(env, job), close: async () => {} };
}

/** Jobs sent ahead to each worker, so it never waits for a busy main thread to hand it the next one. */
const AHEAD = 2;

function createWorkerPool(paths: ProjectPaths, size: number): Builder & { readonly capacity: number } {
  const script = workerScript();
  type Sent = { resolve: (result: CountryResult) => void; reject: (error: Error) => void; country: string };
  type Lane = { worker: Worker; readonly sent: Sent[] };
  let closing = false;
  // A worker that dies (out of memory, a crash outside a job) fails the jobs it held, and is
  // replaced: the jobs after them go on.
  const start = (lane: Lane): Worker => {
    const worker = new Worker(script, {
      workerData: { paths },
      // A build keeps ≈60 MB alive: a 256 MB old space leaves ample room while making V8 collect
      // sooner than its defaults would, and a 16 MB young generation keeps a batch of two workers
      // under 400 MB (240 PDFs: 370 MB peak, against 405 MB with 32 MB).
      resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB },
    });
    let failure: Error | undefined;
    worker.on('message', (message: { result?: CountryResult; crash?: { message: string } }) => {
      const job = lane.sent.shift();
      if (message.result) job?.resolve(message.result);
      else job?.reject(new Error(`a build worker failed on ${job.country}: ${message.crash?.message}`));
    });
    worker.on('error', (error) => {
      failure = error;
    });
    worker.on('exit', (code) => {
      const error = failure ?? new Error(`the build worker stopped (exit code ${code})`);
      for (const job of lane.sent.splice(0)) job.reject(error);
      if (!closing) lane.worker = start(lane);
    });
    return worker;
  };
  const lanes = Array.from({ length: size }, () => {
    const lane = { sent: [] } as unknown as Lane;
    lane.worker = start(lane);
    return lane;
  });
  return {
    workers: size,
    capacity: size * AHEAD,
    build: (job) =>
      new Promise((resolve, reject) => {
        const lane = lanes.reduce((best, candidate) => (candidate.sent.length < best.sent.length ? candidate : best));
        lane.sent.push({ resolve, reject, country: job.country });
        lane.worker.postMessage(job);
      }),
    close: async () => {
      closing = true;
      await Promise.all(lanes.map(({ worker }) => worker.terminate()));
    },
  };
}

/** The compiled worker script (under the test runner, sources are TypeScript: use dist/). */
function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return join(dirname(here), 'buildWorker.js');
  return join(dirname(here), '..', '..', 'dist', 'pipeline', 'buildWorker.js');
}
