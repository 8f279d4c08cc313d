import { MAX_TOP_DESTINATIONS } from '../model/schema.js';
import { isEuMember, stateOfM49 } from './euMembers.js';
import type { StockRow } from './readUndesaStock.js';

/** The M49 code of the world: the row "World × origin" gives the total emigrants of the origin. */
export const WORLD_M49 = 900;
/** How many destinations a profile lists: as many as the schema allows. */
export const TOP_DESTINATIONS = MAX_TOP_DESTINATIONS;

/** Shares of men and women in percent, one decimal; they add up to exactly 100. */
export interface GenderShares {
  readonly male: number;
  readonly female: number;
}

/** A destination area of the table that has no ISO code (Channel Islands, Kosovo…): counted in sums, never listed. */
export interface UnmappedArea {
  readonly code: number;
  readonly name: string;
  readonly count: number | null;
}

/** The emigration figures of one origin country; null when the table does not give them. */
export interface EmigrationFigures {
  readonly total: number | null;
  /** `world-row`: the World × origin row; `sum`: no usable world row, the sum over every country and area. */
  readonly totalFrom: 'world-row' | 'sum';
  /** Emigrants per 100 residents; null without the population. */
  readonly shareOfPopulation: number | null;
  readonly inEu: number | null;
  readonly genderAll: GenderShares | null;
  readonly genderEu: GenderShares | null;
  readonly topDestinations: readonly { readonly country: string; readonly count: number }[];
  readonly unmapped: readonly UnmappedArea[];
}

type Destination = { kind: 'world' } | { kind: 'country'; state: string } | { kind: 'area' } | { kind: 'aggregate' };

/**
 * What a destination row is. Countries are recognised by their ISO code (overseas departments
 * count with their state); a code without ISO code is an aggregate (region, income group) when it
 * is 900 or above or when its "Type of data" is empty, and otherwise an area without ISO code.
 */
export function classifyDestination(row: StockRow): Destination {
  if (row.destination === WORLD_M49) return { kind: 'world' };
  const state = stateOfM49(row.destination);
  if (state !== undefined) return { kind: 'country', state };
  if (row.destination >= WORLD_M49 || row.type === '') return { kind: 'aggregate' };
  return { kind: 'area' };
}

/**
 * Computes the figures of one origin from its rows. `population` is the number of residents
 * (persons) in the year of the stock, when known.
 */
export function computeEmigration(rows: readonly StockRow[], population: number | undefined): EmigrationFigures {
  const world = rows.find((row) => row.destination === WORLD_M49 && row.both !== null);
  const byState = new Map<string, Totals>();
  const areas: StockRow[] = [];
  for (const row of rows) {
    const destination = classifyDestination(row);
    if (destination.kind === 'country') byState.set(destination.state, add(byState.get(destination.state), row));
    else if (destination.kind === 'area') areas.push(row);
  }
  const all = [...byState.values(), ...areas.map((row) => add(undefined, row))].reduce(
    (sum, totals) => addTotals(sum, totals),
    EMPTY,
  );
  const eu = [...byState]
    .filter(([state]) => isEuMember(state))
    .reduce((sum, [, totals]) => addTotals(sum, totals), EMPTY);
  const total = world ? world.both : all.rows > 0 ? all.both : null;
  return {
    total,
    totalFrom: world ? 'world-row' : 'sum',
    shareOfPopulation:
      total !== null && population !== undefined && population > 0 ? round((total / population) * 100, 1) : null,
    // Unknown (no EU row with a value: every one "..", or none at all) is null, never 0.
    inEu: eu.rows > 0 ? eu.both : null,
    genderAll:
      world && world.male !== null && world.female !== null
        ? genderShares(world.male, world.female)
        : genderShares(all.male, all.female),
    genderEu: genderShares(eu.male, eu.female),
    topDestinations: [...byState]
      .filter(([, totals]) => totals.rows > 0)
      .map(([country, totals]) => ({ country, count: totals.both }))
      .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country))
      .slice(0, TOP_DESTINATIONS),
    unmapped: areas.map((row) => ({ code: row.destination, name: row.name, count: row.both })),
  };
}

/** Sums of the rows with a value; men and women only from rows giving both. */
interface Totals {
  readonly rows: number;
  readonly both: number;
  readonly male: number;
  readonly female: number;
}
const EMPTY: Totals = { rows: 0, both: 0, male: 0, female: 0 };

function add(totals: Totals | undefined, row: StockRow): Totals {
  const base = totals ?? EMPTY;
  const split = row.male !== null && row.female !== null;
  return {
    rows: base.rows + (row.both === null ? 0 : 1),
    both: base.both + (row.both ?? 0),
    male: base.male + (split ? row.male! : 0),
    female: base.female + (split ? row.female! : 0),
  };
}

function addTotals(a: Totals, b: Totals): Totals {
  return { rows: a.rows + b.rows, both: a.both + b.both, male: a.male + b.male, female: a.female + b.female };
}

/** Men and women in percent with one decimal; the women's share is 100 minus the men's, so they add up to 100. */
export function genderShares(male: number, female: number): GenderShares | null {
  if (male + female <= 0) return null;
  const maleShare = round((male / (male + female)) * 100, 1);
  return { male: maleShare, female: round(100 - maleShare, 1) };
}

/** Rounds to `digits` decimals (half away from zero on the decimal value, not its binary approximation). */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(Number((value * factor).toPrecision(12))) / factor;
}
