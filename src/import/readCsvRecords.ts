import { closeSync, openSync, readSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { DataError, isProfileError } from '../errors/index.js';
import { checkInput, openInput } from './openInput.js';

/**
 * The longest record read, in bytes: the longest line of the published files is about 1.5 KB.
 * A quote left open would otherwise make the rest of the file (1.2 GB for the population file)
 * one field held in memory.
 */
export const CSV_MAX_RECORD = 1024 * 1024;

/** Where the parser is: the lines read and the empty lines skipped. */
interface CsvInfo {
  readonly lines: number;
  readonly empty_lines: number;
}

const lines = new WeakMap<readonly string[], number>();

/** The line of the file on which a record read by readCsvRecords ends (its line, for a one-line record). */
export function lineOf(record: readonly string[]): number | undefined {
  return lines.get(record);
}

/**
 * Streams the records of a CSV file, plain or gzip-compressed (recognised from its first bytes,
 * whatever its name), one array of fields per line. Lines may have different numbers of fields
 * (the World Bank files start with short metadata lines). Unreadable files, broken CSV and
 * records longer than `maxRecord` become DataErrors naming the file (`shown`), and the line for
 * an overlong record.
 */
export async function* readCsvRecords(
  file: string,
  shown: string,
  maxRecord = CSV_MAX_RECORD,
): AsyncGenerator<string[]> {
  checkInput(file, shown); // a FIFO or a device is refused before it is opened (opening one may wait forever)
  const gzip = startsWithGzipMagic(file, shown);
  let last: CsvInfo = { lines: 0, empty_lines: 0 };
  const input = openInput(file, shown);
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    relax_quotes: true,
    max_record_size: maxRecord,
    // Called as each record is parsed (the parser runs ahead of the records read): where the
    // last complete record ended, so an overlong one can be located where it starts.
    on_record: (record, info) => {
      last = info;
      lines.set(record as string[], info.lines);
      return record;
    },
  });
  // pipeline() passes a read or gunzip error on to the parser, whose iteration then throws it.
  const ignore = () => {};
  if (gzip) pipeline(input, createGunzip(), parser, ignore);
  else pipeline(input, parser, ignore);
  try {
    for await (const record of parser) yield record as string[];
  } catch (error) {
    if (isProfileError(error)) throw error;
    if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') {
      // The record starts after the last one read and the empty lines skipped since.
      const skipped = ((error as Partial<CsvInfo>).empty_lines ?? last.empty_lines) - last.empty_lines;
      const line = last.lines + 1 + skipped;
      throw new DataError('IMPORT_RECORD_TOO_LONG', { limit: maxRecord }, { file: shown, line }, error);
    }
    throw new DataError('IMPORT_UNREADABLE', { reason: (error as Error).message }, { file: shown }, error);
  } finally {
    parser.destroy();
  }
}

function startsWithGzipMagic(file: string, shown: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(2);
    const read = readSync(fd, head, 0, 2, 0);
    return read === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } catch (error) {
    throw new DataError(
      'IMPORT_UNREADABLE',
      { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message },
      { file: shown },
      error,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
