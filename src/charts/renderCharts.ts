import type { Edition } from '../i18n/edition.js';
import { applyTypography } from '../i18n/typography.js';
import { buildDestinationsSpec } from './buildDestinationsSpec.js';
import { buildGenderSpec } from './buildGenderSpec.js';
import type { ChartRenderer } from './createChartRenderer.js';
import type { ChartImage, ChartLabels, ChartStyle, DestinationsChartInput, GenderChartInput } from './types.js';

/** Sizes of the facts-page charts, in points (from the theme). */
export interface ChartSizes {
  readonly donut: number;
  readonly destinationsWidth: number;
}

/** The chart inputs of an edition, by chart id: what templates name in <chart id="…"/>. */
export function buildChartInputs(
  edition: Edition,
  sizes: ChartSizes,
): { destinations: DestinationsChartInput; gender: GenderChartInput[] } {
  const gender = (id: string, split: Edition['emigration']['genderAll']): GenderChartInput => ({
    id,
    male: split.male.value,
    female: split.female.value,
    maleDisplay: split.male.text,
    femaleDisplay: split.female.text,
    size: sizes.donut,
  });
  return {
    destinations: {
      id: 'destinations',
      width: sizes.destinationsWidth,
      // A missing count draws no bar and prints "n.d." / "n/a", never 0.
      rows: edition.emigration.topDestinations.rows.map((row) => ({
        label: row.name,
        value: row.count ?? 0,
        display: row.text,
      })),
    },
    gender: [gender('gender-all', edition.emigration.genderAll), gender('gender-eu', edition.emigration.genderEu)],
  };
}

/** Renders every chart of an edition to SVG, in a fixed order (reproducible output). */
export async function renderCharts(
  edition: Edition,
  renderer: ChartRenderer,
  style: ChartStyle,
  sizes: ChartSizes,
  labels: ChartLabels,
): Promise<Map<string, ChartImage>> {
  const inputs = buildChartInputs(edition, sizes);
  const charts = new Map<string, ChartImage>();
  // No destinations, no bar chart (the template leaves its place out).
  if (inputs.destinations.rows.length > 0) {
    const destinations = buildDestinationsSpec(inputs.destinations, style, renderer.measureText);
    const image = await renderer.render(destinations, 'destinations');
    charts.set('destinations', {
      ...image,
      alt: destinationsAlt(inputs.destinations, labels),
      table: {
        caption: labels.destinations,
        columns: [labels.country, labels.emigrants],
        rows: inputs.destinations.rows.map((row) => [row.label, row.display]),
      },
    });
  }
  for (const input of inputs.gender) {
    const image = await renderer.render(buildGenderSpec(input, style), input.id);
    // The donut is drawn at the left, its labels to its right: a caption goes under the donut.
    charts.set(input.id, {
      ...image,
      alt: genderAlt(input, labels),
      table: {
        caption: input.id === 'gender-eu' ? labels.genderEu : labels.genderAll,
        columns: [labels.sex, labels.share],
        rows: [
          [labels.male, input.maleDisplay],
          [labels.female, input.femaleDisplay],
        ],
      },
      focus: { left: 0, width: input.size },
    });
  }
  return charts;
}

/** "Top destination countries: Côte d’Ivoire 403 646; Nigeria 184 965; …": every pair the bars show. */
export function destinationsAlt(input: DestinationsChartInput, labels: ChartLabels): string {
  const pairs = input.rows.map((row) => `${row.label} ${row.display}`).join('; ');
  return applyTypography(`${labels.destinations}: ${pairs}`, labels.lang);
}

/** "All emigrants: men 59,6 %, women 40,4 %". */
export function genderAlt(input: GenderChartInput, labels: ChartLabels): string {
  const caption = input.id === 'gender-eu' ? labels.genderEu : labels.genderAll;
  return applyTypography(
    `${caption}: ${labels.male} ${input.maleDisplay}, ${labels.female} ${input.femaleDisplay}`,
    labels.lang,
  );
}
