import { existsSync, readFileSync } from 'node:fs';
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
