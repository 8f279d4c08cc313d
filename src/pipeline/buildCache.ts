import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AcknowledgedFinding } from '../model/acknowledge.js';
import type { FigureSignature } from '../model/checkCopies.js';
import type { Finding } from '../model/checkFinding.js';
import { writeAtomic } from '../project/writeAtomic.js';

/** The cache file, kept in the output folder it describes (output/ is git-ignored). */
export const CACHE_FILE = '.build-cache.json';
const VERSION = 1;

/** A file written by a build, as it was when written. */
export interface WrittenFile {
  readonly path: string;
  readonly bytes: number;
  readonly mtimeMs: number;
}

/** What the cache knows of one output (a country in a language). */
export interface CacheEntry {
  /** Hash of all the inputs of this output: fingerprint, data file, language. */
  readonly key: string;
  readonly sha256: string;
  readonly pages: number;
  /** The PDF and its chart exports, to check they are still there, untouched. */
  readonly files: readonly WrittenFile[];
  readonly warnings: readonly Finding[];
  /** The findings the data file acknowledges (absent in caches written before they existed). */
  readonly acknowledged?: readonly AcknowledgedFinding[];
}

/** The cache of an output folder. */
export interface BuildCache {
  readonly entries: Record<string, CacheEntry>;
  /** Per country: the data file hash and the figures, for the copy checks of later builds. */
  readonly signatures: Record<string, { readonly dataHash: string; readonly signature: FigureSignature }>;
}

/** Reads the cache of `outDir`; a missing, unreadable or corrupt cache is an empty one (never trusted). */
export function readCache(outDir: string): { cache: BuildCache; corrupt: boolean } {
  const file = join(outDir, CACHE_FILE);
  const empty = (): BuildCache => ({ entries: {}, signatures: {} });
  if (!existsSync(file)) return { cache: empty(), corrupt: false };
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as {
      version?: unknown;
      entries?: unknown;
      signatures?: unknown;
    };
    if (value.version !== VERSION || !isRecord(value.entries) || !isRecord(value.signatures)) throw new Error('shape');
    for (const entry of Object.values(value.entries)) {
      if (
        !isRecord(entry) ||
        typeof entry.key !== 'string' ||
        !Array.isArray(entry.files) ||
        !Array.isArray(entry.warnings)
      )
        throw new Error('entry');
    }
    return {
      cache: {
        entries: value.entries as Record<string, CacheEntry>,
        signatures: value.signatures as BuildCache['signatures'],
      },
      corrupt: false,
    };
  } catch {
    return { cache: empty(), corrupt: true };
  }
}

/** Writes the cache of `outDir` (atomically, like every output). */
export function writeCache(outDir: string, cache: BuildCache): void {
  writeAtomic(join(outDir, CACHE_FILE), `${JSON.stringify({ version: VERSION, ...cache })}\n`);
}

/** The cache key of one output. */
export function outputKey(fingerprint: string, dataHash: string, lang: string): string {
  return createHash('sha256').update(`${fingerprint}\n${dataHash}\n${lang}`).digest('hex');
}

/** True when every file of the entry is still there as written (same size and time). */
export function filesIntact(entry: CacheEntry): boolean {
  return entry.files.every((file) => {
    try {
      const stat = statSync(file.path);
      return stat.size === file.bytes && stat.mtimeMs === file.mtimeMs;
    } catch {
      return false;
    }
  });
}

/** A file as it is now, for the cache. */
export function writtenFile(path: string): WrittenFile {
  const stat = statSync(path);
  return { path, bytes: stat.size, mtimeMs: stat.mtimeMs };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
