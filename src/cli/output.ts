import { resolve, sep } from 'node:path';
import type { ProfileError } from '../errors/index.js';
import { type AcknowledgedFinding, acknowledgementHint, isAcknowledgeable } from '../model/acknowledge.js';
import type { Finding } from '../model/checkProfile.js';
import type { CommandContext } from './command.js';
import { createPaint } from './terminal.js';

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** Data, template, locale, font or build errors (some or all profiles failed). */
  failed: 1,
  /** The command line was wrong. */
  usage: 2,
  /** A bug in the tool. */
  internal: 70,
  /** Stopped with Ctrl-C (SIGINT); every file written is complete. */
  interrupted: 130,
  /** Stopped with SIGTERM (128 + 15, as the shell reports a process it ended); every file written is complete. */
  terminated: 143,
} as const;

/** Prints errors as `error: file:line:col path: message [CODE]` and `hint:` lines on stderr (coloured on a terminal). */
export function printErrors(context: CommandContext, errors: readonly ProfileError[]): void {
  const paint = createPaint(context.colour === true);
  for (const error of errors) {
    context.stderr(paintHints(`${paint.bold(paint.red('error:'))} ${relativePaths(context, error.format())}`, paint));
  }
}

/**
 * A message with the absolute paths inside the current folder made relative to it: some stages
 * name the folders they were handed (resolved) in the words of a message ("no country data file
 * found in …"). Paths outside the current folder stay absolute.
 */
export function relativePaths(context: Pick<CommandContext, 'cwd'>, text: string): string {
  const base = resolve(context.cwd);
  if (base === sep) return text;
  // The folder itself or a path under it, where a path starts (not inside another path).
  const pattern = new RegExp(`(^|[\\s"'(\\[=])${escapeRegExp(base)}(${escapeRegExp(sep)}|(?![\\w.-]))`, 'gm');
  return text.replace(pattern, (_, before: string, after: string) => `${before}${after === '' ? '.' : ''}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One warning the way errors are printed. */
export function formatFinding(finding: Finding, colour = false): string {
  const paint = createPaint(colour);
  const where = [finding.file, finding.line, finding.line === undefined ? undefined : finding.column]
    .filter((part) => part !== undefined)
    .join(':');
  const text = `${where} ${finding.path ?? ''}: ${finding.message} [${finding.code}]\n  hint: ${finding.hint}${isAcknowledgeable(finding) ? `\n  hint: ${acknowledgementHint(finding)}` : ''}`;
  return paintHints(`${paint.yellow('warning:')} ${text}`, paint);
}

/** A finding the data file acknowledges: listed, not a warning. */
export function formatAcknowledged(finding: AcknowledgedFinding): string {
  const where = [finding.file, finding.line].filter((part) => part !== undefined).join(':');
  const { by, date, reason } = finding.acknowledgement;
  return `acknowledged: ${where} ${finding.path ?? ''} [${finding.code}], checked by ${by} on ${date}: ${reason}`;
}

/** ", 1 acknowledged" for the last line of a command, or nothing. */
export function acknowledgedCount(acknowledged: readonly unknown[]): string {
  return acknowledged.length > 0 ? `, ${acknowledged.length} acknowledged` : '';
}

function paintHints(text: string, paint: ReturnType<typeof createPaint>): string {
  return text.replace(/^( {2}hint:)/gm, (hint) => paint.dim(hint));
}
