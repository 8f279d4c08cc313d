import {
  appendFileSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildSummary, buildAll } from '../../src/pipeline/buildAll.js';
import { CACHE_FILE, readCache } from '../../src/pipeline/buildCache.js';
import { projectPaths } from '../../src/project/projectPaths.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';

/**
 * The cache never serves a stale PDF: every kind of input, changed in turn, rebuilds what it
 * touches; nothing else is rebuilt; a damaged cache is ignored.
 */
const folder = temporaryFolder();
const project = join(folder.dir, 'project');
const data = join(folder.dir, 'data');
const out = join(folder.dir, 'out');
const paths = projectPaths(project);

beforeAll(() => {
  for (const part of ['templates', 'locales', 'fonts'])
    cpSync(join(ROOT, part), join(project, part), { recursive: true });
  mkdirSync(data);
  const fixture = readFileSync(join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'), 'utf8');
  writeFileSync(join(data, 'bvt.yaml'), fixture);
  writeFileSync(
    join(data, 'nor.yaml'),
    fixture.replace('country: BVT', 'country: NOR').replace('value: 1200,', 'value: 1300,'),
  );
});
afterAll(() => folder.remove());

const build = (options: { force?: boolean; toolVersion?: string; countries?: string[] } = {}): Promise<BuildSummary> =>
  buildAll(
    {
      data,
      countries: options.countries ?? [],
      languages: [],
      outDir: out,
      strict: false,
      workers: 1,
      ...(options.force ? { force: true } : {}),
    },
    { paths, toolVersion: options.toolVersion ?? 'test' },
  );
const statuses = (summary: BuildSummary) =>
  summary.outputs.map((output) => `${output.country} ${output.lang} ${output.status}`);
const pdf = (country: string, lang: string) => readFileSync(join(out, lang, `${country}.pdf`));

describe('incremental builds', () => {
  it('builds everything once, then nothing while nothing changes', async () => {
    expect(statuses(await build())).toEqual(['BVT en built', 'BVT fr built', 'NOR en built', 'NOR fr built']);
    const cacheWritten = statSync(join(out, CACHE_FILE)).mtimeMs;
    expect(statuses(await build())).toEqual([
      'BVT en unchanged',
      'BVT fr unchanged',
      'NOR en unchanged',
      'NOR fr unchanged',
    ]);
    // A build with nothing to do writes no cache.
    expect(statSync(join(out, CACHE_FILE)).mtimeMs).toBe(cacheWritten);
  });

  it('rebuilds the country whose data file changed, and only it', async () => {
    const before = pdf('nor', 'en');
    appendFileSync(join(data, 'nor.yaml'), '# an edit\n');
    const nor = readFileSync(join(data, 'nor.yaml'), 'utf8');
    writeFileSync(join(data, 'nor.yaml'), nor.replace('inEu: { value: 900,', 'inEu: { value: 950,'));
    expect(statuses(await build())).toEqual(['BVT en unchanged', 'BVT fr unchanged', 'NOR en built', 'NOR fr built']);
    expect(pdf('nor', 'en').equals(before)).toBe(false);
  });

  it.each([
    [
      'a template',
      'templates/partials/obstacles.hbs',
      (text: string) => text.replace('<list>', '<list>\n  {{!-- edited --}}'),
    ],
    ['the theme', 'templates/theme.yaml', (text: string) => text.replace('tag: "#2e7d78"', 'tag: "#2e7d79"')],
    ['a label', 'locales/fr/profile.json', (text: string) => text.replace('"Obstacles"', '"Obstacles rencontrés"')],
    ['the font list', 'fonts/fonts.json', (text: string) => `${text}\n`],
  ])('rebuilds everything when %s changes', async (_kind, file, edit) => {
    const path = join(project, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    const summary = await build();
    expect(summary.built).toBe(4);
    expect(summary.unchanged).toBe(0);
  });

  it('rebuilds everything when a font file changes', async () => {
    const font = join(project, 'fonts', 'NotoEmoji-Regular.ttf');
    const bytes = readFileSync(font);
    writeFileSync(font, Buffer.concat([bytes, Buffer.from([0])]));
    expect((await build()).built).toBe(4);
  });

  it('rebuilds everything when a font file is changed in place, same size, its modification time put back', async () => {
    // File digests are remembered by inode, size and times (src/project/fileDigests.ts): the change time still moves.
    const font = join(project, 'fonts', 'NotoSansSymbols-Regular.ttf');
    const before = statSync(font);
    const bytes = readFileSync(font);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    writeFileSync(font, bytes);
    utimesSync(font, before.atimeMs / 1000, before.mtimeMs / 1000);
    expect(Math.abs(statSync(font).mtimeMs - before.mtimeMs)).toBeLessThan(0.01);
    expect((await build()).built).toBe(4);
  });

  it('rebuilds everything when the tool changes', async () => {
    expect((await build({ toolVersion: 'another version' })).built).toBe(4);
    expect((await build({ toolVersion: 'another version' })).built).toBe(0);
  });

  it('rebuilds an output that was deleted or altered, and everything with --force', async () => {
    rmSync(join(out, 'fr', 'bvt.pdf'));
    appendFileSync(join(out, 'en', 'nor.pdf'), 'x');
    expect(statuses(await build({ toolVersion: 'another version' }))).toEqual([
      'BVT en unchanged',
      'BVT fr built',
      'NOR en built',
      'NOR fr unchanged',
    ]);
    expect((await build({ toolVersion: 'another version', force: true })).built).toBe(4);
  });

  it('ignores a damaged cache and says so', async () => {
    writeFileSync(join(out, CACHE_FILE), '{"version": 1, "entries": [1, 2');
    const summary = await build({ toolVersion: 'another version' });
    expect(summary.cacheIgnored).toBe(true);
    expect(summary.built).toBe(4);
    expect((await build({ toolVersion: 'another version' })).cacheIgnored).toBe(false);
  });

  it('ignores, and names what is wrong in, a cache that is JSON of the wrong shape', async () => {
    const cache = JSON.parse(readFileSync(join(out, CACHE_FILE), 'utf8'));
    const shapes: [string, (copy: typeof cache) => void, RegExp][] = [
      ['no files', (copy) => (copy.entries['BVT/en'].files = []), /entries\.BVT\/en\.files/],
      ['a file size as text', (copy) => (copy.entries['BVT/en'].files[0].bytes = '12'), /files\.0\.bytes/],
      ['warnings of numbers', (copy) => (copy.entries['NOR/fr'].warnings = [1, 2]), /NOR\/fr\.warnings\.0/],
      ['a signature of null', (copy) => (copy.signatures.BVT = null), /signatures\.BVT/],
      ['entries as a list', (copy) => (copy.entries = [1]), /entries/],
      ['a file outside the folder', (copy) => (copy.entries['BVT/en'].files[0].path = '../x.pdf'), /outside/],
    ];
    for (const [, damage, where] of shapes) {
      const copy = structuredClone(cache);
      damage(copy);
      writeFileSync(join(out, CACHE_FILE), JSON.stringify(copy));
      const read = readCache(out);
      expect(read.corrupt).toBe(true);
      expect(read.damaged).toMatch(where);
      expect(read.cache.entries).toEqual({});
    }
    // A build on a damaged cache rebuilds everything and says so, and never stops on it.
    const damaged = structuredClone(cache);
    damaged.entries['BVT/en'].files = [];
    writeFileSync(join(out, CACHE_FILE), JSON.stringify(damaged));
    const summary = await build({ toolVersion: 'another version' });
    expect(summary.cacheIgnored).toBe(true);
    expect(summary.cacheDamage).toMatch(/files/);
    expect(summary.built).toBe(4);
  });

  it('keys the cache by paths inside the output folder: a copied folder rebuilds what is deleted from it', async () => {
    const cache = JSON.parse(readFileSync(join(out, CACHE_FILE), 'utf8')) as {
      entries: Record<string, { files: { path: string }[] }>;
    };
    const files = Object.values(cache.entries).flatMap((entry) => entry.files.map((file) => file.path));
    expect(files).toContain(join('en', 'bvt.pdf'));
    for (const file of files) expect(file.startsWith('/') || file.startsWith('..')).toBe(false);
    const copy = join(folder.dir, 'copied-out');
    cpSync(out, copy, { recursive: true, preserveTimestamps: true });
    rmSync(join(copy, 'en', 'bvt.pdf'));
    const summary = await buildAll(
      { data, countries: [], languages: [], outDir: copy, strict: false, workers: 1 },
      { paths, toolVersion: 'another version' },
    );
    expect(statuses(summary)).toEqual(['BVT en built', 'BVT fr unchanged', 'NOR en unchanged', 'NOR fr unchanged']);
  });

  it('keeps what it knows of countries a partial build leaves out', async () => {
    expect(statuses(await build({ toolVersion: 'another version', countries: ['BVT'] }))).toEqual([
      'BVT en unchanged',
      'BVT fr unchanged',
    ]);
    expect((await build({ toolVersion: 'another version' })).unchanged).toBe(4);
  });
});

describe('batch builds in worker threads', () => {
  it('give the same bytes as builds in this thread', async () => {
    const here = join(folder.dir, 'here');
    const workers = join(folder.dir, 'workers');
    const many = join(folder.dir, 'many');
    mkdirSync(many);
    for (const code of ['bvt', 'nor', 'swe', 'fin']) {
      copyFileSync(join(data, 'bvt.yaml'), join(many, `${code}.yaml`));
      writeFileSync(
        join(many, `${code}.yaml`),
        readFileSync(join(data, 'bvt.yaml'), 'utf8').replace('country: BVT', `country: ${code.toUpperCase()}`),
      );
    }
    const request = { data: many, countries: [], languages: [], strict: false };
    const inThread = await buildAll({ ...request, outDir: here, workers: 1 }, { paths: projectPaths(ROOT) });
    const inWorkers = await buildAll({ ...request, outDir: workers, workers: 2 }, { paths: projectPaths(ROOT) });
    expect(inWorkers.workers).toBe(2);
    expect(inWorkers.built).toBe(8);
    for (const output of inThread.outputs) {
      expect(
        readFileSync(join(workers, output.lang, `${output.country.toLowerCase()}.pdf`)).equals(
          readFileSync(output.file!),
        ),
      ).toBe(true);
    }
  });
});
