/** The folder of package `name` as Node would find it from `from` (node_modules folders upwards). */
export function findPackage(name: string, from: string): string | undefined;
/** The packages a patch file names, outermost first, with the version of the innermost. */
export function readPatchName(file: string): { packages: string[]; version: string };
/** Applies one patch file; returns what it did, per file patched. */
export function applyPatchFile(patchFile: string, from?: string): string[];
