import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPdfLayout, describeProblem } from '../helpers/checkPdfLayout.js';
import { projectEnvironment } from '../helpers/project.js';
import { sharedMaliBuild } from '../helpers/sharedBuild.js';

/**
 * Both editions of the Mali profile, freshly built and read back from the files, pass every layout
 * check of the test helper: a second opinion on the build's own check (src/pdf/verifyPages.ts).
 */
let dir: string;

beforeAll(async () => {
  const built = await sharedMaliBuild();
  expect(built.summary.failed).toBe(0);
  dir = built.dir;
});

describe.each(['fr', 'en'])('the Mali profile in %s', (lang) => {
  it('has no missing glyph, no text outside its place, no overlap and no empty page', async () => {
    const problems = await checkPdfLayout(join(dir, lang, 'mli.pdf'), {
      margins: projectEnvironment().theme.page.margins,
    });
    expect(problems.map((problem) => describeProblem(problem, `${lang}/mli.pdf`))).toEqual([]);
  });
});
