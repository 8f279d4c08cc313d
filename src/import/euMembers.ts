import { m49ToAlpha3 } from '../model/countries.js';

/**
 * The member states of the European Union (EU27, since 1 February 2020), ISO 3166 alpha-3.
 * The one list of the project: the importers count "emigrants in the EU" with it.
 */
export const EU_MEMBERS: ReadonlySet<string> = new Set([
  'AUT',
  'BEL',
  'BGR',
  'HRV',
  'CYP',
  'CZE',
  'DNK',
  'EST',
  'FIN',
  'FRA',
  'DEU',
  'GRC',
  'HUN',
  'IRL',
  'ITA',
  'LVA',
  'LTU',
  'LUX',
  'MLT',
  'NLD',
  'POL',
  'PRT',
  'ROU',
  'SVK',
  'SVN',
  'ESP',
  'SWE',
]);

/**
 * Areas that UN statistics list apart (own M49 code) but that are part of a state, and count
 * with it: France's overseas departments and regions, and Saint-Martin, which are outermost
 * regions of the EU. (Spain's Canary Islands and Portugal's Azores and Madeira have no code of
 * their own, so they are already inside ESP and PRT.) Overseas collectivities that are not part
 * of the EU (French Polynesia, New Caledonia, Saint-Barthélemy…) stay apart.
 */
export const PART_OF_STATE: ReadonlyMap<number, string> = new Map([
  [312, 'FRA'], // Guadeloupe
  [254, 'FRA'], // French Guiana
  [474, 'FRA'], // Martinique
  [638, 'FRA'], // Réunion
  [175, 'FRA'], // Mayotte
  [663, 'FRA'], // Saint-Martin (French part)
]);

/** The state an M49 area belongs to (Réunion 638 → FRA, Mali 466 → MLI); undefined for aggregates and unmapped areas. */
export function stateOfM49(code: number): string | undefined {
  return PART_OF_STATE.get(code) ?? m49ToAlpha3(code);
}

/** True when `alpha3` is an EU member state. */
export function isEuMember(alpha3: string): boolean {
  return EU_MEMBERS.has(alpha3);
}
