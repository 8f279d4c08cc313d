import {
  type ErrorLocation,
  type MessageCode,
  type MessageEntry,
  type MessageParams,
  messages,
} from '../errors/index.js';
import { fingerprintOf } from './acknowledge.js';
import type { LoadedProfile } from './loadProfile.js';
import { type FieldPath, formatPath } from './parseYaml.js';

/** A data-quality finding: not an error (the profile builds), but something an editor should look at. */
export interface Finding extends ErrorLocation {
  readonly code: string;
  readonly severity: 'warning';
  readonly message: string;
  readonly hint: string;
  /** The fingerprint of the figures it covers: an acknowledgement holds while it is the same. */
  readonly fingerprint: string;
}

/** The catalogue codes that are findings. */
export type FindingCode = Extract<MessageCode, `CHECK_${string}` | 'FIGURE_MISSING' | 'DRAFT_TEXT'>;

/** A finding about the field `path` of a profile, worded by the message catalogue. */
export function findingAt<C extends FindingCode>(
  loaded: LoadedProfile,
  path: FieldPath,
  code: C,
  params: MessageParams<C>,
): Finding {
  const entry = (messages[code] as (p: MessageParams<C>) => MessageEntry)(params);
  return {
    code,
    severity: 'warning',
    message: entry.message,
    hint: entry.hints?.[0] ?? '',
    ...loaded.locate(path),
    path: formatPath(path),
    fingerprint: fingerprintOf(code, formatPath(path), params),
  };
}

/** Findings in reading order: by file, then line. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
