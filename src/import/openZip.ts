import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** A zip archive opened for random access: its entries by name, each readable as a stream. */
export interface ZipArchive {
  /** The entry names, as stored. */
  readonly names: readonly string[];
  /**
   * The stored name of a part, looked up without regard to case (part names of the Open
   * Packaging Conventions are compared case-insensitively), or undefined.
   */
  find(name: string): string | undefined;
  /** The uncompressed size the archive declares for an entry (yauzl enforces it while reading). */
  size(name: string): number;
  open(name: string): Promise<Readable>;
  close(): void;
}

/**
 * Opens a zip file through its central directory, so entries can be read in any order
 * whatever order they were written in, and none is held in memory or copied to disk.
 * Declared sizes are enforced while reading (a zip bomb cannot lie about its size).
 */
export async function openZip(file: string): Promise<ZipArchive> {
  const zip = await yauzl.openPromise(file, {
    lazyEntries: true,
    autoClose: false,
    decodeStrings: true,
    validateEntrySizes: true,
  });
  const entries = new Map<string, yauzl.Entry>();
  const byLowerCase = new Map<string, string>();
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      entries.set(entry.fileName, entry);
      byLowerCase.set(entry.fileName.toLowerCase(), entry.fileName);
    }
  } catch (error) {
    zip.close();
    throw error;
  }
  const entry = (name: string) => {
    const found = entries.get(name);
    if (!found) throw new Error(`no part ${name} in the archive`);
    return found;
  };
  return {
    names: [...entries.keys()],
    find: (name) => byLowerCase.get(name.toLowerCase()),
    size: (name) => entry(name).uncompressedSize,
    open: (name) => zip.openReadStreamPromise(entry(name)),
    close: () => zip.close(),
  };
}
