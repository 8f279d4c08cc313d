import type { BlockName } from '../../layout/vocabulary.js';
import type { HtmlComponent } from '../htmlContext.js';
import { box } from './box.js';
import { callout } from './callout.js';
import { card } from './card.js';
import { chart } from './chart.js';
import { check, checks } from './check.js';
import { column, columns } from './columns.js';
import { emblem } from './emblem.js';
import { heading } from './heading.js';
import { keep } from './keep.js';
import { bulletList, list } from './list.js';
import { paragraph } from './paragraph.js';
import { section } from './section.js';
import { rule, spacer } from './spacing.js';
import { tag, tags } from './tags.js';
import { tile, tiles } from './tiles.js';
import { timeline } from './timeline.js';
import { titleBand } from './titleBand.js';

const container: HtmlComponent = (node, ctx) => ctx.blocks(node.children);
const unexpected: HtmlComponent = (node) => {
  throw new Error(`<${node.name}> is rendered by its parent`);
};

/**
 * The HTML component of every block element of the vocabulary, as src/document/components has
 * the PDF one (inline elements are rendered by the inline renderer, renderInlines.ts).
 */
export const HTML_COMPONENTS: Readonly<Record<BlockName, HtmlComponent>> = {
  document: container,
  'title-band': titleBand,
  section,
  h1: heading,
  h2: heading,
  h3: heading,
  h4: heading,
  p: paragraph,
  columns,
  column,
  checks,
  check,
  tiles,
  tile,
  chart,
  box,
  timeline,
  entry: unexpected,
  list,
  item: unexpected,
  ul: bulletList,
  li: unexpected,
  callout,
  card,
  tags,
  tag,
  keep,
  emblem,
  rule,
  spacer,
};
