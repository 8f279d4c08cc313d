import { messages, type MessageCode, type MessageParams } from './messages.js';

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

  constructor<C extends MessageCode>(
    stage: ErrorStage,
    code: C,
    params: MessageParams<C>,
    location: ErrorLocation = {},
    cause?: unknown,
  ) {
    const entry = (messages[code] as (p: MessageParams<C>) => { message: string; hints?: readonly string[] })(params);
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
}

/** True for errors raised by this project (as opposed to bugs). */
export function isProfileError(error: unknown): error is ProfileError {
  return error instanceof ProfileError;
}

type StageErrorArgs<C extends MessageCode> = [code: C, params: MessageParams<C>, location?: ErrorLocation, cause?: unknown];

/** A data file is unreadable, malformed or fails the schema or a data check. */
export class DataError extends ProfileError {
  constructor<C extends MessageCode>(...[code, params, location, cause]: StageErrorArgs<C>) {
    super('data', code, params, location, cause);
  }
}

/** A locale file is missing, malformed or lacks a key. */
export class LocaleError extends ProfileError {
  constructor<C extends MessageCode>(...[code, params, location, cause]: StageErrorArgs<C>) {
    super('locale', code, params, location, cause);
  }
}

/** A template or the layout markup it produced is wrong. */
export class TemplateError extends ProfileError {
  constructor<C extends MessageCode>(...[code, params, location, cause]: StageErrorArgs<C>) {
    super('template', code, params, location, cause);
  }
}

/** A chart could not be built or rendered. */
export class ChartError extends ProfileError {
  constructor<C extends MessageCode>(...[code, params, location, cause]: StageErrorArgs<C>) {
    super('chart', code, params, location, cause);
  }
}

/** A font is missing, unreadable, or does not cover the text. */
export class FontError extends ProfileError {
  constructor<C extends MessageCode>(...[code, params, location, cause]: StageErrorArgs<C>) {
    super('font', code, params, location, cause);
  }
}

/** pdfmake failed to lay out or write the document. */
export class PdfError extends ProfileError {
  constructor<C extends MessageCode>(...[code, params, location, cause]: StageErrorArgs<C>) {
    super('pdf', code, params, location, cause);
  }
}

/** The build could not read its inputs or write its outputs. */
export class BuildError extends ProfileError {
  constructor<C extends MessageCode>(...[code, params, location, cause]: StageErrorArgs<C>) {
    super('build', code, params, location, cause);
  }
}

/** The command line was used wrongly (exit code 2). */
export class UsageError extends ProfileError {
  constructor<C extends MessageCode>(...[code, params, location, cause]: StageErrorArgs<C>) {
    super('usage', code, params, location, cause);
  }
}
