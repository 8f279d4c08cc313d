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
 * How many countries a batch builds at once: one per core, this thread being one of them (a
 * worker thread loads every module and font again, ≈0.5 s and ≈150 MB, so a batch of one or
 * two countries stays in this thread).
 */
export function parallelism(jobs: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, jobs));
  if (jobs < 3) return 1;
  return Math.max(1, Math.min(availableParallelism(), jobs));
}

/**
 * A builder running `lanes` countries at once: this thread (with `environment()`, loaded once)
 * and `lanes - 1` worker threads, each keeping its own environment warm. Jobs go to whichever
 * lane is free.
 */
export async function createBuilder(paths: ProjectPaths, lanes: number, environment: () => Environment | Promise<Environment>): Promise<Builder> {
  // Workers start loading while this thread loads its own environment.
  const pool = lanes > 1 ? createWorkerPool(paths, lanes - 1) : undefined;
  const env = await environment();
  const { buildCountry } = await import('./buildCountry.js');
  let localBusy = false;
  return {
    workers: lanes - 1,
    capacity: 1 + (pool?.capacity ?? 0),
    build: async (job) => {
      if (!pool || !localBusy) {
        localBusy = true;
        try {
          return await buildCountry(env, job);
        } finally {
          localBusy = false;
        }
      }
      return pool.build(job);
    },
    close: async () => {
      await pool?.close();
    },
  };
}

/** Jobs sent ahead to each worker, so it never waits for a busy main thread to hand it the next one. */
const AHEAD = 2;

function createWorkerPool(paths: ProjectPaths, size: number): Builder & { readonly capacity: number } {
  const script = workerScript();
  type Sent = { resolve: (result: CountryResult) => void; reject: (error: Error) => void; country: string };
  const lanes = Array.from({ length: size }, () => {
    const worker = new Worker(script, {
      workerData: { paths },
      // A smaller young generation and old-space ceiling: the worker collects garbage sooner and
      // keeps less memory than V8's defaults would let it.
      resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 512 },
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
  return join(dirname(here), '..', '..', 'dist', 'build', 'buildWorker.js');
}
