/**
 * The thresholds of the data-quality checks, in one place. Each is a judgement about the
 * published sources; change it here, and the checks, their messages and docs/data-updates.md follow.
 */

/**
 * Remittances as % of GDP may differ from remittances in USD ÷ GDP in USD by this much before
 * a warning: 5 % of the computed share (the World Bank divides by its own, sometimes revised,
 * GDP), and never less than 0.05 percentage points (a share written with one decimal).
 */
export const REMITTANCES_SHARE_TOLERANCE = { relative: 0.05, points: 0.05 } as const;

/** Two shares written with one decimal each add up to 100 ± 0.1. */
export const GENDER_SUM_TOLERANCE = 0.1;

/**
 * How old (in years before the edition's update date) a figure of each source may be. The
 * World Bank publishes year Y in the middle of Y+1, so an edition always has Y-1 or Y-2. UN DESA
 * publishes the migrant stock every four to five years (2015, 2017, 2019, 2020, 2024).
 */
export const MAX_FIGURE_AGE_YEARS: Readonly<Record<string, number>> = {
  'world-bank': 2,
  'undesa-ims': 5,
};

/** The age allowed for a source that has no entry above. */
export const DEFAULT_MAX_FIGURE_AGE_YEARS = 3;
