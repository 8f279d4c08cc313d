import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { type BuildSummary, buildAll } from '../../src/pipeline/buildAll.js';
import { projectContext, ROOT } from './project.js';

/**
 * Both editions of the Mali profile (data/mli.yaml, French and English), built once per test
 * run and shared by the test files that only read them: the first file that asks builds them
 * into the run's shared folder (test/globalSetup.ts), the others (in other workers) wait for it.
 * Returns the output folder (`<dir>/fr/mli.pdf`, `<dir>/en/mli.pdf`, charts, build summary) and
 * the build's summary (as JSON: plain data). Never write into the folder.
 */
export async function sharedMaliBuild(): Promise<{ readonly dir: string; readonly summary: BuildSummary }> {
  const shared = inject('sharedDir');
  const dir = join(shared, 'mali');
  const done = join(shared, 'mali.done.json');
  let building = false;
  try {
    mkdirSync(join(shared, 'mali.lock')); // atomic: one test file wins
    building = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (building) {
    let outcome: Outcome;
    try {
      const summary = await buildAll(
        { data: join(ROOT, 'data', 'mli.yaml'), countries: [], languages: ['fr', 'en'], outDir: dir, strict: false },
        projectContext(),
      );
      outcome = { summary };
    } catch (error) {
      outcome = { error: String(error) };
    }
    writeFileSync(done, JSON.stringify(outcome));
  }
  // The build of another file: wait for it (a build takes seconds; the hook timeout bounds the wait).
  while (!existsSync(done)) await sleep(100);
  const outcome = JSON.parse(readFileSync(done, 'utf8')) as Outcome;
  if (!outcome.summary) throw new Error(`the shared build of Mali failed: ${outcome.error}`);
  return { dir, summary: outcome.summary };
}

type Outcome =
  | { readonly summary: BuildSummary; readonly error?: undefined }
  | { readonly summary?: undefined; readonly error: string };
