import { createHash } from 'node:crypto';
import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Font } from 'fontkit';
import { toolCacheFolder } from '../project/toolCache.js';

/**
 * Shaped words kept between runs. Setting a word in a font (fontkit's `layout`: the glyphs, with
 * the font's substitutions and kerning) is what a fresh process spends most of its font time on:
 * the first word decodes the font's GSUB and GPOS lookups (for Noto Sans, kerning pairs of every
 * script it covers), every word runs them. pdfkit already keeps each word's layout for the rest of
 * the process (its `layoutCache`, shared by every document: src/pdf/renderPdf.ts), and the
 * charts keep each label's advance; this module keeps both on disk too, so that the next process
 * starts with the words of the previous ones and opens the lookups only for words it has not met.
 *
 * - Keyed by the font's bytes (SHA-256), the versions of fontkit and pdfkit, the fontkit patch and
 *   this file's format: any change there starts an empty cache. A cached layout is the one
 *   fontkit gave (the same numbers, read back exactly from JSON), so a PDF is byte for byte the
 *   same with or without the cache (test/fonts/shapingCache.test.ts, test/e2e/buildMali.test.ts).
 * - One file per font, `<key>.jsonl`, a line per word (`w<TAB>"word"<TAB>layout`) or chart label
 *   (`a<TAB>"label"<TAB>advance`), only ever appended to (processes and worker threads building at
 *   once each append whole lines). Reading it indexes the lines by word; a word's layout is
 *   parsed only when pdfkit first asks for that word, so a cache that holds the words of the
 *   whole series costs a profile little more than its own words. A line that does not read back
 *   as a layout of that font (damaged, truncated, glyph numbers the font lacks) is ignored. Past
 *   2 MiB a file is written again with the words of the last process only.
 * - The folder: PROFILES_CACHE_DIR, else `node_modules/.cache/diaspora-profiles` of the tool;
 *   PROFILES_CACHE_DIR=off keeps nothing on disk. A folder that cannot be written only means no
 *   cache: a build never fails because of it.
 */
const FORMAT = 'shaped-words-2';
/**
 * Past this size a font's file is written again with only the words this process used (and the
 * labels): reading and indexing it is part of every cold build (about 25 ms per MiB here), and a
 * profile rebuilt is most often one built shortly before. A file several times larger (written
 * by many processes at once) is not read at all.
 */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A word as pdfkit keeps it (EmbeddedFont.layoutRun: positions scaled to 1000 units per em). */
interface WordRun {
  readonly glyphs: readonly { readonly id: number; readonly advanceWidth: number; readonly codePoints: number[] }[];
  readonly positions: readonly {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
    advanceWidth: number;
  }[];
  readonly advanceWidth: number;
}

interface FontStore {
  /** The file of this font's cache, or null when there is none. */
  readonly file: string | null;
  /**
   * pdfkit's layout cache of the font: word → run. A plain object, as pdfkit indexes it; its
   * prototype finds the words of earlier runs (`stored`) and makes them own properties on first use.
   */
  readonly words: Record<string, WordRun>;
  /** Words of earlier runs, by their JSON form, with their layout as written (parsed on first use). */
  readonly stored: Map<string, string>;
  /** Words pdfkit set in this process and not yet saved, in the order it set them. */
  readonly fresh: string[];
  /** Chart labels → advance width in font units, in the order they were measured. */
  readonly advances: Map<string, number>;
  savedAdvances: number;
  readonly glyphCount: number;
  /** The size of the file as this process knows it (read, then appended to). */
  fileBytes: number;
}

const stores = new WeakMap<object, FontStore>();
const touched = new Set<FontStore>();
const bytesOf = new WeakMap<object, Uint8Array>();

/** Records the bytes a font was parsed from (src/fonts/openSharedFont.ts), which key its cache. */
export function rememberFontBytes(font: object, bytes: Uint8Array): void {
  bytesOf.set(font, bytes);
}

/** The word layouts of a font, for pdfkit: those of earlier runs first, then what pdfkit adds. */
export function wordLayoutsOf(font: Font): Record<string, unknown> {
  return storeOf(font).words;
}

/** The advances of chart labels in a font (font units), those of earlier runs first. */
export function labelAdvancesOf(font: Font): Map<string, number> {
  return storeOf(font).advances;
}

/**
 * Appends the words and labels set since the last call to their fonts' files. Cheap when there
 * is nothing new; never throws (a cache that cannot be written is only a slower next run).
 */
export function saveShapedWords(): void {
  for (const store of touched) {
    if (store.file === null) continue;
    const lines: string[] = [];
    for (const word of store.fresh.splice(0)) {
      const key = JSON.stringify(word);
      if (store.stored.has(key)) continue;
      const run = store.words[word]!;
      const layout = JSON.stringify([
        run.advanceWidth,
        run.glyphs.map((glyph, i) => {
          const p = run.positions[i]!;
          return [
            glyph.id,
            glyph.advanceWidth,
            glyph.codePoints,
            p.xAdvance,
            p.yAdvance,
            p.xOffset,
            p.yOffset,
            p.advanceWidth,
          ];
        }),
      ]);
      store.stored.set(key, layout);
      lines.push(`w\t${key}\t${layout}`);
    }
    let index = 0;
    for (const [label, advance] of store.advances) {
      if (index++ >= store.savedAdvances) lines.push(`a\t${JSON.stringify(label)}\t${JSON.stringify(advance)}`);
    }
    store.savedAdvances = store.advances.size;
    if (lines.length === 0) continue;
    const added = `${lines.join('\n')}\n`;
    try {
      mkdirSync(dirname(store.file), { recursive: true });
      if (store.fileBytes + Buffer.byteLength(added) <= MAX_FILE_BYTES) {
        appendFileSync(store.file, added);
        store.fileBytes += Buffer.byteLength(added);
      } else {
        store.fileBytes = rewrite(store);
      }
    } catch {
      // No cache: the next run sets these words again.
    }
  }
}

/** Writes a font's file again with the words used by this process and every label; returns its size. */
function rewrite(store: FontStore): number {
  const lines: string[] = [];
  for (const word of Object.keys(store.words)) {
    const key = JSON.stringify(word);
    const layout = store.stored.get(key);
    if (layout !== undefined) lines.push(`w\t${key}\t${layout}`);
  }
  for (const [label, advance] of store.advances) lines.push(`a\t${JSON.stringify(label)}\t${JSON.stringify(advance)}`);
  const text = `${lines.join('\n')}\n`;
  const temporary = `${store.file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, store.file!);
  return Buffer.byteLength(text);
}

function storeOf(font: Font): FontStore {
  let store = stores.get(font);
  if (store === undefined) {
    const file = fileFor(font);
    const stored = new Map<string, string>();
    const fresh: string[] = [];
    const created: FontStore = {
      file,
      words: Object.create(storedWords(stored, fresh, () => created)) as Record<string, WordRun>,
      stored,
      fresh,
      advances: new Map(),
      savedAdvances: 0,
      glyphCount: font.numGlyphs,
      fileBytes: 0,
    };
    if (file !== null) readStore(file, created);
    stores.set(font, created);
    touched.add(created);
    store = created;
  }
  return store;
}

/**
 * The prototype of a font's `words`: a word pdfkit looks up and has not set in this process is
 * looked for among the stored ones, parsed, checked and made an own property (so each later
 * lookup is a plain property read). A stored line that is not a layout of the font is dropped.
 * A word pdfkit sets is recorded as new, so that saving needs no scan of every word.
 */
function storedWords(stored: Map<string, string>, fresh: string[], store: () => FontStore): object {
  return new Proxy(Object.create(null) as object, {
    // pdfkit sets a word only when the lookup found none: it is new to the cache (saved later).
    set(_target, word, run: unknown, receiver: object) {
      if (typeof word === 'string') fresh.push(word);
      Object.defineProperty(receiver, word, { value: run, writable: true, enumerable: true, configurable: true });
      return true;
    },
    get(_target, word, receiver: Record<string, WordRun>) {
      if (typeof word !== 'string') return undefined;
      const key = JSON.stringify(word);
      const text = stored.get(key);
      if (text === undefined) return undefined;
      const run = parseRun(text, store().glyphCount);
      if (run === undefined) {
        stored.delete(key);
        return undefined;
      }
      Object.defineProperty(receiver, word, { value: run, writable: true, enumerable: true, configurable: true });
      return run;
    },
  });
}

/** Indexes a font's cache file: word lines by word (parsed on first use), label advances read now. */
function readStore(file: string, store: FontStore): void {
  let text: string;
  try {
    const info = statSync(file);
    if (!info.isFile()) return;
    if (info.size > 4 * MAX_FILE_BYTES) {
      unlinkSync(file);
      return;
    }
    text = readFileSync(file, 'utf8');
    store.fileBytes = info.size;
  } catch {
    return;
  }
  for (const line of text.split('\n')) {
    const first = line.indexOf('\t');
    const second = line.indexOf('\t', first + 1);
    if (first !== 1 || second < 0) continue;
    const key = line.slice(2, second);
    const value = line.slice(second + 1);
    if (line[0] === 'w') {
      if (!store.stored.has(key)) store.stored.set(key, value);
    } else if (line[0] === 'a') {
      const label = parseJson(key);
      const advance = parseJson(value);
      if (typeof label === 'string' && isNumber(advance) && !store.advances.has(label))
        store.advances.set(label, advance);
    }
  }
  store.savedAdvances = store.advances.size;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A stored layout, or undefined when it is not one of a font of `glyphCount` glyphs. */
function parseRun(text: string, glyphCount: number): WordRun | undefined {
  const parsed = parseJson(text);
  if (!Array.isArray(parsed) || parsed.length !== 2 || !isNumber(parsed[0]) || !Array.isArray(parsed[1]))
    return undefined;
  return wordRun(parsed[0], parsed[1], glyphCount);
}

function wordRun(advanceWidth: number, glyphs: unknown[], glyphCount: number): WordRun | undefined {
  const run = {
    glyphs: [] as WordRun['glyphs'][number][],
    positions: [] as WordRun['positions'][number][],
    advanceWidth,
  };
  for (const glyph of glyphs) {
    if (!Array.isArray(glyph) || glyph.length !== 8) return undefined;
    const [id, advance, codePoints, xAdvance, yAdvance, xOffset, yOffset, positionAdvance] = glyph as unknown[];
    if (!(Number.isInteger(id) && (id as number) >= 0 && (id as number) < glyphCount)) return undefined;
    if (!Array.isArray(codePoints) || !codePoints.every(isCodePoint)) return undefined;
    if (![advance, xAdvance, yAdvance, xOffset, yOffset, positionAdvance].every(isNumber)) return undefined;
    run.glyphs.push({ id: id as number, advanceWidth: advance as number, codePoints: codePoints as number[] });
    run.positions.push({
      xAdvance: xAdvance as number,
      yAdvance: yAdvance as number,
      xOffset: xOffset as number,
      yOffset: yOffset as number,
      advanceWidth: positionAdvance as number,
    });
  }
  return run;
}

/** The cache file of a font, or null when caching is off or the font's bytes are unknown. */
function fileFor(font: Font): string | null {
  const folder = toolCacheFolder();
  const bytes = bytesOf.get(font);
  if (folder === null || bytes === undefined) return null;
  const key = createHash('sha256')
    .update(libraryKey())
    .update(bytes)
    .update(font.postscriptName ?? '')
    .digest('hex');
  return join(folder, 'shaped-words', `${key.slice(0, 32)}.jsonl`);
}

let library: string | undefined;

/** What else a layout depends on: fontkit and pdfkit (versions), the fontkit patch, this format. */
function libraryKey(): string {
  if (library === undefined) {
    const toolRoot = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
    const parts = [FORMAT];
    for (const name of ['fontkit', 'pdfkit']) parts.push(`${name}@${versionOf(name)}`);
    try {
      const patches = readdirSync(join(toolRoot, 'patches')).filter((name) =>
        /^(fontkit|pdfkit)\+.*\.patch$/.test(name),
      );
      for (const patch of patches.sort()) parts.push(readFileSync(join(toolRoot, 'patches', patch), 'utf8'));
    } catch {
      parts.push('patches: none');
    }
    library = parts.join('\n');
  }
  return library;
}

let versions: Record<string, string> | undefined;

/** Installed versions of fontkit and pdfkit, as registered by src/fonts/openSharedFont.ts. */
export function registerLibraryVersions(found: Record<string, string>): void {
  versions = found;
}

function versionOf(name: string): string {
  return versions?.[name] ?? 'unknown';
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isCodePoint(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0x10ffff;
}
