/**
 * The gazetteer's data model, mirroring `data/gazetteer.schema.json`. The same shape serves the
 * built-in file and workspace files; merging is the manager's job (see `manager.ts`).
 */

export type EntityKind = 'person' | 'place' | 'organisation';

/** How a written form spells a name: `Mao Tse-tung` is wade-giles, `Heijo` a japanese-reading. */
export type RomanisationSystem =
  | 'pinyin'
  | 'wade-giles'
  | 'postal'
  | 'mccune-reischauer'
  | 'revised-romanization'
  | 'russian-transliteration'
  | 'japanese-reading'
  | 'cyrillic'
  | 'hanzi'
  | 'hangul'
  | 'kana'
  | 'english'
  | 'initials'
  | 'other';

/** The state whose body or place an entry is (`country` in the schema). */
export type Country = 'USSR' | 'PRC' | 'DPRK' | 'ROK' | 'ROC' | 'USA' | 'UK' | 'Japan' | 'Mongolia';

export type PseudonymConfidence = 'certain' | 'probable' | 'disputed';

/** A year (`1950`) or a year and month (`"1950-09"`). */
export type DatePoint = number | string;

export interface NameForm {
  readonly form: string;
  readonly system?: RomanisationSystem;
  readonly note?: string;
  /** The years the name was in use, when it was not always (`CPSU` from October 1952): a name written outside them is an anachronism. */
  readonly from?: DatePoint;
  readonly to?: RoleEnd;
  /**
   * A generic name (`Politburo`, `General Staff`) that names this entry only in a cable written in
   * the entry's `country` (the CCP's Politburo in a cable sent from Beijing); elsewhere the entry
   * with the same form unflagged is read.
   */
  readonly generic?: boolean;
  /**
   * Set by the manager (never read from a file): the provider that added this form when it
   * differs from the one that defined the entry, e.g. a workspace file extending a built-in entry.
   */
  readonly addedBy?: string;
}

export interface Pseudonym {
  /** The cover name, e.g. `Filippov`. */
  readonly name: string;
  readonly system?: RomanisationSystem;
  /** Other spellings of the cover name: `Fyn Si` beside `Feng Xi`. */
  readonly forms?: readonly NameForm[];
  readonly from?: DatePoint;
  readonly to?: DatePoint;
  /** Channels the name was used in: `Beijing`, `Pyongyang`, `MFA`, `Terebin`. */
  readonly channels?: readonly string[];
  readonly confidence: PseudonymConfidence;
  readonly evidence?: string;
}

/**
 * The end of a role that outlasted the period the gazetteer covers (1945–1953) and whose real end is
 * not recorded. Not the same as a missing `to`, which means the end is unknown: a hover shows
 * `1949–after 1953` for this marker and `from 1949` only for a missing end.
 */
export const AFTER_1953 = 'after-1953';
export type After1953 = typeof AFTER_1953;

/** A role's end: a date point or the after-1953 marker. */
export type RoleEnd = DatePoint | After1953;

export interface Role {
  readonly title: string;
  /**
   * A single post one person holds at a time (`ussr-chief-of-general-staff`); the data test checks
   * that no two people hold the same post in the same month, bar the month it changes hands.
   */
  readonly post?: string;
  readonly from?: DatePoint;
  readonly to?: RoleEnd;
  /** A remark on the role (`demoted 1951`), shown apart from its dates. */
  readonly note?: string;
}

export interface GazetteerEntry {
  readonly id: string;
  readonly kind: EntityKind;
  readonly canonical: string;
  readonly system?: RomanisationSystem;
  readonly short?: string;
  readonly country?: Country;
  readonly tags?: readonly string[];
  readonly variants?: readonly NameForm[];
  readonly pseudonyms?: readonly Pseudonym[];
  readonly roles?: readonly Role[];
  readonly born?: number;
  readonly died?: number;
  /** The day of death when it is known and falls in the cables' years (`1953-03-05`): after it the man is spoken of as dead. */
  readonly diedOn?: string;
  readonly wikidata?: string;
  readonly note?: string;
  readonly sources?: readonly string[];
  /** Workspace files only: merge into the earlier entry with this id instead of replacing it. */
  readonly extend?: boolean;
}

/** An entry as written in a file: with `extend: true` only `id` is required. */
export type GazetteerEntryInput = Partial<GazetteerEntry> & { readonly id: string };

export interface GazetteerFile {
  readonly version?: 1;
  readonly description?: string;
  readonly entries: readonly GazetteerEntryInput[];
}

/** A problem found in a gazetteer file; `path` is a JSON pointer such as `/entries/3/kind`. */
export interface GazetteerProblem {
  readonly path: string;
  readonly message: string;
}

/** A source of entries: the built-in data or one workspace file. */
export interface GazetteerProvider {
  /** `builtin`, or the workspace file's uri. */
  readonly id: string;
  readonly entries: readonly GazetteerEntryInput[];
}

/** A year, an optional month and, with a month, an optional day, parsed from a `DatePoint`. */
export interface YearMonth {
  readonly year: number;
  readonly month?: number;
  /** Only for a change known to the day: `1953-03-05`, the day Stalin died and his offices passed on. */
  readonly day?: number;
}

export function parseDatePoint(point: DatePoint | undefined): YearMonth | undefined {
  if (point === undefined) return undefined;
  if (typeof point === 'number') return Number.isInteger(point) ? { year: point } : undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(point);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (!m[2]) return { year };
  return m[3] ? { year, month: Number(m[2]), day: Number(m[3]) } : { year, month: Number(m[2]) };
}
