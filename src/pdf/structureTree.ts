import type { BlockMeta } from './blocks.js';
import type { RowedGalley } from './galleyRows.js';
import type { PdfKitDocument } from './pdfmakeInternals.js';

/** A structure element of pdfkit (PDFStructureElement): what this module uses of it. */
export interface StructElement {
  add(child: unknown): StructElement;
  end(): void;
}

/** pdfkit's tagging API on the document (MarkingsMixin), and the name tree class of its destinations. */
interface TaggingDocument {
  struct(type: string, options?: Record<string, unknown>, children?: unknown): StructElement;
  addStructure(element: StructElement): void;
  getStructTreeRoot(): { data: Record<string, unknown> };
  _root: {
    data: { Names: { data: { Dests: { constructor: new () => { add(key: string, value: unknown): void } } } } };
  };
}

/** A galley whose blocks become structure elements. */
export interface TaggedGalley {
  readonly rowed: RowedGalley;
}

/**
 * The document's structure tree, from the blocks' descriptions: one element per block in document
 * order (a parent before its children), with its standard role, its alternative text (figures),
 * its actual text (list labels printed as a mark) and its language. Footnotes are Note elements,
 * each placed right after its first reference as pages are drawn (takeNote), so the reading
 * order hears a note where it is referenced. Content is added to the elements as pages are drawn.
 */
export class StructureTree {
  private readonly root: StructElement;
  /** Note elements not yet placed: each goes after its first reference, as it is drawn. */
  private notes = new Map<number, StructElement>();
  private readonly elements = new Map<string, { readonly element: StructElement; readonly type: string }>();
  /** Children of each block, by galley: id → ids, in document order. */
  private readonly children = new Map<RowedGalley, Map<string | undefined, string[]>>();

  constructor(
    doc: PdfKitDocument,
    bands: readonly TaggedGalley[],
    notes: RowedGalley,
    noteIds: ReadonlyMap<number, string>,
  ) {
    const tagging = doc as unknown as TaggingDocument;
    this.root = tagging.struct('Document');
    tagging.addStructure(this.root);
    const create = (meta: BlockMeta) => tagging.struct(meta.role, options(meta));
    // Notes first, so each can be placed after the block that refers to it.
    const noteElements = new Map<number, StructElement>();
    // PDF/UA asks every Note for an ID, listed in the structure tree's ID tree.
    const ids = new tagging._root.data.Names.data.Dests.constructor();
    for (const [number, id] of noteIds) {
      const block = notes.galley.blocks.get(id);
      if (!block) continue;
      const element = create(block.meta);
      const dictionary = (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary;
      dictionary.data.ID = new String(id);
      ids.add(id, dictionary);
      this.elements.set(`notes:${id}`, { element, type: block.meta.role });
      noteElements.set(number, element);
      this.addChildren(notes, id, element, create, 'notes:');
    }
    bands.forEach((band, index) => {
      for (const id of this.childrenOf(band.rowed, undefined)) {
        const block = band.rowed.galley.blocks.get(id)!;
        if (block.meta.role === 'Artifact') continue;
        const element = create(block.meta);
        this.elements.set(`${index}:${id}`, { element, type: block.meta.role });
        this.root.add(element);
        this.addChildren(band.rowed, id, element, create, `${index}:`);
      }
    });
    this.notes = noteElements;
    if (noteIds.size > 0) tagging.getStructTreeRoot().data.IDTree = ids;
  }

  /** The Note element of a footnote, the first time its reference is drawn (then never again). */
  takeNote(number: number): StructElement | undefined {
    const element = this.notes.get(number);
    this.notes.delete(number);
    return element;
  }

  /** The element (and its type) a galley item belongs to (its innermost block), or undefined for an artifact. */
  elementOf(galley: 'notes' | number, owner: string | undefined): { element: StructElement; type: string } | undefined {
    if (owner === undefined) return undefined;
    return this.elements.get(`${galley}:${owner}`);
  }

  /** Ends the tree: every element is written (a note never referenced, which the page check refuses, at the end). */
  end(): void {
    for (const element of this.notes.values()) this.root.add(element);
    this.root.end();
  }

  private addChildren(
    rowed: RowedGalley,
    parent: string,
    parentElement: StructElement,
    create: (meta: BlockMeta) => StructElement,
    prefix: string,
  ): void {
    for (const id of this.childrenOf(rowed, parent)) {
      const block = rowed.galley.blocks.get(id)!;
      if (block.meta.role === 'Artifact') continue;
      const element = create(block.meta);
      this.elements.set(`${prefix}${id}`, { element, type: block.meta.role });
      parentElement.add(element);
      this.addChildren(rowed, id, element, create, prefix);
    }
  }

  /** The blocks whose parent is `parent`, in document order. */
  private childrenOf(rowed: RowedGalley, parent: string | undefined): readonly string[] {
    let index = this.children.get(rowed);
    if (!index) {
      index = new Map();
      for (const [id, block] of rowed.galley.blocks) {
        const list = index.get(block.parent) ?? [];
        list.push(id);
        index.set(block.parent, list);
      }
      this.children.set(rowed, index);
    }
    return index.get(parent) ?? [];
  }
}

/** The options of a block's structure element: alternative or actual text, language. */
function options(meta: BlockMeta): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (meta.alt !== undefined && meta.alt !== '') {
    // A figure is heard through its alternative text; a list label printed as a mark (✓) through
    // the word it stands for.
    if (meta.role === 'Figure') out.alt = meta.alt;
    else out.actual = meta.alt;
  }
  if (meta.lang !== undefined) out.lang = meta.lang;
  return out;
}
