import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from '../errors/index.js';

/** What a command may use: the project folder and the console. */
export interface CommandContext {
  readonly projectRoot: string;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Writes to stderr without a line end (progress lines redrawn in place). */
  readonly stderrRaw?: (text: string) => void;
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
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: readonly string[],
  options: T,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError('USAGE_BAD_OPTION', { detail: (error as Error).message, command });
  }
}

/** Country codes from the command line, upper-cased; anything but three letters is a usage error. */
export function countryCodes(positionals: readonly string[]): string[] {
  for (const code of positionals) {
    if (!/^[A-Za-z]{3}$/.test(code)) throw new UsageError('USAGE_BAD_COUNTRY_CODE', { code });
  }
  return positionals.map((code) => code.toUpperCase());
}

/** `--lang fr,en` as a list; a value that is not a language code is a usage error. */
export function languageList(value: string | undefined, command: string): string[] {
  const languages = value
    ? value
        .split(',')
        .map((lang) => lang.trim())
        .filter(Boolean)
    : [];
  for (const lang of languages) {
    if (!/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(lang))
      throw new UsageError('USAGE_BAD_OPTION', { detail: `"${lang}" is not a language code`, command });
  }
  return languages;
}
