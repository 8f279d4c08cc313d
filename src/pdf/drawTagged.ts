import { drawChips, drawGraphic, drawInlines, hasChips, type Inline, type PdfRenderer } from './drawItems.js';
import type { GalleyItem } from './layoutGalley.js';
import type { PdfKitDocument } from './pdfmakeInternals.js';
import type { StructElement, StructureTree } from './structureTree.js';

/** pdfkit's marked-content and annotation API (MarkingsMixin, AnnotationsMixin). */
interface MarkingDocument {
  markContent(tag: string, options?: Record<string, unknown> | null): unknown;
  markStructureContent(tag: string, options?: Record<string, unknown>): unknown;
  endMarkedContent(): unknown;
  struct(type: string, options?: Record<string, unknown>): StructElement;
  link(x: number, y: number, w: number, h: number, url: string, options?: Record<string, unknown>): unknown;
  goTo(x: number, y: number, w: number, h: number, name: string, options?: Record<string, unknown>): unknown;
}

/** The words of links' descriptions (an annotation's /Contents), in the edition's language. */
export interface LinkLabels {
  /** "Footnote 3": what the reference to a note is. */
  readonly note: (number: number) => string;
}

/**
 * Draws content as tagged PDF: every item inside marked content that belongs to its block's
 * structure element, decoration and page furniture as artifacts, links as Link elements that
 * hold their annotation, footnote markers as References to their notes. No glyph is drawn
 * outside marked content.
 */
export class TaggedDrawer {
  private readonly doc: MarkingDocument;
  /** Marked content left open, so the lines of one paragraph drawn one after the other make one sequence. */
  private open: { readonly element: StructElement; readonly content: unknown } | undefined;

  constructor(
    pdf: PdfKitDocument,
    private readonly renderer: PdfRenderer,
    private readonly tree: StructureTree,
    private readonly labels: LinkLabels,
  ) {
    this.doc = pdf as unknown as MarkingDocument;
  }

  /** Draws decoration or furniture as an artifact. */
  artifact(type: 'Layout' | 'Pagination', draw: () => void): void {
    this.flush();
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Draws an item of a galley (`notes` or a band's index) moved by (dx, dy), tagged as its block. */
  item(galley: 'notes' | number, item: GalleyItem, dx: number, dy: number): void {
    const target = this.tree.elementOf(galley, item.owner);
    if (!target) {
      this.artifact('Layout', () => this.drawPlain(item, dx, dy));
      return;
    }
    if (item.type !== 'line') {
      this.marked(target.element, target.type, () => drawGraphic(this.renderer, item, dx, dy));
      this.flush();
      return;
    }
    const line = item.item;
    const [x, y] = [line.x + dx, line.y + dy];
    if (hasChips(line)) this.artifact('Layout', () => drawChips(this.doc as unknown as PdfKitDocument, line, x, y));
    for (const run of runsOf(line.inlines as Inline[])) {
      const draw = () => drawInlines(this.renderer, line, run.from, run.to, x, y);
      const box = this.box(line.inlines as Inline[], run.from, run.to, x, y, line.getHeight!());
      if (run.link) {
        // A printed address reads without the break opportunities set in it.
        const text = run.text.replace(/\u200b/g, '');
        const link = this.doc.struct('Link', text === run.text ? {} : { actual: text });
        this.add(target.element, link);
        this.marked(link, 'Link', draw);
        this.flush();
        this.doc.link(box.x, box.y, box.w, box.h, run.link, {
          structParent: link,
          Contents: new String(`${run.text} (${run.link})`),
        });
        link.end();
      } else if (run.goTo) {
        const reference = this.doc.struct('Reference');
        const link = this.doc.struct('Link');
        this.add(target.element, reference);
        reference.add(link);
        this.marked(link, 'Link', draw);
        this.flush();
        const contents = run.note === undefined ? run.text : this.labels.note(run.note);
        this.doc.goTo(box.x, box.y, box.w, box.h, run.goTo, { structParent: link, Contents: new String(contents) });
        link.end();
        reference.end();
        // The note is heard right after its first reference.
        const note = run.note === undefined ? undefined : this.tree.takeNote(run.note);
        if (note) target.element.add(note);
      } else {
        this.marked(target.element, target.type, draw);
      }
    }
  }

  /** Draws an item with no structure (page furniture laid out from galleys). */
  drawPlain(item: GalleyItem, dx: number, dy: number): void {
    if (item.type !== 'line') {
      drawGraphic(this.renderer, item, dx, dy);
      return;
    }
    const line = item.item;
    drawInlines(this.renderer, line, 0, (line.inlines as Inline[]).length, line.x + dx, line.y + dy);
  }

  /** Closes the marked content left open, and gives it to its element. */
  flush(): void {
    if (!this.open) return;
    this.doc.endMarkedContent();
    this.open.element.add(this.open.content);
    this.open = undefined;
  }

  /** Draws inside marked content of `element`, continuing the sequence already open for it. */
  private marked(element: StructElement, type: string, draw: () => void): void {
    if (this.open?.element !== element) {
      this.flush();
      this.open = { element, content: this.doc.markStructureContent(type) };
    }
    draw();
  }

  /** Adds a structure element to a parent, after what is already drawn of the parent. */
  private add(parent: StructElement, child: StructElement): void {
    this.flush();
    parent.add(child);
  }

  /** The box of inlines from…to−1 of a line drawn at (x, y): where its link annotation goes. */
  private box(inlines: readonly Inline[], from: number, to: number, x: number, y: number, height: number) {
    const first = inlines[from]!;
    const last = inlines[to - 1]!;
    const left = x + first.x;
    return { x: left, y, w: x + last.x + last.width - (last.trailingCut ?? 0) - left, h: height };
  }
}

/** A run of inlines of one kind: plain text, a link to an address, or a link inside the document. */
interface Run {
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly link?: string;
  readonly goTo?: string;
  readonly note?: number;
}

/** Consecutive inlines with the same link target make one run. */
function runsOf(inlines: readonly Inline[]): Run[] {
  const runs: Run[] = [];
  const keyOf = (inline: Inline) =>
    inline.link ? `l:${inline.link}` : inline.linkToDestination ? `g:${inline.linkToDestination}` : '';
  let from = 0;
  for (let i = 1; i <= inlines.length; i += 1) {
    if (i < inlines.length && keyOf(inlines[i]!) === keyOf(inlines[from]!)) continue;
    const first = inlines[from]!;
    const text = inlines
      .slice(from, i)
      .map((inline) => inline.text)
      .join('')
      .trim();
    runs.push({
      from,
      to: i,
      text,
      ...(first.link ? { link: first.link } : {}),
      ...(first.linkToDestination ? { goTo: first.linkToDestination } : {}),
      ...(first._note !== undefined ? { note: first._note } : {}),
    });
    from = i;
  }
  return runs;
}
