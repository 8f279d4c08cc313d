/**
 * Reading pdfmake's laid-out pages (handed to the `afterLayout` hook of our pdfmake patch):
 * on which page inline markers landed, and how tall tagged blocks are.
 */

interface LaidOutInline {
  readonly linkToDestination?: string | null;
}

interface LaidOutLine {
  readonly x: number;
  readonly y: number;
  readonly inlines: readonly LaidOutInline[];
  getHeight(): number;
}

/** A page as pdfmake's layout engine leaves it: positioned items, lines among them. */
export interface LaidOutPage {
  readonly items: readonly { readonly type: string; readonly item: unknown }[];
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
    const tag = line.inlines.map((inline) => (inline.linkToDestination ? pattern.exec(inline.linkToDestination) : null)).find(Boolean);
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
