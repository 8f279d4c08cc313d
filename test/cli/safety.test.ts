import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countryCodes, languageList } from '../../src/cli/command.js';
import { ProfileError } from '../../src/errors/index.js';
import { loadTemplates } from '../../src/layout/loadTemplates.js';
import { createPdfRenderer } from '../../src/pdf/renderPdf.js';
import { buildAll } from '../../src/pipeline/buildAll.js';
import { runCli } from '../helpers/cli.js';
import { pdfInput } from '../helpers/pdfInput.js';
import { projectContext, projectEnvironment, ROOT, temporaryFolder } from '../helpers/project.js';
import { readPdf } from '../helpers/readPdf.js';
import { thrown } from '../helpers/thrown.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
function folder(): string {
  const made = temporaryFolder();
  cleanup = made.remove;
  return made.dir;
}

describe('nothing an editor types can fetch, write elsewhere or run code', () => {
  const env = projectEnvironment();
  const input = (node: Record<string, unknown>) => pdfInput({ span: [node] });

  it('pdfmake never fetches a remote URL', async () => {
    await expect(env.pdf.render(input({ image: 'https://example.org/logo.png' }))).rejects.toThrow(
      /denied|not allowed|access/i,
    );
  });

  it('pdfmake reads no local file outside the project’s asset folders', async () => {
    await expect(env.pdf.render(input({ image: '/etc/hostname' }))).rejects.toThrow(/denied|not allowed|access/i);
  });

  it('pdfmake reads no file of a sibling folder whose name starts like an asset folder (fonts-evil/)', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'assets-evil'));
    // A 1×1 PNG, readable in the asset folder and refused in its sibling.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==',
      'base64',
    );
    writeFileSync(join(dir, 'assets', 'dot.png'), png);
    writeFileSync(join(dir, 'assets-evil', 'dot.png'), png);
    const renderer = createPdfRenderer(
      env.fonts,
      { body: env.theme.fonts.body, fallbacks: env.theme.fonts.fallbacks },
      [join(dir, 'assets'), env.paths.fonts],
    );
    const image = (path: string) => input({ image: path, width: 10, _meta: { id: 'dot', role: 'Figure', alt: 'dot' } });
    await expect(renderer.render(image(join(dir, 'assets', 'dot.png')))).resolves.toMatchObject({ pages: 1 });
    await expect(renderer.render(image(join(dir, 'assets-evil', 'dot.png')))).rejects.toThrow(
      /denied|not allowed|access/i,
    );
    await expect(renderer.render(image(join(dir, 'assets', '..', 'assets-evil', 'dot.png')))).rejects.toThrow(
      /denied|not allowed|access/i,
    );
  });

  it('data is never run as a template, and markup in data prints as typed', async () => {
    const dir = folder();
    const data = readFileSync(FIXTURE, 'utf8').replace(
      '    en: Remittances grow by 5% a year.',
      '    en: \'Remittances {{country.name}} {{#each x}}loop{{/each}} <script>alert(1)</script> & "quoted" \\\\ back\\slash.\'',
    );
    writeFileSync(join(dir, 'bvt.yaml'), data);
    await buildAll(
      { data: join(dir, 'bvt.yaml'), countries: [], languages: ['en'], outDir: join(dir, 'out'), strict: false },
      projectContext(),
    );
    const text = (await readPdf(readFileSync(join(dir, 'out', 'en', 'bvt.pdf')))).pages.join(' ');
    // A doubled backslash is the escape for one backslash; a lone one prints as typed.
    expect(text).toContain(
      'Remittances {{country.name}} {{#each x}}loop{{/each}} <script>alert(1)</script> & "quoted" \\ back\\slash.',
    );
  });

  it('templates cannot reach prototypes', () => {
    const dir = folder();
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'profile.hbs'), '<document><p>[{{constructor.name}}]</p></document>');
    const templates = loadTemplates(dir);
    expect(() => templates.render({ x: 1 }, { label: () => [] })).toThrow(/does not exist|constructor/);
  });

  it('country codes and languages on the command line cannot name paths', async () => {
    expect((await runCli(['build', '../../etc'])).code).toBe(2);
    expect((await runCli(['build', '--lang', '../fr'])).code).toBe(2);
    const result = await runCli(['build', 'BVT', '--data', FIXTURE, '--lang', 'xx', '--out', folder()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no locale for language "xx"');
  });
});

describe('nothing is lost', () => {
  it('a failed build leaves the previous PDF untouched', async () => {
    const dir = folder();
    const data = join(dir, 'bvt.yaml');
    copyFileSync(FIXTURE, data);
    await buildAll(
      { data, countries: [], languages: ['en'], outDir: join(dir, 'out'), strict: false },
      projectContext(),
    );
    const before = readFileSync(join(dir, 'out', 'en', 'bvt.pdf'));
    writeFileSync(data, readFileSync(FIXTURE, 'utf8').replace('remittances:', 'remitances:'));
    const summary = await buildAll(
      { data, countries: [], languages: ['en'], outDir: join(dir, 'out'), strict: false },
      projectContext(),
    );
    expect(summary.failed).toBe(1);
    expect(readFileSync(join(dir, 'out', 'en', 'bvt.pdf')).equals(before)).toBe(true);
  });

  it('a data file that does not load fails in every language, each named, when no language is given', async () => {
    const dir = folder();
    const data = join(dir, 'bvt.yaml');
    copyFileSync(FIXTURE, data);
    await buildAll({ data, countries: [], languages: [], outDir: join(dir, 'out'), strict: false }, projectContext());
    const before = ['en', 'fr'].map((lang) => readFileSync(join(dir, 'out', lang, 'bvt.pdf')));
    writeFileSync(data, readFileSync(FIXTURE, 'utf8').replace('remittances:', 'remitances:'));
    const summary = await buildAll(
      { data, countries: [], languages: [], outDir: join(dir, 'out'), strict: false, force: true },
      projectContext(),
    );
    expect(summary.failed).toBe(2);
    expect(
      summary.outputs.map((output) => [
        output.lang,
        output.status,
        output.errors[0]?.code,
        output.errors[0]?.line !== null,
      ]),
    ).toEqual([
      ['en', 'failed', 'DATA_UNKNOWN_KEY', true],
      ['fr', 'failed', 'DATA_UNKNOWN_KEY', true],
    ]);
    for (const [index, lang] of ['en', 'fr'].entries()) {
      expect(readFileSync(join(dir, 'out', lang, 'bvt.pdf')).equals(before[index]!)).toBe(true);
    }
    const cli = await runCli(['build', '--data', data, '--out', join(dir, 'out')]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/failed BVT en/);
    expect(cli.stderr).toMatch(/failed BVT fr/);
    expect(cli.stderr).toMatch(/bvt\.yaml:\d+:\d+ remitances/);
  });

  it('an unreadable or corrupt data file fails that country alone', async () => {
    const dir = folder();
    copyFileSync(FIXTURE, join(dir, 'bvt.yaml'));
    writeFileSync(join(dir, 'nor.yaml'), 'country: NOR\n\u0000\u0001 garbage: [\n');
    const result = await runCli(['build', '--data', dir, '--out', join(dir, 'out'), '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(existsSync(join(dir, 'out', 'en', 'bvt.pdf'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'en', 'nor.pdf'))).toBe(false);
    expect(result.stderr).toMatch(/nor\.yaml:\d+:\d+/);
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGKILL'] as const)(
    'a build stopped with %s leaves only complete PDFs',
    async (signal) => {
      const dir = folder();
      const data = join(dir, 'data');
      mkdirSync(data);
      for (const code of ['bvt', 'nor', 'swe', 'fin', 'dnk', 'isl', 'est', 'lva']) {
        writeFileSync(
          join(data, `${code}.yaml`),
          readFileSync(FIXTURE, 'utf8').replace('country: BVT', `country: ${code.toUpperCase()}`),
        );
      }
      const out = join(dir, 'out');
      const result = await runCli(['build', '--data', data, '--out', out], {
        onStart: (child) => {
          const timer = setInterval(() => {
            if (existsSync(join(out, 'en', 'bvt.pdf')) || existsSync(join(out, 'fr', 'bvt.pdf'))) {
              clearInterval(timer);
              child.kill(signal);
            }
          }, 5);
        },
      });
      if (signal === 'SIGKILL') expect(result.signal).toBe('SIGKILL');
      else expect(result.code).toBe(signal === 'SIGTERM' ? 143 : 130);
      const pdfs = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.pdf'));
      expect(pdfs.length).toBeGreaterThan(0);
      expect(pdfs.length).toBeLessThan(16);
      for (const pdf of pdfs) expect((await readPdf(readFileSync(join(out, pdf)))).pages.length).toBeGreaterThan(0);
      if (signal !== 'SIGKILL') {
        expect(readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'))).toEqual(
          [],
        );
      }
      // The next build sweeps what a killed one may have left, and completes the set.
      const again = await runCli(['build', '--data', data, '--out', out]);
      expect(again.code).toBe(0);
      expect(readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'))).toEqual(
        [],
      );
    },
    // Two builds of 16 PDFs in worker threads: on a busy 2-core machine the first PDF alone may take 40 s.
    180_000,
  );
});

describe('one country’s trouble is its own', () => {
  /** A data folder: BVT, and the countries given as extra files beside it. */
  function dataFolder(dir: string): string {
    const data = join(dir, 'data');
    mkdirSync(data);
    copyFileSync(FIXTURE, join(data, 'bvt.yaml'));
    return data;
  }
  // Nine levels of nine aliases each: 9^9 strings once expanded ("billion laughs").
  const letters = 'abcdefghij';
  const aliasBomb = [
    'country: ISL',
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    ...[...letters.slice(1)].map((name, n) => `${name}: &${name} [${Array(9).fill(`*${letters[n]}`).join(',')}]`),
  ].join('\n');

  it('a folder, a dangling link, a FIFO or an alias bomb named like a data file fails that country alone', async () => {
    const dir = folder();
    const data = dataFolder(dir);
    mkdirSync(join(data, 'fin.yaml'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(data, 'swe.yaml'));
    execFileSync('mkfifo', [join(data, 'dnk.yaml')]);
    writeFileSync(join(data, 'isl.yaml'), aliasBomb);
    const summary = await buildAll(
      { data, countries: [], languages: ['en'], outDir: join(dir, 'out'), strict: false },
      projectContext(),
    );
    const byCountry = Object.fromEntries(summary.outputs.map((output) => [output.country, output]));
    expect(byCountry.BVT?.status).toBe('built');
    for (const [country, code, reason] of [
      ['DNK', 'DATA_NOT_A_FILE', /FIFO/],
      ['FIN', 'DATA_NOT_A_FILE', /folder/],
      ['SWE', 'DATA_UNREADABLE', /nowhere\.yaml, which does not exist/],
    ] as const) {
      expect(byCountry[country]?.status).toBe('failed');
      expect(byCountry[country]?.errors[0]?.code).toBe(code);
      expect(byCountry[country]?.errors[0]?.file).toMatch(new RegExp(`${country.toLowerCase()}\\.yaml$`));
      expect(byCountry[country]?.errors[0]?.message).toMatch(reason);
    }
    expect(byCountry.ISL?.status).toBe('failed');
    expect(byCountry.ISL?.errors[0]?.file).toMatch(/isl\.yaml$/);
    expect(summary.failed).toBe(4);
    // The README's own example: building one country ignores the others' files.
    const one = await runCli(['build', 'BVT', '--data', data, '--out', join(dir, 'out'), '--lang', 'en', '--force']);
    expect(one.stderr).toMatch(/1 built, 0 unchanged, 0 failed/);
    expect(one.code).toBe(0);
  });

  it('a batch in worker threads reports the country that fails and builds the others; the exit code says it', async () => {
    const dir = folder();
    const data = dataFolder(dir);
    writeFileSync(join(data, 'isl.yaml'), aliasBomb);
    writeFileSync(join(data, 'nor.yaml'), readFileSync(FIXTURE, 'utf8').replace('country: BVT', 'country: NOR'));
    const out = join(dir, 'out');
    const result = await runCli(['build', '--data', data, '--out', out, '--lang', 'en', '--workers', '2']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/isl\.yaml/);
    expect(result.stderr).toMatch(/2 built, 0 unchanged, 1 failed/);
    expect(existsSync(join(out, 'en', 'bvt.pdf'))).toBe(true);
    expect(existsSync(join(out, 'en', 'nor.pdf'))).toBe(true);
  });

  it('a crash while building one country (a bug) fails it alone, with its file named', async () => {
    const dir = folder();
    const data = dataFolder(dir);
    writeFileSync(join(data, 'nor.yaml'), readFileSync(FIXTURE, 'utf8').replace('country: BVT', 'country: NOR'));
    const env = projectEnvironment();
    let crashed = false;
    const flaky = {
      ...env,
      get series() {
        if (crashed) return env.series;
        crashed = true;
        throw new TypeError('something is not a function');
      },
    };
    const summary = await buildAll(
      { data, countries: [], languages: ['en'], outDir: join(dir, 'out'), strict: false, workers: 1 },
      { ...projectContext(), environment: () => flaky },
    );
    expect(summary.outputs.map((output) => [output.country, output.status, output.errors[0]?.code])).toEqual([
      ['BVT', 'failed', 'BUILD_CRASHED'],
      ['NOR', 'built', undefined],
    ]);
    expect(summary.outputs[0]?.errors[0]?.file).toMatch(/bvt\.yaml$/);
    expect(summary.outputs[0]?.errors[0]?.message).toContain('something is not a function');
  });

  it('starts no more workers than the batch, the cores and the memory hold, and says so', async () => {
    const dir = folder();
    const result = await runCli([
      'build',
      'BVT',
      '--data',
      FIXTURE,
      '--out',
      join(dir, 'out'),
      '--lang',
      'en',
      '--workers',
      '1000',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /note: --workers 1000: building in this process \(1 country to build, \d+ cores?, free memory for \d+ worker\(s\)\)/,
    );
  });

  it('builds a country and a language named twice once', async () => {
    const dir = folder();
    const summary = await buildAll(
      {
        data: dataFolder(dir),
        countries: ['BVT', 'bvt'],
        languages: ['en', 'en'],
        outDir: join(dir, 'out'),
        strict: false,
      },
      projectContext(),
    );
    expect(summary.outputs.map((output) => [output.country, output.lang])).toEqual([['BVT', 'en']]);
    expect(summary.built).toBe(1);
  });

  it('the command line names each country and language once, for every command', () => {
    expect(countryCodes(['MLI', 'mli', 'SEN', 'MLI'])).toEqual(['MLI', 'SEN']);
    expect(languageList('en,fr, en', 'build')).toEqual(['en', 'fr']);
  });

  it('an interrupted build counts the outputs it wrote', async () => {
    const dir = folder();
    const data = dataFolder(dir);
    writeFileSync(join(data, 'nor.yaml'), readFileSync(FIXTURE, 'utf8').replace('country: BVT', 'country: NOR'));
    const controller = new AbortController();
    const out = join(dir, 'out');
    const error = await thrown(ProfileError, () =>
      buildAll(
        { data, countries: [], languages: [], outDir: out, strict: false, workers: 1, signal: controller.signal },
        { ...projectContext(), onOutput: () => controller.abort() },
      ),
    );
    const written = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.pdf'));
    expect(written.sort()).toEqual(['en/bvt.pdf', 'fr/bvt.pdf']);
    expect(error.code).toBe('BUILD_INTERRUPTED');
    expect(error.message).toBe('the build was interrupted after 2 output(s)');
  });
});

describe('the output folder', () => {
  it('given as a file, or under one, is a located error before anything is built', async () => {
    const dir = folder();
    const file = join(dir, 'summary.pdf');
    writeFileSync(file, 'x');
    const at = await runCli(['build', 'BVT', '--data', FIXTURE, '--out', file, '--lang', 'en']);
    expect(at.code).toBe(1);
    expect(at.stderr).toMatch(/summary\.pdf: the output folder .*summary\.pdf is a file \[BUILD_OUT_NOT_FOLDER\]/);
    const under = await runCli(['build', 'BVT', '--data', FIXTURE, '--out', join(file, 'out'), '--lang', 'en']);
    expect(under.code).toBe(1);
    expect(under.stderr).toMatch(/summary\.pdf\/out cannot be made: .*summary\.pdf is a file/);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('with a file where a language folder goes fails that language, located, and builds the other', async () => {
    const dir = folder();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'en'), 'not a folder');
    const summary = await buildAll(
      { data: FIXTURE, countries: [], languages: [], outDir: out, strict: false },
      projectContext(),
    );
    expect(summary.outputs.map((output) => [output.lang, output.status, output.errors[0]?.code])).toEqual([
      ['en', 'failed', 'BUILD_WRITE'],
      ['fr', 'built', undefined],
    ]);
    // The first file of the output that cannot be written (its chart exports come first, the PDF last).
    expect(summary.outputs[0]?.errors[0]?.file).toMatch(/out\/en\/(charts\/)?bvt[-.]/);
  });
});

describe('an output’s files are replaced together', () => {
  it('when a chart export cannot be written, the PDF and the other exports stay as they were', async () => {
    const dir = folder();
    const out = join(dir, 'out');
    const request = { data: FIXTURE, countries: [], languages: ['en'], outDir: out, strict: false };
    await buildAll(request, projectContext());
    const charts = join(out, 'en', 'charts');
    const exports = readdirSync(charts).sort();
    expect(exports.length).toBeGreaterThan(2);
    const before = new Map(
      ['bvt.pdf', ...exports.map((name) => join('charts', name))].map((name) => [
        name,
        readFileSync(join(out, 'en', name)),
      ]),
    );
    // A folder (not empty) where the last PNG goes: its rename cannot succeed.
    const blocked = exports.filter((name) => name.endsWith('.png')).at(-1)!;
    rmSync(join(charts, blocked));
    mkdirSync(join(charts, blocked, 'inside'), { recursive: true });
    // Changed data: every file of the output would change.
    const data = join(dir, 'bvt.yaml');
    writeFileSync(data, readFileSync(FIXTURE, 'utf8').replace('inEu: { value: 900,', 'inEu: { value: 950,'));
    const summary = await buildAll({ ...request, data }, projectContext());
    expect(summary.outputs.map((output) => [output.status, output.errors[0]?.code])).toEqual([
      ['failed', 'BUILD_WRITE'],
    ]);
    expect(summary.outputs[0]?.errors[0]?.file).toBe(join(charts, blocked));
    for (const [name, bytes] of before) {
      if (name === join('charts', blocked)) continue;
      expect(readFileSync(join(out, 'en', name)).equals(bytes), name).toBe(true);
    }
    expect(
      readdirSync(join(out, 'en'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp')),
    ).toEqual([]);
  });

  it('removes the exports of a chart the profile no longer has, and only the country’s own', async () => {
    const dir = folder();
    const out = join(dir, 'out');
    const charts = join(out, 'en', 'charts');
    mkdirSync(charts, { recursive: true });
    for (const name of ['bvt-retired.svg', 'bvt-retired.png', 'nor-destinations.svg', 'bvt-notes.txt'])
      writeFileSync(join(charts, name), 'x');
    const summary = await buildAll(
      { data: FIXTURE, countries: [], languages: ['en'], outDir: out, strict: false },
      projectContext(),
    );
    const left = readdirSync(charts);
    expect(left).not.toContain('bvt-retired.svg');
    expect(left).not.toContain('bvt-retired.png');
    expect(left).toContain('nor-destinations.svg');
    expect(left).toContain('bvt-notes.txt');
    expect(summary.built).toBe(1);
    expect(left.filter((name) => /^bvt-.+\.svg$/.test(name)).length).toBeGreaterThan(0);
  });
});

describe('no read waits forever', () => {
  it('a FIFO where the cache or a PDF goes is refused at once, never waited on', async () => {
    const dir = folder();
    const out = join(dir, 'out');
    mkdirSync(join(out, 'en'), { recursive: true });
    execFileSync('mkfifo', [join(out, '.build-cache.json')]);
    const built = await runCli(['build', 'BVT', '--data', FIXTURE, '--out', out, '--lang', 'en']);
    expect(built.code).toBe(0);
    expect(built.stderr).toMatch(
      /note: the build cache .*\.build-cache\.json was damaged \(.*FIFO.*\) and was ignored/,
    );
    const pdfs = join(dir, 'pdfs');
    mkdirSync(join(pdfs, 'en'), { recursive: true });
    execFileSync('mkfifo', [join(pdfs, 'en', 'bvt.pdf')]);
    const preview = await runCli(['preview', '--from', pdfs, '--out', join(dir, 'preview')]);
    expect(preview.code).toBe(1);
    expect(preview.stderr).toMatch(/bvt\.pdf: .*not a regular file but a named pipe \(FIFO\)/);
  });
});
