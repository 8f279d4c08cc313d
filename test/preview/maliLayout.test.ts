import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../src/pipeline/buildAll.js';
import { checkPdfLayout, describeProblem } from '../helpers/checkPdfLayout.js';
import { projectContext, projectEnvironment, ROOT, temporaryFolder } from '../helpers/project.js';

/**
 * Both editions of the Mali profile, freshly built and read back from the files, pass every layout
 * check of the test helper: a second opinion on the build's own check (src/pdf/verifyPages.ts).
 */
const out = temporaryFolder('profiles-layout-');

beforeAll(async () => {
  const summary = await buildAll(
    { data: join(ROOT, 'data', 'mli.yaml'), countries: [], languages: ['fr', 'en'], outDir: out.dir, strict: false },
    projectContext(),
  );
  expect(summary.failed).toBe(0);
});
afterAll(() => out.remove());

describe.each(['fr', 'en'])('the Mali profile in %s', (lang) => {
  it('has no missing glyph, no text outside its place, no overlap and no empty page', async () => {
    const problems = await checkPdfLayout(join(out.dir, lang, 'mli.pdf'), {
      margins: projectEnvironment().theme.page.margins,
    });
    expect(problems.map((problem) => describeProblem(problem, `${lang}/mli.pdf`))).toEqual([]);
  });
});
