import { type CountryFigures, type EditionFigures, FIGURES } from './figures.js';

/** A country in the data export: its figures and, per language, how its editions print them. */
export interface ExportInput {
  readonly figures: CountryFigures;
  /** Per language built. */
  readonly editions: readonly EditionFigures[];
}

/** The data export's JSON (docs/data-export.schema.json): one record per country, in code order. */
export function profilesJson(countries: readonly ExportInput[], languages: readonly string[]): string {
  const profiles = [...countries]
    .sort((a, b) => a.figures.country.localeCompare(b.figures.country))
    .map(({ figures, editions }) => {
      const byLang = (pick: (edition: EditionFigures) => string) =>
        Object.fromEntries(editions.map((edition) => [edition.lang, pick(edition)]));
      const iso = figures.country.toLowerCase();
      return {
        country: figures.country,
        name: byLang((e) => e.name),
        edition: figures.edition,
        editions: Object.fromEntries(
          editions.map((e) => [e.lang, { html: `${e.lang}/${iso}.html`, pdf: `${e.lang}/${iso}.pdf` }]),
        ),
        figures: Object.fromEntries(
          FIGURES.map(({ id, unit }) => {
            const raw = figures.figures[id];
            return [
              id,
              {
                value: raw.value,
                unit,
                year: raw.year,
                source: raw.source,
                sourceName: byLang((e) => e.sources[raw.source]?.name ?? raw.source),
                sourceEdition: raw.sourceEdition,
                printed: byLang((e) => e.figures[id]),
              },
            ];
          }),
        ),
        topDestinations: {
          year: figures.destinations.year,
          source: figures.destinations.source,
          sourceName: byLang((e) => e.sources[figures.destinations.source]?.name ?? figures.destinations.source),
          sourceEdition: figures.destinations.sourceEdition,
          countries: figures.destinations.countries.map(({ country, count }, index) => ({
            country,
            name: byLang((e) => e.destinations[index]?.name ?? country),
            count,
            printed: byLang((e) => e.destinations[index]?.text ?? ''),
          })),
        },
      };
    });
  return `${JSON.stringify({ languages, profiles }, null, 2)}\n`;
}

/**
 * The data export as CSV (RFC 4180, UTF-8, CRLF): one row per country; for every figure its
 * value (empty: not available), year, source and the source's edition; the top destinations as
 * "ISO3 count" pairs.
 */
export function figuresCsv(countries: readonly ExportInput[]): string {
  const header = ['country', 'edition'];
  for (const { id } of FIGURES) header.push(id, `${id}.year`, `${id}.source`, `${id}.sourceEdition`);
  header.push('emigration.topDestinations', 'emigration.topDestinations.year', 'emigration.topDestinations.source');
  const rows = [...countries]
    .sort((a, b) => a.figures.country.localeCompare(b.figures.country))
    .map(({ figures }) => {
      const row: (string | number | null)[] = [figures.country, figures.edition];
      for (const { id } of FIGURES) {
        const raw = figures.figures[id];
        row.push(raw.value, raw.year, raw.source, raw.sourceEdition);
      }
      row.push(
        figures.destinations.countries.map(({ country, count }) => `${country} ${count ?? ''}`.trim()).join('; '),
        figures.destinations.year,
        figures.destinations.source,
      );
      return row;
    });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
