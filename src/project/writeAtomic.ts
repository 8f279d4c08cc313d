import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BuildError } from '../errors/index.js';

let counter = 0;

/** Temporary files are hidden (dot) files ending with this suffix, named after the writing process. */
export const TEMPORARY_SUFFIX = '.tmp';

/**
 * Writes a file so that readers only ever see the old file or the complete new one:
 * the bytes go to a temporary file in the same folder, which is then renamed over the target.
 * On failure the temporary file is removed and the old file is left as it was.
 */
export function writeAtomic(file: string, bytes: Buffer | string): void {
  const dir = dirname(file);
  counter += 1;
  const temporary = join(dir, `.${basename(file)}.${process.pid}.${counter}${TEMPORARY_SUFFIX}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new BuildError(
      'BUILD_WRITE',
      { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message },
      { file },
      error,
    );
  }
}

/**
 * Removes temporary files left in `dir` (recursively) by processes that no longer run: a
 * build killed with SIGKILL between writing a temporary file and renaming it. Files of live
 * processes (a build running side by side) are left alone.
 */
export function sweepTemporaryFiles(dir: string): string[] {
  const removed: string[] = [];
  if (!existsSync(dir)) return removed;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      removed.push(...sweepTemporaryFiles(path));
      continue;
    }
    const match = /^\..+\.(\d+)\.\d+\.tmp$/.exec(entry.name);
    if (match && !isRunning(Number(match[1]))) {
      rmSync(path, { force: true });
      removed.push(path);
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
