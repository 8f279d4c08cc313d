import { type FieldPath, formatPath, parseYaml } from '../model/parseYaml.js';
import type { DataChange } from './updateReport.js';

/** A data file to compare: its text and the name messages show for it. */
export interface DataText {
  readonly text: string;
  readonly file: string;
}

/**
 * The values that differ between two versions of a data file, by field path, in the order of
 * the new file: numbers are figures, strings are texts (one per language: `terminology.fr`).
 * Lists are compared item by item. Each change carries its line in the new file (the old one
 * for a removed field). Throws a DataError if either file is not valid YAML.
 */
export function diffData(before: DataText, after: DataText, country: string): DataChange[] {
  const old = parseYaml(before.text, before.file);
  const current = parseYaml(after.text, after.file);
  const changes: DataChange[] = [];
  const visit = (a: unknown, b: unknown, path: PropertyKey[]) => {
    if (isMap(a) && isMap(b)) {
      const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
      for (const key of keys) visit(a[key], b[key], [...path, key]);
    } else if (Array.isArray(a) && Array.isArray(b)) {
      for (let index = 0; index < Math.max(a.length, b.length); index += 1) visit(a[index], b[index], [...path, index]);
    } else if (!sameValue(a, b)) {
      const change = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
      const line = (change === 'removed' ? old : current).locate(path as FieldPath).line ?? null;
      changes.push({
        country,
        path: formatPath(path),
        kind: kindOf(b === undefined ? a : b),
        change,
        before: a,
        after: b,
        line,
        seenOn: [],
      });
    }
  };
  visit(old.value, current.value, []);
  return changes;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null)
    return JSON.stringify(a) === JSON.stringify(b);
  return Object.is(a, b);
}

function kindOf(value: unknown): DataChange['kind'] {
  if (typeof value === 'number') return 'figure';
  if (typeof value === 'string') return 'text';
  return 'value';
}
