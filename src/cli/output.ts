import type { ProfileError } from '../errors/index.js';
import type { Finding } from '../model/checkProfile.js';
import type { CommandContext } from './command.js';

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** Data, template, locale, font or build errors (some or all profiles failed). */
  failed: 1,
  /** The command line was wrong. */
  usage: 2,
  /** A bug in the tool. */
  internal: 70,
  /** Stopped with Ctrl-C (SIGINT) or SIGTERM; every file written is complete. */
  interrupted: 130,
} as const;

/** Prints errors as `file:line:col path: message` + hints, or as JSON objects on stdout. */
export function printErrors(context: CommandContext, errors: readonly ProfileError[], json: boolean): void {
  if (json) {
    context.stdout(JSON.stringify({ errors: errors.map((error) => error.toJSON()) }, null, 2));
    return;
  }
  for (const error of errors) context.stderr(`error: ${error.format()}`);
}

/** One warning the way errors are printed. */
export function formatFinding(finding: Finding): string {
  const where = [finding.file, finding.line, finding.line === undefined ? undefined : finding.column]
    .filter((part) => part !== undefined)
    .join(':');
  return `warning: ${where} ${finding.path ?? ''}: ${finding.message} [${finding.code}]\n  hint: ${finding.hint}`;
}
