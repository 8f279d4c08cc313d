import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPatchFile, readPatchName } from '../../scripts/applyPatches.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';

const tmp = temporaryFolder('profiles-patches-');
afterAll(() => tmp.remove());

/** A package `name@version` under `dir`/node_modules with one file. */
function install(dir: string, name: string, version: string, text: string): string {
  const folder = join(dir, 'node_modules', name);
  mkdirSync(join(folder, 'js'), { recursive: true });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name, version }));
  writeFileSync(join(folder, 'js', 'index.js'), text);
  return folder;
}

/** A patch as patch-package writes it. */
function patchFile(name: string, path: string): string {
  const file = join(tmp.dir, name);
  writeFileSync(
    file,
    [
      `diff --git a/${path} b/${path}`,
      'index 1111111..2222222 100644',
      `--- a/${path}`,
      `+++ b/${path}`,
      '@@ -1,3 +1,3 @@',
      ' first',
      '-second',
      '+second, patched',
      ' third',
      '',
    ].join('\n'),
  );
  return file;
}

describe('applyPatches', () => {
  it('reads the packages and the version a patch file is named for', () => {
    expect(readPatchName('pdfmake+0.3.11.patch')).toEqual({ packages: ['pdfmake'], version: '0.3.11' });
    expect(readPatchName('@scope+name+1.2.3.patch')).toEqual({ packages: ['@scope/name'], version: '1.2.3' });
    expect(readPatchName('a++@s+b+2.0.0.patch')).toEqual({ packages: ['a', '@s/b'], version: '2.0.0' });
  });

  it('patches the copy the tool loads, hoisted into the installing project too, once', () => {
    // The tool installed into a project: its libraries hoisted next to it.
    const project = join(tmp.dir, 'project');
    const tool = join(project, 'node_modules', 'tool');
    mkdirSync(tool, { recursive: true });
    const lib = install(project, 'lib', '1.0.0', 'first\nsecond\nthird\n');
    const patch = patchFile('lib+1.0.0.patch', 'node_modules/lib/js/index.js');
    expect(applyPatchFile(patch, tool)).toEqual([`${join(lib, 'js', 'index.js')}: patched`]);
    expect(readFileSync(join(lib, 'js', 'index.js'), 'utf8')).toBe('first\nsecond, patched\nthird\n');
    expect(applyPatchFile(patch, tool)).toEqual([`${join(lib, 'js', 'index.js')}: already patched`]);
    expect(readFileSync(join(lib, 'js', 'index.js'), 'utf8')).toBe('first\nsecond, patched\nthird\n');
  });

  it('patches a package under another (a++b), and refuses another version or a file that changed', () => {
    const app = join(tmp.dir, 'app');
    const outer = install(app, 'outer', '1.0.0', '');
    const inner = install(outer, 'inner', '2.0.0', 'first\nsecond\nthird\n');
    const nested = patchFile('outer++inner+2.0.0.patch', 'node_modules/outer/node_modules/inner/js/index.js');
    expect(applyPatchFile(nested, app)).toEqual([`${join(inner, 'js', 'index.js')}: patched`]);
    const other = patchFile('outer++inner+2.0.1.patch', 'node_modules/outer/node_modules/inner/js/index.js');
    expect(() => applyPatchFile(other, app)).toThrow(/made for inner 2\.0\.1, but 2\.0\.0 is installed/);
    writeFileSync(join(outer, 'js', 'index.js'), 'first\nSECOND\nthird\n');
    const changed = patchFile('outer+1.0.0.patch', 'node_modules/outer/js/index.js');
    expect(() => applyPatchFile(changed, app)).toThrow(/does not apply to/);
    expect(() => applyPatchFile(patchFile('missing+1.0.0.patch', 'x'), app)).toThrow(/missing is not installed/);
  });

  it('finds every patch of the project applied to the installed libraries', () => {
    const dir = join(ROOT, 'patches');
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.patch'))) {
      for (const line of applyPatchFile(join(dir, name), ROOT)) expect(line).toMatch(/: already patched$/);
    }
  });
});
