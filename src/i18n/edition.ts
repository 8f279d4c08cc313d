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
    /** Seats reserved for citizens abroad, per chamber; empty when none. */
    readonly reservedSeats: readonly SeatsView[];
  };
  readonly remittances: { readonly shareOfGdp: FigureView; readonly usdMillions: FigureView };
  readonly gdp: { readonly usdMillions: FigureView };
  readonly emigration: {
    readonly total: FigureView;
    readonly shareOfPopulation: FigureView;
    readonly inEu: FigureView;
    readonly genderAll: GenderView;
    readonly genderEu: GenderView;
    readonly topDestinations: {
      readonly rows: readonly DestinationView[];
      readonly source: SourceView;
      readonly note: readonly Inline[] | null;
      readonly footnotes: readonly string[];
    };
    /** The country's own estimate of its diaspora ("2,5–3 millions"); null when the data gives none. */
    readonly nationalEstimate: EstimateView | null;
  };
  readonly policyFramework: readonly {
    /** The date or period of the entry: "2018", "mars 2016", "2009–2025", "depuis 2009". */
    readonly year: string;
    /** Its revisions: "Révision : 2023"; null when none. */
    readonly revised: string | null;
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
    /** Institutions at the local level; empty when none. */
    readonly local: readonly ActorView[];
    readonly diasporaOrganisations: readonly OrganisationView[];
  };
  readonly credits: {
    readonly writtenBy: string;
    readonly editedBy: string;
    readonly firstPublished: string;
    /** The month of the latest update; null for a first edition. */
    readonly updated: string | null;
    /** The month of this edition as YYYY-MM (the update, or the first publication): the date of the PDF. */
    readonly updatedMonth: string;
    readonly implementedBy: { readonly name: string; readonly fullName: string };
    readonly fundedBy: string;
    /** "This edition is a translation of the French original." on a translated edition; null on the original. */
    readonly translation: string | null;
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
  /** The year the source was published, when the profile declares it (sources:); else null. */
  readonly published: string | null;
}

/** What may be said with a figure or a fact: a short note printed with it, and footnote ids. */
export interface Annotated {
  readonly note: readonly Inline[] | null;
  readonly footnotes: readonly string[];
}

/** A figure as printed: its text ("0,78 %", or "n.d." when missing) and where it comes from. */
export interface FigureView extends Annotated {
  readonly value: number | null;
  readonly available: boolean;
  /** True when the data says the source does not publish it (it prints "n.d." with no warning). */
  readonly unavailable: boolean;
  readonly text: string;
  readonly source: SourceView;
}

/** Shares of men and women as printed. */
export interface GenderView extends Annotated {
  readonly male: FigureView;
  readonly female: FigureView;
  readonly source: SourceView;
}

/** A national estimate as printed: "2,5–3 millions" / "2.5–3 million", with its source. */
export interface EstimateView extends Annotated {
  readonly text: string;
  readonly source: SourceView;
}

/**
 * A political right. `status` is yes, no, partial (neither: its note says how) or unknown;
 * `mark` is the sign drawn for it (<check value=…>): partial is drawn as unknown, with its note.
 */
export interface YesNoView extends Annotated {
  readonly value: boolean | 'partial' | null;
  readonly status: 'yes' | 'no' | 'partial' | 'unknown';
  readonly mark: 'yes' | 'no' | 'unknown';
}

/** Seats reserved for the diaspora in one chamber: "15" of "165". */
export interface SeatsView {
  readonly seats: string;
  readonly of: string;
  readonly chamber: readonly Inline[] | null;
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
  /** Its date or period ("2022", "2009–2025"); null when none. */
  readonly year: string | null;
  readonly revised: string | null;
  /** Its tags: `id` is the vocabulary's id, null for a tag of the profile's own. */
  readonly tags: readonly { readonly id: string | null; readonly label: string }[];
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
  /** The countries it is active in, named and listed in the language ("France et Belgique"); null when none is given. */
  readonly country: string | null;
  /** The same countries one by one. */
  readonly countries: readonly string[];
  readonly activities: readonly Block[];
}

/** A footnote: its text and, when it has one, its address. */
export interface FootnoteView {
  readonly text: readonly Block[];
  readonly url: string | null;
}
