import { type ParseArgsConfig, parseArgs } from 'node:util';
import { BuildError, didYouMean, UsageError } from '../errors/index.js';
import type { OutputFormat } from '../pipeline/buildAll.js';
import { displayPath, type ProjectPaths, projectPaths } from '../project/projectPaths.js';

/** What a command may use: the tool's folder, the current folder and the console. */
export interface CommandContext {
  /** The tool's own folder: its templates, locales and fonts. */
  readonly projectRoot: string;
  /** The current folder: paths on the command line, the default data/ and output/, and paths in messages are relative to it. */
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Writes to stderr without a line end (progress lines redrawn in place). */
  readonly stderrRaw?: (text: string) => void;
  /** stderr is an interactive terminal (not TERM=dumb, not CI): progress may redraw a line in place. */
  readonly isTerminal: boolean;
  /** Colours may be used (a terminal, and neither NO_COLOR, --no-color, TERM=dumb nor CI). */
  readonly colour?: boolean;
  /** Aborted when the user asks the command to stop (Ctrl-C). */
  readonly signal?: AbortSignal;
}

/** A subcommand of `profiles`: its help text and what it does. */
export interface Command {
  readonly usage: string;
  run(args: readonly string[], context: CommandContext): Promise<number>;
}

/** The tool's folders, with paths shown relative to the current folder. */
export function contextPaths(context: CommandContext): ProjectPaths {
  return projectPaths(context.projectRoot, context.cwd);
}

/** A path as messages and --json show it: relative to the current folder, absolute outside it. */
export function shownPath(context: CommandContext, file: string): string {
  return displayPath(contextPaths(context), file);
}

/**
 * Parses a command's options. An unknown option (with the closest known one), a missing value
 * or a value given to a switch is a usage error (exit code 2), in the catalogue's words.
 */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: readonly string[],
  options: T,
) {
  const known = { ...options, help: { type: 'boolean', short: 'h' } } as const;
  const { tokens } = parseArgs({
    args: [...args],
    options: known,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = (known as NonNullable<ParseArgsConfig['options']>)[token.name];
    if (!option) {
      const names = Object.keys(known).map((name) => `--${name}`);
      const suggestion = token.rawName.startsWith('--') ? didYouMean(token.rawName, names) : undefined;
      throw new UsageError('USAGE_UNKNOWN_OPTION', { option: token.rawName, command, suggestion });
    }
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))))
      throw new UsageError('USAGE_MISSING_VALUE', { option: token.rawName, command });
    if (option.type === 'boolean' && token.value !== undefined)
      throw new UsageError('USAGE_UNEXPECTED_VALUE', { option: token.rawName, value: token.value, command });
  }
  return parseArgs({ args: [...args], options: known, allowPositionals: true, strict: true });
}

/** Country codes from the command line, upper-cased; anything but three letters is a usage error. */
export function countryCodes(positionals: readonly string[]): string[] {
  for (const code of positionals) {
    if (!/^[A-Za-z]{3}$/.test(code)) throw new UsageError('USAGE_BAD_COUNTRY_CODE', { code });
  }
  // Each once: `build MLI mli` builds Mali once, as every command treats it.
  return [...new Set(positionals.map((code) => code.toUpperCase()))];
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
  return [...new Set(languages)];
}

/**
 * Errors or warnings without repeats: a data file's problems are reported once, not once per
 * language of the outputs it failed or warned.
 */
export function distinct<T extends { readonly code: string; readonly message: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const { file, path, line, column } = item as { file?: string; path?: string; line?: number; column?: number };
    const key = JSON.stringify([item.code, file, path, line, column, item.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Stops the command at a safe point when the user asked (Ctrl-C): what was written stays complete. */
export function stopIfAsked(context: CommandContext, command: string, done: string): void {
  if (context.signal?.aborted) throw new BuildError('COMMAND_INTERRUPTED', { command: `profiles ${command}`, done });
}

/** --format pdf,html: the PDF is always among them (the web page links to it). */
export function outputFormats(value: string | undefined, command: string): OutputFormat[] {
  if (value === undefined) return ['pdf'];
  const formats = value
    .split(',')
    .map((format) => format.trim().toLowerCase())
    .filter(Boolean);
  for (const format of formats) {
    if (format !== 'pdf' && format !== 'html')
      throw new UsageError('USAGE_BAD_OPTION', {
        detail: `--format takes pdf and html, separated by commas; got "${format}"`,
        command,
      });
  }
  if (!formats.includes('pdf'))
    throw new UsageError('USAGE_BAD_OPTION', {
      detail:
        '--format must include pdf: the PDF edition is always made, and the web page links to it (--format pdf,html)',
      command,
    });
  return [...new Set(formats)] as OutputFormat[];
}

/** `--date YYYY-MM-DD` (the import date recorded with figures), or today's local date: where `import` and `new` read the clock. */
export function dateOption(given: string | undefined, usage: (detail: string) => UsageError): string {
  if (given === undefined) {
    const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
      .join('-');
  }
  const date = new Date(`${given}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== given) {
    throw usage(`--date ${given}: expected a date written YYYY-MM-DD, e.g. 2026-05-04`);
  }
  return given;
}
