import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/command.js';
import { addLanguage } from '../../src/cli/commands/addLanguage.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';
import { readPdf } from '../helpers/readPdf.js';

/**
 * `profiles add-language es` and languages in draft, in a copy of the tool (its own locales/):
 * a half-done language never blocks the others, and lists what it lacks or builds with --draft.
 */
const tool = temporaryFolder('profiles-lang-');
afterAll(() => tool.remove());
const at = (...parts: string[]) => join(tool.dir, ...parts);
const cli = (...args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    import('node:child_process').then(({ spawn }) => {
      const child = spawn(process.execPath, [at('dist', 'cli', 'main.js'), ...args], { cwd: tool.dir });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    }, reject);
  });

beforeAll(() => {
  for (const folder of ['dist', 'locales']) cpSync(join(ROOT, folder), at(folder), { recursive: true });
  cpSync(join(ROOT, 'package.json'), at('package.json'));
  for (const folder of ['node_modules', 'templates', 'fonts']) symlinkSync(join(ROOT, folder), at(folder));
  mkdirSync(at('data'));
  cpSync(join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'), at('data', 'bvt.yaml'));
});

describe('profiles add-language', () => {
  it('makes the locale from a reference language, every label marked untranslated', async () => {
    const out: string[] = [];
    const context: CommandContext = {
      projectRoot: tool.dir,
      cwd: tool.dir,
      stdout: (text) => out.push(text),
      stderr: () => {},
      isTerminal: false,
    };
    expect(await addLanguage.run(['es', '--from', 'fr', '--json'], context)).toBe(0);
    const result = JSON.parse(out.join('\n')) as { reference: string; labels: number; files: string[] };
    expect(result).toMatchObject({
      reference: 'fr',
      files: ['locales/es/profile.json', 'locales/es/sources.json', 'locales/es/DRAFT'],
    });
    const fr = JSON.parse(readFileSync(at('locales', 'fr', 'profile.json'), 'utf8')) as { page: { draft: string } };
    const es = JSON.parse(readFileSync(at('locales', 'es', 'profile.json'), 'utf8')) as { page: { draft: string } };
    expect(es.page.draft).toBe(`TODO: ${fr.page.draft}`);
    expect(existsSync(at('locales', 'es', 'DRAFT'))).toBe(true);
    expect(result.labels).toBeGreaterThan(50);
    // a second time: refused, nothing overwritten
    await expect(addLanguage.run(['es'], context)).rejects.toThrow(/exists already/);
  });

  it('never blocks the others: the default build and --lang fr,en build as before', async () => {
    const result = await cli('build', '--lang', 'fr,en', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ counts: { built: 2, failed: 0 } });
    const byDefault = await cli('build', '--json');
    expect(JSON.parse(byDefault.stdout)).toMatchObject({ counts: { unchanged: 2, failed: 0 } });
  });

  it('built alone it lists exactly what it lacks, with file and line; with --draft it builds with the mark', async () => {
    const alone = await cli('build', '--lang', 'es', '--json');
    expect(alone.code).toBe(1);
    const { errors } = JSON.parse(alone.stdout) as { errors: { code: string; file: string; line: number }[] };
    const labels = errors.filter((error) => error.code === 'LOCALE_UNTRANSLATED');
    const texts = errors.filter((error) => error.code === 'DATA_DRAFT_LANGUAGE_MISSING');
    expect(labels.length).toBeGreaterThan(50);
    expect(labels[0]).toMatchObject({ file: 'locales/es/profile.json', line: expect.any(Number) });
    expect(texts[0]).toMatchObject({ file: 'data/bvt.yaml', line: expect.any(Number) });
    const bvt = readFileSync(at('data', 'bvt.yaml'), 'utf8');
    expect(texts.length).toBe((bvt.match(/[{ ]en: /g) ?? []).length); // every text of the file, once

    const draft = await cli('build', '--lang', 'es', '--draft');
    expect(draft.code).toBe(0);
    const pdf = await readPdf(readFileSync(at('output', 'es', 'bvt.pdf')));
    for (const page of pdf.pages) expect(page).toContain('PROJET');
  });
});
