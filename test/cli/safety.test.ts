import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/layout/loadTemplates.js';
import { createPdfRenderer } from '../../src/pdf/renderPdf.js';
import { buildAll } from '../../src/pipeline/buildAll.js';
import { runCli } from '../helpers/cli.js';
import { pdfInput } from '../helpers/pdfInput.js';
import { projectContext, projectEnvironment, ROOT, temporaryFolder } from '../helpers/project.js';
import { readPdf } from '../helpers/readPdf.js';

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
      else expect(result.code).toBe(130);
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
  );
});
