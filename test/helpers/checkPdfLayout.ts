import { type PageItems, readItems, type TextItem } from '../../src/preview/extractText.js';
import { type PdfSource, withPdf } from '../../src/preview/openPdf.js';
import { countMissingGlyphs, paintsImages } from './countMissingGlyphs.js';

/**
 * What the tests check a built PDF for, read back from the file (pdf.js), independently of the
 * build's own check of its composed pages (src/pdf/verifyPages.ts, the LAYOUT_* errors): a
 * second opinion from outside, which also sees what the writer did after the check.
 */
export type LayoutRule =
  | 'missing glyph'
  | 'outside the page'
  | 'in a side margin'
  | 'in the footer'
  | 'in the header'
  | 'overlap'
  | 'empty page';

/** One problem found on a page. */
export interface LayoutProblem {
  readonly rule: LayoutRule;
  /** 1-based page number. */
  readonly page: number;
  /** What is wrong, with the text concerned (□ for a glyph with no character). */
  readonly detail: string;
}

/** A problem as a line of a test failure: `mli.pdf page 2: in the footer: "…"`. */
export function describeProblem(problem: LayoutProblem, file = ''): string {
  return `${file}${file ? ' ' : ''}page ${problem.page}: ${problem.rule}: ${problem.detail}`;
}

/** What the layout of a profile's pages is checked against. */
export interface LayoutCheckOptions {
  /** Page margins in points, [top, right, bottom, left], as in templates/theme.yaml (page.margins). */
  readonly margins: readonly [number, number, number, number];
  /** How far (pt) text may stray past a limit before it counts: rounding in the PDF. */
  readonly tolerance?: number;
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
 * Returns the problems found, page by page (none for a good PDF). A test helper, not part of the
 * tool: every build checks its own composed pages before writing them (src/pdf/verifyPages.ts).
 */
export function checkPdfLayout(pdf: PdfSource, options: LayoutCheckOptions): Promise<LayoutProblem[]> {
  return withPdf(pdf, async (document) => {
    const problems: LayoutProblem[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const items = await readItems(page);
      const report = (rule: LayoutRule, detail: string) => problems.push({ rule, page: number, detail });
      const missing = await countMissingGlyphs(page);
      if (missing > 0)
        report('missing glyph', `${missing} glyph(s) drawn as .notdef in ${quote(missingGlyphContext(items.items))}`);
      const { header, footer, body } = zones(items, options);
      for (const [rule, detail] of checkPlacement(items, body, options)) report(rule, detail);
      for (const run of runs(header.slice(1).flat())) report('in the header', quote(run.text));
      for (const run of runs(footer.others)) report('in the footer', quote(run.text));
      for (const [first, second] of overlaps(body))
        report('overlap', `${quote(first.text)} over ${quote(second.text)}`);
      if (body.length === 0 && !(await paintsImages(page))) report('empty page', 'nothing but the header and footer');
      page.cleanup();
    }
    return problems;
  });
}

type Placement = ['outside the page' | 'in a side margin', string];

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
    if (distance > tolerance)
      found.push(['outside the page', `${by(distance)} pt beyond the ${edge} edge: ${quote(run.text)}`]);
  }
  for (const run of runs(body)) {
    const intoLeft = left - run.x;
    const intoRight = run.x + run.width - (page.width - right);
    if (intoLeft > tolerance)
      found.push(['in a side margin', `${by(intoLeft)} pt into the left margin: ${quote(run.text)}`]);
    if (intoRight > tolerance)
      found.push(['in a side margin', `${by(intoRight)} pt into the right margin: ${quote(run.text)}`]);
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
  return items.find((candidate) => /[\u0000\ufffd]/.test(candidate.text))?.text ?? '';
}

/** Text as messages show it, quoted: a glyph that cannot be mapped to a character shown as □. */
function quote(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: unmappable glyphs come out as control characters.
  return `"${text.replace(/[\u0000-\u001f\ufffd]/g, '□')}"`;
}
