import { createReadStream, type ReadStream, statSync } from 'node:fs';
import { DataError } from '../errors/index.js';

/**
 * Checks that a dataset file exists and is a regular file (a clear error, before a reader fails
 * on it, or waits forever on a FIFO nobody writes to).
 */
export function checkInput(file: string, shown: string): void {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      const kind = stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a named pipe (FIFO)' : 'a device or socket';
      throw new Error(`not a regular file but ${kind}`);
    }
  } catch (error) {
    throw new DataError(
      'IMPORT_UNREADABLE',
      { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message },
      { file: shown },
      error,
    );
  }
}

/** A read stream on a dataset file that exists. */
export function openInput(file: string, shown: string): ReadStream {
  checkInput(file, shown);
  return createReadStream(file);
}
