import { parentPort, workerData } from 'node:worker_threads';
import { profileErrorsOf } from '../errors/index.js';
import { buildCountry, type CountryJob, countryFailed } from './buildCountry.js';
import { type Environment, loadEnvironment, type ProjectPaths } from './loadEnvironment.js';

/**
 * A build worker: loads the environment once (fonts, templates, locales, vega, pdfmake stay
 * warm) and builds the countries it is sent, one at a time, until it is told to stop.
 * Messages in: CountryJob; out: { result } or { crash } (a bug, not a data problem).
 */
const port = parentPort;
if (!port) throw new Error('buildWorker runs in a worker thread');

let environment: Environment | undefined;
let environmentError: unknown;
try {
  environment = loadEnvironment((workerData as { paths: ProjectPaths }).paths);
} catch (error) {
  environmentError = error;
}

// Jobs may be sent ahead (the pool keeps the worker fed while the main thread is busy): they are
// built one after the other, in the order they came.
let queue = Promise.resolve();
port.on('message', (job: CountryJob) => {
  queue = queue.then(() => run(job));
});

async function run(job: CountryJob): Promise<void> {
  try {
    // A broken template, locale or font fails every job with the same errors.
    const broken = profileErrorsOf(environmentError);
    if (!environment && broken.length === 0) throw environmentError;
    const result = environment
      ? await buildCountry(environment, job)
      : countryFailed(
          job,
          broken.map((e) => e.toJSON()),
        );
    // Copied, not transferred: the buffers may share memory with others.
    port!.postMessage({ result });
  } catch (error) {
    const json =
      error && typeof (error as { toJSON?: unknown }).toJSON === 'function'
        ? (error as { toJSON(): unknown }).toJSON()
        : null;
    port!.postMessage({ crash: { message: (error as Error)?.stack ?? String(error), profileError: json } });
  }
}
