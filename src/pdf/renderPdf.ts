import pdfmake, { type PdfNode } from 'pdfmake';
import { PdfError } from '../errors/index.js';
import { applyFontFallback, type FallbackChain } from './applyFontFallback.js';
import type { FontRegistry } from './fontRegistry.js';
import { findMarkers, findOrphans, type LaidOutPage, measureTagged } from './inspectPages.js';

type PdfObject = { [key: string]: unknown };

/**
 * A document for the PDF stage (what src/document builds): pdfmake settings and content, rebuilt
 * fresh on demand (pdfmake mutates what it is given), and footnotes to set at the foot of the
 * page where their marker (an inline with `linkToDestination: note-N`) first lands.
 */
export interface PdfInput {
  /** Page size, margins, styles, fonts, metadata: everything but content and furniture. */
  readonly settings: () => Record<string, unknown>;
  /** The body of the document (fresh objects at each call). */
  readonly content: () => PdfObject[];
  /** Footnote numbers in order, each with its block as printed at the foot of a page. */
  readonly notes: ReadonlyMap<number, () => PdfObject>;
  /** The block above the notes of a page (a short rule), with its height in points. */
  readonly noteSeparator: () => PdfObject;
  readonly noteSeparatorHeight: number;
  /** The running header of page `page` (none on page 1). */
  readonly header: (page: number, pages: number) => PdfNode | null;
  /** The page number line, drawn inside the bottom margin. */
  readonly footer: (page: number, pages: number) => PdfObject;
}

/** The PDF and what it took. */
export interface PdfOutput {
  readonly pdf: Buffer;
  readonly pages: number;
  /** Layout passes run (1 to measure footnotes, then until their pages are stable). */
  readonly passes: number;
  /** Milliseconds laying out (every pass) and writing the PDF (the last pass's rendering and compression). */
  readonly layoutMs: number;
  readonly writeMs: number;
}

/** Renders documents with the project's fonts; the only place that talks to pdfmake. */
export interface PdfRenderer {
  render(input: PdfInput): Promise<PdfOutput>;
}

const MAX_PASSES = 10;
const MARKER = /^note-(\d+)$/;
const MEASURE = /^measure-(\d+)$/;

/**
 * Configures pdfmake once for the process: the fonts (by absolute path), no remote URL ever,
 * and local reads only from `assetDirs`.
 */
export function createPdfRenderer(
  fonts: FontRegistry,
  chain: FallbackChain,
  assetDirs: readonly string[],
  options: RendererOptions = {},
): PdfRenderer {
  pdfmake.setFonts(fonts.descriptors());
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => assetDirs.some((dir) => path.startsWith(dir)));
  const fallback = (node: PdfNode): PdfNode => applyFontFallback(node, fonts, chain);
  const reuse = options.reuseMeasurements ?? true;
  return { render: (input) => renderWithNotes(input, fallback, reuse) };
}

export interface RendererOptions {
  /**
   * Whether a layout pass reuses what the previous pass measured of each text (the default).
   * Off, every pass measures everything again: slower, and the same bytes (tested).
   */
  readonly reuseMeasurements?: boolean;
}

interface Plan {
  /** Note numbers by the page whose foot they are printed at. */
  readonly placement: ReadonlyMap<number, readonly number[]>;
  /** Points kept free at the foot of each page for its notes. */
  readonly reserve: ReadonlyMap<number, number>;
  /** Headings (by id) that start a new page: they would otherwise end one. */
  readonly breakBefore: ReadonlySet<string>;
}

/**
 * Footnotes at the foot of the page where they are first referenced, with pdfmake (which has
 * no footnotes): pass 1 lays the document out once with every note measured at its end; then
 * each pass reserves room for the notes of each page and checks that every marker stayed on
 * the page it was planned for. Reserves only grow, so markers only move forward and the
 * passes end; the pass whose markers match its plan is the one rendered.
 */
async function renderWithNotes(
  input: PdfInput,
  fallback: (node: PdfNode) => PdfNode,
  reuse: boolean,
): Promise<PdfOutput> {
  const started = performance.now();
  let laidOut = 0;
  const heights = new Map<number, number>();
  let plan: Plan = { placement: new Map(), reserve: new Map(), breakBefore: new Set() };
  let observed = new Map<number, number>();
  let orphans = new Set<string>();
  // One content tree for every pass: pdfmake lays a tree out again as it is (its own page-break
  // loop does), and what it measured of each text in one pass is reused in the next (patch).
  const options = { reuse, content: reuse ? (fallback(input.content()) as PdfObject[]) : [] };

  // Pass 1: where do markers land with no room reserved, and how tall is each note? (Headings
  // ending a page are looked for from pass 2 on, once the notes' room is reserved: pass 1's
  // pages differ too much from the final ones.)
  const measureBlocks = [...input.notes].map(([number, block]) => ({
    ...block(),
    linkToDestination: `measure-${number}`,
  }));
  await layout(input, options, plan, fallback, [{ text: '', pageBreak: 'before' }, ...measureBlocks], (pages) => {
    observed = findMarkers(pages, MARKER);
    for (const [number, height] of measureTagged(pages, MEASURE)) heights.set(number, height + 1.5);
    return false;
  });

  for (let pass = 2; pass <= MAX_PASSES; pass += 1) {
    plan = nextPlan(plan, observed, heights, input.noteSeparatorHeight, orphans);
    const last = pass === MAX_PASSES;
    let pages = 0;
    const pdf = await layout(input, options, plan, fallback, [], (result) => {
      observed = findMarkers(result, MARKER);
      orphans = findOrphans(result);
      pages = result.length;
      laidOut = performance.now();
      const settled = samePlacement(plan.placement, observed) && [...orphans].every((id) => plan.breakBefore.has(id));
      return last || settled;
    });
    if (pdf) return { pdf, pages, passes: pass, layoutMs: laidOut - started, writeMs: performance.now() - laidOut };
  }
  throw new PdfError('PDF_RENDER', { detail: 'footnote placement did not settle' });
}

/**
 * The plan that puts each note at the foot of the page its marker was seen on, and starts a new
 * page before every heading seen ending one (headings are kept with what follows them).
 */
function nextPlan(
  previous: Plan,
  observed: ReadonlyMap<number, number>,
  heights: ReadonlyMap<number, number>,
  separator: number,
  orphans: ReadonlySet<string>,
): Plan {
  const placement = new Map<number, number[]>();
  for (const [number, page] of [...observed].sort((a, b) => a[0] - b[0])) {
    const list = placement.get(page) ?? [];
    list.push(number);
    placement.set(page, list);
  }
  const reserve = new Map(previous.reserve);
  for (const [page, numbers] of placement) {
    const needed = separator + numbers.reduce((sum, number) => sum + (heights.get(number) ?? 0), 0);
    reserve.set(page, Math.max(reserve.get(page) ?? 0, Math.ceil(needed)));
  }
  // One heading at a time, the first in reading order: moving it moves everything after it,
  // so the later ones may well not be orphans any more.
  const first = [...orphans].find((id) => !previous.breakBefore.has(id));
  return {
    placement,
    reserve,
    breakBefore: first === undefined ? previous.breakBefore : new Set([...previous.breakBefore, first]),
  };
}

function samePlacement(
  placement: ReadonlyMap<number, readonly number[]>,
  observed: ReadonlyMap<number, number>,
): boolean {
  for (const [page, numbers] of placement) {
    if (numbers.some((number) => observed.get(number) !== page)) return false;
  }
  return [...observed.keys()].every((number) => [...placement.values()].some((numbers) => numbers.includes(number)));
}

/**
 * One layout pass. `inspect` sees the laid-out pages; when it returns false the pass is not
 * rendered (layout only) and the result is undefined.
 */
async function layout(
  input: PdfInput,
  { reuse, content }: { reuse: boolean; content: PdfObject[] },
  plan: Plan,
  fallback: (node: PdfNode) => PdfNode,
  extra: PdfObject[],
  inspect: (pages: LaidOutPage[]) => boolean,
): Promise<Buffer | undefined> {
  let render = false;
  const tree = reuse ? content : (fallback(input.content()) as PdfObject[]);
  const settings = input.settings();
  // pdfmake's margins: [left, top, right, bottom].
  const [left, , right] = settings.pageMargins as [number, number, number, number];
  const definition: Record<string, unknown> = {
    ...settings,
    content: [...breakBefore(tree, plan.breakBefore), ...(fallback(extra) as PdfObject[])],
    header: (page: number, pages: number) => {
      const header = input.header(page, pages);
      return header === null ? null : fallback(header);
    },
    footer: (page: number, pages: number) => {
      const numbers = plan.placement.get(page) ?? [];
      const notes =
        numbers.length === 0 ? [] : [input.noteSeparator(), ...numbers.map((number) => input.notes.get(number)!())];
      return fallback({ stack: [{ stack: notes, margin: [left, 0, right, 0] }, input.footer(page, pages)] });
    },
    pageBottomReserve: (page: number) => plan.reserve.get(page) ?? 0,
    reuseMeasurements: reuse,
    afterLayout: (pages: LaidOutPage[]) => {
      render = inspect(pages);
      return render;
    },
  };
  try {
    const document = pdfmake.createPdf(definition);
    await document.getStream(); // lays out, and renders when `inspect` said so
    if (render) return await document.getBuffer();
    if (reuse) resetPositions(tree);
    return undefined;
  } catch (error) {
    if (error instanceof PdfError) throw error;
    throw new PdfError('PDF_RENDER', { detail: (error as Error).message }, {}, error);
  }
}

/**
 * Puts back the coordinates pdfmake moved while laying the tree out (canvas vectors, images),
 * as its own page-break loop does before laying the same tree out again.
 */
function resetPositions(content: PdfObject[]): void {
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const object = node as PdfObject;
      if (typeof object.resetXY === 'function') (object.resetXY as () => void)();
      for (const key of ['stack', 'columns', 'ul', 'ol']) if (key in object) visit(object[key]);
      if (object.table) visit((object.table as { body?: unknown }).body);
    }
  };
  visit(content);
}

/** Sets `pageBreak: 'before'` on the nodes whose id is in `ids` (a fresh content tree: it is changed in place). */
function breakBefore(content: PdfObject[], ids: ReadonlySet<string>): PdfObject[] {
  if (ids.size === 0) return content;
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const object = node as PdfObject;
      if (typeof object.id === 'string' && ids.has(object.id)) object.pageBreak = 'before';
      for (const key of ['stack', 'columns', 'ul', 'ol']) if (key in object) visit(object[key]);
      if (object.table) visit((object.table as { body?: unknown }).body);
    }
  };
  visit(content);
  return content;
}
