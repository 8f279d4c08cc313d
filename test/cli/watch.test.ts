import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, temporaryFolder } from '../helpers/project.js';

/** `profiles watch`: builds, then rebuilds on every save, prints errors without stopping, keeps the last good PDF. */
const folder = temporaryFolder();
afterAll(() => folder.remove());

describe('profiles watch', () => {
  it('rebuilds on a save, reports a broken file and keeps the last good PDF, stops on Ctrl-C', async () => {
    const data = join(folder.dir, 'data');
    const out = join(folder.dir, 'out');
    cpSync(join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'), join(data, 'bvt.yaml'));
    const original = readFileSync(join(data, 'bvt.yaml'), 'utf8');
    const child = spawn(
      process.execPath,
      [join(ROOT, 'dist', 'cli', 'main.js'), 'watch', '--data', data, '--out', out, '--lang', 'en'],
      { cwd: ROOT },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const waitFor = async (pattern: RegExp, after: number) => {
      for (let waited = 0; waited < 30_000; waited += 50) {
        if (pattern.test(stderr.slice(after))) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`timed out waiting for ${pattern} in:\n${stderr}`);
    };

    await waitFor(/1 built, 0 unchanged, 0 failed.*watching for changes/s, 0);
    const first = readFileSync(join(out, 'en', 'bvt.pdf'));

    let mark = stderr.length;
    writeFileSync(join(data, 'bvt.yaml'), original.replace('inEu: { value: 900,', 'inEu: { value: 950,'));
    await waitFor(/1 built, 0 unchanged, 0 failed.*watching for changes/s, mark);
    const second = readFileSync(join(out, 'en', 'bvt.pdf'));
    expect(second.equals(first)).toBe(false);

    mark = stderr.length;
    writeFileSync(join(data, 'bvt.yaml'), original.replace('remittances:', 'remitances:'));
    await waitFor(/unknown field "remitances".*watching for changes/s, mark);
    expect(readFileSync(join(out, 'en', 'bvt.pdf')).equals(second)).toBe(true);

    // Whatever one file does to the loader (here an alias bomb), the watch reports it and goes on.
    mark = stderr.length;
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'
        .split('')
        .map((name, n) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghij'[n]}`).join(', ')}]`),
    ];
    writeFileSync(join(data, 'bvt.yaml'), `${original}\n${bomb.join('\n')}\n`);
    await waitFor(/0 built, 0 unchanged, 1 failed.*watching for changes/s, mark);
    expect(stderr.slice(mark)).toMatch(/bvt\.yaml/);
    mark = stderr.length;
    writeFileSync(join(data, 'bvt.yaml'), original);
    await waitFor(/1 built, 0 unchanged, 0 failed.*watching for changes/s, mark);

    child.kill('SIGINT');
    expect(await exited).toBe(130); // stopped with Ctrl-C, as every command
  }, 60_000);
});
