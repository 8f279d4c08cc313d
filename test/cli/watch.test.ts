import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, temporaryFolder } from '../helpers/project.js';

/** `profiles watch`: builds, then rebuilds on every save, prints errors without stopping, keeps the last good PDF. */
const folder = temporaryFolder();
afterAll(() => folder.remove());

/** `profiles watch …args` in a child process, with a wait on what it prints and its exit code. */
function startWatch(args: readonly string[]) {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'watch', ...args], { cwd: ROOT });
  const watching = {
    stderr: '',
    exited: new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code))),
    stop: () => child.kill('SIGINT'),
    /** Waits until `pattern` shows in what was printed from position `after` on. */
    async waitFor(pattern: RegExp, after: number): Promise<void> {
      for (let waited = 0; waited < 30_000; waited += 50) {
        if (pattern.test(watching.stderr.slice(after))) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`timed out waiting for ${pattern} in:\n${watching.stderr}`);
    },
  };
  child.stderr.on('data', (chunk: Buffer) => (watching.stderr += chunk.toString()));
  return watching;
}

describe('profiles watch', () => {
  it('rebuilds on a save, reports a broken file and keeps the last good PDF, stops on Ctrl-C', async () => {
    const data = join(folder.dir, 'data');
    const out = join(folder.dir, 'out');
    cpSync(join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'), join(data, 'bvt.yaml'));
    const original = readFileSync(join(data, 'bvt.yaml'), 'utf8');
    const watching = startWatch(['--data', data, '--out', out, '--lang', 'en']);
    const waitFor = watching.waitFor;

    await waitFor(/1 built, 0 unchanged, 0 failed.*watching for changes/s, 0);
    const first = readFileSync(join(out, 'en', 'bvt.pdf'));

    let mark = watching.stderr.length;
    writeFileSync(join(data, 'bvt.yaml'), original.replace('inEu: { value: 900,', 'inEu: { value: 950,'));
    await waitFor(/1 built, 0 unchanged, 0 failed.*watching for changes/s, mark);
    const second = readFileSync(join(out, 'en', 'bvt.pdf'));
    expect(second.equals(first)).toBe(false);

    mark = watching.stderr.length;
    writeFileSync(join(data, 'bvt.yaml'), original.replace('remittances:', 'remitances:'));
    await waitFor(/unknown field "remitances".*watching for changes/s, mark);
    expect(readFileSync(join(out, 'en', 'bvt.pdf')).equals(second)).toBe(true);

    // Whatever one file does to the loader (here an alias bomb), the watch reports it and goes on.
    mark = watching.stderr.length;
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'
        .split('')
        .map((name, n) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghij'[n]}`).join(', ')}]`),
    ];
    writeFileSync(join(data, 'bvt.yaml'), `${original}\n${bomb.join('\n')}\n`);
    await waitFor(/0 built, 0 unchanged, 1 failed.*watching for changes/s, mark);
    expect(watching.stderr.slice(mark)).toMatch(/bvt\.yaml/);
    mark = watching.stderr.length;
    writeFileSync(join(data, 'bvt.yaml'), original);
    await waitFor(/1 built, 0 unchanged, 0 failed.*watching for changes/s, mark);

    watching.stop();
    expect(await watching.exited).toBe(130); // stopped with Ctrl-C, as every command
  }, 60_000);

  it('sees the in-place saves that follow a file replaced by a rename: three saves, three rebuilds', async () => {
    const data = join(folder.dir, 'data-rename');
    const out = join(folder.dir, 'out-rename');
    const file = join(data, 'bvt.yaml');
    cpSync(join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'), file);
    const original = readFileSync(file, 'utf8');
    const withEu = (value: number) => original.replace('inEu: { value: 900,', `inEu: { value: ${value},`);
    const watching = startWatch(['--data', data, '--out', out, '--lang', 'en']);
    const waitFor = watching.waitFor;
    const built = /1 built, 0 unchanged, 0 failed.*watching for changes/s;
    await waitFor(built, 0);
    const pdfs = [readFileSync(join(out, 'en', 'bvt.pdf'))];

    // replaced by a rename, as `profiles import`, `git pull` or `sed -i` do
    let mark = watching.stderr.length;
    writeFileSync(join(folder.dir, 'bvt.yaml.new'), withEu(950));
    renameSync(join(folder.dir, 'bvt.yaml.new'), file);
    await waitFor(built, mark);
    pdfs.push(readFileSync(join(out, 'en', 'bvt.pdf')));

    // then saved in place twice, as VS Code and most editors write
    for (const value of [951, 952]) {
      mark = watching.stderr.length;
      writeFileSync(file, withEu(value));
      await waitFor(built, mark);
      pdfs.push(readFileSync(join(out, 'en', 'bvt.pdf')));
    }
    expect(watching.stderr.match(/data: \S*bvt\.yaml: building/g)).toHaveLength(3);
    for (let i = 1; i < pdfs.length; i++) expect(pdfs[i]!.equals(pdfs[i - 1]!)).toBe(false);

    watching.stop();
    expect(await watching.exited).toBe(130);
  }, 90_000);
  it('with --format pdf,html, rewrites the web page of the profile saved, beside its PDF', async () => {
    const data = join(folder.dir, 'data-web');
    const out = join(folder.dir, 'out-web');
    const file = join(data, 'bvt.yaml');
    cpSync(join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'), file);
    const watching = startWatch(['--data', data, '--out', out, '--lang', 'en', '--format', 'pdf,html']);
    const waitFor = watching.waitFor;
    const built = /1 built, 0 unchanged, 0 failed.*watching for changes/s;
    await waitFor(built, 0);
    const page = join(out, 'en', 'bvt.html');
    expect(readFileSync(page, 'utf8')).toContain('<p class="s-tileValue">900</p>');
    expect(existsSync(join(out, 'en', 'index.html'))).toBe(true);

    const mark = watching.stderr.length;
    writeFileSync(file, readFileSync(file, 'utf8').replace('inEu: { value: 900,', 'inEu: { value: 950,'));
    await waitFor(built, mark);
    expect(readFileSync(page, 'utf8')).toContain('<p class="s-tileValue">950</p>');

    watching.stop();
    expect(await watching.exited).toBe(130);
  }, 90_000);
});
