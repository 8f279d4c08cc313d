import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

/**
 * Reads a whole file that must be a regular file (symlinks followed): the build cache, a PDF to
 * preview or compare, a data file an import edits. It is opened without blocking and checked
 * before anything is read, so a FIFO, a device or a folder in its place is an error at once (the
 * reason in the error's message), never a read that waits forever, deaf to Ctrl-C, or that never
 * ends (/dev/zero). Data files of a build are read by readDataBytes (with a size limit).
 */
export function readRegularFile(file: string): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const kind = stat.isDirectory()
        ? 'a folder'
        : stat.isFIFO()
          ? 'a named pipe (FIFO)'
          : stat.isSocket()
            ? 'a socket'
            : 'a device';
      throw new Error(`not a regular file but ${kind}`);
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** What went wrong reading or writing a file, for a message: the errno code when there is one (EACCES, ENOENT…). */
export function readFailure(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
