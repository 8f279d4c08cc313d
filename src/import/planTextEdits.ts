import { isScalar, type Pair, type Scalar, type YAMLMap } from 'yaml';

/** Replace `text[start, end)` with `text` (an insertion when start = end). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A scalar as the importers write it. */
export type ScalarValue = string | number | boolean;

const SAFE_PLAIN = /^[A-Za-z][A-Za-z0-9-]*$/;
const RESERVED = /^(null|true|false|yes|no|on|off|y|n|nan|inf)$/i;

/**
 * YAML text of a scalar. Numbers are plain; a string keeps the quoting of the scalar it
 * replaces (`"IMS 2024"` stays double-quoted, `world-bank` stays plain); a new string is plain
 * only when it is a simple word (a source id, a country code), double-quoted otherwise (dates,
 * editions), so that no YAML reader takes it for a date or a number.
 */
export function formatScalar(value: ScalarValue, style?: Scalar['type']): string {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`formatScalar: ${value} is not a finite number`);
    return String(value);
  }
  if (style === 'QUOTE_SINGLE') return `'${value.replaceAll("'", "''")}'`;
  if ((style === undefined || style === 'PLAIN') && SAFE_PLAIN.test(value) && !RESERVED.test(value)) return value;
  return JSON.stringify(value);
}

/**
 * The edits that give the keys of a map the values `fields` (in the order given): existing
 * scalars are rewritten in place, missing keys are inserted after the nearest key that comes
 * before them in `fields` (or before the first key), in the map's own style: `, key: value`
 * inside a flow map `{ … }`, a new line at the same indent in a block map.
 */
export function planMapEdits(
  text: string,
  map: YAMLMap,
  fields: readonly (readonly [string, ScalarValue])[],
): TextEdit[] {
  const pairOf = (key: string) =>
    map.items.find((pair) => isScalar(pair.key) && pair.key.value === key) as Pair<Scalar, unknown> | undefined;
  const edits: TextEdit[] = [];
  const pending = new Map<Pair<Scalar, unknown> | undefined, [string, ScalarValue][]>();
  let anchor: Pair<Scalar, unknown> | undefined;
  for (const [key, value] of fields) {
    const pair = pairOf(key);
    if (pair) {
      const edit = planScalarEdit(text, pair, value);
      if (edit) edits.push(edit);
      anchor = pair;
    } else {
      pending.set(anchor, [...(pending.get(anchor) ?? []), [key, value]]);
    }
  }
  for (const [after, entries] of pending) edits.push(insertion(text, map, after, entries));
  return edits;
}

/** Rewrites the value of an existing pair, keeping its quoting; undefined when it already reads so. */
export function planScalarEdit(text: string, pair: Pair<Scalar, unknown>, value: ScalarValue): TextEdit | undefined {
  const node = pair.value;
  if (!isScalar(node) || !node.range) {
    const at = pair.key.range?.[1] ?? 0;
    return { start: at, end: at, text: `: ${formatScalar(value)}` };
  }
  const [start, end] = node.range;
  const written = formatScalar(value, node.type);
  if (text.slice(start, end) === written) return undefined;
  return { start, end, text: start === end ? ` ${written}` : written };
}

function insertion(
  text: string,
  map: YAMLMap,
  after: Pair<Scalar, unknown> | undefined,
  entries: readonly [string, ScalarValue][],
): TextEdit {
  const written = entries.map(([key, value]) => `${key}: ${formatScalar(value)}`);
  const first = map.items[0] as Pair<Scalar, unknown> | undefined;
  const keyStart = (pair: Pair<Scalar, unknown> | undefined) => pair?.key.range?.[0] ?? map.range?.[0] ?? 0;
  if (map.flow) {
    if (after) {
      const at = endOf(after);
      return { start: at, end: at, text: written.map((entry) => `, ${entry}`).join('') };
    }
    const at = keyStart(first);
    return first
      ? { start: at, end: at, text: `${written.join(', ')}, ` }
      : { start: at + 1, end: at + 1, text: ` ${written.join(', ')} ` };
  }
  const reference = after ?? first;
  const start = keyStart(reference);
  const indent = ' '.repeat(start - text.lastIndexOf('\n', start - 1) - 1);
  if (after) {
    // At the end of the anchor's line, so that a comment after its value stays with it.
    const newline = text.indexOf('\n', endOf(after));
    const at = newline < 0 ? text.length : newline;
    return { start: at, end: at, text: written.map((entry) => `\n${indent}${entry}`).join('') };
  }
  return { start, end: start, text: written.map((entry) => `${entry}\n${indent}`).join('') };
}

function endOf(pair: Pair<Scalar, unknown>): number {
  const value = pair.value as { range?: [number, number, number] } | null;
  return value?.range?.[1] ?? pair.key.range?.[1] ?? 0;
}
