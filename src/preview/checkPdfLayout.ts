import { PdfError } from '../errors/index.js';
import { countMissingGlyphs, paintsImages } from './countMissingGlyphs.js';
import { type PageItems, readItems, type TextItem } from './extractText.js';
import { type PdfSource, withPdf } from './openPdf.js';

/** What the layout of a profile's pages is checked against. */
export interface LayoutCheckOptions {
  /** Page margins in points, [top, right, bottom, left], as in templates/theme.yaml (page.margins). */
  readonly margins: readonly [number, number, number, number];
  /** How far (pt) text may stray past a limit before it counts: rounding in the PDF. */
  readonly tolerance?: number;
  /** The file named in the problems found. */
  readonly file?: string;
}

/**
 * Checks every page of a built PDF for what a reader would see as broken:
 *
 * 1. missing glyphs (.notdef boxes), from the drawing operations;
 * 2. text outside the page box;
 * 3. text in the left or right margin (a word or link that could not break);
 * 4. anything in the bottom margin other than the page-number line (body or footnotes
 *    overflowing into the footer);
 * 5. more than one line in the top margin (the running header, or the title band's kicker);
 * 6. text printed over other text;
 * 7. empty pages: nothing but the running header and the footer.
 *
 * Returns the problems found, page by page (none for a good PDF).
 */
export function checkPdfLayout(pdf: PdfSource, options: LayoutCheckOptions): Promise<PdfError[]> {
  return withPdf(pdf, async (document) => {
    const problems: PdfError[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const items = await readItems(page);
      const report = (error: PdfError) => problems.push(error);
      const at = { file: options.file, path: `page ${number}` };
      const missing = await countMissingGlyphs(page);
      if (missing > 0)
        report(new PdfError('LAYOUT_MISSING_GLYPH', { count: missing, text: missingGlyphContext(items.items) }, at));
      const { header, footer, body } = zones(items, options);
      for (const problem of checkPlacement(items, body, options)) report(new PdfError(...problem, at));
      for (const run of runs(header.slice(1).flat()))
        report(new PdfError('LAYOUT_IN_HEADER', { text: shown(run.text) }, at));
      for (const run of runs(footer.others)) report(new PdfError('LAYOUT_IN_FOOTER', { text: shown(run.text) }, at));
      for (const [first, second] of overlaps(body))
        report(new PdfError('LAYOUT_TEXT_OVERLAP', { first: shown(first.text), second: shown(second.text) }, at));
      if (body.length === 0 && !(await paintsImages(page))) report(new PdfError('LAYOUT_EMPTY_PAGE', {}, at));
      page.cleanup();
    }
    return problems;
  });
}

type Placement =
  | ['LAYOUT_OUTSIDE_PAGE', { edge: string; by: number; text: string }]
  | ['LAYOUT_BEYOND_MARGIN', { side: string; by: number; text: string }];

/** Rules 2 and 3: every run of text inside the page, and body text between the left and right margins. */
function checkPlacement(page: PageItems, body: readonly TextItem[], options: LayoutCheckOptions): Placement[] {
  const tolerance = options.tolerance ?? 0.5;
  const [, right, , left] = options.margins;
  const found: Placement[] = [];
  const by = (value: number) => Math.round(value * 10) / 10;
  for (const run of runs(page.items.filter(visible))) {
    const beyond: [string, number][] = [
      ['left', -run.x],
      ['right', run.x + run.width - page.width],
      ['bottom', -run.bottom],
      ['top', run.top - page.height],
    ];
    const [edge, distance] = beyond.reduce((worst, next) => (next[1] > worst[1] ? next : worst));
    if (distance > tolerance) found.push(['LAYOUT_OUTSIDE_PAGE', { edge, by: by(distance), text: shown(run.text) }]);
  }
  for (const run of runs(body)) {
    const intoLeft = left - run.x;
    const intoRight = run.x + run.width - (page.width - right);
    if (intoLeft > tolerance)
      found.push(['LAYOUT_BEYOND_MARGIN', { side: 'left', by: by(intoLeft), text: shown(run.text) }]);
    if (intoRight > tolerance)
      found.push(['LAYOUT_BEYOND_MARGIN', { side: 'right', by: by(intoRight), text: shown(run.text) }]);
  }
  return found;
}

/**
 * Items joined into runs of text as a reader sees them: same baseline, less than one em apart
 * (so one problem is reported per overflowing phrase, not per glyph, and columns stay apart).
 */
function runs(items: readonly TextItem[]): TextItem[] {
  const joined: TextItem[] = [];
  for (const line of lines(items)) {
    let current: TextItem | undefined;
    for (const item of [...line].sort((a, b) => a.x - b.x)) {
      if (current && item.x - (current.x + current.width) < Math.max(current.size, item.size)) {
        const end = Math.max(current.x + current.width, item.x + item.width);
        current = {
          ...current,
          text: current.text + item.text,
          width: end - current.x,
          top: Math.max(current.top, item.top),
          bottom: Math.min(current.bottom, item.bottom),
        };
      } else {
        if (current) joined.push(current);
        current = item;
      }
    }
    if (current) joined.push(current);
  }
  return joined;
}

/**
 * Splits a page's text into the header lines (baseline in the top margin, top line first),
 * the footer (text in the bottom margin: the page-number line, and anything else there) and
 * the body (everything in between).
 */
function zones(page: PageItems, options: LayoutCheckOptions) {
  const tolerance = options.tolerance ?? 0.5;
  const [top, , bottom] = options.margins;
  const items = page.items.filter(visible);
  const headerItems = items.filter((item) => item.baseline > page.height - top + tolerance);
  const footerItems = items.filter((item) => !headerItems.includes(item) && item.bottom < bottom - tolerance);
  const footerLines = lines(footerItems);
  // The page-number line: the footer line that holds the page number, else the lowest one.
  const numbered = footerLines.find((line) =>
    line.some((item) => new RegExp(`(^|\\D)${page.page}(\\D|$)`).test(item.text)),
  );
  const pageLine = numbered ?? footerLines[footerLines.length - 1] ?? [];
  return {
    header: lines(headerItems),
    footer: { line: pageLine, others: footerItems.filter((item) => !pageLine.includes(item)) },
    body: items.filter((item) => !headerItems.includes(item) && !footerItems.includes(item)),
  };
}

/** Items grouped by baseline (within 1 pt), top line first. */
function lines(items: readonly TextItem[]): TextItem[][] {
  const groups: TextItem[][] = [];
  for (const item of [...items].sort((a, b) => b.baseline - a.baseline)) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(last[0]!.baseline - item.baseline) <= 1) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

/**
 * Pairs of body items printed over each other: their glyph boxes overlap by more than a fifth
 * of the narrower one's width and 40 % of the lower one's height. Neighbouring lines (whose
 * ascenders and descenders share a sliver) and superscripts (beside their word) stay clear.
 */
function overlaps(items: readonly TextItem[]): [TextItem, TextItem][] {
  const found: [TextItem, TextItem][] = [];
  const sorted = [...items].sort((a, b) => a.x - b.x);
  for (const [index, a] of sorted.entries()) {
    for (const b of sorted.slice(index + 1)) {
      if (b.x >= a.x + a.width) break;
      if (Math.abs(a.baseline - b.baseline) < 0.5) continue;
      const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const down = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
      const height = Math.min(a.top - a.bottom, b.top - b.bottom);
      if (across > Math.max(1, 0.2 * Math.min(a.width, b.width)) && down > 0.4 * height) found.push([a, b]);
    }
  }
  return found;
}

/** Runs that print something (not only spaces). */
function visible(item: TextItem): boolean {
  return item.text.trim() !== '';
}

/** The text around the first missing glyph. */
function missingGlyphContext(items: readonly TextItem[]): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is how pdf.js shows a glyph with no character.
  return shown(items.find((candidate) => /[\u0000\ufffd]/.test(candidate.text))?.text ?? '');
}

/** Text as messages show it: a glyph that cannot be mapped to a character shown as □. */
function shown(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: unmappable glyphs come out as control characters.
  return text.replace(/[\u0000-\u001f\ufffd]/g, '□');
}
