import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { afterAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { DataError } from '../../src/errors/index.js';
import { openXlsx, XLSX_MAX_RUN } from '../../src/import/openXlsx.js';
import type { SheetRow } from '../../src/import/readSheetRows.js';
import { relationshipsPartOf, resolvePartName } from '../../src/import/resolvePartName.js';
import { temporaryFolder } from '../helpers/project.js';
import { thrown } from '../helpers/thrown.js';
import { writeXlsx, XLSX_WRITERS } from './writeXlsx.js';

const tmp = temporaryFolder('profiles-xlsx-');
afterAll(() => tmp.remove());
const at = (name: string) => join(tmp.dir, name);

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A zip of hand-written parts, in the order given. */
async function writeParts(file: string, parts: Record<string, string>): Promise<void> {
  const zip = new yazl.ZipFile();
  const done = finished(zip.outputStream.pipe(createWriteStream(file)));
  for (const [name, xml] of Object.entries(parts)) zip.addBuffer(Buffer.from(xml), name);
  zip.end();
  await done;
}

/** A one-sheet workbook whose sheet data is `sheetData`, with a shared strings table. */
function oneSheet(sheetData: string, strings: readonly string[] = []): Record<string, string> {
  return {
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="/Book/main.xml"/></Relationships>`,
    // Unusual part names: nothing but the relationships says where the parts are.
    'Book/main.xml': `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets><x:sheet name="Data &amp; notes" sheetId="7" rel:id="s1"/></x:sheets></x:workbook>`,
    'Book/_rels/main.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${REL}/worksheet" Target="parts/Data%201.xml"/><Relationship Id="s2" Type="${REL}/sharedStrings" Target="../Strings.xml"/><Relationship Id="x" Type="${REL}/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>`,
    'Book/parts/Data 1.xml': `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${sheetData}</x:sheetData></x:worksheet>`,
    'Strings.xml': `<sst xmlns="${MAIN}">${strings.map((text) => `<si>${text}</si>`).join('')}</sst>`,
  };
}

async function rowsOf(file: string, sheet?: string): Promise<SheetRow[]> {
  const workbook = await openXlsx(file, 'book.xlsx');
  try {
    const rows: SheetRow[] = [];
    for await (const row of workbook.rows(sheet ?? workbook.sheets[0]!)) rows.push(row);
    return rows;
  } finally {
    workbook.close();
  }
}

describe('resolvePartName', () => {
  it('resolves relationship targets as the Open Packaging Conventions define them', () => {
    expect(resolvePartName('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(resolvePartName('', '/xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(resolvePartName('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolvePartName('xl/workbook.xml', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolvePartName('xl/workbook.xml', '../customXml/item1.xml')).toBe('customXml/item1.xml');
    expect(resolvePartName('xl/workbook.xml', 'worksheets/my%20sheet.xml')).toBe('xl/worksheets/my sheet.xml');
    expect(resolvePartName('xl/workbook.xml', 'bad%zz.xml')).toBe('xl/bad%zz.xml');
  });

  it('finds the relationships part of a part', () => {
    expect(relationshipsPartOf('')).toBe('_rels/.rels');
    expect(relationshipsPartOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
  });
});

describe('openXlsx', () => {
  it.each(XLSX_WRITERS)('reads the sheet names and cells of a workbook written by %s', async (writer) => {
    const file = at(`shape-${writer}.xlsx`);
    await writeXlsx(
      file,
      [
        { name: 'Contents', rows: [['a', 1]] },
        { name: 'Table 1', rows: [['Côte d’Ivoire & <Mali>', 403646, null, '1 292 519 a'], [], [null, 2.5]] },
      ],
      writer,
    );
    const workbook = await openXlsx(file, 'book.xlsx');
    expect(workbook.sheets).toEqual(['Contents', 'Table 1']);
    workbook.close();
    const rows = await rowsOf(file, 'Table 1');
    // Cells by column number from 1 (index 0 unused); an empty cell is no value.
    expect(rows).toEqual([
      { number: 1, cells: [undefined, 'Côte d’Ivoire & <Mali>', 403646, undefined, '1 292 519 a'] },
      { number: 2, cells: [] },
      { number: 3, cells: [undefined, undefined, 2.5] },
    ]);
  });

  it('follows the relationships to parts of any name, and reads every cell type', async () => {
    const file = at('types.xlsx');
    await writeParts(
      file,
      oneSheet(
        '<x:row r="2"><x:c r="B2" t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:t>line</x:t></x:r></x:is></x:c></x:row>' +
          '<x:row><x:c r="A3" t="b"><x:v>1</x:v></x:c><x:c r="B3" t="e"><x:v>#N/A</x:v></x:c><x:c r="C3" t="str"><x:f>A1</x:f><x:v>2024</x:v></x:c><x:c r="AB3"><x:v>1.5E+3</x:v></x:c></x:row>',
        ['<t>rich</t><r><t xml:space="preserve"> text</t></r><rPh><t>phonetic</t></rPh>', '<t>plain</t>'],
      ),
    );
    const workbook = await openXlsx(file, 'book.xlsx');
    expect(workbook.sheets).toEqual(['Data & notes']);
    workbook.close();
    const rows = await rowsOf(file);
    expect(rows[0]).toEqual({ number: 2, cells: [undefined, undefined, 'plain', 'rich text', 'inline'] });
    expect(rows[1]!.number).toBe(3);
    expect(rows[1]!.cells.slice(1, 4)).toEqual([true, null, '2024']);
    expect(rows[1]!.cells[28]).toBe(1500);
  });

  it('stops at a text longer than the limit instead of holding it in memory, naming the part', async () => {
    const file = at('endless.xlsx');
    await writeParts(
      file,
      oneSheet(`<x:row><x:c t="inlineStr"><x:is><x:t>${'x'.repeat(XLSX_MAX_RUN + 10)}</x:t></x:is></x:c></x:row>`),
    );
    const error = await thrown(DataError, () => rowsOf(file));
    expect(error.format().split('\n')[0]).toBe(
      'book.xlsx: the part Book/parts/Data 1.xml of the workbook holds a text or a tag longer than 1,048,576 characters [IMPORT_PART_TOO_LARGE]',
    );
  });

  it('names a sheet whose part is missing, and a shared string that does not exist', async () => {
    const parts = oneSheet('<x:row><x:c t="s"><x:v>5</x:v></x:c></x:row>', ['<t>only</t>']);
    await writeParts(at('no-string.xlsx'), parts);
    await expect(rowsOf(at('no-string.xlsx'))).rejects.toThrow(
      'Book/parts/Data 1.xml: a cell refers to shared string 5, which does not exist',
    );
    const { 'Book/parts/Data 1.xml': _, ...withoutSheet } = parts;
    await writeParts(at('no-sheet.xlsx'), withoutSheet);
    expect((await thrown(DataError, () => rowsOf(at('no-sheet.xlsx')))).message).toBe(
      'cannot read the dataset file: the part Book/parts/Data 1.xml is missing from the workbook',
    );
  });
});
