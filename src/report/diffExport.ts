import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

/** A figure of the data export (`<out>/data/profiles.json`) that changed between two builds. */
export interface ExportChange {
  readonly country: string;
  /** The figure (`remittances.shareOfGdp`, `topDestinations`), or `profile` for a country added or removed, or `edition`. */
  readonly figure: string;
  /** What of it changed: value, year, source, sourceEdition, countries (of the top destinations), or the whole record. */
  readonly field: string;
  readonly change: 'changed' | 'added' | 'removed';
  readonly before: unknown;
  readonly after: unknown;
}

/** The data export file of an output folder. */
export const EXPORT_FILE = join('data', 'profiles.json');

interface ExportedProfile {
  country: string;
  edition?: string;
  figures?: Record<string, Record<string, unknown>>;
  topDestinations?: Record<string, unknown>;
}

/**
 * The figures that changed between the data exports of two output folders (built with
 * --format pdf,html): per country, each figure's value, year, source and source edition, the
 * top destinations, the edition date, and countries added or removed. Null when either folder
 * has no export (the report then says nothing about it).
 */
export function compareExports(beforeDir: string, afterDir: string): ExportChange[] | null {
  const before = readExport(join(beforeDir, EXPORT_FILE));
  const after = readExport(join(afterDir, EXPORT_FILE));
  if (!before || !after) return null;
  const changes: ExportChange[] = [];
  const countries = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const country of countries) {
    const old = before.get(country);
    const current = after.get(country);
    if (!old || !current) {
      changes.push({
        country,
        figure: 'profile',
        field: 'profile',
        change: old ? 'removed' : 'added',
        before: old ? (old.edition ?? null) : null,
        after: current ? (current.edition ?? null) : null,
      });
      continue;
    }
    if (old.edition !== current.edition)
      changes.push({
        country,
        figure: 'edition',
        field: 'edition',
        change: 'changed',
        before: old.edition,
        after: current.edition,
      });
    const ids = [...new Set([...Object.keys(old.figures ?? {}), ...Object.keys(current.figures ?? {})])];
    for (const id of ids) {
      const a = old.figures?.[id];
      const b = current.figures?.[id];
      if (!a || !b) {
        changes.push({
          country,
          figure: id,
          field: 'value',
          change: a ? 'removed' : 'added',
          before: a?.value ?? null,
          after: b?.value ?? null,
        });
        continue;
      }
      for (const field of ['value', 'year', 'source', 'sourceEdition'])
        if (!isDeepStrictEqual(a[field], b[field]))
          changes.push({ country, figure: id, field, change: 'changed', before: a[field], after: b[field] });
    }
    for (const field of ['countries', 'year', 'source', 'sourceEdition']) {
      const a = old.topDestinations?.[field];
      const b = current.topDestinations?.[field];
      const plain = (value: unknown) =>
        field === 'countries' && Array.isArray(value)
          ? value
              .map((entry: { country?: string; count?: unknown }) => `${entry.country} ${entry.count ?? '–'}`)
              .join(', ')
          : value;
      if (!isDeepStrictEqual(plain(a), plain(b)))
        changes.push({
          country,
          figure: 'topDestinations',
          field,
          change: 'changed',
          before: plain(a),
          after: plain(b),
        });
    }
  }
  return changes;
}

function readExport(file: string): Map<string, ExportedProfile> | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { profiles?: ExportedProfile[] };
    if (!Array.isArray(parsed.profiles)) return null;
    return new Map(parsed.profiles.map((profile) => [profile.country, profile]));
  } catch {
    return null;
  }
}
