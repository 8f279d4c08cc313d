import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type DataError, ProfileError } from '../../src/errors/index.js';
import {
  decodeDataText,
  firstInvalidUtf8,
  MAX_DATA_FILE_BYTES,
  readDataBytes,
  readDataText,
} from '../../src/project/readDataFile.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';
import { thrown } from '../helpers/thrown.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function folder(): string {
  const { dir, remove } = temporaryFolder();
  cleanup = remove;
  return dir;
}

const refusal = (file: string) => thrown(ProfileError, () => readDataBytes(file, 'data/x.yaml')) as DataError;

describe('reading a data file', () => {
  it('reads a regular file, and one reached through a link', () => {
    const dir = folder();
    writeFileSync(join(dir, 'mli.yaml'), 'country: MLI\n');
    symlinkSync(join(dir, 'mli.yaml'), join(dir, 'sen.yaml'));
    expect(readDataText(join(dir, 'mli.yaml'), 'mli.yaml')).toBe('country: MLI\n');
    expect(readDataText(join(dir, 'sen.yaml'), 'sen.yaml')).toBe('country: MLI\n');
  });

  it('refuses a folder named like a data file', () => {
    const dir = folder();
    mkdirSync(join(dir, 'sen.yaml'));
    const error = refusal(join(dir, 'sen.yaml'));
    expect(error.format()).toBe(
      'data/x.yaml: the data file is a folder, not a regular file [DATA_NOT_A_FILE]\n  hint: a data file is a text file <iso3>.yaml: move what is there out of the data folder, or rename it',
    );
  });

  it('refuses a named pipe without waiting for a writer', () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'sen.yaml')]);
    expect(refusal(join(dir, 'sen.yaml')).message).toBe('the data file is a named pipe (FIFO), not a regular file');
  });

  it('refuses a link to a device (/dev/zero) without reading it', () => {
    const dir = folder();
    symlinkSync('/dev/zero', join(dir, 'sen.yaml'));
    const error = refusal(join(dir, 'sen.yaml'));
    expect(error.code).toBe('DATA_NOT_A_FILE');
    expect(error.message).toBe('the data file is a device (the link leads to /dev/zero), not a regular file');
  });

  it('says where a dangling link points, and refuses a loop of links', () => {
    const dir = folder();
    symlinkSync(join(dir, 'gone.yaml'), join(dir, 'sen.yaml'));
    expect(refusal(join(dir, 'sen.yaml')).format()).toBe(
      `data/x.yaml: cannot read the data file: it is a link to ${join(dir, 'gone.yaml')}, which does not exist [DATA_UNREADABLE]\n  hint: check that the file exists and that you can read it`,
    );
    symlinkSync(join(dir, 'b.yaml'), join(dir, 'a.yaml'));
    symlinkSync(join(dir, 'a.yaml'), join(dir, 'b.yaml'));
    expect(refusal(join(dir, 'a.yaml')).message).toBe(
      'cannot read the data file: it is a link that leads back to itself',
    );
  });

  it('refuses a file above the size limit, and never reads more than the limit', () => {
    const dir = folder();
    writeFileSync(join(dir, 'sen.yaml'), '');
    // A sparse file: its size is known without writing it.
    truncateSync(join(dir, 'sen.yaml'), MAX_DATA_FILE_BYTES + 1);
    expect(refusal(join(dir, 'sen.yaml')).message).toBe(
      'the data file holds more than 2,097,152 bytes (2,097,153 or more); a profile is far smaller',
    );
    truncateSync(join(dir, 'sen.yaml'), MAX_DATA_FILE_BYTES);
    expect(readDataBytes(join(dir, 'sen.yaml'), 'sen.yaml').length).toBe(MAX_DATA_FILE_BYTES);
  });

  it('refuses a file it may not read (chmod 000), naming the reason', () => {
    const dir = folder();
    const file = join(dir, 'sen.yaml');
    writeFileSync(file, 'country: SEN\n');
    chmodSync(file, 0o000);
    // As root every file is readable: read it as the unprivileged user "nobody" in a child process.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o755);
    const script = `import(${JSON.stringify(join(ROOT, 'dist', 'project', 'readDataFile.js'))}).then((m) => { try { m.readDataBytes(${JSON.stringify(file)}, 'data/sen.yaml'); console.log('read'); } catch (e) { console.log(e.format()); } })`;
    const run = spawnSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(run.stdout.trim()).toBe(
      'data/sen.yaml: cannot read the data file: EACCES [DATA_UNREADABLE]\n  hint: check that the file exists and that you can read it',
    );
  });
});

describe('decoding a data file', () => {
  it('refuses bytes that are not UTF-8, at their line and column', () => {
    const bytes = Buffer.concat([
      Buffer.from('country: MLI\nterminology:\n  fr: Pr'),
      Buffer.from([0xe9]),
      Buffer.from('sent\n'),
    ]);
    const error = thrown(ProfileError, () => decodeDataText(bytes, 'data/mli.yaml')) as DataError;
    expect(error.format()).toBe(
      'data/mli.yaml:3:9: the file is not UTF-8 text: the byte 0xE9 here is not a character [DATA_ENCODING]\n  hint: the file was probably saved as Latin-1 or Windows-1252: save it again as UTF-8 (in VS Code: "Save with Encoding")',
    );
  });

  it('counts columns in characters, and reads every well-formed sequence', () => {
    const text = 'é « ✓ 😀 ';
    expect(decodeDataText(Buffer.from(text), 'x')).toBe(text);
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0xc0, 0x80])]);
    expect((thrown(ProfileError, () => decodeDataText(bytes, 'x')) as DataError).column).toBe(text.length + 1);
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong form', [0xe0, 0x80, 0x80]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated sequence', [0xe2, 0x9c]],
  ])('finds %s where the strict decoder fails', (_, sequence) => {
    const bytes = Buffer.from([0x61, ...sequence, 0x62]);
    expect(firstInvalidUtf8(bytes)).toBe(1);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('agrees with the strict decoder on the Mali profile', () => {
    const bytes = readFileSync(join(ROOT, 'data', 'mli.yaml'));
    expect(firstInvalidUtf8(bytes)).toBe(bytes.length);
  });
});
