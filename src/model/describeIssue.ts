import type { z } from 'zod';
import { DataError, didYouMean } from '../errors/index.js';
import type { FieldPath, ParsedYaml } from './parseYaml.js';
import {
  MAX_COUNT,
  MAX_DECIMALS,
  MAX_SEATS,
  MAX_TOP_DESTINATIONS,
  MAX_USD_MILLIONS,
  PRACTICE_TAGS,
  VOTING_METHODS,
} from './schema.js';

/** A limit as messages print it: 1,000,000,000. */
const limit = (value: number | bigint): string =>
  typeof value === 'bigint'
    ? value.toLocaleString('en-US')
    : value.toLocaleString('en-US', { maximumFractionDigits: 6 });

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/**
 * What a custom error key of the schema means, in editors' words. Made on first use: this module
 * is loaded by every build, and the first toLocaleString of a process loads ICU's locale data
 * (≈ 25 ms of a cold build that has nothing to report).
 */
let expectedTexts: Record<string, string> | undefined;
const customExpected = (): Record<string, string> =>
  (expectedTexts ??= {
    count: `a whole number from 0 to ${limit(MAX_COUNT)} (a count of people)`,
    amount: `a number from 0 to ${limit(MAX_USD_MILLIONS)} (millions of US dollars, far above the world's GDP)`,
    percent: 'a percentage between 0 and 100',
    year: 'a year between 1900 and 2100',
    month: 'a month written YYYY-MM, e.g. 2025-11',
    date: 'a date written YYYY-MM-DD',
    'finding-code': 'the code of a data-quality finding, e.g. CHECK_REMITTANCES_SHARE',
    fingerprint: 'the 12-character fingerprint the warning gives, e.g. 3f9a0c2b71de',
    url: 'a web address starting with https://, http:// or mailto:',
    'iso3-format': 'an ISO 3166 alpha-3 country code in capitals, e.g. MLI',
    'iso3-unknown': 'an assigned ISO 3166 alpha-3 country code',
    id: 'an id of lower-case letters, digits and dashes, e.g. nationality-code',
    empty: 'a text that is not empty',
    boolean: 'true or false',
    'year-or-month': 'a year (2018) or a month written YYYY-MM ("2016-03")',
    decimals: `a number of decimals from 0 to ${MAX_DECIMALS}`,
    right: 'true (yes), false (no), partial (neither: say how in note) or null (not known)',
    'voting-method': `one of ${VOTING_METHODS.join(', ')}, or a text in every language for another way to vote`,
    tag: `one of ${PRACTICE_TAGS.join(', ')}, or a text in every language for a tag of your own`,
    seats: `a whole number from 1 to ${limit(MAX_SEATS)}`,
    'seats-of': 'no more reserved seats than the chamber has (of:)',
    destinations: `at most ${MAX_TOP_DESTINATIONS} top destinations (the page charts the top ${MAX_TOP_DESTINATIONS})`,
    countries: 'a country code (FRA) or a list of country codes ([FRA, BEL])',
    revised: 'at least one year or month',
    unavailable: 'null, as the figure is marked "unavailable: true"',
    'partial-note':
      'a note saying how the right applies, e.g. { fr: tolérée dans les faits, en: tolerated in practice }',
    'estimate-both': 'either value (one number) or low and high (a range), not both',
    'estimate-none': 'value (one number) or low and high (a range)',
    'estimate-range': 'both low and high (a range)',
    'estimate-order': 'a high end above the low end',
    'when-one': 'only one of year, month or from (a period)',
    'when-to': 'a period with its start: from: before to:',
    'when-none': 'a date: year (2018), month ("2016-03") or from (a period: from 2009, to 2025)',
    'when-order': 'an end no earlier than the start (from:)',
    'when-revised': 'a revision after the date of the entry',
    'when-revised-alone': 'the date of the entry (year, month or from) before its revisions',
    'updated-before': 'an update no earlier than firstPublished',
  });

/** What to do about a broken rule between fields, by its message key. */
const HINTS: Record<string, string> = {
  right: 'in YAML, yes and no are text: write true or false',
  unavailable: 'remove "unavailable: true" now that the source publishes the figure',
  'partial-note': 'add note: with a text in every language; it prints beside the right',
  'seats-of': 'of: is the number of seats of the whole chamber',
  destinations: `keep the ${MAX_TOP_DESTINATIONS} largest destinations, largest first`,
};

const TYPE_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a map of fields',
  array: 'a list',
  record: 'a map of fields',
  null: 'null',
};

/**
 * A whole number past 2^53 breaks both zod's own safe-integer bound and the schema's limit: the
 * schema's (which names what the field is) is reported alone.
 */
export function withoutGenericBounds(issues: readonly Issue[]): Issue[] {
  const key = (issue: Issue) => `${issue.code} ${JSON.stringify(issue.path)}`;
  const named = new Set(issues.filter((issue) => customExpected()[issue.message]).map(key));
  return issues.filter(
    (issue) =>
      !(
        (issue.code === 'too_big' || issue.code === 'too_small') &&
        !customExpected()[issue.message] &&
        named.has(key(issue))
      ),
  );
}

/** Turns one zod issue into the data errors an editor reads (with line, field and hint). */
export function describeIssue(
  issue: Issue,
  schema: AnySchema,
  parsed: ParsedYaml,
  languages: readonly string[],
): DataError[] {
  const path = issue.path as FieldPath;
  const at = parsed.locate(path);
  const got = valueAt(parsed.value, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const keyPath = [...path, key];
        const allowed = keysAt(schema, path);
        if (isProse(allowed, languages)) {
          return new DataError('DATA_UNKNOWN_LANGUAGE', { lang: key, languages }, parsed.locateKey(keyPath));
        }
        return new DataError(
          'DATA_UNKNOWN_KEY',
          { key, suggestion: didYouMean(key, allowed), allowed },
          parsed.locateKey(keyPath),
        );
      });
    case 'invalid_type': {
      const last = path[path.length - 1];
      if (got === undefined && typeof last === 'string' && languages.includes(last) && path.length > 0) {
        return [new DataError('DATA_MISSING_LANGUAGE', { lang: last, languages }, at)];
      }
      const expected = isWholeNumberAt(schema, path) ? 'a whole number' : expectedOf(issue);
      if (got === undefined) return [new DataError('DATA_MISSING_FIELD', { expected }, at)];
      return [new DataError('DATA_WRONG_TYPE', { expected, got }, at)];
    }
    case 'too_small':
      return [
        new DataError('DATA_OUT_OF_RANGE', { expected: expectedOf(issue, isWholeNumberAt(schema, path)), got }, at),
      ];
    case 'too_big':
      // A list too long is pointed at its first item too many, with how many there are.
      if (issue.origin === 'array' && Array.isArray(got)) {
        const first = parsed.locate([...path, Number(issue.maximum)]);
        return [new DataError('DATA_OUT_OF_RANGE', { expected: expectedOf(issue), got: got.length }, first)];
      }
      return [
        new DataError('DATA_OUT_OF_RANGE', { expected: expectedOf(issue, isWholeNumberAt(schema, path)), got }, at),
      ];
    case 'invalid_value': {
      const options = issue.values.map(String);
      const suggestion = typeof got === 'string' ? didYouMean(got, options) : undefined;
      return [
        new DataError(
          'DATA_BAD_VALUE',
          {
            expected: customExpected()[issue.message] ?? `one of ${options.join(', ')}`,
            got,
            hint: suggestion ? `did you mean "${suggestion}"?` : HINTS[issue.message],
          },
          at,
        ),
      ];
    }
    case 'invalid_union':
      return describeUnion(issue, schema, parsed, languages, got);
    case 'invalid_key':
      return issue.issues.flatMap((inner) =>
        describeIssue({ ...inner, path: [...path, ...inner.path] } as Issue, schema, parsed, languages),
      );
    case 'invalid_element':
      return issue.issues.flatMap((inner) =>
        describeIssue(
          { ...inner, path: [...path, issue.key as PropertyKey, ...inner.path] } as Issue,
          schema,
          parsed,
          languages,
        ),
      );
    default:
      return [new DataError('DATA_BAD_VALUE', { expected: expectedOf(issue), got, hint: HINTS[issue.message] }, at)];
  }
}

/**
 * For a field of several forms (a name or a text per language, a tag or a text of one's own,
 * a country or a list), report the errors of the form matching what was written.
 */
function describeUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  schema: AnySchema,
  parsed: ParsedYaml,
  languages: readonly string[],
  got: unknown,
): DataError[] {
  // A form rejects what was written when it wants another type: a vocabulary (enum) wants a word, not a map.
  const isMap = got !== null && typeof got === 'object';
  const rejectsType = (issues: readonly Issue[]) =>
    issues.some(
      (inner) =>
        inner.path.length === 0 &&
        (inner.code === 'invalid_type' || inner.code === 'invalid_union' || (inner.code === 'invalid_value' && isMap)),
    );
  const branch = got === undefined ? undefined : issue.errors.find((issues) => !rejectsType(issues));
  if (branch) {
    return branch.flatMap((inner) =>
      describeIssue({ ...inner, path: [...issue.path, ...inner.path] } as Issue, schema, parsed, languages),
    );
  }
  const expected = customExpected()[issue.message] ?? `a text, or one text per language (${languages.join(', ')})`;
  const at = parsed.locate(issue.path as FieldPath);
  if (got === undefined) return [new DataError('DATA_MISSING_FIELD', { expected }, at)];
  return [new DataError('DATA_WRONG_TYPE', { expected, got }, at)];
}

/**
 * What was expected, in editors' words: the schema's own key when it gave one, else words made
 * from the kind of the issue. Zod's own wording ("Too big: expected int to be <=…") never shows.
 */
function expectedOf(issue: Issue, whole = false): string {
  const custom = customExpected()[issue.message];
  if (custom) return custom;
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? `a value of type ${issue.expected}`;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const side = issue.code === 'too_small' ? 'at least' : 'at most';
      const strict = issue.inclusive === false ? (issue.code === 'too_small' ? 'more than' : 'less than') : side;
      if (issue.origin === 'string')
        return issue.code === 'too_small'
          ? 'a text that is not empty'
          : `a text of ${strict} ${limit(bound)} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `a list of ${strict} ${limit(bound)} items`;
      return `${whole ? 'a whole number' : 'a number'} ${strict} ${limit(bound)}`;
    }
    case 'invalid_format':
      return 'a text in the expected format';
    case 'not_multiple_of':
      return `a multiple of ${limit(issue.divisor)}`;
    default:
      return 'a valid value for this field';
  }
}

function isProse(keys: readonly string[], languages: readonly string[]): boolean {
  return keys.length === languages.length && keys.every((key) => languages.includes(key));
}

/** The value the editor wrote at `path` (undefined when absent). */
function valueAt(root: unknown, path: FieldPath): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** True when the schema wants a whole number at `path` (counts, years). */
function isWholeNumberAt(schema: AnySchema, path: FieldPath): boolean {
  const target = schemaAt(schema, path);
  const def = target?._zod.def as { type: string; format?: string } | undefined;
  return def?.type === 'number' && (def.format === 'safeint' || def.format === 'int32');
}

function schemaAt(schema: AnySchema, path: FieldPath): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const part of path) current = current ? childOf(unwrap(current), part) : undefined;
  return current ? unwrap(current) : undefined;
}

/** The field names the schema allows at `path` (an object's keys), for "did you mean" hints. */
export function keysAt(schema: AnySchema, path: FieldPath): string[] {
  const target = schemaAt(schema, path);
  const def = target?._zod.def as { type: string; shape?: Record<string, AnySchema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape).filter((key) => key !== '$schema') : [];
}

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; options?: AnySchema[] };
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) {
      current = def.innerType;
    } else if (def.type === 'union' && def.options) {
      const objectOption = def.options.find((option) => (option._zod.def as { type: string }).type === 'object');
      if (!objectOption) return current;
      current = objectOption;
    } else {
      return current;
    }
  }
}

function childOf(schema: AnySchema, part: PropertyKey): AnySchema | undefined {
  const def = schema._zod.def as {
    type: string;
    shape?: Record<string, AnySchema>;
    element?: AnySchema;
    valueType?: AnySchema;
  };
  if (def.type === 'object') return def.shape?.[String(part)];
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  return undefined;
}
