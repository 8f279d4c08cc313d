import { loadPdfJs } from '../../src/preview/extractText.js';

/** A node of a page's structure tree, as pdf.js reads it back. */
export interface StructNode {
  readonly role?: string;
  readonly type?: string;
  readonly id?: string;
  readonly alt?: string;
  readonly lang?: string;
  readonly children?: readonly StructNode[];
}

/** What a reader of the tagged PDF gets, page by page (read with pdf.js, independently of the code that writes the tags). */
export interface PageStructure {
  readonly tree: StructNode;
  /** Text drawn outside marked content, or in marked content that is neither an artifact nor in the structure tree. */
  readonly untagged: readonly string[];
  /** The text of the page's marked content, in the order of the structure tree. */
  readonly ordered: readonly string[];
  /** Roles of the tree, depth first. */
  readonly roles: readonly string[];
  /** Link annotations: their id, /Contents, and whether a Link element holds them. */
  readonly links: readonly { readonly id: string; readonly contents: string; readonly inLink: boolean }[];
}

/** Reads back the structure of every page of a tagged PDF. */
export async function readStructure(
  pdf: Buffer,
): Promise<{ pages: PageStructure[]; markInfo: unknown; lang: unknown }> {
  const { getDocument } = await loadPdfJs();
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PageStructure[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const tree = ((await page.getStructTree()) ?? { role: 'Root', children: [] }) as StructNode;
      const content = await page.getTextContent({ includeMarkedContent: true });
      const known = new Set<string>();
      const objects = new Set<string>();
      const visit = (node: StructNode) => {
        if (node.type === 'content' && node.id) known.add(node.id);
        if (node.type === 'object' && node.id) objects.add(node.id);
        for (const child of node.children ?? []) visit(child);
      };
      visit(tree);
      const texts = new Map<string, string>();
      const untagged: string[] = [];
      const stack: { tag: string; id: string | undefined }[] = [];
      for (const item of content.items as unknown as Record<string, unknown>[]) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
          stack.push({ tag: String(item.tag), id: item.id as string | undefined });
          continue;
        }
        if (item.type === 'endMarkedContent') {
          stack.pop();
          continue;
        }
        const text = String(item.str ?? '');
        if (text.trim() === '') continue;
        const tagged = stack.find(
          (entry) => entry.tag === 'Artifact' || (entry.id !== undefined && known.has(entry.id)),
        );
        if (!tagged) untagged.push(text);
        else if (tagged.id !== undefined && tagged.tag !== 'Artifact')
          texts.set(tagged.id, (texts.get(tagged.id) ?? '') + text);
      }
      const ordered: string[] = [];
      const roles: string[] = [];
      const walk = (node: StructNode) => {
        if (node.role) roles.push(node.role);
        if (node.type === 'content' && node.id && texts.has(node.id)) ordered.push(texts.get(node.id)!);
        for (const child of node.children ?? []) walk(child);
      };
      walk(tree);
      const annotations = (await page.getAnnotations()) as {
        id: string;
        subtype: string;
        contentsObj?: { str: string };
      }[];
      const links = annotations
        .filter((annotation) => annotation.subtype === 'Link')
        .map((annotation) => ({
          id: annotation.id,
          contents: annotation.contentsObj?.str ?? '',
          inLink: linkHolds(tree, annotation.id),
        }));
      pages.push({ tree, untagged, ordered, roles, links });
      page.cleanup();
    }
    return { pages, markInfo: await document.getMarkInfo(), lang: (await document.getMetadata()).info };
  } finally {
    await document.destroy();
  }
}

/** True when a Link element of the tree holds the annotation `id` (an object reference among its children). */
function linkHolds(node: StructNode, id: string): boolean {
  if (node.role === 'Link' && (node.children ?? []).some((child) => child.type === 'object' && child.id === id))
    return true;
  return (node.children ?? []).some((child) => linkHolds(child, id));
}

/** Every node of a tree with one of the roles, depth first. */
export function nodesWith(node: StructNode, roles: readonly string[]): StructNode[] {
  const found: StructNode[] = roles.includes(node.role ?? '') ? [node] : [];
  for (const child of node.children ?? []) found.push(...nodesWith(child, roles));
  return found;
}
