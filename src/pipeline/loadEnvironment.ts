import { join } from 'node:path';
import { type ChartRenderer, createChartRenderer } from '../charts/index.js';
import type { Theme } from '../document/theme.js';
import { type LocaleError, ProfileErrors, TemplateError } from '../errors/index.js';
import { checkLocales } from '../i18n/checkLocales.js';
import { createFormatters, type Formatters } from '../i18n/createFormatters.js';
import { createTranslator, type Translator } from '../i18n/createTranslator.js';
import { untranslatedLabels, withReferenceLabels } from '../i18n/draftLanguage.js';
import { loadTemplates, type TemplateSet } from '../layout/loadTemplates.js';
import { type FontRegistry, loadFontRegistry } from '../pdf/fontRegistry.js';
import { createPdfRenderer, type PdfRenderer } from '../pdf/renderPdf.js';
import { loadSeries, type Series } from '../project/loadSeries.js';
import { displayPath, type ProjectPaths } from '../project/projectPaths.js';
import type { LocaleSet } from '../project/readLocales.js';
import { readFailure, readRegularFile } from '../project/readRegularFile.js';
import { loadTheme } from './loadTheme.js';

export { displayPath, type ProjectPaths, projectPaths } from '../project/projectPaths.js';

/**
 * Everything a build reads besides the data file, loaded once and kept warm across builds:
 * templates, locales, theme, fonts, the chart and PDF renderers. No stage reads anything
 * else; tests build environments from fixture folders.
 */
export interface Environment {
  readonly paths: ProjectPaths;
  readonly locales: LocaleSet;
  readonly series: Series;
  readonly templates: TemplateSet;
  readonly theme: Theme;
  readonly fonts: FontRegistry;
  readonly charts: ChartRenderer;
  readonly pdf: PdfRenderer;
  /** What a language in draft still lacks: its labels missing or marked TODO (none for a complete language). */
  untranslated(lang: string): readonly LocaleError[];
  /** The labels and number formats of a language (created once per language). */
  tools(lang: string): { readonly translator: Translator; readonly formatters: Formatters };
}

/** Loads and checks the project's templates, locales, theme and fonts. Throws ProfileErrors listing every problem. */
export function loadEnvironment(paths: ProjectPaths): Environment {
  const series = loadSeries(paths);
  const { locales: read } = series;
  const localeErrors = checkLocales(read);
  if (localeErrors.length > 0) throw new ProfileErrors(localeErrors);
  const themeFile = join(paths.templates, 'theme.yaml');
  const theme = loadTheme(readTheme(themeFile, displayPath(paths, themeFile)), displayPath(paths, themeFile));
  const fonts = loadFontRegistry(paths.fonts);
  const templates = loadTemplates(paths.templates, paths.shownFrom);
  const charts = createChartRenderer(
    fonts.faces
      .filter((face) => face.style === 'normal' || face.style === 'bold' || face.style === 'italics')
      .map((face) => ({
        family: face.family,
        weight: face.style === 'bold' ? 'bold' : 'normal',
        style: face.style === 'italics' ? 'italic' : 'normal',
        file: face.file,
      })),
    { fontconfigFile: join(paths.fonts, 'fonts.conf') },
  );
  const pdf = createPdfRenderer(fonts, { body: theme.fonts.body, fallbacks: theme.fonts.fallbacks }, [
    paths.fonts,
    paths.templates,
  ]);
  // Languages in draft: the reference language's labels stand in for those they lack (--draft).
  const reference = series.complete[0] ?? read.languages[0]!;
  const locales: LocaleSet = {
    ...read,
    resources: Object.fromEntries(
      read.languages.map((lang) => [
        lang,
        series.drafts.includes(lang)
          ? withReferenceLabels(read.resources[lang] ?? {}, read.resources[reference] ?? {})
          : read.resources[lang]!,
      ]),
    ),
  };
  const gaps = new Map<string, LocaleError[]>();
  const tools = new Map<string, { translator: Translator; formatters: Formatters }>();
  return {
    paths,
    locales,
    series,
    templates,
    theme,
    fonts,
    charts,
    pdf,
    untranslated: (lang) => {
      if (!series.drafts.includes(lang)) return [];
      let found = gaps.get(lang);
      if (!found) {
        found = untranslatedLabels(read, paths.locales, displayPath(paths, paths.locales), lang, reference);
        gaps.set(lang, found);
      }
      return found;
    },
    tools: (lang) => {
      let entry = tools.get(lang);
      if (!entry) {
        entry = { translator: createTranslator(lang, locales), formatters: createFormatters(lang) };
        tools.set(lang, entry);
      }
      return entry;
    },
  };
}

/** The theme's text: a regular file only (a FIFO in its place is refused, never waited on). */
function readTheme(file: string, shown: string): string {
  try {
    return readRegularFile(file).toString('utf8');
  } catch (error) {
    throw new TemplateError(
      'THEME_INVALID',
      { detail: `cannot read it: ${readFailure(error)}` },
      { file: shown },
      error,
    );
  }
}
