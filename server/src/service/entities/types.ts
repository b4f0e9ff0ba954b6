import type { Span, PartialDate } from '../types';
import type { BracketKind, EditorialBracket } from '../parser/ast';
import type { GazetteerEntry, NameForm, Pseudonym, RomanisationSystem } from '../gazetteer/types';
import type { SpellingSystem } from '../romanisation';

/** What recognition needs to know about the document besides its text. */
export interface EntityContext {
  /** The document's date (the envelope's or the telegram's), for resolving cover names and roles. */
  readonly date?: PartialDate;
  /** Channel hints: origin and destination (`PEKING`, `Pyongyang`), relaying persons (`Terebin`), offices (`MFA`). */
  readonly channels: readonly string[];
  /**
   * Where the sender's words begin (after the envelope, which the receiving cipher office wrote)
   * and the place they were sent from, as written (`PEKING`), when the envelope names it. In them a
   * generic name (`Politburo`) is read as the body of that place's country, or else of the
   * signer's (`MAO ZEDONG`). `placeSpan` is where the place is written: a name there that a man and
   * a place bear is the place (`From VOROSHILOV`, the town, not the marshal).
   */
  readonly origin?: { readonly place?: string; readonly from: number; readonly placeSpan?: Span };
  /**
   * In a record of conversation, each speaker's turn: the words from his name to the next turn, and
   * his name as written. A generic name in them (`the Politburo of our party`) is his country's body.
   */
  readonly speakers?: readonly { readonly span: Span; readonly name: string }[];
  /** The parser's editorial brackets, in text order. */
  readonly brackets: readonly EditorialBracket[];
  /**
   * Where the parser expects a person's name and what the place is (`addressee`, `signature`,
   * `distribution list`): for `To Cde. Ivanov.` the range of `Ivanov`. A name there that the
   * gazetteer lacks is read as an unknown person.
   */
  readonly personSlots?: readonly { readonly span: Span; readonly cue: string }[];
  /**
   * Glosses the editor gives outside the text, by the folded form they gloss (a collection title's
   * `Matveyev [Zakharov]`): they count as the document's own glosses (`glossElsewhere`).
   */
  readonly glosses?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The quoted and forwarded texts, and the message itself, that date themselves otherwise than the
   * document (a letter of 1949 quoted in a cable of 1950), by start and then depth: a name in one is
   * read on its date (`dateAt`).
   */
  readonly datedTexts?: readonly DatedText[];
}

/** A text of the document (a message, at any depth) and the date it gives itself. */
export interface DatedText {
  readonly span: Span;
  readonly depth: number;
  readonly date: PartialDate;
}

/** The cue of a person slot on a processing line (`Deciphered by Orlov`, `Typed by Kornushina`): the cipher office's staff. */
export const PROCESSING_LINE_CUE = 'processing line';

export type MentionType = 'person' | 'pseudonym' | 'place' | 'organisation';
export type ResolutionConfidence = 'certain' | 'probable' | 'uncertain';

export type EvidenceKind =
  | 'gloss' //            `FILIPPOV [Stalin]`
  | 'glossElsewhere' //   the same name is glossed elsewhere in the document
  | 'date' //             the document's date falls in the period of use
  | 'dateOutside' //      ... or outside it
  | 'channel' //          a channel of use matches the document
  | 'role' //             the person held a role on the document's date
  | 'noRoleOnDate' //     a surname alone, of a person with no known role on the document's date: maybe a namesake
  | 'rankBelowOffices' // `Captain Zakharov`: a company officer's rank below every office the man held on the date
  | 'postNotHeld' //      `the Soviet advisers Ignatiev`: a post written before a surname that none of the man's offices on the date was
  | 'onlyCandidate'
  | 'disputed' //         sources name different people
  | 'addresseeRun' //     `林邓谭萧赵：`: one character of a run of surnames heading a telegram
  | 'titleHeld' //      `Ambassador Wang`: the only man of the surname who held an office of the title on the date (`detail`: the office)
  | 'namedInFull' //      `倪` or `Kim` stands for a person the document names in full (`evidence.span`)
  | 'editorNote' //       the editor's role gloss (`[Foreign Minister] Pak Heon-yeong`) or a numbered note about the name
  | 'processingLine' //   named on a processing line (`Deciphered by Orlov`): the cipher office's own staff
  | 'officeNamed' //      the words beside the name name this person's office on the date (`the Naval Minister`)
  | 'channelPost' //      signing or addressed on a channel of his embassy or mission (`KUZNETSOV` from Peking in 1953, its ambassador)
  | 'ministerAddressed' // signing, away from his embassy, to his country's foreign minister (`KUZNETSOV` from Pyongyang to Molotov in 1953)
  | 'writtenIn'; //       a generic name (`Politburo`) read as the body of the country the cable was sent from or its signer's

export interface Evidence {
  readonly kind: EvidenceKind;
  /** Plain text (not markdown), e.g. `1948–1953`, `Beijing`, `[Stalin]`. */
  readonly detail?: string;
  /** Where the evidence is written: for `namedInFull` the full name (`倪志亮`), for `editorNote` the note. */
  readonly span?: Span;
}

/**
 * How a name too short to be a gazetteer form was read from its context: `林` in the addressee run
 * `林邓谭萧赵：`, a lone `倪` or a bare `Kim` standing for someone the document names in full,
 * a bare given name (`Zhiliang`), a surname after a title (`Ambassador Wang`).
 */
export type ContextualReference = 'addresseeRun' | 'character' | 'surname' | 'givenName' | 'titledSurname';

export interface Candidate {
  readonly entry: GazetteerEntry;
  readonly via: 'name' | 'pseudonym';
  readonly pseudonym?: Pseudonym;
  readonly form: NameForm;
  readonly system?: RomanisationSystem;
  /** Set when the name as written is no listed form but a spelling in this system of one (`Chou Enlai`, Wade–Giles). */
  readonly spelledBy?: SpellingSystem;
  readonly score: number;
  readonly evidence: readonly Evidence[];
}

export interface Resolution {
  /** The best candidate. */
  readonly best: Candidate;
  readonly confidence: ResolutionConfidence;
  /** Other candidates still worth naming when the resolution is not certain, best first. */
  readonly alternatives: readonly Candidate[];
}

export interface EntityMention {
  /** The name as written: for `Cde. FILIPPOV [Stalin]` the range of `FILIPPOV`; for `Sadov[in]` all of it. */
  readonly span: Span;
  /** With honorific, title and initials: `Cde. FILIPPOV`, `I.V. STALIN`, `STALIN I.V.`. */
  readonly fullSpan: Span;
  /** The name's letters: `FILIPPOV`, `Sadovin`, `SHTYKOV`, `Li Kenong` (a line break read as a space). */
  readonly name: string;
  /** Folded key of the matched form (tokens joined by U+0001). */
  readonly key: string;
  readonly type: MentionType;
  readonly resolution: Resolution;
  readonly honorific?: Span;
  readonly possessive: boolean;
  readonly letterSpaced: boolean;
  /** Part of the name was supplied in a bracket (`Sadov[in]`). */
  readonly completed: boolean;
  /** A gloss right after the name: for `FILIPPOV [Stalin]` the range of `[Stalin]` and the entries it names. */
  readonly gloss?: { readonly span: Span; readonly text: string; readonly entryIds: readonly string[] };
  /** When this mention is itself inside another mention's gloss, that mention's index. */
  readonly glossOf?: number;
  /** The kind of the innermost editorial bracket around the name (the parser's), if any. */
  readonly bracket?: BracketKind;
  /** Set when the name is read from its context, not from a gazetteer form (`林` of `林邓谭萧赵`, a bare `Kim`). */
  readonly reference?: ContextualReference;
}

/**
 * A person the gazetteer does not know, read where only a person's name can stand: after a form of
 * address or a title (`Cde. Ivanov`, `General Razin`), in an addressee, salutation or signature,
 * in a distribution list.
 */
export interface UnknownPerson {
  /** The name's letters as written: for `Cde. I. P. Ivanov` the range of `I. P. Ivanov`. */
  readonly span: Span;
  readonly name: string;
  /** `bareSpelling` of the surname-bearing words: `Kim Tae-hong` and `KIM TAE HONG` share it. */
  readonly key: string;
  /** What marks it as a person: `after 'Cde.'`, `signature`, `distribution list`. */
  readonly cue: string;
  /** An editor's bracket right after the name that names known entries (`Ivanov [Stalin]`). */
  readonly gloss?: { readonly span: Span; readonly text: string; readonly entryIds: readonly string[] };
  /** The office the text gives him in apposition (`Wang Heshou, Vice Minister of Heavy Industry,`), as written. */
  readonly office?: string;
}

/** A capitalised word (or words) that look like a gazetteer name mistyped. */
export interface NearMiss {
  readonly span: Span;
  readonly written: string;
  /** The gazetteer spelling, in the case style of the text (`ROSHCHIN` for `ROSCHIN`). */
  readonly suggestion: string;
  readonly suggestionKey: string;
  readonly entries: readonly GazetteerEntry[];
  /** The suggestion is a cover name (`Filippov`), not a real name. */
  readonly coverName: boolean;
  /**
   * The written name is a Chinese or Korean name of its own, the known surname with another given
   * name in the language's syllables (`Kim Yong-ju` near `Kim Song-ju`, `Chen Yu` near `Chen Yun`):
   * as likely another man as a slip. `oneSyllable` when the given name is one syllable.
   */
  readonly anotherGivenName?: { readonly oneSyllable: boolean };
  /**
   * Read only beside the right spelling: a given name mistyped after a short surname (`Gao Gagn`,
   * `Li Kenogn`), which alone is too little to tell a slip from an unknown man. The analysis keeps
   * such a near miss only when the document also names the man it suggests.
   */
  readonly besideOnly?: boolean;
}

export interface EntityAnalysis {
  readonly text: string;
  readonly context: EntityContext;
  readonly mentions: readonly EntityMention[];
  readonly nearMisses: readonly NearMiss[];
  /**
   * Near misses read only beside the right spelling (`besideOnly`: `Ren Bishe`) in a document that
   * does not name the man: no slip here, but the folder may name him often enough to make it one
   * (the corpus's rare-spelling check reads them; nothing in the document does).
   */
  readonly nearMissesAlone: readonly NearMiss[];
  /** Likely people the gazetteer lacks, in text order (never a diagnostic: they are information). */
  readonly unknownPeople: readonly UnknownPerson[];
}
