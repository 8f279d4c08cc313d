import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BuildError } from '../errors/index.js';

let counter = 0;

/**
 * Writes a file so that readers only ever see the old file or the complete new one:
 * the bytes go to a temporary file in the same folder, which is then renamed over the target.
 * On failure the temporary file is removed and the old file is left as it was.
 */
export function writeAtomic(file: string, bytes: Buffer | string): void {
  const dir = dirname(file);
  counter += 1;
  const temporary = join(dir, `.${basename(file)}.${process.pid}.${counter}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new BuildError('BUILD_WRITE', { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }, { file }, error);
  }
}
