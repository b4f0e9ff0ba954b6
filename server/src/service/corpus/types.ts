/**
 * What the corpus index keeps of each file: a compact summary, not the file's analysis. Positions
 * are LSP line/character pairs (computed once from the document when the file is summarised), so
 * the index can answer without the text.
 */
import type { Range } from 'vscode-languageserver-types';

/** One cable of a file (a collection file holds several; an ordinary file one). */
export interface CableSummary {
  /** Its place in its file, 0 for the first. */
  readonly index: number;
  /** The whole cable, and its header line (where "cited by" lenses and the timeline open it). */
  readonly range: Range;
  readonly headerRange: Range;
  /**
   * The lines Find All References reads as the cable's header: `headerRange`, and in a collection
   * everything from the `Document No. 12` heading through the cable's own header line (the editor's
   * title, `CIPHERED TELEGRAM No. 601022/sh`). Absent in summaries made by hand; read it as `headerRange`.
   */
  readonly headerLines?: Range;
  /** The outline's title of the envelope: `Cable N° 25025 — Beijing → Moscow, received 1135 19 Oct 1951`. */
  readonly title: string;
  /** The registration number as written without its sign: `25025`, `483/sh`, `201-gi`. */
  readonly number?: string;
  /**
   * The sender's own number when the header's is the receiving office's: for `CIPHERED TELEGRAM
   * No. 25150` signed `ROSHCHIN` / `No. 2467` this is `2467`; for `From BEIJING No. 2563 21 hours 40`
   * it is `2563`. Replies cite this one (`Reply to your No. 2467.`).
   */
  readonly senderNumber?: string;
  /** `1951-10-19` or `1951-10-19 11:35` (the cable's own date: its date line, else sending, else receipt). */
  readonly date?: string;
  /**
   * The UTC minutes that date can mean: read on its clock when the cable says which (Beijing,
   * Moscow), else on any clock of the period. Two cables read on clocks hours apart compare by
   * these, not by their days: `19 October` in Beijing may be `18 October` in Moscow.
   */
  readonly utc?: { readonly from: number; readonly to: number };
  /**
   * When it was sent, `1950-10-18 01:15`, when that is not `date`: an outgoing copy dated `17
   * October 1950` under its text was sent after midnight, and replies cite the time it went
   * (`Your telegram of 0115 18 October`).
   */
  readonly sent?: string;
  /**
   * The cable's own date when no year is written anywhere in it (Moscow's outgoing copies: `received
   * at 2210 5 October` / `sent at 2350 5 October`), as `--10-05 23:50`, and when it was sent when that
   * is another (`--10-06 01:15`, as `sent`); absent when `date` is set. A citation by day and month
   * (`your telegram of 2350 5 October`) reads it in the year the citation gives.
   */
  readonly yearless?: string;
  readonly yearlessSent?: string;
  /** Origin and destination places, canonical where the gazetteer knows them: `Destination: PEKING` gives `Beijing`. */
  readonly from?: string;
  readonly to?: string;
  /**
   * Their gazetteer ids when they are places the gazetteer knows, as channels: a state named as a
   * place (`To NORTH KOREA`) has its capital's (`pyongyang`). A designator such as `CORRESPONDENT 17` has none.
   */
  readonly fromId?: string;
  readonly toId?: string;
  /** The first message's sender and recipient, canonical where the gazetteer knows them: `Mao Zedong`, `Filippov`. */
  readonly sender?: string;
  readonly recipient?: string;
  /** Their gazetteer ids when the names resolve (`stalin` for `FILIPPOV`); a role such as `SovAmbassador` has none. */
  readonly senderId?: string;
  readonly recipientId?: string;
  readonly layout: 'incoming' | 'outgoing';
}

/**
 * Why a rename leaves a spelling alone unless the user picks it: it is inside an editor's gloss
 * (`FILIPPOV [Stalin]`, `Andong [Dandong]`) or a quoted original-language form (`[Mao Tszedun]`).
 */
export type ProtectedBy = 'gloss' | 'original';

/** A mention of a gazetteer entity, resolved on the cable's date and channel. */
export interface MentionSummary {
  readonly entityId: string;
  readonly range: Range;
  /** The spelling in the text: `FILIPPOV`, `Chou En-lai`. */
  readonly written: string;
  /** The spelling folded for counting (case and diacritics ignored): `filippov`, `chou en-lai`. */
  readonly key: string;
  /** The cable of the file it belongs to. */
  readonly cable: number;
  /** How it names the entity: by a name, by a cover name, or inside an editor's gloss (`[Stalin]`). */
  readonly via: 'name' | 'pseudonym' | 'gloss';
  /** Set when the spelling sits inside a gloss or an original-language form (see `ProtectedBy`). */
  readonly protectedBy?: ProtectedBy;
}

/** A capitalised word that reads as a gazetteer name mistyped: `Roschin` for `Roshchin`. */
export interface NearMissSummary {
  readonly range: Range;
  /** `Roschin` as written, and folded: `roschin`. */
  readonly written: string;
  readonly key: string;
  /** The gazetteer spelling it is near, folded (`roshchin`), and the entries that spelling names. */
  readonly suggestionKey: string;
  readonly entityIds: readonly string[];
  readonly cable: number;
  readonly protectedBy?: ProtectedBy;
  /**
   * A one-syllable given name of the language's own one letter from the known man's (`Chen Yu`, the
   * minister of fuel, near `Chen Yun`): another man's name, which the document's checks do not
   * report as a slip (`NearMiss.anotherGivenName`), so the folder's do not either.
   */
  readonly anotherName?: true;
}

/** A likely person the gazetteer lacks (`Cde. Ivanov`), so that a hover can count the folder's mentions and a quick fix collect its spellings. */
export interface UnknownPersonSummary {
  readonly range: Range;
  /** As written: `I. P. Ivanov`, `IVANOV`. */
  readonly written: string;
  /** `UnknownPerson.key`: `ivanov` for both. */
  readonly key: string;
  readonly cable: number;
}

/** A reference to another telegram: `your telegram No. 3153`, `#1405/sh dated 5 October`, `your telegram of 0115 18 October`. */
export interface TelegramReference {
  readonly range: Range;
  /** The cable of the file it is written in. */
  readonly cable: number;
  /** The number cited, without its sign (`3153`, `1405/sh`), when it gives one. */
  readonly number?: string;
  /** For `your telegram No. 3153` the range of `3153`. */
  readonly numberRange?: Range;
  /** The date cited, `1950-10-05` or `1950-10-18 01:15`, when it gives one (year completed from the citing cable). */
  readonly date?: string;
  /** Whose telegram: `your` (the recipient's), `my` (the sender's), or unsaid. */
  readonly whose?: 'your' | 'my';
  /** The word naming what is cited, lower case (`telegram`, `letter`), when the text gives one: `To your No. 4926.` gives none. */
  readonly noun?: string;
  /** 0 when the cable itself cites; 1 inside a forwarded or attached telegram (whose sender is someone else), ... */
  readonly depth: number;
  /**
   * Inside a forwarded or attached telegram (depth ≥ 1), the gazetteer ids of its signer and its
   * addressee, when they name one: whose telegram `your` and `my` mean there.
   */
  readonly senderId?: string;
  readonly recipientId?: string;
  /** The gazetteer id of a third party the citation names as the telegram's owner (`Peng Dehuai's telegram No. 27`). */
  readonly ownerId?: string;
}

/** How a mention names its entity, as stored in a `MentionTable`: the index in this list. */
export const MENTION_VIA = ['name', 'pseudonym', 'gloss'] as const;
/** A mention's protection as stored in a `MentionTable`: 0 none, else 1 + the index in this list. */
export const PROTECTED_BY = ['gloss', 'original'] as const;

/** The numbers a `MentionTable` keeps per mention, in this order (see `MentionTable.data`). */
export const MENTION_FIELDS = 9;

/**
 * A file's mentions, one row of numbers per mention in text order, instead of an object, a range
 * and two positions each (a folder of ten thousand cables holds some 200,000 mentions). The
 * strings (entity ids, spellings as written and folded) are kept once per file in `strings` and
 * named by their index there, so a file that writes `FILIPPOV` twenty times holds one copy and
 * sends one across a worker boundary. Plain data: a summary crosses to the main thread by
 * structured clone as one typed array and one short list of strings. `mentionAt` gives a mention
 * back as a `MentionSummary`.
 */
export interface MentionTable {
  /** The distinct strings of the file's mentions, each once. */
  readonly strings: readonly string[];
  /**
   * `MENTION_FIELDS` numbers per mention: start line, start character, end line, end character,
   * the cable of the file it belongs to, then the index in `strings` of its entity id, of its
   * spelling as written (`FILIPPOV`) and folded (`filippov`), and last its kind: an index in
   * `MENTION_VIA`, plus 4 × (1 + an index in `PROTECTED_BY`) when it is protected.
   */
  readonly data: Int32Array;
}

export interface FileSummary {
  readonly uri: string;
  /** The version of the text summarised (open documents), or -1 for a file read from disk. */
  readonly version: number;
  readonly cables: readonly CableSummary[];
  readonly mentions: MentionTable;
  readonly nearMisses: readonly NearMissSummary[];
  /** Absent in summaries made before unknown people were read, and when there are none. */
  readonly unknownPeople?: readonly UnknownPersonSummary[];
  readonly references: readonly TelegramReference[];
}
