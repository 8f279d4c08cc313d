/**
 * The contract between the edition (localised figures) and the chart renderer.
 * Chart inputs carry display strings already formatted for the language, so a chart
 * prints exactly what the text prints ("403 646" in French, "403,646" in English).
 */

/** Colours, fonts and sizes a chart uses; all come from the theme (`templates/theme.yaml`). */
export interface ChartStyle {
  /** A font family registered in `fonts/` (and in the project fontconfig), e.g. "Noto Sans". */
  readonly fontFamily: string;
  /** A family covering ♂ and ♀, e.g. "Noto Sans Symbols". */
  readonly symbolFontFamily: string;
  /** Base font size in points for labels. */
  readonly fontSize: number;
  readonly textColor: string;
  readonly mutedColor: string;
  readonly barColor: string;
  readonly maleColor: string;
  readonly femaleColor: string;
  /** The colour of an empty donut (no data). */
  readonly trackColor: string;
}

/** One bar: a label (country name), its value and the value as printed. */
export interface BarDatum {
  readonly label: string;
  readonly value: number;
  readonly display: string;
}

/** Horizontal bars of the top destination countries, largest first. */
export interface DestinationsChartInput {
  readonly id: string;
  readonly rows: readonly BarDatum[];
  /** Width available in the page column, in points. */
  readonly width: number;
}

/** A donut of the split between men (♂) and women (♀). */
export interface GenderChartInput {
  readonly id: string;
  /** Shares in percent; null when the figure is not available. */
  readonly male: number | null;
  readonly female: number | null;
  /** The shares as printed ("59,6 %", or "n.d." when missing). */
  readonly maleDisplay: string;
  readonly femaleDisplay: string;
  /** Outer size of the chart (width and height), in points. */
  readonly size: number;
}

/** A chart as drawn: vector for the PDF, rasterised to PNG on demand. */
export interface ChartDrawing {
  readonly id: string;
  readonly svg: string;
  /** Size in points (1 pt = 1/72 in), as written in the SVG's width and height. */
  readonly width: number;
  readonly height: number;
}

/** A chart of an edition: its drawing and what it shows, as text (its alternative text in a tagged PDF). */
export interface ChartImage extends ChartDrawing {
  readonly alt: string;
  /** What the chart shows as a table (the web edition prints it beside the drawing). */
  readonly table: ChartTable;
  /** The part a caption is centred under (the donut, not its labels), in points from the left; the whole chart by default. */
  readonly focus?: { readonly left: number; readonly width: number };
}

/** A chart's data as a table: a caption, column headings, and rows of printed values (first cell: the row's heading). */
export interface ChartTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The words a chart's alternative text is made of, in the edition's language. */
export interface ChartLabels {
  readonly lang: string;
  readonly destinations: string;
  readonly genderAll: string;
  readonly genderEu: string;
  readonly male: string;
  readonly female: string;
  /** Column headings of the charts' data tables. */
  readonly country: string;
  readonly emigrants: string;
  readonly sex: string;
  readonly share: string;
}

/** A font file the chart renderer measures text with. */
export interface ChartFont {
  readonly family: string;
  readonly weight: 'normal' | 'bold';
  readonly style: 'normal' | 'italic';
  /** Absolute path of the TTF file. */
  readonly file: string;
}
