import { type Finding, findingAt } from './checkFinding.js';
import { GENDER_SUM_TOLERANCE, REMITTANCES_SHARE_TOLERANCE } from './checkThresholds.js';
import type { LoadedProfile } from './loadProfile.js';
import type { FieldPath } from './parseYaml.js';

/**
 * The figures of one profile against each other: missing figures, remittances share against
 * USD ÷ GDP, gender shares adding up to 100, top destinations in order and within the total,
 * emigrants in the EU within the total. (Ranges such as 0–100 % are the schema's job.)
 */
export function checkFigures(loaded: LoadedProfile): Finding[] {
  return [
    ...checkMissing(loaded),
    ...checkRemittancesShare(loaded),
    ...checkGenderSums(loaded),
    ...checkDestinations(loaded),
    ...checkEuWithinTotal(loaded),
  ];
}

/** A printed figure with no value, unless the data says the source does not publish it (`unavailable: true`). */
function checkMissing(loaded: LoadedProfile): Finding[] {
  const { remittances, emigration } = loaded.profile;
  const figures: [FieldPath, { value: number | null; unavailable?: boolean | undefined }][] = [
    [['remittances', 'shareOfGdp', 'value'], remittances.shareOfGdp],
    [['remittances', 'usdMillions', 'value'], remittances.usdMillions],
    [['emigration', 'total', 'value'], emigration.total],
    [['emigration', 'shareOfPopulation', 'value'], emigration.shareOfPopulation],
    [['emigration', 'inEu', 'value'], emigration.inEu],
  ];
  return figures
    .filter(([, figure]) => figure.value === null && figure.unavailable !== true)
    .map(([path]) => findingAt(loaded, path, 'FIGURE_MISSING', {}));
}

/** Remittances as % of GDP = remittances in USD ÷ GDP in USD, within REMITTANCES_SHARE_TOLERANCE. */
function checkRemittancesShare(loaded: LoadedProfile): Finding[] {
  const { shareOfGdp, usdMillions } = loaded.profile.remittances;
  const gdp = loaded.profile.gdp.usdMillions;
  if (shareOfGdp.value === null || usdMillions.value === null || gdp.value === null || gdp.value === 0) return [];
  const computed = (usdMillions.value / gdp.value) * 100;
  const allowed = Math.max(REMITTANCES_SHARE_TOLERANCE.relative * computed, REMITTANCES_SHARE_TOLERANCE.points);
  if (Math.abs(shareOfGdp.value - computed) <= allowed + 1e-9) return [];
  const years = new Set([shareOfGdp.year, usdMillions.year, gdp.year]);
  return [
    findingAt(loaded, ['remittances', 'shareOfGdp', 'value'], 'CHECK_REMITTANCES_SHARE', {
      share: shareOfGdp.value,
      usd: usdMillions.value,
      gdp: gdp.value,
      computed,
      tolerance: `±${REMITTANCES_SHARE_TOLERANCE.relative * 100} % of the computed share, at least ${REMITTANCES_SHARE_TOLERANCE.points} points`,
      years: years.size > 1 ? `${shareOfGdp.year} (share), ${usdMillions.year} (USD) and ${gdp.year} (GDP)` : undefined,
    }),
  ];
}

function checkGenderSums(loaded: LoadedProfile): Finding[] {
  const { emigration } = loaded.profile;
  return (['genderAll', 'genderEu'] as const).flatMap((key) => {
    const { male, female } = emigration[key];
    if (male === null || female === null) return [];
    const sum = male + female;
    if (Math.abs(sum - 100) <= GENDER_SUM_TOLERANCE + 1e-9) return [];
    return [
      findingAt(loaded, ['emigration', key, 'male'], 'CHECK_GENDER_SUM', {
        male,
        female,
        sum: Math.round(sum * 100) / 100,
      }),
    ];
  });
}

/** Top destinations: each country once, in decreasing order, none above the total. */
function checkDestinations(loaded: LoadedProfile): Finding[] {
  const { topDestinations, total } = loaded.profile.emigration;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const at = (index: number, key: string): FieldPath => ['emigration', 'topDestinations', 'countries', index, key];
  topDestinations.countries.forEach(({ country, count }, index) => {
    if (seen.has(country))
      findings.push(findingAt(loaded, at(index, 'country'), 'CHECK_TOP_DESTINATION_DUPLICATE', { country }));
    seen.add(country);
    if (count === null) return;
    const previous = topDestinations.countries[index - 1];
    if (previous && previous.count !== null && count > previous.count) {
      findings.push(
        findingAt(loaded, at(index, 'count'), 'CHECK_TOP_DESTINATIONS_ORDER', {
          country,
          count,
          previous: previous.country,
          previousCount: previous.count,
        }),
      );
    }
    if (total.value !== null && count > total.value) {
      findings.push(
        findingAt(loaded, at(index, 'count'), 'CHECK_DESTINATION_ABOVE_TOTAL', { country, count, total: total.value }),
      );
    }
  });
  return findings;
}

function checkEuWithinTotal(loaded: LoadedProfile): Finding[] {
  const { inEu, total } = loaded.profile.emigration;
  if (inEu.value === null || total.value === null || inEu.value <= total.value) return [];
  return [
    findingAt(loaded, ['emigration', 'inEu', 'value'], 'CHECK_EU_ABOVE_TOTAL', {
      inEu: inEu.value,
      total: total.value,
    }),
  ];
}
