import type { ProfileError } from '../errors/index.js';
import { type AcknowledgedFinding, acknowledgementHint, isAcknowledgeable } from '../model/acknowledge.js';
import type { Finding } from '../model/checkFinding.js';
import type { CommandContext } from './command.js';
import type { AcknowledgedJson, IssueJson, JsonCommand, PayloadOf } from './jsonOutput.js';
import { relativePaths } from './output.js';

/** What a command hands `printResult`: its exit code, errors, warnings and what it produced. */
export type CommandResult<C extends JsonCommand> = {
  readonly command: C;
  readonly exitCode: number;
  readonly errors?: readonly ProfileError[];
  readonly warnings?: readonly Finding[];
} & PayloadOf<C>;

/**
 * Prints a command's `--json` output on stdout, in the one envelope every command shares
 * (`src/cli/jsonOutput.ts`, docs/cli-output.schema.json), and returns the exit code.
 */
export function printResult<C extends JsonCommand>(context: CommandContext, result: CommandResult<C>): number {
  const { command, exitCode, errors = [], warnings = [], ...payload } = result;
  return printEnvelope(context, command, exitCode, errors, warnings, payload);
}

/** The envelope of a command that stopped before it had a result (a usage error, a missing folder). */
export function printFailure(
  context: CommandContext,
  command: string,
  exitCode: number,
  errors: readonly ProfileError[],
): number {
  return printEnvelope(context, command, exitCode, errors, [], {});
}

function printEnvelope(
  context: CommandContext,
  command: string,
  exitCode: number,
  errors: readonly ProfileError[],
  warnings: readonly Finding[],
  payload: object,
): number {
  const envelope = {
    command,
    ok: exitCode === 0,
    exitCode,
    ...payload,
    errors: errors.map((error) => {
      const issue = errorJson(error);
      const shown = (text: string) => relativePaths(context, text);
      return {
        ...issue,
        file: issue.file && shown(issue.file),
        message: shown(issue.message),
        hints: issue.hints.map(shown),
      };
    }),
    warnings: warnings.map(findingJson),
  };
  context.stdout(JSON.stringify(envelope, null, 2));
  return exitCode;
}

/** An error as `--json` prints it: its JSON form, marked as an error. */
export function errorJson(error: ProfileError): IssueJson {
  const { code, ...rest } = error.toJSON();
  return { code, severity: 'error', ...rest } as IssueJson;
}

/** A data-quality finding as `--json` prints it: the same fields as an error. */
export function findingJson(finding: Finding): IssueJson {
  return {
    code: finding.code,
    severity: finding.severity,
    stage: 'data',
    file: finding.file ?? null,
    path: finding.path ?? null,
    line: finding.line ?? null,
    column: finding.column ?? null,
    message: finding.message,
    hints: isAcknowledgeable(finding) ? [finding.hint, acknowledgementHint(finding)] : [finding.hint],
  };
}

/** An acknowledged finding as `--json` prints it: the finding, and who checked it, when and why. */
export function acknowledgedJson(finding: AcknowledgedFinding): AcknowledgedJson {
  const { hints: _hints, severity: _severity, ...issue } = findingJson(finding);
  return { ...issue, acknowledgement: finding.acknowledgement };
}
