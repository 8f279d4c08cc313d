#!/usr/bin/env node
/**
 * Applies the fixes in patches/ to the installed libraries: run by `npm install` and `npm ci`
 * (postinstall), in a checkout and in a project that installed the packed tool alike, with or
 * without dev dependencies. patch-package (a dev dependency) still makes the patch files
 * (`npx patch-package pdfmake`); this applies them with nothing but Node and jsdiff.
 *
 * - A patch file `pdfmake+0.3.11.patch` (`a++b+1.0.0.patch` for b under a) patches the copy of
 *   the package the tool itself loads, found the way Node resolves it, wherever npm put it (in
 *   this folder's node_modules, or hoisted to the installing project's).
 * - The installed version must be the patch's; a hunk that does not apply stops the install.
 * - A patch already applied is left as it is, so running this twice changes nothing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyPatch, parsePatch, reversePatch } from 'diff';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The folder of package `name` as Node would find it from `from` (node_modules folders upwards). */
export function findPackage(name, from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The packages a patch file names, outermost first, with the version of the innermost. */
export function readPatchName(file) {
  const segments = file.replace(/\.patch$/, '').split('++');
  const last = segments.pop();
  const at = last.lastIndexOf('+');
  const unscope = (segment) => segment.replace(/^(@[^+]+)\+/, '$1/');
  return { packages: [...segments, last.slice(0, at)].map(unscope), version: last.slice(at + 1) };
}

/** Applies one patch file; returns what it did, per file patched. */
export function applyPatchFile(patchFile, from = root) {
  const { packages, version } = readPatchName(patchFile.split('/').pop());
  let dir = from;
  for (const name of packages) {
    dir = findPackage(name, dir);
    if (!dir) throw new Error(`${patchFile}: ${packages.join(' > ')} is not installed`);
  }
  const installed = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  if (installed !== version)
    throw new Error(`${patchFile}: made for ${packages.at(-1)} ${version}, but ${installed} is installed`);
  return parsePatch(readFileSync(patchFile, 'utf8')).map((patch) => {
    const inside = patch.newFileName
      .replace(/^b\//, '')
      .split(`node_modules/${packages.at(-1)}/`)
      .pop();
    const target = join(dir, inside);
    const source = readFileSync(target, 'utf8');
    if (applyPatch(source, reversePatch(patch)) !== false) return `${target}: already patched`;
    const patched = applyPatch(source, patch);
    if (patched === false) throw new Error(`${patchFile}: does not apply to ${target}`);
    writeFileSync(target, patched);
    return `${target}: patched`;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = join(root, 'patches');
  try {
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.patch'))
      .sort()) {
      const done = applyPatchFile(join(dir, name));
      const patched = done.filter((line) => line.endsWith(': patched')).length;
      process.stdout.write(
        `applyPatches: ${name}: ${patched} file(s) patched, ${done.length - patched} already patched\n`,
      );
    }
  } catch (error) {
    process.stderr.write(`applyPatches: ${error.message}\n`);
    process.exitCode = 1;
  }
}
