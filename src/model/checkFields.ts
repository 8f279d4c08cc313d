import type { z } from 'zod';

/**
 * Rules between the fields of one map of a profile, which types alone cannot say (a range
 * whose low end is above its high end, seats above the size of the chamber). The schema runs
 * them; each reports a custom issue on the field to change, worded by describeIssue from its
 * message key, so the editor gets the file, the line and what was expected.
 */

type Context = z.RefinementCtx;

const report = (ctx: Context, path: PropertyKey[], message: string, input: unknown) =>
  ctx.addIssue({ code: 'custom', message, path, input });

/** `unavailable: true` says the source publishes no figure: the value must then be null. */
export function checkUnavailable(figure: object, ctx: Context): void {
  const { value, unavailable } = figure as { value?: unknown; unavailable?: unknown };
  if (unavailable === true && value !== null) report(ctx, ['value'], 'unavailable', value);
}

/** A right that is neither yes nor no says how in its note. */
export function checkRight(right: { value: unknown; note?: unknown }, ctx: Context): void {
  if (right.value === 'partial' && right.note === undefined) report(ctx, ['note'], 'partial-note', undefined);
}

/** Reserved seats are part of the chamber. */
export function checkSeats(seats: { seats: number; of: number }, ctx: Context): void {
  if (seats.seats > seats.of) report(ctx, ['seats'], 'seats-of', seats.seats);
}

/** A national estimate is one number (value) or a range (low and high, low below high). */
export function checkEstimate(
  estimate: { value?: number | undefined; low?: number | undefined; high?: number | undefined },
  ctx: Context,
): void {
  const { value, low, high } = estimate;
  if (value !== undefined && (low !== undefined || high !== undefined)) {
    report(ctx, [low !== undefined ? 'low' : 'high'], 'estimate-both', low ?? high);
  } else if (value === undefined && low === undefined && high === undefined) {
    report(ctx, ['value'], 'estimate-none', undefined);
  } else if (value === undefined && (low === undefined || high === undefined)) {
    report(ctx, [low === undefined ? 'low' : 'high'], 'estimate-range', undefined);
  } else if (low !== undefined && high !== undefined && low >= high) {
    report(ctx, ['high'], 'estimate-order', high);
  }
}

type Point = number | string;

/** A year or a month as a comparable number: 2016 → 201600 (or 201612 as an end), "2016-03" → 201603. */
function rank(point: Point, asEnd = false): number {
  if (typeof point === 'number') return point * 100 + (asEnd ? 12 : 0);
  return Number(point.slice(0, 4)) * 100 + Number(point.slice(5, 7));
}

type When = {
  year?: number | undefined;
  month?: string | undefined;
  from?: Point | undefined;
  to?: Point | undefined;
  revised?: Point[] | undefined;
};

/**
 * When something happened: one of year, month or from (with an optional to after it), and
 * revisions after the start. `required`: a timeline entry needs a date; a practice may have none.
 */
export function checkWhen(when: When, ctx: Context, required: boolean): void {
  const problem = dateProblem(when, required);
  if (problem) report(ctx, [problem[0]], problem[1], when[problem[0]]);
  const start = when.year ?? when.month ?? when.from;
  if (problem || start === undefined) return;
  for (const [index, point] of (when.revised ?? []).entries()) {
    if (rank(point) <= rank(start)) report(ctx, ['revised', index], 'when-revised', point);
  }
}

/** The first thing wrong with the date of an entry: the field to change and the message key. */
function dateProblem(when: When, required: boolean): [keyof When, string] | undefined {
  const given = (['year', 'month', 'from'] as const).filter((key) => when[key] !== undefined);
  if (given.length > 1) return [given[1]!, 'when-one'];
  if (when.to !== undefined && when.from === undefined) return ['to', 'when-to'];
  if (given.length === 0 && required) return ['year', 'when-none'];
  if (given.length === 0 && when.revised !== undefined) return ['revised', 'when-revised-alone'];
  if (when.from !== undefined && when.to !== undefined && rank(when.to, true) < rank(when.from)) {
    return ['to', 'when-order'];
  }
  return undefined;
}

/** An update comes after the first publication. */
export function checkEditionDates(
  credits: { firstPublished: string; updated?: string | undefined },
  ctx: Context,
): void {
  if (credits.updated !== undefined && credits.updated < credits.firstPublished) {
    report(ctx, ['updated'], 'updated-before', credits.updated);
  }
}
