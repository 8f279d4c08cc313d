import type { ErrorLocation } from '../errors/index.js';
import type { LoadedProfile } from './loadProfile.js';
import { formatPath, type FieldPath } from './parseYaml.js';

/** A data-quality finding: not an error (the profile builds), but something an editor should look at. */
export interface Finding extends ErrorLocation {
  readonly code: string;
  readonly severity: 'warning';
  readonly message: string;
  readonly hint: string;
}

/** Checks a valid profile for figures worth a second look. */
export function checkProfile(loaded: LoadedProfile): Finding[] {
  const findings: Finding[] = [];
  const warn = (code: string, path: FieldPath, message: string, hint: string) =>
    findings.push({ code, severity: 'warning', message, hint, ...loaded.locate(path), path: formatPath(path) });
  const { profile } = loaded;
  const figures: [FieldPath, number | null][] = [
    [['remittances', 'shareOfGdp', 'value'], profile.remittances.shareOfGdp.value],
    [['remittances', 'usdMillions', 'value'], profile.remittances.usdMillions.value],
    [['emigration', 'total', 'value'], profile.emigration.total.value],
    [['emigration', 'shareOfPopulation', 'value'], profile.emigration.shareOfPopulation.value],
    [['emigration', 'inEu', 'value'], profile.emigration.inEu.value],
  ];
  for (const [path, value] of figures) {
    if (value === null) warn('FIGURE_MISSING', path, 'this figure is not available: it prints as n/a', 'add the figure when the source publishes it');
  }
  return findings;
}
