import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPdfRenderer, type PdfInput, type PdfOutput } from '../../src/pdf/renderPdf.js';
import { buildCountry } from '../../src/pipeline/buildCountry.js';
import { projectEnvironment, ROOT } from '../helpers/project.js';

/**
 * The layout passes (footnotes, headings kept with what follows) lay one content tree out again
 * and reuse what the previous pass measured of each text (pdfmake patch). That must print
 * exactly what measuring everything again on a fresh tree prints.
 */
const env = projectEnvironment();

async function editionsOf(file: string): Promise<{ input: PdfInput; output: PdfOutput }[]> {
  const captured: { input: PdfInput; output: PdfOutput }[] = [];
  const render = env.pdf.render.bind(env.pdf);
  const spy = {
    ...env,
    pdf: {
      render: async (input: PdfInput) => {
        const output = await render(input);
        captured.push({ input, output });
        return output;
      },
    },
  };
  await buildCountry(spy, { country: '', file, shown: file, languages: ['fr', 'en'], chartDpi: 72 });
  return captured;
}

describe('measurements reused across layout passes', () => {
  const fresh = createPdfRenderer(
    env.fonts,
    { body: env.theme.fonts.body, fallbacks: env.theme.fonts.fallbacks },
    [env.paths.fonts, env.paths.templates],
    { reuseMeasurements: false },
  );

  it.each([
    ['Mali', join(ROOT, 'data', 'mli.yaml')],
    ['the fictional test profile', join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml')],
  ])('give the same bytes as measuring every pass afresh: %s', async (_name, file) => {
    const editions = await editionsOf(file);
    expect(editions).toHaveLength(2);
    for (const { input, output } of editions) {
      // Several passes, or nothing was reused.
      expect(output.passes).toBeGreaterThan(2);
      const again = await fresh.render(input);
      expect(again.passes).toBe(output.passes);
      expect(again.pdf.equals(output.pdf)).toBe(true);
    }
  });
});
