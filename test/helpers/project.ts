import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BuildContext } from '../../src/pipeline/buildAll.js';
import { type Environment, loadEnvironment, projectPaths } from '../../src/pipeline/loadEnvironment.js';

/** The project folder (tests run from anywhere). */
export const ROOT = resolve(import.meta.dirname, '..', '..');

let environment: Environment | undefined;

/** The project's own environment (templates, locales, theme, fonts), loaded once per test file. */
export function projectEnvironment(): Environment {
  environment ??= loadEnvironment(projectPaths(ROOT));
  return environment;
}

/** The build context of the project, building in this thread with the shared environment. */
export function projectContext(): BuildContext {
  return { paths: projectPaths(ROOT), environment: projectEnvironment };
}

/** A fresh temporary folder, removed by the returned function. */
export function temporaryFolder(prefix = 'profiles-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
