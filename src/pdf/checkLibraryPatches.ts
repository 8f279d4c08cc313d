import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PdfError } from '../errors/index.js';

/** One hunk of a patch in patches/, by the name its comment gives it. */
export interface PatchHunk {
  /** The name in the hunk's comment: `diaspora-profiles patch [name]`. */
  readonly name: string;
  /** The patch file, e.g. `pdfmake+0.3.11.patch`. */
  readonly patch: string;
  readonly packageName: string;
  readonly version: string;
  /** The patched file, inside the package (`js/StyleContextStack.js`). */
  readonly file: string;
}

const MARKER = /diaspora-profiles patch \[([a-z0-9-]+)\]/g;

/** The tool's own folder (dist/pdf/ or src/pdf/ is two levels down), which holds patches/. */
const toolRoot = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/**
 * The named hunks of every patch in `<root>/patches`: each hunk's comment names it
 * (`diaspora-profiles patch [name]`), says why it is there and links its upstream issue.
 */
export function readPatchHunks(root = toolRoot): PatchHunk[] {
  const dir = join(root, 'patches');
  if (!existsSync(dir)) return [];
  const hunks: PatchHunk[] = [];
  for (const patch of readdirSync(dir)
    .filter((name) => name.endsWith('.patch'))
    .sort()) {
    const base = patch
      .replace(/\.patch$/, '')
      .split('++')
      .pop()!;
    const at = base.lastIndexOf('+');
    const packageName = base.slice(0, at).replace(/^(@[^+]+)\+/, '$1/');
    const version = base.slice(at + 1);
    for (const section of readFileSync(join(dir, patch), 'utf8')
      .split(/^diff --git /m)
      .slice(1)) {
      const target = /^\+\+\+ b\/(.+)$/m.exec(section)?.[1] ?? '';
      const file = target.split(`node_modules/${packageName}/`).pop()!;
      const added = section
        .split('\n')
        .filter((line) => line.startsWith('+') && !line.startsWith('+++'))
        .join('\n');
      const names = new Set([...added.matchAll(MARKER)].map((match) => match[1]!));
      for (const name of names) hunks.push({ name, patch, packageName, version, file });
    }
  }
  return hunks;
}

/** The folder of package `name` as Node finds it from `from` (node_modules folders upwards). */
function findPackage(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The first hunk of `<root>/patches` not applied to the installed library, or a library of another version. */
export function findUnappliedHunk(root = toolRoot): { hunk: PatchHunk; installed: string; file: string } | undefined {
  const texts = new Map<string, string>();
  for (const hunk of readPatchHunks(root)) {
    const found = unapplied(hunk, root, texts);
    if (found) return found;
  }
  return undefined;
}

/** True when the hunk named `name` is applied to the library the tool loads from `root`. */
export function isHunkApplied(name: string, root = toolRoot): boolean {
  const hunk = readPatchHunks(root).find((candidate) => candidate.name === name);
  return hunk !== undefined && unapplied(hunk, root, new Map()) === undefined;
}

function unapplied(hunk: PatchHunk, root: string, texts: Map<string, string>) {
  const dir = findPackage(hunk.packageName, root);
  const installed = dir
    ? (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version
    : 'none';
  const file = join(dir ?? root, hunk.file);
  if (!dir || installed !== hunk.version) return { hunk, installed, file };
  let text = texts.get(file);
  if (text === undefined) {
    text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    texts.set(file, text);
  }
  return text.includes(`diaspora-profiles patch [${hunk.name}]`) ? undefined : { hunk, installed, file };
}

const checked = new Set<string>();

/**
 * Checks, once per process, that the libraries the PDF stage uses are the versions the patches
 * in patches/ were made for and carry every named hunk (the install applies them:
 * scripts/applyPatches.js). Without them a build would fail later with an error that says
 * nothing about patches, or silently print chart numbers with breaking spaces. Throws a
 * PdfError (PDF_PATCH_VERSION, PDF_PATCH_MISSING) naming the library, the hunk and the fix.
 */
export function checkLibraryPatches(root = toolRoot): void {
  if (checked.has(root)) return;
  const found = findUnappliedHunk(root);
  if (found) {
    const { hunk, installed, file } = found;
    if (installed !== hunk.version) {
      throw new PdfError('PDF_PATCH_VERSION', {
        patch: hunk.patch,
        library: hunk.packageName,
        version: hunk.version,
        installed,
      });
    }
    throw new PdfError('PDF_PATCH_MISSING', { hunk: hunk.name, patch: hunk.patch, file }, { file });
  }
  checked.add(root);
}
