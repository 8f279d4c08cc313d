import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { embedFonts } from '../html/embedFonts.js';
import { createTranslator } from '../i18n/createTranslator.js';
import { applyTypography } from '../i18n/typography.js';
import { loadFontRegistry } from '../pdf/fontRegistry.js';
import { loadSeries } from '../project/loadSeries.js';
import { displayPath, type ProjectPaths } from '../project/projectPaths.js';
import { writeAtomic } from '../project/writeAtomic.js';
import { type ExportInput, figuresCsv, profilesJson } from '../publish/dataExport.js';
import type { EditionFigures } from '../publish/figures.js';
import { type IndexLabels, type IndexRow, KEY_FIGURES, seriesIndex } from '../publish/seriesIndex.js';
import type { BuildCache } from './buildCache.js';
import { loadTheme } from './loadTheme.js';

/**
 * Writes what the web editions share, from the cache (every profile whose web edition is in the
 * output folder, built now or before): `<out>/<lang>/index.html` per language, and the data
 * export `<out>/data/profiles.json` and `<out>/data/figures.csv`. Same inputs, same bytes.
 */
export async function writeWebEditions(
  paths: ProjectPaths,
  outDir: string,
  languages: readonly string[],
  cache: BuildCache,
  countries: readonly string[],
): Promise<void> {
  const series = loadSeries(paths);
  const themeFile = join(paths.templates, 'theme.yaml');
  const theme = loadTheme(readFileSync(themeFile, 'utf8'), displayPath(paths, themeFile));
  const faces = loadFontRegistry(paths.fonts).faces;
  const known = new Set(countries);
  const editionsOf = (country: string): EditionFigures[] =>
    languages.flatMap((lang) => {
      const figures = cache.entries[`${country}/${lang}`]?.figures;
      return figures ? [figures] : [];
    });
  const exported: ExportInput[] = Object.entries(cache.figures ?? {})
    .filter(([country]) => known.has(country) && editionsOf(country).length > 0)
    .map(([country, { figures }]) => ({ figures, editions: editionsOf(country) }));

  for (const lang of languages) {
    const translator = createTranslator(lang, series.locales);
    const t = (key: string) => applyTypography(translator.t(key), lang);
    const labels: IndexLabels = {
      title: t('web.indexTitle'),
      intro: t('web.indexIntro'),
      country: t('web.country'),
      edition: t('web.edition'),
      editions: t('web.editions'),
      htmlEdition: t('web.htmlEdition'),
      pdfEdition: t('web.pdfEdition'),
      sortHint: t('web.sortHint'),
      data: t('web.data'),
      figures: Object.fromEntries(KEY_FIGURES.map((id) => [id, t(id)])),
    };
    const rows: IndexRow[] = exported.flatMap(({ figures, editions }) => {
      const edition = editions.find((e) => e.lang === lang);
      if (!edition) return [];
      return [
        {
          country: figures.country,
          figures: edition,
          edition: figures.edition,
          values: Object.fromEntries(KEY_FIGURES.map((id) => [id, figures.figures[id].value])),
        },
      ];
    });
    const draft = seriesIndex(rows, lang, labels, theme, '');
    const fonts = await embedFonts(faces, [theme.fonts.body, ...theme.fonts.fallbacks], draft + draft.toUpperCase());
    writeAtomic(join(outDir, lang, 'index.html'), seriesIndex(rows, lang, labels, theme, fonts));
  }
  writeAtomic(join(outDir, 'data', 'profiles.json'), profilesJson(exported, languages));
  writeAtomic(join(outDir, 'data', 'figures.csv'), figuresCsv(exported));
}
