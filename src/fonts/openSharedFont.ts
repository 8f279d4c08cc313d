import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font, FontCollection } from 'fontkit';
import { readRegularFile } from '../project/readRegularFile.js';
import { registerLibraryVersions, rememberFontBytes } from './shapingCache.js';

/**
 * Parsed fonts, shared by everything in the process that sets or measures text: the font
 * registry (coverage), the chart renderer (text widths) and pdfkit, so each font file is parsed
 * once per process, not once per document (fontkit decodes its tables and glyphs lazily and
 * keeps them on the font object, so a shared font is also a warm one).
 *
 * pdfkit parses a font for each document, calling `fontkit.create` on the bytes of the file it
 * reads. At run time, no patch: in Node's module cache, the fontkit that pdfkit loads is
 * replaced by a copy of its exports whose `create` returns the font already parsed from the same
 * bytes (compared in full, so a changed file is parsed again). pdfkit must be loaded after this
 * module, which is why src/pdf/pdfmakeInternals.ts imports it first; `fontSharingActive()` says
 * whether that held.
 */
const require = createRequire(import.meta.url);
type Fontkit = typeof import('fontkit');
type Parsed = Font | FontCollection;

/** The fontkit module as pdfkit (under pdfmake) resolves it, and pdfkit's own file. */
const pdfkitFile = createRequire(require.resolve('pdfmake/js/PDFDocument.js')).resolve('pdfkit');
const fontkitFile = createRequire(pdfkitFile).resolve('fontkit');
const pdfkitLoadedBefore = require.cache[pdfkitFile] !== undefined;
const fontkit = require(fontkitFile) as Fontkit;
registerLibraryVersions({ fontkit: packageVersion(fontkitFile), pdfkit: packageVersion(pdfkitFile) });

/** The version in the package.json of the package a file belongs to (the nearest one above it). */
function packageVersion(file: string): string {
  for (let dir = dirname(file); dirname(dir) !== dir; dir = dirname(dir)) {
    try {
      const found = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (found.name !== undefined && found.version !== undefined) return found.version;
    } catch {
      // no package.json here: look further up
    }
  }
  return 'unknown';
}

/** Fonts parsed from bytes, by byte length then content (and collection member name). */
const parsedByBytes = new Map<number, { bytes: Uint8Array; postscriptName: string; font: Parsed }[]>();

function createShared(bytes: Uint8Array, postscriptName?: string): Parsed {
  const name = postscriptName ?? '';
  const candidates = parsedByBytes.get(bytes.byteLength) ?? [];
  const found = candidates.find((entry) => entry.postscriptName === name && view(entry.bytes).equals(view(bytes)));
  if (found) return found.font;
  const font = fontkit.create(view(bytes), postscriptName);
  rememberFontBytes(font, bytes);
  candidates.push({ bytes, postscriptName: name, font });
  parsedByBytes.set(bytes.byteLength, candidates);
  return font;
}

/** The bytes as a Buffer, without copying them. */
function view(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const cached = require.cache[fontkitFile];
if (cached && cached.exports === fontkit) {
  // A plain object: fontkit's own exports are getters that cannot be redefined.
  cached.exports = { ...fontkit, create: createShared } satisfies Fontkit;
}

/** True when pdfkit was loaded after this module, so that it opens its fonts through `createShared`. */
export function fontSharingActive(): boolean {
  return !pdfkitLoadedBefore && require.cache[fontkitFile]?.exports.create === createShared;
}

const byPath = new Map<string, Font>();

/** The parsed font at `path` (an absolute path), parsed on first use. Throws what fontkit or the file system throws. */
export function openSharedFont(path: string): Font {
  let font = byPath.get(path);
  if (!font) {
    // A regular file only: a FIFO or a device in its place is refused at once, never waited on.
    const opened = createShared(readRegularFile(path));
    if ('fonts' in opened) throw new Error('a font collection, not a single font');
    font = opened;
    byPath.set(path, font);
  }
  return font;
}
