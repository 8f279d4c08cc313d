import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Raster } from '../../src/preview/raster.js';
import { ROOT } from '../helpers/project.js';
import { sharedMaliBuild } from '../helpers/sharedBuild.js';
import {
  compareWithReferences,
  readManifest,
  renderForReference,
  VISUAL,
  writeReferences,
} from './visualReferences.js';

/**
 * The Mali profile, built fresh in both languages, must look like its committed references,
 * page by page (tolerances in visualReferences.ts and docs/previews.md). After an intended
 * change of layout or data, refresh the references with `npm run test:update-visual`
 * (which runs this file in the "update-visual" mode) and review the new PNGs in the commit.
 */
const UPDATE = process.env.MODE === 'update-visual';
const LANGUAGES = ['fr', 'en'] as const;
const rendered = new Map<string, Raster[]>();

beforeAll(async () => {
  const { dir, summary } = await sharedMaliBuild();
  expect(summary.failed).toBe(0);
  for (const lang of LANGUAGES) rendered.set(`mli.${lang}`, await renderForReference(join(dir, lang, 'mli.pdf')));
});

const shown = (file: string) => relative(ROOT, file);

describe.each(LANGUAGES)('the Mali profile in %s', (lang) => {
  const edition = `mli.${lang}`;

  it.runIf(UPDATE)('updates its visual references', async () => {
    await writeReferences(edition, rendered.get(edition)!);
  });

  it.skipIf(UPDATE)('has as many pages as its references', () => {
    const manifest = readManifest();
    const expected = manifest?.editions[edition]?.pages;
    expect(expected, `no visual references for ${edition}: run npm run test:update-visual`).toBeDefined();
    expect(manifest?.dpi).toBe(VISUAL.dpi);
    expect(
      rendered.get(edition)!.length,
      `${edition} now has ${rendered.get(edition)!.length} pages, its references ${expected}`,
    ).toBe(expected);
  });

  it.skipIf(UPDATE)('looks like its references, page by page', async () => {
    const pages = rendered.get(edition)!;
    const references = readManifest()?.editions[edition]?.pages ?? 0;
    const failures = await compareWithReferences(edition, pages, references);
    const report = failures.map(
      (failure) =>
        `page ${failure.page}: ${failure.changedPixels} pixels changed (${(failure.changedShare * 100).toFixed(3)} % > ${VISUAL.maxChangedShare * 100} %), see ${shown(failure.diffFile)} (reference | now | changes)`,
    );
    expect(
      report,
      `${edition} no longer looks like its references; if the change is intended, run npm run test:update-visual and review the new PNGs`,
    ).toEqual([]);
  });
});
