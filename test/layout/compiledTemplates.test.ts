import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/layout/loadTemplates.js';
import { temporaryFolder } from '../helpers/project.js';

const setting = process.env.PROFILES_CACHE_DIR;
const removes: (() => void)[] = [];
afterEach(() => {
  if (setting === undefined) delete process.env.PROFILES_CACHE_DIR;
  else process.env.PROFILES_CACHE_DIR = setting;
  for (const remove of removes.splice(0)) remove();
});

function folder(prefix: string): string {
  const { dir, remove } = temporaryFolder(prefix);
  removes.push(remove);
  return dir;
}

/** A templates folder: a root template and one partial. */
function templates(root: string, partial: string): string {
  const dir = folder('profiles-templates-');
  mkdirSync(join(dir, 'partials'));
  writeFileSync(join(dir, 'profile.hbs'), root);
  writeFileSync(join(dir, 'partials', 'part.hbs'), partial);
  return dir;
}

const helperContext = { label: () => [] };

describe('compiled templates kept between runs (PROFILES_CACHE_DIR)', () => {
  it('render the same from the cache as compiled afresh, and a changed template is compiled again', () => {
    const cache = folder('profiles-template-cache-');
    process.env.PROFILES_CACHE_DIR = cache;
    const dir = templates(
      '<document><p>{{name}}</p>{{> part}}</document>',
      '<p>{{#each items}}[{{this}}]{{/each}}</p>',
    );
    const context = { name: 'Côte d’Ivoire & <b>', items: [1, 2] };
    const fresh = loadTemplates(dir).render(context, helperContext);
    expect(readdirSync(join(cache, 'templates'))).toHaveLength(2);
    expect(loadTemplates(dir).render(context, helperContext)).toBe(fresh);
    process.env.PROFILES_CACHE_DIR = 'off';
    expect(loadTemplates(dir).render(context, helperContext)).toBe(fresh);

    process.env.PROFILES_CACHE_DIR = cache;
    writeFileSync(join(dir, 'partials', 'part.hbs'), '<p>{{#each items}}({{this}}){{/each}}</p>');
    expect(loadTemplates(dir).render(context, helperContext)).toContain('(1)(2)');
    expect(readdirSync(join(cache, 'templates'))).toHaveLength(3);
  });

  it('are used when found, and ignored when damaged or writable by others', () => {
    const cache = folder('profiles-template-cache-');
    process.env.PROFILES_CACHE_DIR = cache;
    const dir = templates('<document><p>{{name}}</p></document>', '<p/>');
    const context = { name: 'Mali' };
    const fresh = loadTemplates(dir).render(context, helperContext);
    const root = readdirSync(join(cache, 'templates'))
      .map((name) => join(cache, 'templates', name))
      .find((file) => readFileSync(file, 'utf8').includes('name'))!;
    const compiled = readFileSync(root, 'utf8');
    // The kept code is what runs: changed by hand, it shows.
    writeFileSync(root, compiled.replace('"<document', '"<document data-kept=\\"yes\\"'));
    expect(loadTemplates(dir).render(context, helperContext)).toContain('data-kept="yes"');
    chmodSync(root, 0o666);
    expect(loadTemplates(dir).render(context, helperContext)).toBe(fresh);
    chmodSync(root, 0o644);
    writeFileSync(root, `${compiled.slice(0, compiled.length / 2)}`);
    expect(loadTemplates(dir).render(context, helperContext)).toBe(fresh);
  });
});
