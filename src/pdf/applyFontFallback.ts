import type { PdfNode } from 'pdfmake';
import { FontError } from '../errors/index.js';
import type { FontRegistry } from './fontRegistry.js';

/** The font a text is set in, and the fonts that print what it lacks, in order. */
export interface FallbackChain {
  readonly body: string;
  readonly fallbacks: readonly string[];
}

// Characters that print nothing: never worth a font switch.
const INVISIBLE = new Set([0x0a, 0x0d, 0x200b, 0x200c, 0x200d, 0xfe0f]);

/**
 * pdfmake has no glyph fallback: a character missing from the font prints as an empty box.
 * This splits every text into runs and gives each run the first font that covers it
 * (the body font, else the fallbacks in order). A character no font covers is an error
 * naming the characters, never a silent box. Returns a new tree; the input is not changed.
 */
export function applyFontFallback(
  node: PdfNode,
  fonts: FontRegistry,
  chain: FallbackChain,
  inherited = chain.body,
): PdfNode {
  if (typeof node === 'string') {
    const runs = splitRuns(node, fonts, chain, inherited);
    return typeof runs === 'string' ? runs : { text: runs };
  }
  if (Array.isArray(node)) return node.map((item: PdfNode) => applyFontFallback(item, fonts, chain, inherited));
  const object = node as Record<string, unknown>;
  if ('svg' in object || 'canvas' in object || 'image' in object) return node;
  const family = typeof object.font === 'string' ? object.font : inherited;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (key === 'text') out[key] = textRuns(value as PdfNode, fonts, chain, family);
    else if (key === 'stack' || key === 'columns' || key === 'ul' || key === 'ol')
      out[key] = applyFontFallback(value as PdfNode, fonts, chain, family);
    else if (key === 'table') {
      const table = value as { body?: PdfNode[][] };
      out[key] = {
        ...table,
        body: (table.body ?? []).map((row) => row.map((cell) => applyFontFallback(cell, fonts, chain, family))),
      };
    } else out[key] = value;
  }
  return out;
}

/** The value of a `text` property: a string or a flat list of inline runs, each run in a covering font. */
function textRuns(value: PdfNode, fonts: FontRegistry, chain: FallbackChain, family: string): PdfNode {
  if (typeof value === 'string') return splitRuns(value, fonts, chain, family);
  if (!Array.isArray(value)) return applyFontFallback(value, fonts, chain, family);
  return value.flatMap((item: PdfNode) => {
    if (typeof item === 'string') {
      const runs = splitRuns(item, fonts, chain, family);
      return typeof runs === 'string' ? [runs] : runs;
    }
    const run = item as Record<string, unknown>;
    if (typeof run.text !== 'string') return [applyFontFallback(item, fonts, chain, family)];
    const runs = splitRuns(run.text, fonts, chain, typeof run.font === 'string' ? run.font : family);
    if (typeof runs === 'string') return [item];
    // The run keeps its properties (bold, link, style…) in each of its pieces.
    return runs.map((piece) =>
      typeof piece === 'string' ? { ...run, text: piece } : { ...run, ...(piece as object) },
    );
  });
}

function splitRuns(text: string, fonts: FontRegistry, chain: FallbackChain, family: string): string | PdfNode[] {
  let allCovered = true;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (!INVISIBLE.has(code) && !fonts.covers(family, code)) {
      allCovered = false;
      break;
    }
  }
  if (allCovered) return text;
  const runs: { text: string; font: string | undefined }[] = [];
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    let font: string | undefined;
    if (INVISIBLE.has(code) || fonts.covers(family, code)) font = undefined;
    else {
      font = chain.fallbacks.find((candidate) => fonts.covers(candidate, code));
      if (font === undefined) missing.add(char);
    }
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  if (missing.size > 0) {
    const characters = [...missing].join(' ');
    const codePoints = [...missing]
      .map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
      .join(', ');
    throw new FontError('FONT_NOT_COVERED', { characters, codePoints });
  }
  return runs.map((run) => (run.font === undefined ? run.text : { text: run.text, font: run.font }));
}

/** The characters of `text` that no font of the chain prints. */
export function uncoveredCharacters(text: string, fonts: FontRegistry, chain: FallbackChain): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (INVISIBLE.has(code) || /\s/.test(char)) continue;
    if (!fonts.covers(chain.body, code) && !chain.fallbacks.some((family) => fonts.covers(family, code)))
      missing.add(char);
  }
  return [...missing];
}
