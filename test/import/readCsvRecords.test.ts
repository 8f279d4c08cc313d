import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors/index.js';
import { readCsvRecords } from '../../src/import/readCsvRecords.js';
import { temporaryFolder } from '../helpers/project.js';
import { thrown } from '../helpers/thrown.js';

const tmp = temporaryFolder('profiles-csv-');
afterAll(() => tmp.remove());

async function recordsOf(file: string, maxRecord?: number): Promise<string[][]> {
  const records: string[][] = [];
  for await (const record of readCsvRecords(file, 'wpp.csv', maxRecord)) records.push(record);
  return records;
}

describe('readCsvRecords', () => {
  it('stops at a record longer than the limit, naming the line it starts on', async () => {
    const file = join(tmp.dir, 'open-quote.csv');
    writeFileSync(file, `a,b\n\nc,d\n"e\nf",g\n\n"${'x'.repeat(30)}\n${'y'.repeat(40)}\nh,i\n`);
    const error = await thrown(DataError, () => recordsOf(file, 50));
    expect(error.format()).toBe(
      [
        'wpp.csv:7: a record starting on this line is longer than 50 characters [IMPORT_RECORD_TOO_LONG]',
        '  hint: a quote left open makes the rest of the file one field: check the quotes on this line, or download the file again',
      ].join('\n'),
    );
  });

  it('reads records up to the limit', async () => {
    const file = join(tmp.dir, 'long.csv');
    writeFileSync(file, `a,"${'x'.repeat(40)}"\nb,c\n`);
    expect(await recordsOf(file, 50)).toEqual([
      ['a', 'x'.repeat(40)],
      ['b', 'c'],
    ]);
  });

  it('refuses a gzip file holding one endless field with the default limit, without reading it all', async () => {
    // 8 MB of one unterminated field compress to a few kilobytes: the published population file
    // is 1.2 GB unpacked, and a damaged one must not be read into memory as one field.
    const file = join(tmp.dir, 'endless.csv.gz');
    writeFileSync(file, gzipSync(`ISO3_code,Variant,Time,PopTotal\n"${'9'.repeat(8 * 1024 * 1024)}`));
    const error = await thrown(DataError, () => recordsOf(file));
    expect(error.code).toBe('IMPORT_RECORD_TOO_LONG');
    expect(error.line).toBe(2);
    expect(error.message).toBe('a record starting on this line is longer than 1,048,576 characters');
  });
});
