import { z } from 'zod';
import { ProfileErrors } from '../errors/index.js';
import { describeIssue } from './describeIssue.js';
import { type ParsedYaml, parseYaml } from './parseYaml.js';
import { FUNDERS } from './schema.js';

/** The name of the series file, beside the data files: what every profile of the series shares. */
export const SERIES_FILE = 'series.yaml';

/** What a series file may give every profile of its folder; a profile's own value wins. */
const seriesSchema = z.strictObject({
  $schema: z.string().optional(),
  credits: z
    .strictObject({
      writtenBy: z.string().min(1).optional(),
      editedBy: z.string().min(1).optional(),
      implementedBy: z.strictObject({ name: z.string().min(1), fullName: z.string().min(1) }).optional(),
      fundedBy: z.enum(FUNDERS, { error: 'enum' }).optional(),
      translatedBy: z.string().min(1).optional(),
    })
    .optional(),
});

/** The series-wide constants (publisher, implementer, funder…) of a folder of data files. */
export type SeriesDefaults = z.infer<typeof seriesSchema>;

/** Parses and checks a series file; errors are located in it. */
export function loadSeriesFile(text: string, file: string): SeriesDefaults {
  const parsed: ParsedYaml = parseYaml(text, file);
  const result = seriesSchema.safeParse(parsed.value ?? {});
  if (!result.success)
    throw new ProfileErrors(result.error.issues.flatMap((issue) => describeIssue(issue, seriesSchema, parsed, [])));
  return result.data;
}

/** A profile's parsed value with the series' constants where the profile gives none. */
export function withSeriesDefaults(value: unknown, defaults: SeriesDefaults | undefined): unknown {
  if (!defaults?.credits || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const profile = value as Record<string, unknown>;
  const own = profile.credits;
  if (own !== undefined && (own === null || typeof own !== 'object' || Array.isArray(own))) return value;
  return { ...profile, credits: { ...defaults.credits, ...(own as Record<string, unknown> | undefined) } };
}
