import type { Readable } from 'node:stream';
import { streamXml, type XmlHandlers, type XmlLimit } from './streamXml.js';

/** A cell as the importers see it: text, a number, a boolean, or null for an error value (#N/A). */
export type CellValue = string | number | boolean | null;

/** A sheet row: its number (from 1) and its cells by column number (from 1; empty cells are holes). */
export interface SheetRow {
  readonly number: number;
  readonly cells: readonly (CellValue | undefined)[];
}

/**
 * Streams the rows of a worksheet part. Cells are read by type (ECMA-376 Part 1, §18.3.1.4):
 * shared strings (`t="s"`, an index into `strings`), inline strings (`t="inlineStr"`, as
 * openpyxl writes them), formula strings, booleans, errors, ISO dates and numbers. Rows and
 * cells without a reference follow the previous one.
 */
export function readSheetRows(
  stream: Readable,
  part: string,
  strings: readonly string[],
  limit: XmlLimit,
): AsyncGenerator<SheetRow> {
  return streamXml<SheetRow>(stream, part, (emit) => sheetHandlers(strings, part, emit), limit);
}

function sheetHandlers(strings: readonly string[], part: string, emit: (row: SheetRow) => void): XmlHandlers {
  let rowNumber = 0;
  let cells: (CellValue | undefined)[] = [];
  let column = 0;
  let type = 'n';
  let value: string | undefined;
  let inline: string | undefined;
  let reading: 'value' | 'inline' | undefined;
  let phonetic = 0;
  return {
    open: (name, attributes) => {
      switch (name) {
        case 'row': {
          const number = Number(attributes.r);
          rowNumber = Number.isInteger(number) && number > 0 ? number : rowNumber + 1;
          cells = [];
          column = 0;
          break;
        }
        case 'c':
          column = columnNumber(attributes.r) ?? column + 1;
          type = attributes.t ?? 'n';
          value = undefined;
          inline = undefined;
          break;
        case 'v':
          reading = 'value';
          value ??= '';
          break;
        case 'is':
          inline ??= '';
          break;
        case 't':
          if (inline !== undefined && phonetic === 0) reading = 'inline';
          break;
        case 'rPh':
          phonetic += 1;
          break;
      }
    },
    close: (name) => {
      if (name === 'v' || name === 't') reading = undefined;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'c') cells[column] = cellValue(type, value, inline, strings, part);
      else if (name === 'row') emit({ number: rowNumber, cells });
    },
    text: (text) => {
      if (reading === 'value') value += text;
      else if (reading === 'inline') inline += text;
    },
  };
}

function cellValue(
  type: string,
  value: string | undefined,
  inline: string | undefined,
  strings: readonly string[],
  part: string,
): CellValue | undefined {
  switch (type) {
    case 's': {
      if (value === undefined) return undefined;
      const text = strings[Number(value)];
      if (text === undefined) throw new Error(`${part}: a cell refers to shared string ${value}, which does not exist`);
      return text;
    }
    case 'inlineStr':
      return inline ?? value;
    case 'str':
    case 'd':
      return value;
    case 'b':
      return value === undefined ? undefined : value.trim() === '1' || value.trim() === 'true';
    case 'e':
      return null;
    default: {
      if (value === undefined || value.trim() === '') return inline;
      const number = Number(value);
      return Number.isFinite(number) ? number : value;
    }
  }
}

/** The column number of a cell reference (`C12` → 3, `$AB$3` → 28), or undefined without one. */
function columnNumber(reference: string | undefined): number | undefined {
  if (reference === undefined) return undefined;
  let number = 0;
  for (let index = 0; index < reference.length; index += 1) {
    const code = reference.charCodeAt(index) & ~32; // upper case
    if (code >= 65 && code <= 90) number = number * 26 + (code - 64);
    else if (reference[index] !== '$') break;
  }
  return number > 0 ? number : undefined;
}
