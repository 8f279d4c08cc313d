import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FontDescriptor } from 'pdfmake';
import { FontError } from '../errors/index.js';
import { openSharedFont } from '../fonts/openSharedFont.js';

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
    list = JSON.parse(readFileSync(listFile, 'utf8')) as FontsFile;
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
      // Every face is checked now, bold and italic too, from its table directory alone (cheap: the
      // font is parsed only when a text first needs it): a damaged file is an error naming it, not a
      // failure deep inside pdfkit when the first bold word is set.
      const problem = directoryDamage(file);
      if (problem) throw new FontError('FONT_UNREADABLE', { file, reason: problem }, { file });
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

/** The tables every font must have to set text: glyph outlines (TrueType or CFF), metrics and the character map. */
const REQUIRED_TABLES = ['cmap', 'head', 'hhea', 'hmtx', 'maxp'] as const;

function openFont(file: string): ReturnType<typeof openSharedFont> {
  let font: ReturnType<typeof openSharedFont>;
  try {
    font = openSharedFont(file);
  } catch (error) {
    throw new FontError('FONT_UNREADABLE', { file, reason: (error as Error).message }, { file }, error);
  }
  const problem = damageOf(font, statSync(file).size);
  if (problem) throw new FontError('FONT_UNREADABLE', { file, reason: problem }, { file });
  return font;
}

/**
 * What is wrong with a parsed font, if anything. fontkit reads tables lazily and, when one
 * cannot be decoded, logs nothing and returns undefined: a file cut short (a truncated copy)
 * would print nothing, or fail far from here. So the table directory is checked against the
 * file's size, and the tables text needs are decoded once now.
 */
function damageOf(font: ReturnType<typeof openSharedFont>, size: number): string | undefined {
  const directory = (font as unknown as { directory?: { tables?: Record<string, { offset: number; length: number }> } })
    .directory;
  const tables = directory?.tables ?? {};
  for (const [tag, table] of Object.entries(tables)) {
    if (table.offset + table.length > size) {
      return `the file is cut short: its table "${tag.trim()}" ends at byte ${table.offset + table.length}, but the file has ${size} bytes`;
    }
  }
  if (!('glyf' in tables || 'CFF ' in tables || 'CFF2' in tables))
    return 'the font has no glyph outlines (glyf or CFF)';
  const decoded = 'glyf' in tables ? [...REQUIRED_TABLES, 'loca'] : REQUIRED_TABLES;
  for (const tag of decoded) {
    if (!(tag in tables)) return `the font has no "${tag}" table`;
    const table = (font as unknown as Record<string, unknown>)[tag];
    if (table === undefined || table === null) return `the "${tag}" table of the font cannot be decoded`;
  }
  return undefined;
}

/**
 * What is wrong with a font file's table directory, read without parsing the font: the file must
 * be a TrueType/OpenType font whose tables all lie inside it (a copy cut short is caught here).
 */
export function directoryDamage(file: string): string | undefined {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(12);
    if (readSync(fd, head, 0, 12, 0) < 12) return `the file has only ${size} bytes: it is not a font`;
    const version = head.readUInt32BE(0);
    if (![0x00010000, 0x4f54544f, 0x74727565].includes(version)) return 'the file is not a TrueType or OpenType font';
    const count = head.readUInt16BE(4);
    const directory = Buffer.alloc(count * 16);
    if (readSync(fd, directory, 0, directory.length, 12) < directory.length)
      return 'the file is cut short inside its table directory';
    for (let i = 0; i < count; i += 1) {
      const tag = directory.toString('latin1', i * 16, i * 16 + 4);
      const end = directory.readUInt32BE(i * 16 + 8) + directory.readUInt32BE(i * 16 + 12);
      if (end > size)
        return `the file is cut short: its table "${tag.trim()}" ends at byte ${end}, but the file has ${size} bytes`;
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}
