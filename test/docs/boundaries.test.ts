import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/project.js';

/**
 * The folders of src/ import only what docs/architecture.md ("Folders and boundaries") says
 * they may: the table in the docs is the rule, and this test keeps code and docs agreeing.
 */
const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Folders and boundaries'));
const allowed = new Map<string, Set<string> | 'all'>();
for (const line of section.split('\n').slice(1)) {
  if (line.startsWith('## ')) break;
  const cells = line.split('|').map((cell) => cell.trim());
  if (cells.length < 4 || !cells[1]!.includes('`src/')) continue;
  const imports = cells[3]!;
  const rule =
    imports === 'all'
      ? 'all'
      : new Set(
          imports === 'nothing' ? [] : imports.split(/,\s*(?![^(]*\))/).map((item) => item.trim().split(/\s/)[0]!),
        );
  for (const [, folder] of cells[1]!.matchAll(/`src\/([a-z0-9]+)`/g)) allowed.set(folder!, rule);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The src/ folders a file imports from, at any depth (`../x/`, `../../x/`, dynamic imports too). */
function importedFolders(file: string, src: string): string[] {
  const text = readFileSync(file, 'utf8');
  const folders: string[] = [];
  for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const target = relative(src, resolve(dirname(file), specifier!));
    if (!target.startsWith('..') && target.includes(sep)) folders.push(target.split(sep)[0]!);
  }
  return folders;
}

describe('folder boundaries (docs/architecture.md)', () => {
  const src = join(ROOT, 'src');
  const folders = readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  it('gives a rule for every folder of src/', () => {
    expect(folders.filter((folder) => !allowed.has(folder))).toEqual([]);
  });

  it('sees imports from nested folders', () => {
    // src/cli/commands/build.ts sits two levels down: its imports must be seen too.
    expect(importedFolders(join(src, 'cli', 'commands', 'build.ts'), src)).toContain('pipeline');
  });

  it('is kept by every import', () => {
    const broken: string[] = [];
    for (const folder of folders) {
      const rule = allowed.get(folder);
      if (rule === undefined || rule === 'all') continue;
      for (const file of sources(join(src, folder))) {
        for (const target of importedFolders(file, src)) {
          if (target !== folder && !rule.has(target)) broken.push(`${relative(ROOT, file)} imports src/${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
