import { closeSync, constants, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FontDescriptor } from 'pdfmake';
import { FontError } from '../errors/index.js';
import { openSharedFont } from '../fonts/openSharedFont.js';
import { readRegularFile } from '../project/readRegularFile.js';

/** The four styles pdfmake asks for. */
export const FONT_STYLES = ['normal', 'bold', 'italics', 'bolditalics'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

/** A font file of the project, loaded once. */
export interface FontFace {
  readonly family: string;
  readonly style: FontStyle;
  /**
   * Absolute path. pdfmake and the chart renderer open fonts by path: pdfmake hands SVG text
   * fonts to svg-to-pdfkit as file names, so they must resolve from any working directory.
   */
  readonly file: string;
}

/** Every font the profiles may use: their files, their styles, and which characters they print. */
export interface FontRegistry {
  readonly families: readonly string[];
  readonly faces: readonly FontFace[];
  /** pdfmake font descriptors (absolute paths), every style filled. */
  descriptors(): Record<string, FontDescriptor>;
  /** True when `family` has a glyph for the code point. */
  covers(family: string, codePoint: number): boolean;
}

interface FontsFile {
  readonly families: Readonly<Record<string, Partial<Record<FontStyle, string>>>>;
}

/**
 * Reads `fonts/fonts.json` and checks that the TTF files it lists exist; each file is parsed
 * when first used (FONT_UNREADABLE then). A family without a bold or italic file uses its normal
 * file for those styles (symbol fonts have one style only).
 */
export function loadFontRegistry(dir: string): FontRegistry {
  const listFile = join(dir, 'fonts.json');
  let list: FontsFile;
  try {
    // A regular file only: a FIFO or a device in its place is refused at once, never waited on.
    list = JSON.parse(readRegularFile(listFile).toString('utf8')) as FontsFile;
  } catch (error) {
    throw new FontError(
      'FONT_UNREADABLE',
      { file: listFile, reason: (error as Error).message },
      { file: listFile },
      error,
    );
  }
  const faces: FontFace[] = [];
  // The code points each family has a glyph for, read from its normal style when a text first
  // asks: a document that prints no emoji never parses the emoji font.
  const normalFile = new Map<string, string>();
  const coverage = new Map<string, ReadonlySet<number>>();
  const coverageOf = (family: string): ReadonlySet<number> | undefined => {
    let set = coverage.get(family);
    if (!set) {
      const file = normalFile.get(family);
      if (file === undefined) return undefined;
      set = new Set(openFont(file).characterSet);
      coverage.set(family, set);
    }
    return set;
  };
  for (const [family, styles] of Object.entries(list.families)) {
    for (const style of FONT_STYLES) {
      const name = styles[style] ?? styles.normal;
      if (!name) throw new FontError('FONT_MISSING', { family, style, file: '(none listed)' }, { file: listFile });
      const file = resolve(dir, name);
      if (!existsSync(file)) throw new FontError('FONT_MISSING', { family, style, file }, { file: listFile });
      // Checked now, parsed later (when a text first needs it): a damaged file, bold or italic too,
      // is an error naming it, not a failure deep inside pdfkit when the first bold word is set.
      const damage = damageOf(file);
      if (damage) throw new FontError('FONT_UNREADABLE', { file, reason: damage }, { file });
      if (style === 'normal') normalFile.set(family, file);
      faces.push({ family, style, file });
    }
  }
  return {
    families: Object.keys(list.families),
    faces,
    descriptors: () => {
      const out: Record<string, FontDescriptor> = {};
      for (const face of faces) {
        out[face.family] ??= { normal: '', bold: '', italics: '', bolditalics: '' };
        out[face.family]![face.style] = face.file;
      }
      return out;
    },
    covers: (family, codePoint) => coverageOf(family)?.has(codePoint) ?? false,
  };
}

function openFont(file: string): ReturnType<typeof openSharedFont> {
  try {
    return openSharedFont(file);
  } catch (error) {
    throw new FontError('FONT_UNREADABLE', { file, reason: (error as Error).message }, { file }, error);
  }
}

/**
 * What is wrong with a font file, read from its first bytes only (the table directory), without
 * parsing it: not a TrueType or OpenType font, or cut short (a table ends after the end of the
 * file). fontkit reads tables lazily and, when one cannot be decoded, returns undefined without a
 * word: a truncated copy would print nothing, or fail far from here.
 */
export function damageOf(file: string): string | undefined {
  let fd: number;
  try {
    // Opened without blocking: a FIFO or a device in place of a font is refused, never waited on.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return `it cannot be opened (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      return `not a regular file but ${stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a named pipe (FIFO)' : 'a device or socket'}`;
    const size = stat.size;
    const header = Buffer.alloc(12);
    if (readSync(fd, header, 0, 12, 0) < 12) return `the file has ${size} bytes, too few for a font`;
    const tag = header.toString('latin1', 0, 4);
    if (tag === 'wOFF' || tag === 'wOF2') return 'a WOFF web font, which pdfmake cannot embed';
    if (tag === 'ttcf') return 'a font collection, not a single font';
    if (!(tag === '\u0000\u0001\u0000\u0000' || tag === 'true' || tag === 'OTTO')) {
      return 'the file is not a TrueType or OpenType font';
    }
    const tables = header.readUInt16BE(4);
    const directory = Buffer.alloc(16 * tables);
    if (readSync(fd, directory, 0, directory.length, 12) < directory.length) {
      return `the file is cut short: its table directory ends after byte ${size}`;
    }
    for (let index = 0; index < tables; index += 1) {
      const name = directory.toString('latin1', 16 * index, 16 * index + 4).trim();
      const end = directory.readUInt32BE(16 * index + 8) + directory.readUInt32BE(16 * index + 12);
      if (end > size)
        return `the file is cut short: its table "${name}" ends at byte ${end}, but the file has ${size} bytes`;
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}
