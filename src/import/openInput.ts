import { createReadStream, type ReadStream, statSync } from 'node:fs';
import { DataError } from '../errors/index.js';

/** A read stream on a file that exists (a clear error otherwise, before the zip reader fails). */
export function openInput(file: string, shown: string): ReadStream {
  try {
    if (!statSync(file).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
  } catch (error) {
    throw new DataError(
      'IMPORT_UNREADABLE',
      { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message },
      { file: shown },
      error,
    );
  }
  return createReadStream(file);
}
