import type { Component, PdfNode, PdfObject } from '../componentContext.js';

/**
 * <h1>, <h2>, <h3 style="…">: headings, never left alone at the foot of a page; <h1> also
 * gets a bookmark (set by <section>).
 */
export const heading: Component = (node, ctx) => {
  const level = Number(node.name.slice(1));
  const style = ctx.style(node.attrs.style ?? node.name, node);
  // The id marks it as kept with what follows (src/pdf/renderPdf.ts moves it to the next page
  // when it would end one); <section> replaces it for its <h1>, which is kept the same way.
  const id = ctx.nextId('keep');
  return {
    text: keptWithNext(ctx.inlines(node.children, { caps: ctx.caps(style) }), id),
    style,
    headlineLevel: level,
    id,
  };
};

/**
 * Text runs marked as belonging to the node `id`, kept with what follows it: the PDF stage
 * finds these lines in the laid-out pages and moves the node to the next page when it would
 * end one (src/pdf/renderPdf.ts).
 */
export function keptWithNext(runs: readonly PdfNode[], id: string): PdfObject[] {
  return runs.map((run) =>
    typeof run === 'string' ? { text: run, keepWithNext: id } : { ...(run as object), keepWithNext: id },
  );
}
