import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
    removeQuietly(temporary);
    throw new BuildError(
      'BUILD_WRITE',
      { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message },
      { file },
      error,
    );
  }
}

/** The name of a temporary file of writeAtomic: `.<name>.<pid>.<n>.tmp`. */
const TEMPORARY = /^\..+\.(\d+)\.\d+\.tmp$/;

/**
 * Removes the temporary files of writeAtomic left in the folders `dirs` (each folder alone, not
 * what is under it) by processes that no longer run: a build killed with SIGKILL between writing
 * a temporary file and renaming it. Files of live processes (a build running side by side) are
 * left alone. Callers name the folders they write into, so the sweep never walks a tree (an
 * output folder given as `/` reads `/` and a few folders named after the languages, nothing
 * more). A folder that is missing, is a file or cannot be read, and a file that cannot be
 * removed, are passed over: the sweep is housekeeping, never a reason to fail.
 */
export function sweepTemporaryFiles(dirs: readonly string[]): string[] {
  const removed: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const match = TEMPORARY.exec(name);
      if (!match || isRunning(Number(match[1]))) continue;
      const path = join(dir, name);
      try {
        rmSync(path, { force: true });
        removed.push(path);
      } catch {
        // a folder with that name, or no permission: left alone
      }
    }
  }
  return removed;
}

/** Removes a file if it is there; a path that cannot hold one (a file above it) has nothing to remove. */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // nothing was written there
  }
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
