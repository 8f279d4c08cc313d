/**
 * Reading pdfmake's laid-out pages (handed to the `afterLayout` hook of our pdfmake patch):
 * on which page inline markers landed, and how tall tagged blocks are.
 */

interface LaidOutInline {
  readonly linkToDestination?: string | null;
  /** Set by the document stage on the text of headings: the id of the heading. */
  readonly keepWithNext?: string;
}

interface LaidOutLine {
  readonly x: number;
  readonly y: number;
  readonly id?: string;
  readonly inlines: readonly LaidOutInline[];
  getHeight(): number;
}

/** A page as pdfmake's layout engine leaves it: positioned items, lines among them. */
export interface LaidOutPage {
  readonly items: readonly { readonly type: string; readonly item: unknown }[];
  readonly pageSize?: { readonly height: number };
  readonly pageMargins?: { readonly top: number; readonly bottom: number };
}

function* lines(pages: readonly LaidOutPage[]): Generator<{ page: number; line: LaidOutLine }> {
  for (const [index, page] of pages.entries()) {
    for (const entry of page.items) {
      if (entry.type === 'line') yield { page: index + 1, line: entry.item as LaidOutLine };
    }
  }
}

/** For every marker (an inline whose destination matches `pattern`), the first page it appears on. */
export function findMarkers(pages: readonly LaidOutPage[], pattern: RegExp): Map<number, number> {
  const found = new Map<number, number>();
  for (const { page, line } of lines(pages)) {
    for (const inline of line.inlines) {
      const match = inline.linkToDestination ? pattern.exec(inline.linkToDestination) : null;
      if (match) {
        const number = Number(match[1]);
        if (!found.has(number) || found.get(number)! > page) found.set(number, page);
      }
    }
  }
  return found;
}

/** The height of each tagged block (its lines' extent), by the number in its tag. */
export function measureTagged(pages: readonly LaidOutPage[], pattern: RegExp): Map<number, number> {
  const extents = new Map<number, { page: number; top: number; bottom: number; split: number }>();
  for (const { page, line } of lines(pages)) {
    const tag = line.inlines
      .map((inline) => (inline.linkToDestination ? pattern.exec(inline.linkToDestination) : null))
      .find(Boolean);
    if (!tag) continue;
    const number = Number(tag[1]);
    const bottom = line.y + line.getHeight();
    const extent = extents.get(number);
    if (!extent) extents.set(number, { page, top: line.y, bottom, split: 0 });
    else if (extent.page === page) extent.bottom = Math.max(extent.bottom, bottom);
    else {
      // The block broke across pages while being measured: add up the parts.
      extent.split += extent.bottom - extent.top;
      Object.assign(extent, { page, top: line.y, bottom });
    }
  }
  return new Map([...extents].map(([number, extent]) => [number, extent.split + extent.bottom - extent.top]));
}

/**
 * The headings left at the foot of a page: when the last lines of a page's body are heading
 * lines (their text carries `keepWithNext`), the first heading of that run. Lines of the running
 * header and footer (in the margins) are not body.
 */
export function findOrphans(pages: readonly LaidOutPage[]): Set<string> {
  const orphans = new Set<string>();
  for (const page of pages.slice(0, -1)) {
    const top = page.pageMargins?.top ?? 0;
    const bottom = (page.pageSize?.height ?? Infinity) - (page.pageMargins?.bottom ?? 0);
    const body = page.items
      .filter((entry) => entry.type === 'line')
      .map((entry) => entry.item as LaidOutLine)
      .filter((line) => line.y >= top - 0.5 && line.y < bottom);
    let first: string | undefined;
    for (let index = body.length - 1; index >= 0; index -= 1) {
      const heading = headingOf(body[index]!);
      if (heading === undefined) break;
      first = heading;
    }
    // A page holding nothing but headings cannot be helped by moving them.
    if (first !== undefined && body.some((line) => headingOf(line) === undefined)) orphans.add(first);
  }
  return orphans;
}

function headingOf(line: LaidOutLine): string | undefined {
  const ids = line.inlines.map((inline) => inline.keepWithNext);
  return ids.length > 0 && ids.every((id) => id !== undefined && id === ids[0]) ? ids[0] : undefined;
}
