import { createHash } from 'node:crypto';
import { type BigIntStats, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toolCacheFolder } from './toolCache.js';

/**
 * SHA-256 digests of files, remembered between runs by what the file system says of each file:
 * its inode, size, modification time and status-change time, to the nanosecond. A file written
 * since (any write updates the change time, which no program can set back) or replaced (a new
 * inode) is read and hashed again. So the fingerprint of the tool and of the fonts (about 10 MB
 * read and hashed by every build, even one with nothing to do) costs a stat per file once they
 * were hashed once. Kept in the tool's cache folder (src/project/toolCache.ts), `file-digests.json`;
 * a missing, damaged or unwritable one only means reading the files.
 */
interface Remembered {
  readonly key: string;
  readonly digest: string;
}

let remembered: Map<string, Remembered> | undefined;
let changed = false;
/** Files asked about by this process: when the file grows past MAX_FILES, only these are kept. */
const used = new Set<string>();
const MAX_FILES = 4000;

/**
 * The SHA-256 (hex) of a regular file's contents; `stat` is the caller's `statSync(path, { bigint:
 * true })` of it (the nanosecond times the key needs), so the file is looked at once.
 */
export function fileDigest(path: string, stat: BigIntStats): string {
  const known = memory();
  const key = `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  used.add(path);
  const found = known.get(path);
  if (found !== undefined && found.key === key) return found.digest;
  const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
  known.set(path, { key, digest });
  changed = true;
  return digest;
}

/** Writes the digests learnt by this process for the next one (nothing when none is new). */
export function saveFileDigests(): void {
  const folder = toolCacheFolder();
  if (!changed || folder === null || remembered === undefined) return;
  changed = false;
  try {
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'file-digests.json');
    const temporary = `${file}.${process.pid}.tmp`;
    const kept = remembered.size > MAX_FILES ? [...remembered].filter(([path]) => used.has(path)) : [...remembered];
    writeFileSync(temporary, JSON.stringify(Object.fromEntries(kept)));
    renameSync(temporary, file);
  } catch {
    // The next run reads the files again.
  }
}

function memory(): Map<string, Remembered> {
  if (remembered !== undefined) return remembered;
  remembered = new Map();
  const folder = toolCacheFolder();
  if (folder === null) return remembered;
  try {
    const stored = JSON.parse(readFileSync(join(folder, 'file-digests.json'), 'utf8')) as unknown;
    if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
      for (const [path, entry] of Object.entries(stored)) {
        const { key, digest } = (entry ?? {}) as Partial<Remembered>;
        if (typeof key === 'string' && typeof digest === 'string' && /^[0-9a-f]{64}$/.test(digest)) {
          remembered.set(path, { key, digest });
        }
      }
    }
  } catch {
    // None yet, or damaged: every file is read.
  }
  return remembered;
}
