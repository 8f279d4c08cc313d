import { availableParallelism } from 'node:os';
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

/**
 * How many countries a batch builds at once: one per core. A batch of one or two countries stays
 * in this thread (a worker thread loads every module and font again, ≈0.5 s).
 */
export function parallelism(jobs: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, jobs));
  if (jobs < 3) return 1;
  return Math.max(1, Math.min(availableParallelism(), jobs));
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

/** The old-space limit of a build worker's heap (MB). */
export const WORKER_OLD_SPACE_MB = 256;

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
      // sooner than its defaults would, so that a batch of two workers stays under 400 MB.
      resourceLimits: { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB },
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
