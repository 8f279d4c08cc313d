#!/usr/bin/env node
/**
 * Bundles the compiled command line (dist/) into a few files in dist/bundle/, after `tsc`
 * (`npm run build`). A fresh `profiles` process then loads a few files instead of resolving and
 * loading modules one by one: a cold `profiles build MLI` loads about 180 files instead of about
 * 750 modules and takes 11 % less time (docs/performance.md). What a command does not use stays in chunks loaded on demand, as the
 * modules were (vega on the first chart, the preview and import commands when run).
 *
 * - Bundled: the tool and its JavaScript libraries (vega, vega-lite, yaml, zod, i18next…).
 *   Not bundled: native modules (sharp, @napi-rs/canvas), libraries that find files beside
 *   their code (pdfjs-dist: its worker and font data; subset-font and wawoff2: WebAssembly),
 *   and what the tool loads with
 *   createRequire (pdfmake, pdfkit, fontkit: patched in node_modules, and pdfkit must load after
 *   src/fonts/openSharedFont.ts), which Node loads from node_modules as before.
 * - dist/cli/main.js runs the bundle only while it is current: no compiled file newer than
 *   dist/bundle/stamp (src/cli/bundle.ts), so running `tsc` alone never runs stale code.
 * - rolldown is a development dependency: a production install (npm ci --omit=dev) has none,
 *   removes any old bundle and runs from the modules of dist/ (the same output, a little slower).
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bundle');

rmSync(out, { recursive: true, force: true });
let rolldown;
try {
  rolldown = await import('rolldown');
} catch {
  console.error('bundle: rolldown is not installed (production install): the command runs from the modules of dist/');
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'cli', 'profiles.js'))) {
  console.error('bundle: dist/cli/profiles.js is missing: run tsc first (npm run build)');
  process.exit(1);
}
await rolldown.build({
  input: {
    profiles: join(root, 'dist', 'cli', 'profiles.js'),
    // Worker threads of a batch start from the worker script beside the builder (src/pipeline/createBuilder.ts).
    buildWorker: join(root, 'dist', 'pipeline', 'buildWorker.js'),
  },
  platform: 'node',
  // Loaded from node_modules as before: native modules, and libraries that find their own files
  // (WebAssembly, workers, font data) beside their code, which a bundle would move.
  external: [/^node:/, 'sharp', '@napi-rs/canvas', /^pdfjs-dist(\/|$)/, 'subset-font', 'wawoff2', 'harfbuzzjs'],
  logLevel: 'warn',
  output: { dir: out, format: 'es', sourcemap: false },
});
// Written last: the bundle counts as current only once complete.
writeFileSync(join(out, 'stamp'), 'dist/bundle is current while no file of dist/ outside it is newer than this one\n');
