import { type MessageCode, type MessageEntry, type MessageParams, messages } from './messages.js';

/** The arguments of an error: a catalogue code, its parameters, where, and the underlying cause. */
export type ErrorArgs = {
  [C in MessageCode]: [code: C, params: MessageParams<C>, location?: ErrorLocation, cause?: unknown];
}[MessageCode];

/** Where a problem was found: a file, a field path inside it, and a position. */
export interface ErrorLocation {
  readonly file?: string | undefined;
  readonly path?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/** The stage that raised an error; the CLI groups and documents errors by it. */
export type ErrorStage = 'data' | 'locale' | 'template' | 'layout' | 'chart' | 'font' | 'pdf' | 'build' | 'usage';

/**
 * The one error class of the project: a catalogue code, a location people can open,
 * a message and `hint:` lines. Every stage throws these, never plain `Error`s.
 */
export class ProfileError extends Error {
  readonly code: MessageCode;
  readonly stage: ErrorStage;
  readonly file: string | undefined;
  readonly path: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly hints: readonly string[];

  constructor(stage: ErrorStage, ...[code, params, location = {}, cause]: ErrorArgs) {
    const entry = (messages[code] as (p: typeof params) => MessageEntry)(params);
    super(entry.message, cause === undefined ? undefined : { cause });
    this.name = 'ProfileError';
    this.stage = stage;
    this.code = code;
    this.file = location.file;
    this.path = location.path;
    this.line = location.line;
    this.column = location.column;
    this.hints = entry.hints ?? [];
  }

  /** `file:line:col field.path: message`, then one `hint:` line per hint. */
  format(): string {
    const where = [this.file, this.line, this.line === undefined ? undefined : this.column]
      .filter((part) => part !== undefined)
      .join(':');
    const head = [where, this.path].filter((part) => part !== undefined && part !== '').join(' ');
    const lines = [`${head === '' ? '' : `${head}: `}${this.message} [${this.code}]`];
    for (const hint of this.hints) lines.push(`  hint: ${hint}`);
    return lines.join('\n');
  }

  /** The error as a plain object for `--json` output. */
  toJSON(): Record<string, unknown> {
    return {
      code: this.code,
      stage: this.stage,
      file: this.file ?? null,
      path: this.path ?? null,
      line: this.line ?? null,
      column: this.column ?? null,
      message: this.message,
      hints: this.hints,
    };
  }

  /** Rebuilds an error from its JSON form (errors cross from build workers to the main thread as JSON). */
  static fromJSON(json: ReturnType<ProfileError['toJSON']>): ProfileError {
    const error = Object.create(ProfileError.prototype) as ProfileError;
    const field = <T>(key: string) => (json[key] === null ? undefined : (json[key] as T));
    Object.assign(error, {
      name: 'ProfileError',
      code: json.code,
      stage: json.stage,
      file: field<string>('file'),
      path: field<string>('path'),
      line: field<number>('line'),
      column: field<number>('column'),
      message: json.message,
      hints: json.hints,
    });
    return error;
  }
}

/** True for errors raised by this project (as opposed to bugs). */
export function isProfileError(error: unknown): error is ProfileError {
  return error instanceof ProfileError;
}

/** A data file is unreadable, malformed or fails the schema or a data check. */
export class DataError extends ProfileError {
  constructor(...args: ErrorArgs) {
    super('data', ...args);
  }
}

/** A locale file is missing, malformed or lacks a key. */
export class LocaleError extends ProfileError {
  constructor(...args: ErrorArgs) {
    super('locale', ...args);
  }
}

/** A template or the layout markup it produced is wrong. */
export class TemplateError extends ProfileError {
  constructor(...args: ErrorArgs) {
    super('template', ...args);
  }
}

/** A chart could not be built or rendered. */
export class ChartError extends ProfileError {
  constructor(...args: ErrorArgs) {
    super('chart', ...args);
  }
}

/** A font is missing, unreadable, or does not cover the text. */
export class FontError extends ProfileError {
  constructor(...args: ErrorArgs) {
    super('font', ...args);
  }
}

/** pdfmake failed to lay out or write the document. */
export class PdfError extends ProfileError {
  constructor(...args: ErrorArgs) {
    super('pdf', ...args);
  }
}

/** The build could not read its inputs or write its outputs. */
export class BuildError extends ProfileError {
  constructor(...args: ErrorArgs) {
    super('build', ...args);
  }
}

/** The command line was used wrongly (exit code 2). */
export class UsageError extends ProfileError {
  constructor(...args: ErrorArgs) {
    super('usage', ...args);
  }
}

/** Several errors found at once (all the schema errors of a file): reported together. */
export class ProfileErrors extends Error {
  readonly errors: readonly ProfileError[];

  constructor(errors: readonly ProfileError[]) {
    super(errors.map((error) => error.format()).join('\n'));
    this.name = 'ProfileErrors';
    this.errors = errors;
  }
}

/** The errors carried by anything thrown: a list for ProfileErrors, one for a ProfileError, none otherwise. */
export function profileErrorsOf(error: unknown): readonly ProfileError[] {
  if (error instanceof ProfileErrors) return error.errors;
  if (error instanceof ProfileError) return [error];
  return [];
}
