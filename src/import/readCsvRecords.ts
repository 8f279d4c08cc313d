import { closeSync, openSync, readSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { DataError, isProfileError } from '../errors/index.js';
import { openInput } from './openInput.js';

/**
 * Streams the records of a CSV file, plain or gzip-compressed (recognised from its first bytes,
 * whatever its name), one array of fields per line. Lines may have different numbers of fields
 * (the World Bank files start with short metadata lines). Unreadable files and broken CSV
 * become DataErrors naming the file (`shown`).
 */
export async function* readCsvRecords(file: string, shown: string): AsyncGenerator<string[]> {
  const gzip = startsWithGzipMagic(file, shown);
  const input = openInput(file, shown);
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true });
  // pipeline() passes a read or gunzip error on to the parser, whose iteration then throws it.
  const ignore = () => {};
  if (gzip) pipeline(input, createGunzip(), parser, ignore);
  else pipeline(input, parser, ignore);
  try {
    for await (const record of parser) yield record as string[];
  } catch (error) {
    if (isProfileError(error)) throw error;
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
