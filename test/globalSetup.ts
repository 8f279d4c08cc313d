import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { currentBundle } from '../src/cli/bundle.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder shared by the test files of one run, removed after it (test/helpers/sharedBuild.ts). */
    sharedDir: string;
  }
}

const root = join(import.meta.dirname, '..');
/** Written after the tests compiled dist/ (tsc may leave an unchanged output file's time as it was). */
const stamp = join(root, 'node_modules', '.cache', 'diaspora-profiles', 'tests-compiled');

/**
 * Before the tests: compiles src/ to dist/ when a source is newer than the compiled code, and
 * bundles it again when the bundle is no longer current (the
 * command-line tests run the real `profiles` command in child processes, as users do; `npm ci`
 * already compiled it, and the types are checked by `npm run typecheck`, so a run whose sources
 * did not change pays nothing), and gives the test files a folder to share builds in.
 */
export default function setup(project: TestProject): () => void {
  if (compiledIsStale()) {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')],
      { cwd: root, stdio: 'inherit' },
    );
    mkdirSync(dirname(stamp), { recursive: true });
    writeFileSync(stamp, `${new Date().toISOString()}\n`);
  }
  // The command line runs from the bundle of dist/ (scripts/bundle.js) when it is current: made
  // again after tsc, so that the command-line tests run what `npm start` runs.
  if (currentBundle(join(root, 'dist')) === null) {
    execFileSync(process.execPath, [join(root, 'scripts', 'bundle.js')], { cwd: root, stdio: 'inherit' });
  }
  const shared = mkdtempSync(join(tmpdir(), 'profiles-shared-'));
  project.provide('sharedDir', shared);
  return () => rmSync(shared, { recursive: true, force: true });
}

/** True when dist/ is missing a compiled file, or a source or compiler setting is newer than it. */
export function compiledIsStale(): boolean {
  const main = join(root, 'dist', 'cli', 'main.js');
  if (!existsSync(main)) return true;
  const compiledAt = Math.max(statSync(main).mtimeMs, existsSync(stamp) ? statSync(stamp).mtimeMs : 0);
  const settings = ['tsconfig.json', 'tsconfig.build.json'].map((file) => join(root, file));
  for (const file of [...sources(join(root, 'src')), ...settings]) {
    if (statSync(file).mtimeMs > compiledAt) return true;
    if (file.endsWith('.ts') && !file.endsWith('.d.ts')) {
      const compiled = join(root, 'dist', relative(join(root, 'src'), file)).replace(/\.ts$/, '.js');
      if (!existsSync(compiled)) return true;
    }
  }
  return false;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
