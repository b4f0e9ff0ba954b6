/**
 * The document model of a cable: a readonly tree of blocks with offsets into the text.
 * Every character of the text belongs to exactly one top-level block (blank lines belong to
 * the block before them), so features can always answer "what is here?".
 *
 * Field comments carry examples in the form "for `received at 1135 19 October 1951` this is
 * the range of `1135 19 October 1951`".
 */
import type { Span } from '../types';

/** One physical line: `span` excludes the line break, `full` includes it. */
export interface Line {
  readonly index: number;
  readonly span: Span;
  readonly full: Span;
}

// ---------------------------------------------------------------- editorial brackets (§8)

export type BracketKind =
  | 'name-normalisation' // `from [BEIJING]`, `Andong [Dandong]`, `[Hamonten]`
  | 'pseudonym-gloss' //    `FILIPPOV [Stalin]`
  | 'role-gloss' //         `[Foreign Minister] Pak Heon-yeong`
  | 'supplied-word' //      `for [your] information`
  | 'supplied-date' //      `October 6 [1950]`, `[October] 3`
  | 'transliteration' //    `[pristupit k obiednineniiu]`
  | 'doubt' //              `[SIC]`, `[?]`
  | 'partial-reading' //    `Sadov[in]`, `Com[rade]`
  | 'note' //               `[Translator’s note: ...]`, `[Ed. note: ...]`
  | 'physical' //           `[handwritten: ...]`, `[signature]`, `[Attachment]`
  | 'elision' //            `[...]`, `[…]`
  | 'footnote-marker' //    `[1]`, `Parallel[1]`
  | 'summary' //            `2. [This point concerned ...]`
  | 'stamp'; //             `[Stamp: ...]` (the stamp block itself)

export interface EditorialBracket {
  readonly kind: BracketKind;
  /** for `Sadov[in]` the range of `[in]`. */
  readonly span: Span;
  /** for `Sadov[in]` the range of `in`. */
  readonly inner: Span;
  /** false when the closing bracket is missing and the bracket was ended at its line's end. */
  readonly closed: boolean;
}

// ---------------------------------------------------------------- envelope (§1, §2)

export type HeaderFieldKind =
  | 'institution' //     `MFA USSR`, `SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF`
  | 'documentType' //    `CABLE N° 25025`, `CIPHERED TELEGRAM No. 20815`, `No. 31877`
  | 'classification' //  `Top Secret`, `Making copies is prohibited`, `SPECIAL`, `MOLNIYA`
  | 'series' //          `Series G.`, `T`
  | 'part' //            `Part 1 of 2`, `Continuation of No. 3153.`: one part of a telegram sent in several
  | 'special' //         `Special no. 612`
  | 'origin' //          `from [BEIJING]`, `FROM: PYONGYANG`, `From CORRESPONDENT 17`
  | 'destination' //     `Destination: PEKING`, `To PYONGYANG`, `BEIJING - SOVIET AMBASSADOR`
  | 'sent' //            `Sent by wire on 10/21/50 at 02:40 a.m.`
  | 'received' //        `received at 1135 19 October 1951`
  | 'arrived' //         `Arrived at the 8D/GS on 10/21/50 at 6:25 a.m.`
  | 'transmitted' //     `Transmitted 21:48 3.4.51`
  | 'forwarded' //       `Sent to the 8th Department of the General Staff ... 3.9 19:05`
  | 'deciphered' //      `Deciphered by Orlov on 10/21/50 at 7:05 a.m.` (header decipherer, Pyongyang 1950)
  | 'typed' //           `Typed by Rubleva on 10/14/50 at 9:20 a.m.` (the same headers' typist)
  | 'copyNumber' //      `Copy N° 2`
  | 'reference' //       `RE: 2217/sh`, a bare `2217/sh.` under the destination
  | 'date' //            a date line in the header: `12/11/50` under a Politburo extract's number
  | 'addressee' //       `to Cde. FILIPPOV`, `To Whom: SovAmbassador`
  | 'note' //            `[handwritten: ...]`, `[...]` in the header
  | 'other'; //          an unexplained line such as `227` or `757`

export interface HeaderField {
  readonly kind: HeaderFieldKind;
  /** The whole field, e.g. for `from [BEIJING] received at 1135 19 October 1951` the origin part `from [BEIJING]`. */
  readonly span: Span;
  /** The meaningful words: for `from [BEIJING]` the range of `BEIJING`; for `CABLE N° 25025` the range of `25025`. */
  readonly value: Span;
  /** For documentType: the type words, e.g. for `CIPHERED TELEGRAM No. 20815` the range of `CIPHERED TELEGRAM`. */
  readonly label?: Span;
  /** For sent/received/...: the date and time words, e.g. for `received at 1135 19 October 1951` the range of `1135 19 October 1951`. */
  readonly when?: Span;
  /** For sent/received/deciphered: a person or office named, e.g. for `Deciphered by Orlov on ...` the range of `Orlov`. */
  readonly who?: Span;
}

export interface DistributionEntry {
  /** The whole entry, e.g. `to Cde. Molotov` or `Copy Nº 8 to Cde. Beria`. */
  readonly span: Span;
  /** The recipient, e.g. the range of `Molotov`; for a file copy (`File of 8th`) the whole description. */
  readonly recipient: Span;
  /** Copies this entry stands for: `Stalin (2)` and `Stalin - 2` give 2; default 1. */
  readonly copies: number;
  /** The copy number when written: for `Copy Nº 8 to Cde. Beria` this is 8. */
  readonly copyNumber?: number;
}

export interface DistributionList {
  readonly kind: 'distribution';
  readonly span: Span;
  readonly entries: readonly DistributionEntry[];
  /** For `Distribution list - 9 copies:` this is 9. */
  readonly statedCount?: number;
}

/**
 * Which way the cable went, as its envelope shows it. Outgoing: `COPY OF AN OUTGOING TELEGRAM`,
 * `Issuing No. 8711`, `Destination: PEKING`, or a destination with `received` before `sent`
 * (there "received" is when the cipher office got the text). Incoming: `From BEIJING`, or a
 * receipt with no destination.
 */
export type CableLayout = 'incoming' | 'outgoing';

export interface Envelope {
  readonly kind: 'envelope';
  readonly span: Span;
  /** Undefined when the envelope does not say (a bare `CABLE N° 31207` / `Top Secret`). */
  readonly layout?: CableLayout;
  readonly fields: readonly HeaderField[];
  readonly distribution?: DistributionList;
  /** Stamps inside the envelope, e.g. the seed's `[Stamp: SUBJECT TO RETURN ...]` between `Copy N° 2` and `Series G.` */
  readonly stamps: readonly Stamp[];
}

// ---------------------------------------------------------------- message and inner telegrams (§4, §5)

export type MessagePartKind =
  | 'sender' //      the sender and date opening a forwarded telegram: `Liu Shaoqi 2300 22 January`
  | 'addressee' //   `To Cde. Filippov.`, `Chairman Mao [Zedong]:`, `TO THE CHAIRMAN OF ...`
  | 'salutation' //  `Cde. FILIPPOV!`, `Dear Comrade I. V. Stalin:`
  | 'closing' //     `Greetings to the friends!`, `With greetings,`
  | 'signature' //   `MAO ZEDONG`, `S H T Y K O V`, `FILIPPOV [Stalin].”`, `(A. Gromyko)`
  | 'date' //        `19 October`, `27.III.50` on a line of its own or beside the signature
  | 'number' //      `N° 5205`, `No. 1522/sh`, clerk marks `3ak`
  | 'action' //      `Confirm receipt.`, `Telegraph the fulfillment.`
  | 'endorsement' // another person's minute below the signature: `I agree with this.` (its signer and date follow)
  | 'mandate' //     a letter's `at the instruction of the Central Committee of ...` under the signer
  | 'office' //      the signer's office on the line under the name: `Minister for Foreign Affairs`
  | 'place' //       the place of writing on a line of its own under the signer: `Pyongyang`
  | 'address' //     the addressee's place on the line above his name: `Moscow, Kremlin`
  | 'enclosure' //   what a letter encloses, on its last line: `Attachment: draft telegram to Malik (3 pages).`
  | 'present' //     those present at a conversation, on the record's last line: `Present: Molotov, Malenkov, Fedorenko`
  | 'decision' //    a Politburo protocol's item opening the extract: `131. The Question of Comrade Shtykov's telegram No. 1298.`
  | 'turn' //        a speaker's turn in a record of conversation: `Stalin: What does Nehru say?` (its value the speaker)
  | 'introducer'; // the forwarding sentence: `I am sending you the text of my telegram to ...`

export interface MessagePart {
  readonly kind: MessagePartKind;
  readonly span: Span;
  /** The meaningful words: for `to Cde. FILIPPOV` the range of `FILIPPOV`; for `MAO ZEDONG 0530 18 October` the range of `MAO ZEDONG`. */
  readonly value: Span;
  /** For signatures, senders and introducers: the date words, e.g. the range of `0530 18 October`. */
  readonly when?: Span;
}

/**
 * A message: the body of the cable itself (depth 0) or an inner telegram (depth ≥ 1) — a quoted
 * forwarded telegram, a relayed reply, an attached draft, a Politburo extract's attachment.
 */
export interface Message {
  readonly kind: 'message';
  readonly depth: number;
  readonly span: Span;
  /** How the inner telegram is delimited: quote marks, an attachment marker, or an unquoted relay. */
  readonly delimitedBy: 'document' | 'quotes' | 'attachment' | 'relay';
  /** The opening and closing quote marks, when present; a missing one is undefined. */
  readonly openQuote?: Span;
  readonly closeQuote?: Span;
  /** The forwarding sentence before the inner telegram (belongs to the outer message's text). */
  readonly introducer?: MessagePart;
  /** Sender and recipient names as the text gives them (signature; introducer; addressee line). */
  readonly from?: Span;
  readonly to?: Span;
  /** The telegram's own date words, e.g. for the seed's inner telegram `0530 18 October`. */
  readonly when?: Span;
  /** Inner header lines of an attached draft: `To PYONGYANG`, `SOVIET AMBASSADOR.`, `RE: 2217/sh`. */
  readonly header: readonly HeaderField[];
  readonly parts: readonly MessagePart[];
  readonly telegrams: readonly Message[];
  /** Stamps that sit inside the message text (one that opens mid-body and never closes). */
  readonly stamps: readonly Stamp[];
}

// ---------------------------------------------------------------- footer (§6) and stamps (§7)

/** The routing times an outgoing copy closes with: `Sent 21:10 3.4.51`, `Transmitted 21:48 3.4.51`, `Received at 0220 9 October`. */
export type ClosingRoutingKind = 'sent' | 'received' | 'transmitted' | 'arrived';

export type FooterItemKind =
  | ClosingRoutingKind // `sent 21:40 2.10.1950` among the processing lines, below `Typed by Kornyushina 20:10 2.10.1950`
  | 'deciphered'
  | 'printed'
  | 'typed'
  | 'copies' //    `Eight copies printed`, `Four copies made`, `sent in one copy from an original`
  | 'copyTo' //    `copies NºNº 1-3 to Cde. Poskrebyshev`, `1 – to Cde. Stalin`, `Nº 7 to file`
  | 'verified'
  | 'signature' // `[signature] (Makarov)`
  | 'other';

export interface FooterItem {
  readonly kind: FooterItemKind;
  /** The item, which may span two lines (`Deciphered by Karpov` / `at 1510 18 November`). */
  readonly span: Span;
  /** The verb words, e.g. `Deciphered`, `copies printed`. */
  readonly verb: Span;
  /** The clerk, e.g. for `Printed by Kornushina 1250 19 October № 3007` the range of `Kornushina`. */
  readonly who?: Span;
  /** The date/time words, e.g. the range of `1250 19 October`. */
  readonly when?: Span;
  /** For `copies`: the count (`Eight` gives 8); for `copyTo`: the first copy number. */
  readonly count?: number;
  /** For `copyTo`: the last copy number of a range (`NºNº 1-3` gives 3). */
  readonly countTo?: number;
}

export interface Footer {
  readonly kind: 'footer';
  readonly span: Span;
  readonly items: readonly FooterItem[];
  /** A distribution list written in the footer (`1 – to Cde. Stalin` lines, `Copies: ...`). */
  readonly distribution?: DistributionList;
}

export interface Stamp {
  readonly kind: 'stamp';
  readonly span: Span;
  /** False when the `[` is missing (the stamp starts `Subject to return to the`). */
  readonly opened: boolean;
  /** False when the stamp never closes; it then ends at the next block boundary. */
  readonly closed: boolean;
  /** For `Incoming N° 254/3612/shs 19 October 1951` the range of `254/3612/shs`. */
  readonly incomingNumber?: Span;
  /** For `Incoming N° 254/3612/shs 19 October 1951` the range of `19 October 1951`. */
  readonly when?: Span;
}

// ---------------------------------------------------------------- the rest

export interface Separator {
  readonly kind: 'separator';
  readonly span: Span;
}

/** Editor's material around the cable: `[Source: ...]`, a title line, `Spravka: ...`, `x/ Pseudonym ...`, `[1] ...` footnotes. */
export interface EditorialNotes {
  readonly kind: 'notes';
  readonly span: Span;
  /** `original`: the Chinese original a bilingual document gives before its English translation (§5). */
  readonly role: 'preamble' | 'endnotes' | 'original';
  readonly items: readonly Span[];
}

// ---------------------------------------------------------------- repairs

/**
 * What the parser had to repair to read a damaged cable (css-languageservice's `markError`):
 * structure diagnostics report these.
 */
export type ParseRepairKind =
  /** `[Stamp: Incoming Nº 1412/shs` and no `]`: the stamp was ended at the last line that still looked like it. */
  | 'unclosedStamp'
  /** `"Comrade FILIPPOV.` never closed, or `... FILIPPOV [Stalin].”` never opened: the quote was ended or begun at a block boundary. */
  | 'unbalancedQuote'
  /** `[...[` or `[Translator’s note: ...` with no `]`: the bracket was ended at its line or paragraph. */
  | 'unclosedBracket'
  /**
   * Reserved for lines the parser cannot place in any block. Not produced today: every line is placed
   * (unrecognised lines are message text, lines after the footer are notes).
   */
  | 'unplacedBlock';

export interface ParseRepair {
  readonly kind: ParseRepairKind;
  /** For an unclosed stamp or bracket, the text as the parser ended it (`[...[`); for a quote, the lone quote mark. */
  readonly span: Span;
  readonly message: string;
}

export type Block = Envelope | Message | Footer | Stamp | Separator | EditorialNotes | DistributionList;

export interface CableDocument {
  readonly text: string;
  readonly lines: readonly Line[];
  /** Top-level blocks in text order; together they cover the whole text. */
  readonly blocks: readonly Block[];
  /** Every editorial bracket in the text, in order (also those inside stamps and notes). */
  readonly brackets: readonly EditorialBracket[];
  /** What the parser repaired, in text order; empty for a well-formed cable. */
  readonly repairs: readonly ParseRepair[];
  /** The envelope's layout (see `CableLayout`); undefined without an envelope or when it does not say. */
  readonly layout?: CableLayout;
  /**
   * The page's furniture, in text order: its lines (`— 14 —`, `10/3/23, 2:15 PM    Wilson Center Digital
   * Archive`), read as blank, and a web page's residue under the cable (`Related Documents` to the end),
   * read as notes. None of their dates is the cable's.
   */
  readonly furniture?: readonly Span[];
}
