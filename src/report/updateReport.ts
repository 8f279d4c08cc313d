import type { ExportChange } from './diffExport.js';
/**
 * The update report: what changed between two builds of the profiles, edition by edition and
 * page by page, and (given two versions of the data) which figures and texts changed.
 */

/** A rectangle around changed pixels, in points from the top-left corner of the page. */
export interface Region {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One page that differs between the two builds. */
export interface PageChange {
  /** Page number (in the new edition; in the old one for a removed page). */
  readonly page: number;
  /** `added`/`removed`: the edition got longer or shorter. */
  readonly status: 'changed' | 'added' | 'removed';
  readonly changedPixels: number;
  /** Share of the page's pixels that changed (0–1). */
  readonly changedShare: number;
  readonly regions: readonly Region[];
  readonly removedLines: readonly string[];
  readonly addedLines: readonly string[];
  /** Old page | new page, changed regions outlined (PNG); not in the JSON output. */
  readonly image: Buffer;
}

/** One profile in one language, compared. */
export interface EditionChange {
  readonly country: string;
  readonly lang: string;
  /** `added`/`removed`: the edition exists in one build only. */
  readonly status: 'unchanged' | 'changed' | 'added' | 'removed';
  readonly before: string | null;
  readonly after: string | null;
  readonly pagesBefore: number | null;
  readonly pagesAfter: number | null;
  /** Changed, added and removed pages, in page order (empty when unchanged). */
  readonly pages: readonly PageChange[];
  readonly milliseconds: number;
}

/** Where a data change probably shows: pages whose added lines hold the new value. */
export interface Sighting {
  readonly country: string;
  readonly lang: string;
  readonly page: number;
}

/** A value of a data file that changed, by field path. */
export interface DataChange {
  readonly country: string;
  /** `emigration.inEu.value`, `terminology.fr`, `emigration.topDestinations.countries[2].count`. */
  readonly path: string;
  /** figure: a number; text: a string; value: anything else (yes/no facts, lists, maps, null). */
  readonly kind: 'figure' | 'text' | 'value';
  readonly change: 'changed' | 'added' | 'removed';
  readonly before: unknown;
  readonly after: unknown;
  /** Line of the field in the new file (the old file for a removed field). */
  readonly line: number | null;
  readonly seenOn: readonly Sighting[];
}

/** The two data files (or folders) compared. */
export interface DataFiles {
  readonly before: string;
  readonly after: string;
}

/** How pages were compared (recorded in the report so readers know what "changed" means). */
export interface ComparisonSettings {
  readonly dpi: number;
  /** pixelmatch colour threshold (0–1). */
  readonly threshold: number;
  /** A page counts as changed when more pixels than this differ (or its text changed). */
  readonly minChangedPixels: number;
}

/** The whole comparison. */
export interface UpdateReport {
  readonly before: string;
  readonly after: string;
  readonly settings: ComparisonSettings;
  readonly editions: readonly EditionChange[];
  readonly dataFiles: DataFiles | null;
  readonly data: readonly DataChange[];
  /** The figures that changed in the data export (`data/profiles.json`); null when either build has none. */
  readonly exported: readonly ExportChange[] | null;
  /** The HTML report written, if any. */
  readonly file: string | null;
  /** True when any edition or data value differs. */
  readonly changed: boolean;
}
