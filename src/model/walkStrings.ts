import type { FieldPath } from './parseYaml.js';

/** Calls `visit` for every string inside `value`, with its path (keys and indexes). */
export function walkStrings(
  value: unknown,
  visit: (text: string, path: FieldPath) => void,
  path: PropertyKey[] = [],
): void {
  if (typeof value === 'string') {
    visit(value, path);
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) walkStrings(item, visit, [...path, index]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkStrings(item, visit, [...path, key]);
  }
}
