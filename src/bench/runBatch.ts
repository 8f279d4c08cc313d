import { resolve } from 'node:path';
import { buildAll } from '../pipeline/buildAll.js';
import { projectPaths } from '../project/projectPaths.js';

/**
 * One batch build, run as its own process by the benchmark (a fresh process, as editors run
 * it): prints on stdout how long it took and how memory grew, as JSON.
 * Arguments: project root, data folder, output folder, workers ("auto" or a number), force (yes/no).
 */
const [root, data, out, workers, force] = process.argv.slice(2);
const started = performance.now();
const samples: number[] = [];
let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const summary = await buildAll(
  {
    data: resolve(data!),
    countries: [],
    languages: [],
    outDir: resolve(out!),
    strict: false,
    force: force === 'yes',
    ...(workers === 'auto' ? {} : { workers: Number(workers) }),
  },
  {
    paths: projectPaths(resolve(root!)),
    onOutput: () => {
      const rss = process.memoryUsage().rss;
      peak = Math.max(peak, rss);
      samples.push(rss);
    },
  },
);
clearInterval(timer);
const mb = (bytes: number) => Math.round(bytes / 1048576);
process.stdout.write(
  JSON.stringify({
    wallMs: Math.round(performance.now() - started),
    built: summary.built,
    unchanged: summary.unchanged,
    failed: summary.failed,
    workers: summary.workers,
    peakRssMb: mb(peak),
    rssAt20Mb: samples.length >= 20 ? mb(samples[19]!) : null,
    rssAtEndMb: samples.length > 0 ? mb(samples[samples.length - 1]!) : null,
  }),
);
