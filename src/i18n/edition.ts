import type { Block, Inline } from '../model/parseProse.js';

/**
 * One profile in one language, ready for the templates: every text resolved for the
 * language with its typography, every figure formatted ("1 867", "0,78 %", "n.d.").
 * This is what `templates/*.hbs` see as their context.
 */
export interface Edition {
  readonly lang: string;
  readonly country: { readonly code: string; readonly name: string };
  readonly terminology: readonly Block[] | null;
  readonly politicalRights: {
    readonly dualCitizenship: YesNoView;
    readonly voteFromAbroad: YesNoView;
    /** Labels of the ways to vote from abroad ("dans les ambassades/consulats"); empty when none. */
    readonly votingMethods: readonly string[];
  };
  readonly remittances: { readonly shareOfGdp: FigureView; readonly usdMillions: FigureView };
  readonly gdp: { readonly usdMillions: FigureView };
  readonly emigration: {
    readonly total: FigureView;
    readonly shareOfPopulation: FigureView;
    readonly inEu: FigureView;
    readonly genderAll: GenderView;
    readonly genderEu: GenderView;
    readonly topDestinations: { readonly rows: readonly DestinationView[]; readonly source: SourceView };
  };
  readonly policyFramework: readonly {
    readonly year: string;
    readonly title: readonly Inline[];
    readonly text: readonly Inline[];
  }[];
  readonly trends: readonly Block[];
  readonly obstacles: readonly { readonly title: readonly Inline[]; readonly text: readonly Block[] }[];
  readonly practices: readonly PracticeView[];
  readonly actors: {
    readonly regional: readonly ActorView[];
    readonly ministerial: readonly ActorView[];
    readonly subMinisterial: readonly ActorView[];
    readonly diasporaOrganisations: readonly OrganisationView[];
  };
  readonly credits: {
    readonly writtenBy: string;
    readonly editedBy: string;
    readonly firstPublished: string;
    readonly updated: string;
    /** The update month as YYYY-MM: the date of the PDF. */
    readonly updatedMonth: string;
    readonly implementedBy: { readonly name: string; readonly fullName: string };
    readonly fundedBy: string;
  };
  /** Footnote texts by id; numbers are given by first appearance in the laid-out document. */
  readonly footnotes: Readonly<Record<string, FootnoteView>>;
}

/** A source as printed: "UN DESA", with its address and the year of the figure. */
export interface SourceView {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly url: string;
  readonly year: string;
}

/** A figure as printed: its text ("0,78 %", or "n.d." when missing) and where it comes from. */
export interface FigureView {
  readonly value: number | null;
  readonly available: boolean;
  readonly text: string;
  readonly source: SourceView;
}

/** Shares of men and women as printed. */
export interface GenderView {
  readonly male: FigureView;
  readonly female: FigureView;
  readonly source: SourceView;
}

/** A yes/no fact: `mark` is yes, no or unknown; footnotes are ids. */
export interface YesNoView {
  readonly value: boolean | null;
  readonly mark: 'yes' | 'no' | 'unknown';
  readonly footnotes: readonly string[];
}

/** One destination country: its name in the language and its count as printed. */
export interface DestinationView {
  readonly code: string;
  readonly name: string;
  readonly count: number | null;
  readonly text: string;
}

/** A spotlight practice. */
export interface PracticeView {
  readonly title: readonly Inline[];
  readonly year: string | null;
  readonly tags: readonly { readonly id: string; readonly label: string }[];
  readonly text: readonly Block[];
}

/** A public institution of the annex. */
export interface ActorView {
  readonly name: readonly Inline[];
  readonly text: readonly Block[];
}

/** A diaspora organisation of the annex. */
export interface OrganisationView {
  readonly name: readonly Inline[];
  /** The country it is based in, named in the language; null when it spans several. */
  readonly country: string | null;
  readonly activities: readonly Block[];
}

/** A footnote: its text and, when it has one, its address. */
export interface FootnoteView {
  readonly text: readonly Block[];
  readonly url: string | null;
}
