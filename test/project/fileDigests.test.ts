import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { temporaryFolder } from '../helpers/project.js';

const folder = temporaryFolder('profiles-digests-');
afterAll(() => folder.remove());
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The module afresh, as a new process has it, with the cache in `cache`. */
async function fresh(cache: string) {
  vi.resetModules();
  vi.stubEnv('PROFILES_CACHE_DIR', cache);
  return import('../../src/project/fileDigests.js');
}

describe('file digests remembered between runs (src/project/fileDigests.ts)', () => {
  it('are the SHA-256 of the contents, remembered, and read again once the file was written', async () => {
    const cache = join(folder.dir, 'cache');
    const file = join(folder.dir, 'a.bin');
    writeFileSync(file, 'first');
    const first = await fresh(cache);
    expect(first.fileDigest(file, statSync(file, { bigint: true }))).toBe(sha256(file));
    first.saveFileDigests();
    const remembered = JSON.parse(readFileSync(join(cache, 'file-digests.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(remembered)).toEqual([file]);

    const second = await fresh(cache);
    expect(second.fileDigest(file, statSync(file, { bigint: true }))).toBe(sha256(file));
    writeFileSync(file, 'other');
    expect(second.fileDigest(file, statSync(file, { bigint: true }))).toBe(sha256(file));
  });

  it('a remembered digest is what is used while the file is as it was (so a damaged record shows)', async () => {
    const cache = join(folder.dir, 'cache2');
    const file = join(folder.dir, 'b.bin');
    writeFileSync(file, 'bytes');
    const first = await fresh(cache);
    first.fileDigest(file, statSync(file, { bigint: true }));
    first.saveFileDigests();
    const record = join(cache, 'file-digests.json');
    const stored = JSON.parse(readFileSync(record, 'utf8')) as Record<string, { key: string; digest: string }>;
    writeFileSync(record, JSON.stringify({ [file]: { key: stored[file]!.key, digest: 'f'.repeat(64) } }));
    expect((await fresh(cache)).fileDigest(file, statSync(file, { bigint: true }))).toBe('f'.repeat(64));
    writeFileSync(record, '{ not json');
    expect((await fresh(cache)).fileDigest(file, statSync(file, { bigint: true }))).toBe(sha256(file));
    writeFileSync(record, JSON.stringify({ [file]: { key: stored[file]!.key, digest: 'not a digest' } }));
    expect((await fresh(cache)).fileDigest(file, statSync(file, { bigint: true }))).toBe(sha256(file));
  });
});
