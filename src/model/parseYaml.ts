import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import { DataError, type ErrorLocation } from '../errors/index.js';

/** A path into a data file: keys and list indexes, as zod reports them. */
export type FieldPath = readonly PropertyKey[];

/** A parsed YAML file that can say on which line any field is. */
export interface ParsedYaml {
  readonly file: string;
  readonly value: unknown;
  /** The location of a field, or of its closest existing parent when it is missing. */
  locate(path: FieldPath): ErrorLocation;
  /** The location of the key of a field (for unknown keys). */
  locateKey(path: FieldPath): ErrorLocation;
  /**
   * Plain (unquoted, not block) texts that a ` #` cut short: YAML reads the rest of the line
   * as a comment, so the text ends before it. Where the `#` is, and what was dropped.
   */
  readonly cutByComment: readonly CutText[];
}

/** A plain text followed on its line by what YAML reads as a comment. */
export interface CutText {
  readonly path: FieldPath;
  /** The text as YAML reads it (up to the comment). */
  readonly text: string;
  /** What follows the ` #` on the line (dropped). */
  readonly comment: string;
  readonly line: number;
  readonly column: number;
}

/** How many copies of anchored values the aliases of a file may make (the yaml library's maxAliasCount). */
export const MAX_ALIAS_COUNT = 100;

/** Formats a field path the way editors read it: `emigration.topDestinations.countries[2].count`. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Parses YAML text (YAML 1.2, unique keys) keeping positions, so that later stages can
 * report `file:line:col` for any field. Throws a DataError for empty or malformed text.
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const [firstError] = doc.errors;
  if (firstError) {
    const detail = firstError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? firstError.code;
    throw new DataError('DATA_SYNTAX', { detail }, { file, ...position(firstError.pos[0]) });
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    throw new DataError('DATA_EMPTY', {}, { file, line: 1, column: 1 });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml library's own guard against alias bombs ("billion laughs"): a ReferenceError with no position.
    if (!(error instanceof ReferenceError)) throw error;
    let first: Node | undefined;
    visit(doc, {
      Alias(_, node) {
        first = node;
        return visit.BREAK;
      },
    });
    const at = first?.range ? position(first.range[0]) : { line: 1, column: 1 };
    throw new DataError('DATA_TOO_MANY_ALIASES', { max: MAX_ALIAS_COUNT }, { file, ...at }, error);
  }
  const at = (node: Node | null | undefined, path: FieldPath): ErrorLocation => ({
    file,
    path: formatPath(path),
    ...(node?.range ? position(node.range[0]) : {}),
  });
  const cutByComment: CutText[] = [];
  visit(doc, {
    Scalar(_key, node, ancestors) {
      if (node.type !== 'PLAIN' || typeof node.value !== 'string' || node.comment === undefined || !node.range) return;
      // The comment's own text, from the source: the `#` right after the value on the same line.
      const end = node.range[1];
      const hash = text.indexOf('#', end);
      const lineEnd = text.indexOf('\n', end);
      if (hash < 0 || (lineEnd >= 0 && hash > lineEnd)) return;
      const path = pathOf(ancestors, node);
      if (path === null) return;
      cutByComment.push({
        path,
        text: node.value,
        comment: text.slice(hash + 1, lineEnd < 0 ? undefined : lineEnd).trim(),
        ...position(hash),
      });
    },
  });
  return {
    file,
    value,
    cutByComment,
    locate: (path) => at(deepestNode(doc, path), path),
    locateKey: (path) => {
      const parent = deepestNode(doc, path.slice(0, -1));
      const key = path[path.length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (pair && isScalar(pair.key)) return at(pair.key, path);
      }
      return at(parent, path);
    },
  };
}

/** The field path of a value node from its ancestors (null for a key). */
function pathOf(ancestors: readonly unknown[], node: Node): FieldPath | null {
  const path: PropertyKey[] = [];
  const chain = [...ancestors, node];
  for (let index = 0; index < chain.length - 1; index++) {
    const parent = chain[index];
    const child = chain[index + 1];
    if (isPair(parent)) {
      if (parent.key === child) return null;
      path.push(isScalar(parent.key) ? (parent.key.value as PropertyKey) : String(parent.key));
    } else if (isSeq(parent)) {
      path.push(parent.items.indexOf(child as never));
    }
  }
  return path;
}

/** The node at `path`, or its deepest existing ancestor. */
function deepestNode(doc: Document, path: FieldPath): Node | null {
  let node: Node | null = doc.contents as Node | null;
  for (const part of path) {
    let next: unknown;
    if (isMap(node)) next = node.get(part, true);
    else if (isSeq(node) && typeof part === 'number') next = node.get(part, true);
    if (next === undefined || next === null) break;
    node = next as Node;
  }
  return node;
}
