import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Finding } from './checkFinding.js';

/** A finding as the data file acknowledges it (`acknowledged:`). */
export interface Acknowledgement {
  readonly code: string;
  readonly field: string;
  readonly reason: string;
  readonly by: string;
  readonly date: string;
  readonly fingerprint: string;
}

/** The shape of an acknowledgement as written to JSON (the build cache, --json output). */
export const acknowledgementShape = z.strictObject({
  code: z.string(),
  field: z.string(),
  reason: z.string(),
  by: z.string(),
  date: z.string(),
  fingerprint: z.string(),
});

/** A finding an editor checked: it no longer fails --strict and is listed in the summary. */
export interface AcknowledgedFinding extends Finding {
  readonly acknowledgement: Acknowledgement;
}

/**
 * The fingerprint of what a finding covers: its code, its field and the figures it was
 * computed from (the catalogue's parameters: 0.78, 1,867 and 20,661.8 for the remittances
 * share). When one of them changes, the fingerprint does, and an acknowledgement lapses.
 */
export function fingerprintOf(code: string, field: string, covered: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([code, field, sorted(covered)]))
    .digest('hex')
    .slice(0, 12);
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, entry]) => [key, sorted(entry)]),
  );
}

/**
 * Splits findings into those still open and those the data file acknowledges with the same
 * code, field and fingerprint. A finding acknowledged with another fingerprint (its figures
 * changed since it was checked) stays open, and its hint says so.
 */
export function applyAcknowledgements(
  findings: readonly Finding[],
  acknowledgements: readonly Acknowledgement[] | undefined,
): { open: Finding[]; acknowledged: AcknowledgedFinding[] } {
  const open: Finding[] = [];
  const acknowledged: AcknowledgedFinding[] = [];
  for (const finding of findings) {
    const same = isAcknowledgeable(finding)
      ? (acknowledgements ?? []).filter((ack) => ack.code === finding.code && ack.field === finding.path)
      : [];
    const match = same.find((ack) => ack.fingerprint === finding.fingerprint);
    if (match) acknowledged.push({ ...finding, acknowledgement: match });
    else if (same[0]) {
      const lapsed = same[0];
      open.push({
        ...finding,
        hint: `acknowledged by ${lapsed.by} on ${lapsed.date}, but the figures it covers changed since (fingerprint ${lapsed.fingerprint}, now ${finding.fingerprint}): check them again, then update the fingerprint`,
      });
    } else open.push(finding);
  }
  return { open, acknowledged };
}

/** Findings that cannot be acknowledged: a text still to be written is written, not acknowledged. */
export function isAcknowledgeable(finding: Finding): boolean {
  return finding.code !== 'DRAFT_TEXT';
}

/** How to acknowledge a finding once checked: the entry to add under `acknowledged:` in the data file. */
export function acknowledgementHint(finding: Finding): string {
  return `checked and right? add under "acknowledged:" in the data file: - { code: ${finding.code}, field: ${finding.path ?? ''}, fingerprint: ${finding.fingerprint}, reason: "…", by: "…", date: YYYY-MM-DD }`;
}

/**
 * `applyAcknowledgements` over the findings of several profiles: each finding is matched with
 * the acknowledgements of the data file it is about.
 */
export function acknowledgeAll(
  findings: readonly Finding[],
  profiles: readonly {
    readonly file: string;
    readonly profile: { readonly acknowledged?: readonly Acknowledgement[] | undefined };
  }[],
): { open: Finding[]; acknowledged: AcknowledgedFinding[] } {
  const byFile = new Map(profiles.map((loaded) => [loaded.file, loaded.profile.acknowledged]));
  const open: Finding[] = [];
  const acknowledged: AcknowledgedFinding[] = [];
  for (const finding of findings) {
    const result = applyAcknowledgements([finding], byFile.get(finding.file ?? ''));
    open.push(...result.open);
    acknowledged.push(...result.acknowledged);
  }
  return { open, acknowledged };
}
