import { copyFileSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
  const temporary = temporaryName(file);
  try {
    mkdirSync(dirname(file), { recursive: true });
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

/** A file to write, with its bytes. */
export interface FileToWrite {
  readonly path: string;
  readonly bytes: Buffer | string;
}

/**
 * Writes several files as one: all or none replaced. Every file is first written to a temporary
 * file beside it; only when all are complete are they renamed over their targets, in order, each
 * previous file kept (a hard link, or a copy) until all are in place. If anything fails, the files
 * already renamed are put back as they were, nothing else is touched, and the error names the file
 * that failed. Put the file that matters most last (the PDF after its chart exports).
 */
export function writeTogether(files: readonly FileToWrite[]): void {
  type Staged = { target: string; temporary: string; backup?: string | undefined; renamed?: boolean };
  const staged: Staged[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const file of files) {
      current = file.path;
      const temporary = temporaryName(file.path);
      staged.push({ target: file.path, temporary });
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(temporary, file.bytes);
    }
    for (const file of staged) {
      current = file.target;
      file.backup = keepPrevious(file.target);
      renameSync(file.temporary, file.target);
      file.renamed = true;
    }
  } catch (error) {
    for (const file of staged.filter((one) => one.renamed).reverse()) {
      try {
        if (file.backup) renameSync(file.backup, file.target);
        else rmSync(file.target, { force: true });
      } catch {
        // put back what can be: the error below names the file that failed
      }
    }
    for (const file of staged) {
      removeQuietly(file.temporary);
      if (file.backup) removeQuietly(file.backup);
    }
    throw new BuildError(
      'BUILD_WRITE',
      { file: current, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message },
      { file: current },
      error,
    );
  }
  for (const file of staged) if (file.backup) removeQuietly(file.backup);
}

/** A second name for the file at `target` (undefined when there is none), to put it back. */
function keepPrevious(target: string): string | undefined {
  const backup = temporaryName(target);
  try {
    linkSync(target, backup);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    copyFileSync(target, backup); // no hard links here: a copy does (a folder in the way fails)
  }
  return backup;
}

function temporaryName(file: string): string {
  counter += 1;
  return join(dirname(file), `.${basename(file)}.${process.pid}.${counter}${TEMPORARY_SUFFIX}`);
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
