import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';
import { columnName } from '../../src/import/findUndesaLayout.js';

/**
 * Writes xlsx workbooks part by part, in the shapes real tools give them, so the importer is
 * tested on what people actually hand it, not only on what one library writes:
 *
 * - `excel`: Microsoft Excel, as UN DESA publishes the table. Relative relationship targets
 *   (`worksheets/sheet1.xml`), shared strings, the workbook before its sheets in the zip.
 * - `excel-strict`: Excel's "Strict Open XML Spreadsheet": the same parts in the ISO/IEC 29500
 *   strict namespaces (`http://purl.oclc.org/ooxml/…`).
 * - `openpyxl`: openpyxl 3.1, and so pandas' `to_excel`. Absolute targets
 *   (`/xl/worksheets/sheet1.xml`), inline strings (`t="inlineStr"`, an empty sharedStrings.xml),
 *   `xmlns:r` declared on each `<sheet>`, the sheets first and the workbook and its
 *   relationships near the end, `[Content_Types].xml` last.
 * - `libreoffice`: LibreOffice Calc ("Excel 2007-365"). Relative targets, shared strings before
 *   the sheets, the workbook part near the end, and zip entries with data descriptors (sizes
 *   written after the data, general-purpose flag bit 3).
 * - `exceljs`: exceljs 4.4 (the fixtures' writer until 2026). Directory entries, the sheets and
 *   then the shared strings before the workbook part, which comes last.
 */
export type XlsxWriter = 'excel' | 'excel-strict' | 'openpyxl' | 'libreoffice' | 'exceljs';

/** Every writer shape. */
export const XLSX_WRITERS: readonly XlsxWriter[] = ['excel', 'excel-strict', 'openpyxl', 'libreoffice', 'exceljs'];

/** A cell as written: a number, a text, or nothing. */
export type XlsxCell = number | string | null;

/** One sheet: its name, its rows from row 1, and merged ranges ("H9:O9"). */
export interface XlsxSheet {
  readonly name: string;
  readonly rows: readonly (readonly XlsxCell[])[];
  readonly merges?: readonly string[];
}

interface Part {
  readonly name: string;
  readonly xml: string;
}

const TRANSITIONAL = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const STRICT = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Writes `sheets` to `file` the way `writer` does. */
export async function writeXlsx(file: string, sheets: readonly XlsxSheet[], writer: XlsxWriter): Promise<void> {
  const zip = new yazl.ZipFile();
  const done = finished(zip.outputStream.pipe(createWriteStream(file)));
  for (const part of orderParts(buildParts(sheets, writer), writer)) {
    if (part.name.endsWith('/')) zip.addEmptyDirectory(part.name);
    else if (writer === 'libreoffice') zip.addReadStream(Readable.from([Buffer.from(part.xml)]), part.name);
    else zip.addBuffer(Buffer.from(part.xml), part.name);
  }
  zip.end();
  await done;
}

function buildParts(sheets: readonly XlsxSheet[], writer: XlsxWriter): Part[] {
  const ns = writer === 'excel-strict' ? STRICT : TRANSITIONAL;
  const inline = writer === 'openpyxl';
  const strings = new SharedStrings();
  const sheetParts = sheets.map((sheet, index) => ({
    name: `xl/worksheets/sheet${index + 1}.xml`,
    xml: worksheetXml(sheet, ns.main, writer, inline ? undefined : strings),
  }));
  const rels = workbookRelationships(sheets.length, writer);
  const sheetIds = rels.filter((rel) => rel.type === 'worksheet').map((rel) => rel.id);
  return [
    { name: '[Content_Types].xml', xml: contentTypes(sheets.length) },
    {
      name: '_rels/.rels',
      xml: relationshipsXml([{ id: 'rId1', type: 'officeDocument', target: 'xl/workbook.xml' }], ns.rel),
    },
    { name: 'xl/workbook.xml', xml: workbookXml(sheets, sheetIds, ns, writer) },
    { name: 'xl/_rels/workbook.xml.rels', xml: relationshipsXml(rels, ns.rel) },
    ...sheetParts,
    { name: 'xl/sharedStrings.xml', xml: strings.xml(ns.main) },
    {
      name: 'xl/styles.xml',
      xml: `${HEAD}<styleSheet xmlns="${ns.main}"><cellXfs count="1"><xf/></cellXfs></styleSheet>`,
    },
    {
      name: 'xl/theme/theme1.xml',
      xml: `${HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"/>`,
    },
    {
      name: 'docProps/core.xml',
      xml: `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>`,
    },
    {
      name: 'docProps/app.xml',
      xml: `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>`,
    },
  ];
}

/** The order each writer puts its parts in the zip (as seen in files each of them wrote). */
function orderParts(parts: Part[], writer: XlsxWriter): Part[] {
  const byName = new Map(parts.map((part) => [part.name, part]));
  const sheets = parts.filter((part) => part.name.startsWith('xl/worksheets/'));
  const pick = (...names: string[]) => names.map((name) => byName.get(name) ?? { name, xml: '' });
  switch (writer) {
    case 'excel':
    case 'excel-strict':
      return [
        ...pick('[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'),
        ...sheets,
        ...pick(
          'xl/theme/theme1.xml',
          'xl/styles.xml',
          'xl/sharedStrings.xml',
          'docProps/core.xml',
          'docProps/app.xml',
        ),
      ];
    case 'openpyxl':
      return [
        ...pick('docProps/app.xml', 'docProps/core.xml', 'xl/theme/theme1.xml'),
        ...sheets,
        ...pick('xl/sharedStrings.xml', 'xl/styles.xml', '_rels/.rels', 'xl/workbook.xml'),
        ...pick('xl/_rels/workbook.xml.rels', '[Content_Types].xml'),
      ];
    case 'libreoffice':
      return [
        ...pick('_rels/.rels', 'docProps/app.xml', 'docProps/core.xml', 'xl/_rels/workbook.xml.rels'),
        ...pick('xl/sharedStrings.xml'),
        ...sheets,
        ...pick('xl/styles.xml', 'xl/workbook.xml', '[Content_Types].xml'),
      ];
    case 'exceljs':
      return [
        ...pick('[Content_Types].xml', '_rels/', '_rels/.rels', 'xl/', 'xl/_rels/', 'xl/_rels/workbook.xml.rels'),
        ...pick('xl/worksheets/'),
        ...sheets,
        ...pick('xl/sharedStrings.xml', 'xl/theme/', 'xl/theme/theme1.xml', 'xl/styles.xml'),
        ...pick('docProps/', 'docProps/app.xml', 'docProps/core.xml', 'xl/workbook.xml'),
      ];
  }
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** The workbook's relationships, numbered and targeted as each writer does. */
function workbookRelationships(count: number, writer: XlsxWriter): Relationship[] {
  const sheets = Array.from({ length: count }, (_, index) => ({
    type: 'worksheet',
    target: writer === 'openpyxl' ? `/xl/worksheets/sheet${index + 1}.xml` : `worksheets/sheet${index + 1}.xml`,
  }));
  const styles = { type: 'styles', target: 'styles.xml' };
  const theme = { type: 'theme', target: 'theme/theme1.xml' };
  const strings = { type: 'sharedStrings', target: 'sharedStrings.xml' };
  const ordered = {
    excel: [...sheets, theme, styles, strings],
    'excel-strict': [...sheets, theme, styles, strings],
    openpyxl: [...sheets, styles, theme, strings],
    libreoffice: [styles, ...sheets, strings],
    exceljs: [styles, theme, strings, ...sheets],
  }[writer];
  return ordered.map((rel, index) => ({ id: `rId${index + 1}`, ...rel }));
}

function relationshipsXml(rels: readonly Relationship[], ns: string): string {
  const type = (name: string) =>
    name === 'officeDocument' ||
    name === 'worksheet' ||
    name === 'styles' ||
    name === 'theme' ||
    name === 'sharedStrings'
      ? `${ns}/${name}`
      : name;
  const items = rels.map((rel) => `<Relationship Id="${rel.id}" Type="${type(rel.type)}" Target="${rel.target}"/>`);
  return `${HEAD}<Relationships xmlns="${PACKAGE_RELS}">${items.join('')}</Relationships>`;
}

function workbookXml(
  sheets: readonly XlsxSheet[],
  ids: readonly string[],
  ns: { main: string; rel: string },
  writer: XlsxWriter,
): string {
  const sheet = (name: string, index: number) =>
    writer === 'openpyxl'
      ? `<sheet xmlns:r="${ns.rel}" name="${escapeXml(name)}" sheetId="${index + 1}" state="visible" r:id="${ids[index]}"/>`
      : `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="${ids[index]}"/>`;
  const rootNs = writer === 'openpyxl' ? `xmlns="${ns.main}"` : `xmlns="${ns.main}" xmlns:r="${ns.rel}"`;
  return `${HEAD}<workbook ${rootNs}><workbookPr/><bookViews><workbookView/></bookViews><sheets>${sheets.map((s, i) => sheet(s.name, i)).join('')}</sheets></workbook>`;
}

function worksheetXml(sheet: XlsxSheet, ns: string, writer: XlsxWriter, strings: SharedStrings | undefined): string {
  const rows = sheet.rows.map((cells, rowIndex) => {
    const number = rowIndex + 1;
    const written = cells.map((cell, columnIndex) =>
      cellXml(cell, `${columnName(columnIndex + 1)}${number}`, writer, strings),
    );
    const attributes = writer === 'libreoffice' ? ' customFormat="false" ht="12.8" hidden="false"' : '';
    return `<row r="${number}"${attributes}>${written.join('')}</row>`;
  });
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
    : '';
  return `${HEAD}<worksheet xmlns="${ns}"><sheetData>${rows.join('')}</sheetData>${merges}</worksheet>`;
}

function cellXml(cell: XlsxCell, reference: string, writer: XlsxWriter, strings: SharedStrings | undefined): string {
  const style = writer === 'libreoffice' ? ' s="0"' : '';
  if (cell === null) return writer === 'libreoffice' ? `<c r="${reference}"${style}/>` : '';
  if (typeof cell === 'number') {
    const type = writer === 'openpyxl' || writer === 'libreoffice' ? ' t="n"' : '';
    return `<c r="${reference}"${style}${type}><v>${cell}</v></c>`;
  }
  if (!strings) return `<c r="${reference}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`;
  return `<c r="${reference}"${style} t="s"><v>${strings.index(cell)}</v></c>`;
}

/** The shared strings table, in order of first use. */
class SharedStrings {
  private readonly list: string[] = [];
  private readonly indexes = new Map<string, number>();
  private count = 0;

  index(text: string): number {
    this.count += 1;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.list.push(text) - 1;
      this.indexes.set(text, index);
    }
    return index;
  }

  xml(ns: string): string {
    const items = this.list.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('');
    return `${HEAD}<sst xmlns="${ns}" count="${this.count}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function contentTypes(sheets: number): string {
  const sheetTypes = Array.from(
    { length: sheets },
    (_, index) =>
      `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetTypes}</Types>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
