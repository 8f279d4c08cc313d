import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PdfError } from '../../src/errors/index.js';
import { checkLibraryPatches, isHunkApplied, readPatchHunks } from '../../src/pdf/checkLibraryPatches.js';
import { loadPdfJs } from '../../src/preview/extractText.js';
import { pdfInput } from '../helpers/pdfInput.js';
import { projectEnvironment, ROOT, temporaryFolder } from '../helpers/project.js';
import { thrown } from '../helpers/thrown.js';

/**
 * The patches in patches/ (docs/libraries.md): every hunk is named in its comment, the tool
 * refuses to start without them, and each one the code relies on is tested here by its name.
 */
const HUNKS = {
  'glyph-characters': 'fontkit',
  'svg-unicode-spaces': 'pdfmake',
  'style-lookup-memo': 'pdfmake',
};

const tmp = temporaryFolder('profiles-library-patches-');
afterAll(() => tmp.remove());

describe('the library patches', () => {
  it.each(Object.entries(HUNKS))('[%s] is in patches/ (for %s) and applied to the installed library', (name, lib) => {
    const hunk = readPatchHunks(ROOT).find((candidate) => candidate.name === name);
    expect(hunk?.packageName).toBe(lib);
    expect(isHunkApplied(name, ROOT)).toBe(true);
  });

  it('are the hunks above and no other: a new hunk gets a name and a test', () => {
    expect(
      readPatchHunks(ROOT)
        .map((hunk) => hunk.name)
        .sort(),
    ).toEqual(Object.keys(HUNKS).sort());
  });

  it('[svg-unicode-spaces] chart text keeps its no-break spaces (U+202F, U+00A0)', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="5" y="20" font-family="Noto Sans" font-size="10">1\u202f234 et 45\u00a0%</text></svg>';
    const { pdf } = await projectEnvironment().pdf.render(
      pdfInput({ span: [{ svg, width: 200, height: 40, _meta: { id: 'chart', role: 'Figure', alt: 'a chart' } }] }),
    );
    expect(await drawnText(pdf)).toContain('1\u202f234 et 45\u00a0%');
  });
});

describe('the start-up check of the library patches', () => {
  /** A tool folder with one patch for `lib` 1.0.0 and `lib` installed at `version`, patched or not. */
  function tool(name: string, version: string, patched: boolean): string {
    const root = join(tmp.dir, name);
    mkdirSync(join(root, 'patches'), { recursive: true });
    mkdirSync(join(root, 'node_modules', 'lib', 'js'), { recursive: true });
    writeFileSync(
      join(root, 'patches', 'lib+1.0.0.patch'),
      [
        'diff --git a/node_modules/lib/js/index.js b/node_modules/lib/js/index.js',
        '--- a/node_modules/lib/js/index.js',
        '+++ b/node_modules/lib/js/index.js',
        '@@ -1,1 +1,2 @@',
        '+// diaspora-profiles patch [lib-fix]: why, and its upstream issue.',
        ' first',
        '',
      ].join('\n'),
    );
    writeFileSync(join(root, 'node_modules', 'lib', 'package.json'), JSON.stringify({ name: 'lib', version }));
    writeFileSync(
      join(root, 'node_modules', 'lib', 'js', 'index.js'),
      patched ? '// diaspora-profiles patch [lib-fix]: why.\nfirst\n' : 'first\n',
    );
    return root;
  }

  it('reads the named hunks of a patch file', () => {
    expect(readPatchHunks(tool('read', '1.0.0', true))).toEqual([
      { name: 'lib-fix', patch: 'lib+1.0.0.patch', packageName: 'lib', version: '1.0.0', file: 'js/index.js' },
    ]);
  });

  it('passes when every hunk is applied', () => {
    expect(() => checkLibraryPatches(tool('applied', '1.0.0', true))).not.toThrow();
  });

  it('names the hunk that is not applied, and how to apply it [PDF_PATCH_MISSING]', () => {
    const root = tool('missing', '1.0.0', false);
    expect((thrown(PdfError, () => checkLibraryPatches(root)) as PdfError).format()).toBe(
      `${join(root, 'node_modules', 'lib', 'js', 'index.js')}: the library patch "lib-fix" (patches/lib+1.0.0.patch) is not applied to this file [PDF_PATCH_MISSING]\n` +
        '  hint: the install applies patches/ (its postinstall script); where npm skipped install scripts, run "npm rebuild diaspora-profiles", or "node scripts/applyPatches.js" in a checkout',
    );
  });

  it('names the version a patch was made for and the one installed [PDF_PATCH_VERSION]', () => {
    expect((thrown(PdfError, () => checkLibraryPatches(tool('version', '1.1.0', true))) as PdfError).message).toBe(
      'patches/lib+1.0.0.patch is made for lib 1.0.0, but 1.1.0 is installed',
    );
  });
});

/** The characters of the glyphs page 1 draws, as the PDF maps them back (ToUnicode), spaces kept. */
async function drawnText(pdf: Buffer): Promise<string> {
  const { getDocument, OPS } = await loadPdfJs();
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const page = await document.getPage(1);
    const operators = await page.getOperatorList();
    let text = '';
    for (const [index, fn] of operators.fnArray.entries()) {
      if (fn !== OPS.showText) continue;
      const glyphs = (operators.argsArray[index] as unknown[])[0] as ({ unicode?: string } | number | null)[];
      for (const glyph of glyphs) if (glyph !== null && typeof glyph === 'object') text += glyph.unicode ?? '';
    }
    return text;
  } finally {
    await document.destroy();
  }
}
