import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors/index.js';

/** What a command may use: the project folder and the console. */
export interface CommandContext {
  readonly projectRoot: string;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTerminal: boolean;
  /** Aborted when the user asks the command to stop (Ctrl-C). */
  readonly signal?: AbortSignal;
}

/** A subcommand of `profiles`: its help text and what it does. */
export interface Command {
  readonly usage: string;
  run(args: readonly string[], context: CommandContext): Promise<number>;
}

/** Parses a command's options; a wrong option is a usage error (exit code 2). */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(command: string, args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError('USAGE_BAD_OPTION', { detail: (error as Error).message, command });
  }
}

