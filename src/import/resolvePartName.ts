import { posix } from 'node:path';

/**
 * The part a relationship points at, as a zip entry name (no leading slash). Relationship
 * targets are either absolute part names (`/xl/worksheets/sheet1.xml`, as openpyxl writes them)
 * or relative to the folder of the part that holds the relationship (`worksheets/sheet1.xml`
 * from `xl/workbook.xml`, as Excel and LibreOffice write them): both are valid (ECMA-376 Part 2,
 * Open Packaging Conventions, §9.3). `source` is the part the relationship belongs to ('' for
 * the package itself).
 */
export function resolvePartName(source: string, target: string): string {
  const path = decodeTarget(target.split('#')[0]!);
  const absolute = path.startsWith('/') ? path : posix.join('/', posix.dirname(`/${source}`), path);
  return posix.normalize(absolute).replace(/^\/+/, '');
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels` ('' → `_rels/.rels`). */
export function relationshipsPartOf(part: string): string {
  const dir = posix.dirname(`/${part}`);
  return posix.join(dir, '_rels', `${posix.basename(part)}.rels`).replace(/^\/+/, '');
}

/** Targets are URIs: `%20` is a space. A malformed escape is kept as written. */
function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
