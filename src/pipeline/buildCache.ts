import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { z } from 'zod';
import { type AcknowledgedFinding, acknowledgementShape } from '../model/acknowledge.js';
import type { FigureSignature } from '../model/checkCopies.js';
import type { Finding } from '../model/checkFinding.js';
import { readRegularFile } from '../project/readRegularFile.js';
import { writeAtomic } from '../project/writeAtomic.js';
import type { CountryFigures, EditionFigures } from '../publish/figures.js';

/** The cache file, kept in the output folder it describes (output/ is git-ignored). */
export const CACHE_FILE = '.build-cache.json';
/** 2: the files' paths are relative to the output folder (1 had absolute paths). */
const VERSION = 3;

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
  /** The figures as the edition prints them, when its web edition was written (the index is made from them). */
  readonly figures?: EditionFigures;
}

/** The cache of an output folder. */
export interface BuildCache {
  readonly entries: Record<string, CacheEntry>;
  /** Per country: the data file hash and the figures, for the copy checks of later builds. */
  readonly signatures: Record<string, { readonly dataHash: string; readonly signature: FigureSignature }>;
  /** Per country: the data file hash and its figures, for the data export of later builds. */
  readonly figures?: Record<string, { readonly dataHash: string; readonly figures: CountryFigures }>;
}

const Location = {
  file: z.string().optional(),
  path: z.string().optional(),
  line: z.number().optional(),
  column: z.number().optional(),
};
const FindingShape = z.object({
  code: z.string(),
  severity: z.literal('warning'),
  message: z.string(),
  hint: z.string(),
  fingerprint: z.string(),
  ...Location,
});
const AcknowledgedShape = FindingShape.extend({
  acknowledgement: acknowledgementShape,
});
/** The shape of the cache file: anything else is ignored, never trusted (it only decides what to skip). */
const CacheShape = z.object({
  version: z.literal(VERSION),
  entries: z.record(
    z.string(),
    z.object({
      key: z.string(),
      sha256: z.string(),
      pages: z.int().min(1),
      files: z.array(z.object({ path: z.string().min(1), bytes: z.int().min(0), mtimeMs: z.number() })).min(1),
      warnings: z.array(FindingShape),
      acknowledged: z.array(AcknowledgedShape).optional(),
      // The printed figures of an edition whose web page was written (plain JSON, made by this tool).
      figures: z.looseObject({ lang: z.string(), name: z.string() }).optional(),
    }),
  ),
  signatures: z.record(
    z.string(),
    z.object({
      dataHash: z.string(),
      signature: z.object({
        country: z.string(),
        file: z.string(),
        values: z.array(z.unknown()),
        locations: z.array(FindingShape),
      }),
    }),
  ),
  figures: z
    .record(z.string(), z.object({ dataHash: z.string(), figures: z.looseObject({ country: z.string() }) }))
    .optional(),
});

/**
 * Reads the cache of `outDir`. A missing cache, or one written by another version of the tool,
 * is an empty one; an unreadable or damaged one (not JSON, or JSON of another shape, or a file
 * outside the output folder) is empty too, and `damaged` says what was wrong. The paths of the
 * files are kept relative to the output folder, so a copied output folder has a cache of its own
 * files.
 */
export function readCache(outDir: string): { cache: BuildCache; corrupt: boolean; damaged?: string } {
  const file = join(outDir, CACHE_FILE);
  const empty = (): BuildCache => ({ entries: {}, signatures: {} });
  if (!existsSync(file)) return { cache: empty(), corrupt: false };
  let value: unknown;
  try {
    value = JSON.parse(readRegularFile(file).toString('utf8'));
  } catch (error) {
    return { cache: empty(), corrupt: true, damaged: (error as Error).message };
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== VERSION) return { cache: empty(), corrupt: false };
  const parsed = CacheShape.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const where = issue?.path.map(String).join('.') || 'the file';
    return { cache: empty(), corrupt: true, damaged: `${where}: ${issue?.message ?? 'wrong shape'}` };
  }
  const entries: Record<string, CacheEntry> = {};
  for (const [id, entry] of Object.entries(parsed.data.entries)) {
    const files: WrittenFile[] = [];
    for (const written of entry.files) {
      if (isAbsolute(written.path) || written.path.split(/[\\/]/).includes('..'))
        return { cache: empty(), corrupt: true, damaged: `entries.${id}: a file outside the output folder` };
      files.push({ ...written, path: join(outDir, written.path) });
    }
    const { acknowledged, figures, ...rest } = entry;
    entries[id] = {
      ...rest,
      files,
      warnings: entry.warnings as Finding[],
      ...(acknowledged ? { acknowledged: acknowledged as AcknowledgedFinding[] } : {}),
      ...(figures ? { figures: figures as unknown as EditionFigures } : {}),
    };
  }
  return {
    cache: {
      entries,
      signatures: parsed.data.signatures as BuildCache['signatures'],
      ...(parsed.data.figures ? { figures: parsed.data.figures as unknown as NonNullable<BuildCache['figures']> } : {}),
    },
    corrupt: false,
  };
}

/** Writes the cache of `outDir` (atomically, like every output), with paths relative to it. */
export function writeCache(outDir: string, cache: BuildCache): void {
  const entries = Object.fromEntries(
    Object.entries(cache.entries).map(([id, entry]) => [
      id,
      { ...entry, files: entry.files.map((file) => ({ ...file, path: relative(outDir, file.path) })) },
    ]),
  );
  const file = join(outDir, CACHE_FILE);
  // Keys in order at every level, so that the same cache is the same text however it was made
  // (built now, or read back from the file, whose reading orders the fields of a warning its way).
  const text = `${JSON.stringify(
    { version: VERSION, entries, signatures: cache.signatures, ...(cache.figures ? { figures: cache.figures } : {}) },
    sortedKeys,
  )}\n`;
  // Nothing built, nothing changed: the file stays as it is (a no-op build writes nothing).
  if (sameText(file, text)) return;
  writeAtomic(file, text);
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function sameText(file: string, text: string): boolean {
  try {
    const stat = statSync(file);
    return stat.isFile() && stat.size === Buffer.byteLength(text) && readFileSync(file, 'utf8') === text;
  } catch {
    return false;
  }
}

/** The cache key of one output. */
export function outputKey(fingerprint: string, dataHash: string, lang: string): string {
  return createHash('sha256').update(`${fingerprint}\n${dataHash}\n${lang}`).digest('hex');
}

/** True when every file of the entry is still there as written (same size and modification time). */
export function filesIntact(entry: CacheEntry): boolean {
  return entry.files.every((file) => {
    try {
      const stat = statSync(file.path);
      // To the millisecond: a copy that keeps the times (cp -p, rsync -a) keeps them to within that.
      return stat.size === file.bytes && Math.abs(stat.mtimeMs - file.mtimeMs) < 1;
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
