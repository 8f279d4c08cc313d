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

/** Jobs sent ahead to each worker, so it never waits for a busy main thread to hand it the next one. */
const AHEAD = 2;

function createWorkerPool(paths: ProjectPaths, size: number): Builder & { readonly capacity: number } {
  const script = workerScript();
  type Sent = { resolve: (result: CountryResult) => void; reject: (error: Error) => void; country: string };
  const lanes = Array.from({ length: size }, () => {
    const worker = new Worker(script, {
      workerData: { paths },
      // A build keeps ≈60 MB alive: a 256 MB old space leaves ample room while making V8 collect
      // sooner than its defaults would, and a 16 MB young generation keeps a batch of two workers
      // under 400 MB (240 PDFs: 370 MB peak, against 405 MB with 32 MB).
      resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 },
    });
    const sent: Sent[] = [];
    worker.on('message', (message: { result?: CountryResult; crash?: { message: string } }) => {
      const job = sent.shift();
      if (message.result) job?.resolve(message.result);
      else job?.reject(new Error(`a build worker failed on ${job.country}: ${message.crash?.message}`));
    });
    worker.on('error', (error) => {
      for (const job of sent.splice(0)) job.reject(error);
    });
    return { worker, sent };
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
