import { renderCharts } from '../charts/renderCharts.js';
import type { ChartImage, ChartLabels, ChartStyle } from '../charts/types.js';
import { buildDocument } from '../document/buildDocument.js';
import { colorOf, type Theme } from '../document/theme.js';
import { ProfileErrors } from '../errors/index.js';
import type { HtmlLabels } from '../html/htmlContext.js';
import type { Translator } from '../i18n/createTranslator.js';
import { localise } from '../i18n/localise.js';
import { applyTypography } from '../i18n/typography.js';
import { layoutProfile } from '../layout/layoutProfile.js';
import { isDraft } from '../model/checkDrafts.js';
import { checkProfile, type Finding } from '../model/checkProfile.js';
import { missingTexts, withReferenceTexts } from '../model/draftLanguage.js';
import type { LoadedProfile } from '../model/loadProfile.js';
import { checkCoverage } from './checkCoverage.js';
import type { Environment } from './loadEnvironment.js';

/** One built edition: the PDF, its charts, and the data-quality findings. */
export interface BuiltProfile {
  readonly country: string;
  readonly lang: string;
  readonly pdf: Buffer;
  readonly pages: number;
  /** The web edition (when asked for): one self-contained HTML page. */
  readonly html: string | null;
  readonly charts: ReadonlyMap<string, ChartImage>;
  readonly warnings: readonly Finding[];
  /** Milliseconds per stage. */
  readonly timings: Readonly<Record<Stage, number>>;
}

/** The stages of one build, in order (loading and validating the data file happens before, once per country). */
export type Stage = 'localise' | 'charts' | 'layout' | 'document' | 'pdfLayout' | 'pdfCheck' | 'pdfWrite' | 'html';

/** What to make besides the PDF. */
export interface BuildOptions {
  /** The web edition, with its links to the PDF and to the series index (relative to the page). */
  readonly html?: { readonly pdf: string | null; readonly index: string | null };
  /** A language in draft built as it stands (--draft): the reference stands in, with the DRAFT mark. */
  readonly draft?: boolean | undefined;
}

/**
 * Builds one profile in one language. The pipeline, step by step (docs/architecture.md):
 *
 *   CountryProfile ─localise→ Edition ─charts→ ChartImage[] ─templates→ LayoutDocument
 *                  ─components→ DocumentSpec ─pdfmake→ PDF bytes
 */
export async function buildProfile(
  env: Environment,
  given: LoadedProfile,
  lang: string,
  options: BuildOptions = {},
): Promise<BuiltProfile> {
  const clock = stopwatch<Stage>();
  const tools = env.tools(lang);
  // A language in draft: what it lacks is listed (file:line), or with --draft stood in for by
  // the reference language and printed with the DRAFT mark.
  let loaded = given;
  let draftLanguage = false;
  if (env.series.drafts.includes(lang)) {
    const reference = env.series.complete[0] ?? env.series.languages[0]!;
    const gaps = [...env.untranslated(lang), ...missingTexts(given, lang, env.series.languages, reference)];
    if (gaps.length > 0 && options.draft !== true) throw new ProfileErrors(gaps);
    draftLanguage = gaps.length > 0;
    loaded = { ...given, profile: withReferenceTexts(given.profile, lang, env.series.languages, reference) };
  }
  // 0. Every character must have a font (errors name the field, not a page).
  checkCoverage(loaded, env.fonts, { body: env.theme.fonts.body, fallbacks: env.theme.fonts.fallbacks });
  // 1. Resolve texts, figures and typography for the language.
  const edition = clock.time('localise', () => localise(loaded.profile, tools, loaded.prose));
  // 2. Draw the charts (vector; PNG exports are made from them later).
  const charts = await clock.timeAsync('charts', () =>
    renderCharts(edition, env.charts, chartStyle(env.theme), env.theme.charts, chartLabels(tools.translator, lang)),
  );
  // 3. Render the templates into layout markup and parse it.
  const layout = clock.time('layout', () => layoutProfile(edition, env.templates, tools.translator));
  // 4. Turn the layout into a pdfmake document with its furniture and footnotes.
  // (an untranslated label of a language in draft shows the reference's word, without its TODO)
  const draft = draftLanguage || isDraft(given) ? tools.translator.t('page.draft').replace(/^TODO:\s*/, '') : null;
  const spec = clock.time('document', () => buildDocument(layout, charts, env.theme, { draft }));
  // 5. Lay out once, compose the pages (columns, kept blocks, footnotes), check them, write the PDF.
  const { pdf, pages, layoutMs, checkMs, writeMs } = await env.pdf.render(spec);
  clock.add('pdfLayout', layoutMs);
  clock.add('pdfCheck', checkMs);
  clock.add('pdfWrite', writeMs);
  // 6. The web edition: the same layout tree drawn as HTML.
  const html = options.html
    ? await clock.timeAsync('html', async () => {
        const { renderHtml } = await import('../html/renderHtml.js');
        return renderHtml(layout, charts, {
          theme: env.theme,
          labels: htmlLabels(tools.translator, lang),
          fonts: env.fonts.faces,
          links: options.html!,
        });
      })
    : null;
  return {
    country: loaded.profile.country,
    lang,
    pdf,
    pages,
    html,
    charts,
    warnings: findingsOf(loaded),
    timings: clock.timings(),
  };
}

const findings = new WeakMap<LoadedProfile, readonly Finding[]>();
/** The data-quality findings of a profile: the same in every language, so checked once per loaded file. */
function findingsOf(loaded: LoadedProfile): readonly Finding[] {
  let found = findings.get(loaded);
  if (!found) {
    found = checkProfile(loaded);
    findings.set(loaded, found);
  }
  return found;
}

/** The words of the charts' alternative texts, from the locale. */
function chartLabels(translator: Translator, lang: string): ChartLabels {
  const t = (key: string) => translator.t(key);
  return {
    lang,
    destinations: t('emigration.topDestinations'),
    genderAll: t('emigration.genderAll'),
    genderEu: t('emigration.genderEu'),
    male: t('emigration.male'),
    female: t('emigration.female'),
    country: t('web.country'),
    emigrants: t('web.emigrants'),
    sex: t('web.sex'),
    share: t('web.share'),
  };
}

/** The words only the web edition has, from the locale, with the language's typography. */
export function htmlLabels(translator: Translator, lang: string): HtmlLabels {
  const t = (key: string) => applyTypography(translator.t(key, { note: '{{note}}' }), lang);
  return {
    skip: t('web.skip'),
    contents: t('web.contents'),
    notes: t('web.notes'),
    backToText: t('web.backToText'),
    chartData: t('web.chartData'),
    pdfEdition: t('web.pdfEdition'),
    seriesIndex: t('web.seriesIndex'),
  };
}

/** The chart colours and fonts, from the theme. */
export function chartStyle(theme: Theme): ChartStyle {
  return {
    fontFamily: theme.fonts.body,
    symbolFontFamily: theme.fonts.symbols,
    fontSize: theme.charts.labelSize,
    textColor: colorOf(theme, 'text'),
    mutedColor: colorOf(theme, 'muted'),
    barColor: colorOf(theme, 'brand'),
    maleColor: colorOf(theme, 'male'),
    femaleColor: colorOf(theme, 'female'),
    trackColor: colorOf(theme, 'track'),
  };
}

function stopwatch<K extends string>() {
  const spent: Partial<Record<K, number>> = {};
  const add = (key: K, start: number) => {
    spent[key] = (spent[key] ?? 0) + performance.now() - start;
  };
  return {
    add(key: K, ms: number): void {
      spent[key] = (spent[key] ?? 0) + ms;
    },
    time<T>(key: K, step: () => T): T {
      const start = performance.now();
      try {
        return step();
      } finally {
        add(key, start);
      }
    },
    async timeAsync<T>(key: K, step: () => Promise<T>): Promise<T> {
      const start = performance.now();
      try {
        return await step();
      } finally {
        add(key, start);
      }
    },
    timings: () => spent as Record<K, number>,
  };
}
