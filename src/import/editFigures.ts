import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, type Pair, parseDocument, type YAMLMap } from 'yaml';
import { DataError } from '../errors/index.js';
import { formatPath, type ParsedYaml, parseYaml } from '../model/parseYaml.js';
import { formatScalar, planMapEdits, type TextEdit } from './planTextEdits.js';

/** Where a figure comes from, recorded next to it in the data file. */
export interface Provenance {
  readonly source: string;
  readonly year: number;
  readonly edition: string;
  /** The day of the import, YYYY-MM-DD. */
  readonly imported: string;
}

/** One destination of the top-destinations list. */
export interface Destination {
  readonly country: string;
  readonly count: number;
}

/** New values for one figure of a data file (a map such as `emigration.genderAll`). */
export interface FigureUpdate {
  /** The figure's map, e.g. ['emigration', 'genderAll']. */
  readonly path: readonly string[];
  /** Its numbers: `{ value }`, or `{ male, female }`; none for the top destinations. */
  readonly values: Readonly<Record<string, number>>;
  /** The list under `countries:` (top destinations). */
  readonly countries?: readonly Destination[];
  readonly provenance: Provenance;
}

/** A figure before and after the import, for the old → new table. */
export interface FigureChange {
  readonly path: string;
  readonly before: Readonly<Record<string, unknown>>;
  readonly after: Readonly<Record<string, unknown>>;
  /** False when the file already held these figures (then nothing is rewritten, not even the import date). */
  readonly changed: boolean;
}

/**
 * Applies figure updates to the text of a data file and returns the new text. Only the scalars
 * of the figures and their provenance change: every other byte (prose, comments, key order,
 * flow or block style, quoting) stays as it was. The YAML document is used to find each node
 * and its exact place in the text; the edits are then made on the text, because printing the
 * document again would re-fold every paragraph. The result is parsed again and must hold
 * exactly the intended values.
 */
export function editFigures(
  text: string,
  file: string,
  updates: readonly FigureUpdate[],
): { text: string; changes: FigureChange[] } {
  const parsed = parseYaml(text, file);
  const doc = parseDocument(text);
  const before = doc.toJS() as unknown;
  const expected = structuredClone(before);
  const edits: TextEdit[] = [];
  const changes: FigureChange[] = [];
  for (const update of updates) {
    const node = doc.getIn(update.path, true);
    if (!isMap(node))
      throw new DataError('IMPORT_FIELD_MISSING', { field: formatPath(update.path) }, parsed.locate(update.path));
    const current = valueAt(before, update.path) as Record<string, unknown>;
    // A figure the data marked unavailable is one no longer: the flag goes with the value it denied.
    const published = current.unavailable === true && Object.keys(update.values).length > 0;
    const fields = { ...update.values, ...update.provenance, ...(published ? { unavailable: false } : {}) };
    const wanted = {
      ...fields,
      ...(update.countries ? { countries: update.countries.map((item) => ({ ...item })) } : {}),
    };
    const changed = !isUpToDate(current, wanted);
    if (changed) {
      edits.push(...planMapEdits(text, node, Object.entries(fields)));
      if (update.countries) edits.push(...planListEdits(text, node, update.countries, update.path, parsed.locate));
      Object.assign(valueAt(expected, update.path) as Record<string, unknown>, wanted);
    }
    const keys = Object.keys(wanted);
    changes.push({
      path: formatPath(update.path),
      before: pick(current, keys),
      after: pick(changed ? wanted : current, keys),
      changed,
    });
  }
  const result = applyEdits(text, edits);
  const after = parseDocument(result).toJS() as unknown;
  if (!isDeepStrictEqual(after, expected)) {
    throw new Error(
      `editFigures: the edited ${file} does not hold the intended values (a bug in the importer; nothing was written)`,
    );
  }
  return { text: result, changes };
}

/** Up to date: same numbers, list and provenance, and the import date already recorded. */
function isUpToDate(current: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).every(([key, value]) =>
    key === 'imported' ? current[key] !== undefined : isDeepStrictEqual(current[key], value),
  );
}

/** The edits that turn the list under `countries:` into `countries`, item by item when the length is the same. */
function planListEdits(
  text: string,
  map: YAMLMap,
  countries: readonly Destination[],
  path: readonly string[],
  locate: ParsedYaml['locate'],
): TextEdit[] {
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === 'countries') as Pair | undefined;
  if (!pair || !isSeq(pair.value))
    throw new DataError(
      'IMPORT_FIELD_MISSING',
      { field: formatPath([...path, 'countries']) },
      locate([...path, 'countries']),
    );
  const seq = pair.value;
  const sameShape =
    seq.items.length === countries.length &&
    seq.items.every((item) => isMap(item) && ['country', 'count'].every((key) => isScalar(item.get(key, true))));
  if (sameShape) {
    return seq.items.flatMap((item, index) => {
      const entry = countries[index]!;
      return planMapEdits(text, item as YAMLMap, [
        ['country', entry.country],
        ['count', entry.count],
      ]);
    });
  }
  const [start, end] = seq.range ?? [0, 0];
  const first = seq.items[0];
  const flowItems = !isMap(first) || first.flow === true;
  const item = (entry: Destination, indent: string) =>
    flowItems
      ? `{ country: ${formatScalar(entry.country)}, count: ${entry.count} }`
      : `country: ${formatScalar(entry.country)}\n${indent}  count: ${entry.count}`;
  if (seq.flow || countries.length === 0) {
    const inner = countries.map((entry) => item(entry, '')).join(', ');
    return [{ start, end: seq.flow ? end : lastItemEnd(text, seq.items, end), text: `[${inner}]` }];
  }
  const indent = ' '.repeat(start - text.lastIndexOf('\n', start - 1) - 1);
  return [
    {
      start,
      end: lastItemEnd(text, seq.items, end),
      text: countries.map((entry) => `- ${item(entry, indent)}`).join(`\n${indent}`),
    },
  ];
}

/** Where the last item's text ends (a block item's range runs on over the line break after it). */
function lastItemEnd(text: string, items: readonly unknown[], fallback: number): number {
  const last = items[items.length - 1] as { range?: [number, number, number] } | undefined;
  let end = last?.range?.[1] ?? fallback;
  while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
  return end;
}

/** Applies non-overlapping edits (from the end, so earlier offsets stay valid). */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], root);
}

function pick(object: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]]));
}
