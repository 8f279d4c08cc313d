import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileDigest, saveFileDigests } from '../project/fileDigests.js';
import type { ProjectPaths } from './loadEnvironment.js';

/**
 * A hash of everything but the data file that decides the bytes of a profile: templates and
 * theme, locales, fonts, and the tool itself (its code, the patches applied to its libraries and
 * the exact versions installed). Two builds with the same fingerprint and the same data file
 * give the same PDF, so the cache may skip them.
 */
export function inputsFingerprint(paths: ProjectPaths, toolVersion = toolFingerprint()): string {
  const hash = createHash('sha256');
  hash.update(`tool ${toolVersion}\n`);
  // Warnings kept in the cache name files as seen from here: built from elsewhere, they are built again.
  hash.update(`shown from ${paths.shownFrom}\n`);
  for (const [label, dir] of [
    ['templates', paths.templates],
    ['locales', paths.locales],
    ['fonts', paths.fonts],
  ] as const) {
    hashTree(hash, dir, label);
  }
  saveFileDigests();
  return hash.digest('hex');
}

let tool: string | undefined;

/**
 * The tool's own version: a hash of its compiled code (or sources, under the test runner), the
 * patches to its libraries, and the lockfile. Computed once per process.
 */
export function toolFingerprint(): string {
  if (tool) return tool;
  const codeRoot = dirname(dirname(fileURLToPath(import.meta.url))); // dist/ or src/
  const projectRoot = dirname(codeRoot);
  const hash = createHash('sha256');
  hashTree(hash, codeRoot, 'code', (name) => !name.endsWith('.map'));
  hashTree(hash, join(projectRoot, 'patches'), 'patches');
  const lockfile = join(projectRoot, 'package-lock.json');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  tool = hash.digest('hex');
  return tool;
}

/** Hashes every file of a folder (sorted, recursive): names and contents. */
function hashTree(hash: Hash, dir: string, label: string, keep: (name: string) => boolean = () => true): void {
  if (!existsSync(dir)) {
    hash.update(`${label}: none\n`);
    return;
  }
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const stat = statSync(path, { bigint: true });
      if (stat.isDirectory()) walk(path);
      else if (keep(name)) {
        hash.update(`${label}/${relative(dir, path)}\n`);
        // A FIFO or a device is never read (a read that may never end): its name counts alone.
        hash.update(stat.isFile() ? `sha256 ${fileDigest(path, stat)}\n` : 'not a regular file');
      }
    }
  };
  walk(dir);
}
