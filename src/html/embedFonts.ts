import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';

/** A font file of the project, as fonts/fonts.json lists it. */
export interface WebFontFace {
  readonly family: string;
  readonly style: 'normal' | 'bold' | 'italics' | 'bolditalics';
  /** Absolute path of the TTF file. */
  readonly file: string;
}

const files = new Map<string, Buffer>();

/**
 * @font-face rules for the page: each face of each family (a family without its own bold or
 * italic file is given once, the browser slants or thickens it) cut down to the characters of
 * the page, as WOFF2 in a data: URL. The same text gives the same bytes.
 */
export async function embedFonts(
  faces: readonly WebFontFace[],
  families: readonly string[],
  text: string,
): Promise<string> {
  const characters = [...new Set(text)].sort().join('');
  const rules: string[] = [];
  for (const family of families) {
    const seen = new Set<string>();
    for (const face of faces.filter((f) => f.family === family)) {
      if (seen.has(face.file)) continue;
      seen.add(face.file);
      let ttf = files.get(face.file);
      if (!ttf) {
        ttf = readFileSync(face.file);
        files.set(face.file, ttf);
      }
      const woff2 = await subsetFont(ttf, characters, { targetFormat: 'woff2' });
      const bold = face.style === 'bold' || face.style === 'bolditalics';
      const italic = face.style === 'italics' || face.style === 'bolditalics';
      rules.push(
        `@font-face{font-family:"${family}";font-style:${italic ? 'italic' : 'normal'};font-weight:${bold ? 700 : 400};` +
          `font-display:swap;src:url(data:font/woff2;base64,${Buffer.from(woff2).toString('base64')}) format("woff2")}`,
      );
    }
  }
  return rules.join('\n');
}
