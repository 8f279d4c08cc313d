import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { DataError } from '../errors/index.js';

/** The largest data file read: 40 times the Mali profile; a larger one is not a profile (or a device). */
export const MAX_DATA_FILE_BYTES = 2 * 1024 * 1024;

/**
 * The bytes of a data file, read safely: a regular file only (a folder, a named pipe, a device or
 * a socket is refused before it is opened for reading, so a FIFO never blocks and /dev/zero is
 * never read), a symbolic link followed to its target and the target checked the same way, and
 * never more than MAX_DATA_FILE_BYTES read. Every refusal is a DataError naming the file (`shown`).
 */
export function readDataBytes(file: string, shown: string): Buffer {
  const unreadable = (reason: string, cause?: unknown) =>
    new DataError('DATA_UNREADABLE', { reason }, { file: shown }, cause);
  let target = file;
  let link: Stats;
  try {
    link = lstatSync(file);
  } catch (error) {
    throw unreadable(reasonOf(error), error);
  }
  if (link.isSymbolicLink()) {
    try {
      target = realpathSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const points = safeReadlink(file);
      throw unreadable(
        code === 'ENOENT'
          ? `it is a link to ${points}, which does not exist`
          : code === 'ELOOP'
            ? 'it is a link that leads back to itself'
            : `it is a link to ${points}, which cannot be read: ${reasonOf(error)}`,
        error,
      );
    }
  }
  const via = target === file ? undefined : target;
  // O_NONBLOCK: opening a named pipe for reading does not wait for a writer; it is then refused below.
  let fd: number;
  try {
    fd = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw unreadable(reasonOf(error), error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      throw new DataError('DATA_NOT_A_FILE', { kind: kindOf(stats), target: via }, { file: shown });
    }
    if (stats.size > MAX_DATA_FILE_BYTES) {
      throw new DataError('DATA_FILE_TOO_LARGE', { bytes: stats.size, max: MAX_DATA_FILE_BYTES }, { file: shown });
    }
    // Read at most one byte more than the limit, whatever the size said: a file may grow while it is read.
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_DATA_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > MAX_DATA_FILE_BYTES) {
        throw new DataError('DATA_FILE_TOO_LARGE', { bytes: length, max: MAX_DATA_FILE_BYTES }, { file: shown });
      }
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw unreadable(reasonOf(error), error);
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of a data file: UTF-8, strictly. Bytes that are not UTF-8 (a file saved as Latin-1 or
 * Windows-1252: "é" as the byte E9) are refused at their line and column, never printed as "�".
 */
export function decodeDataText(bytes: Uint8Array, shown: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = countLines(bytes, lineStart);
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
    const byte = `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}`;
    throw new DataError('DATA_ENCODING', { byte }, { file: shown, line, column });
  }
}

/** Reads and decodes a data file (see readDataBytes and decodeDataText). */
export function readDataText(file: string, shown: string): string {
  return decodeDataText(readDataBytes(file, shown), shown);
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0; // no overlong forms
      if (lead === 0xed) high = 0x9f; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return bytes.length;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function safeReadlink(file: string): string {
  try {
    return readlinkSync(file);
  } catch {
    return 'a missing file';
  }
}

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
