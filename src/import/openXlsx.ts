import { DataError } from '../errors/index.js';
import { openZip, type ZipArchive } from './openZip.js';
import { readSheetRows, type SheetRow } from './readSheetRows.js';
import { relationshipsPartOf, resolvePartName } from './resolvePartName.js';
import { streamXml, type XmlLimit } from './streamXml.js';

/** The longest text (or tag) read between two `<` of a part: far above Excel's 32,767 characters a cell. */
export const XLSX_MAX_RUN = 1024 * 1024;
/** The most characters of shared strings kept in memory (the UN DESA table has a few hundred thousand). */
export const XLSX_MAX_SHARED_STRINGS = 32 * 1024 * 1024;

/** A workbook opened for reading: its sheet names in order, and the rows of any sheet, streamed. */
export interface XlsxWorkbook {
  readonly sheets: readonly string[];
  rows(sheet: string): AsyncGenerator<SheetRow>;
  close(): void;
}

interface Relationship {
  readonly type: string;
  readonly part: string;
}

/**
 * Opens an xlsx workbook whatever tool wrote it: parts are found by following the package's
 * relationships (absolute or relative targets, any part names, any order in the zip, strict or
 * transitional namespaces), strings may be shared or inline. Only the sheet asked for is read,
 * streamed row by row; shared strings, when the workbook has them, are the only part kept.
 */
export async function openXlsx(file: string, shown: string): Promise<XlsxWorkbook> {
  const zip = await openZip(file);
  try {
    const limit = partLimit(shown);
    const root = await readRelationships(zip, '', limit);
    const workbookPart =
      [...root.values()].find((rel) => rel.type.endsWith('/officeDocument'))?.part ?? 'xl/workbook.xml';
    const sheets = await readSheetList(zip, workbookPart, limit);
    const rels = await readRelationships(zip, workbookPart, limit);
    const stringsPart = [...rels.values()].find((rel) => rel.type.endsWith('/sharedStrings'))?.part;
    let strings: Promise<readonly string[]> | undefined;
    return {
      sheets: sheets.map((sheet) => sheet.name),
      async *rows(name) {
        const sheet = sheets.find((candidate) => candidate.name === name);
        const part = sheet && rels.get(sheet.id)?.part;
        if (part === undefined) throw unreadable(shown, `the sheet "${name}" has no part in the workbook`);
        strings ??= stringsPart === undefined ? Promise.resolve([]) : readSharedStrings(zip, stringsPart, shown, limit);
        yield* readSheetRows(await open(zip, part, shown), part, await strings, limit);
      },
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function open(zip: ZipArchive, part: string, shown: string) {
  const stored = zip.find(part);
  if (stored === undefined) throw unreadable(shown, `the part ${part} is missing from the workbook`);
  return zip.open(stored);
}

/** The relationships of a part (none when it has no relationships part), by id. */
async function readRelationships(zip: ZipArchive, source: string, limit: XmlLimit) {
  const relationships = new Map<string, Relationship>();
  const stored = zip.find(relationshipsPartOf(source));
  if (stored === undefined) return relationships;
  const events = streamXml<Relationship & { id: string }>(
    await zip.open(stored),
    stored,
    (emit) => ({
      open: (name, attributes) => {
        const id = attributes.Id;
        const target = attributes.Target;
        if (name !== 'Relationship' || id === undefined || target === undefined) return;
        if (attributes.TargetMode === 'External') return;
        emit({ id, type: attributes.Type ?? '', part: resolvePartName(source, target) });
      },
    }),
    limit,
  );
  for await (const { id, ...relationship } of events) relationships.set(id, relationship);
  return relationships;
}

/** The sheets of the workbook part, in order: name and relationship id. */
async function readSheetList(zip: ZipArchive, part: string, limit: XmlLimit) {
  const stored = zip.find(part);
  if (stored === undefined) throw new Error(`no workbook part (${part})`);
  const sheets: { name: string; id: string }[] = [];
  const events = streamXml<{ name: string; id: string }>(
    await zip.open(stored),
    stored,
    (emit) => ({
      open: (name, attributes) => {
        if (name !== 'sheet') return;
        // r:id, whatever the prefix, in the transitional or the strict relationships namespace.
        const id = Object.entries(attributes).find(([key]) => key.endsWith('relationships}id'))?.[1];
        const sheetName = attributes.name;
        if (id !== undefined && sheetName !== undefined) emit({ name: sheetName, id });
      },
    }),
    limit,
    { namespaces: true },
  );
  for await (const sheet of events) sheets.push(sheet);
  return sheets;
}

/** The shared strings table: plain and rich text joined, phonetic runs left out. */
async function readSharedStrings(zip: ZipArchive, part: string, shown: string, limit: XmlLimit) {
  const strings: string[] = [];
  let total = 0;
  const events = streamXml<string>(
    await open(zip, part, shown),
    part,
    (emit) => {
      let text = '';
      let inText = false;
      let phonetic = 0;
      return {
        open: (name) => {
          if (name === 'si') text = '';
          else if (name === 't') inText = phonetic === 0;
          else if (name === 'rPh') phonetic += 1;
        },
        close: (name) => {
          if (name === 't') inText = false;
          else if (name === 'rPh') phonetic -= 1;
          else if (name === 'si') emit(text);
        },
        text: (chunk) => {
          if (inText) text += chunk;
        },
      };
    },
    limit,
  );
  for await (const text of events) {
    total += text.length;
    if (total > XLSX_MAX_SHARED_STRINGS)
      throw new DataError(
        'IMPORT_PART_TOO_LARGE',
        { part, limit: XLSX_MAX_SHARED_STRINGS, what: 'strings' },
        { file: shown },
      );
    strings.push(text);
  }
  return strings;
}

function partLimit(shown: string): XmlLimit {
  return {
    characters: XLSX_MAX_RUN,
    exceeded: (part) =>
      new DataError('IMPORT_PART_TOO_LARGE', { part, limit: XLSX_MAX_RUN, what: 'text' }, { file: shown }),
  };
}

function unreadable(shown: string, reason: string): DataError {
  return new DataError('IMPORT_UNREADABLE', { reason }, { file: shown });
}
