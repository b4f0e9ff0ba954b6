/**
 * Line scanning. Cables arrive with `\n`, `\r\n` or `\r` line ends, and some have lost every
 * line break (one very long line holding header, body and footer). Such a line is cut into
 * virtual lines before the markers that start a new block, so the rest of the parser can work
 * line by line; offsets stay those of the real text.
 */
import type { Line } from './ast';
import { CITY_ONLY } from './patterns';

/**
 * A line longer than this is checked for lost line breaks: a header alone run together fills a
 * hundred characters (`CIPHERED TELEGRAM No. 20772 From BEIJING Received 19:55 13 June 1951
 * Copies: Stalin (2), Molotov TOP SECRET To Cde. Filippov [Stalin].`), a short message with its date
 * and signer as many (`9 March 1952 To Comrade FILIPPOV [Stalin] Your telegram ... ROSHCHIN`). The
 * check cuts only before a block's opening words after a sentence's end (or before a classification,
 * and an address after it), so a paragraph of prose stays whole.
 */
const LONG_LINE = 80;

/**
 * Where a block boundary hides inside a long line: a run of spaces after the end of a sentence,
 * before words that open a header field, a salutation, a quoted telegram, a footer item or a stamp.
 * After a closing quote any capitalised word will do; after `.!?:;]`, a digit or a quote, only
 * `BLOCK_OPENER`. Both are tried where the run of spaces ends (sticky).
 */
const WORD_AFTER_QUOTE = /(?:[A-Z][a-z]+|I) /y;
const BLOCK_OPENER =
  /(?:Deciphered by|Decoded by|Printed by|Typed by|Typed: |Printed: |Verified[: ]|Copies: |Distribution: |(?:[A-Z][a-z]+|\d+) copies (?:printed|made|typed)|\[Stamp:|\[stamp:|Copy N[°ºo.]|Received |Sent |From [A-Z]|To Cde\.|To Comrade|To [A-Z]{4,}\.|Dear |With greetings|With respect|Telegraph the|Confirm receipt|Comrade [A-Z]+[,!:]|Cde\. [A-Z]+[!:,]|["“„«‘](?:To |Cde\.|Comrade|Dear)|[A-Z]{4,}(?: [A-Z]{2,}){0,2} (?:No\.|N[°º]|\d{1,2}\.[\dIVX])|\d{1,2}\.(?:\d{1,2}|[IVX]{1,4})\.\d{2,4} +[A-Z]{4,}\b|Series ["“]?[A-Z]["”]?(?= )|MOLNIYA\b|-{3,} )/y;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  // The next `\n` and `\r` at or after `start`, found with indexOf and reused until passed.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (start <= n) {
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    const end = Math.min(lf < 0 ? n : lf, cr < 0 ? n : cr);
    let next = end;
    if (end < n) next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    if (end - start > LONG_LINE) pushSplit(text, start, end, next, lines);
    else lines.push(makeLine(lines.length, start, end, next));
    if (end >= n) break;
    start = next;
  }
  return lines;
}

function makeLine(index: number, start: number, end: number, fullEnd: number): Line {
  return { index, span: { start, end }, full: { start, end: fullEnd } };
}

function pushSplit(text: string, start: number, end: number, fullEnd: number, lines: Line[]): void {
  const segment = text.slice(start, end);
  let from = 0;
  // Only the runs of spaces that are not `MAY_HIDE_BREAK`'s mid-sentence ones are looked at, found in one scan.
  MAY_HIDE_BREAK.lastIndex = 0;
  while (MAY_HIDE_BREAK.test(segment)) {
    // the match is the character before the run and the run: the run is from `at` to `cut`
    const cut = MAY_HIDE_BREAK.lastIndex;
    let at = cut - 1;
    while (at > 1 && segment.charCodeAt(at - 1) === 32) at--;
    if ((lostBreak(segment, at, cut) || addressEnds(segment, from, at) || capitalsAddressEnds(segment, from, at, cut) || copiesEnd(segment, from, cut) || signedEnd(segment, at, cut)) && cut - from >= 2) {
      // The marker starts at `cut`; the spaces stay with the piece before.
      lines.push(makeLine(lines.length, start + from, start + at, start + cut));
      from = cut;
    }
  }
  lines.push(makeLine(lines.length, start + from, end, fullEnd));
}

/**
 * A run of spaces that may hide a line break, with the character before it. Spaces between a small
 * letter or a comma and a word that starts with neither `T` nor `S` and is not in capitals (most spaces
 * of prose) are passed over: none of the checks below can find a break there, each needing a sentence's
 * end, a quote, a rule or a capital before the spaces, or a classification or an address (`To Cde.`,
 * `MOSCOW, MFA - To ...`) after them. Spaces opening the piece count from its second (`  TOP SECRET ...`:
 * the classification opens a line of its own, and a single space is passed over). Global: `test` goes on
 * after the run before, and the word after a run may be the one character before the next.
 */
const MAY_HIDE_BREAK = /(?:^ |[^a-z, ]) +|[a-z,] +(?=[TS]|[A-Z]{2})/g;
function isCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/**
 * `To Comrade FILIPPOV. Zhou Enlai transmitted ...`, `To Comrade FILIPPOV [Stalin] Your telegram ...`:
 * an addressee's line ends at its name's period, or at the editor's gloss of the name.
 */
function addressEnds(segment: string, from: number, at: number): boolean {
  const before = segment.charCodeAt(at - 1);
  return (before === 0x2e || before === 0x5d) && at - from <= 80 && startsWithAddress(segment, from) && ADDRESS_PIECE.test(segment.slice(from, at));
}
/**
 * Where the addressee is reached, before him on his line, in capitals: `MOSCOW, `, `MOSCOW, MFA USSR - `
 * (as `PLACE_BEFORE_ADDRESSEE` reads it on a line of its own), the cities cables went to in capitals.
 */
const CAPITAL_CITY = 'MOSCOW|BEIJING|PEKING|PEIPING|BEIPING|PYONGYANG|HARBIN|MUKDEN|SHANGHAI|TOKYO|SEOUL';
const CITY_BEFORE_ADDRESSEE = String.raw`(?:(?:${CAPITAL_CITY})(?:,\s*|\s+[-–—]{1,2}\s*)(?:[A-Z]{2,6}(?:\s+USSR)?\s*(?:,|[-–—]{1,2})\s*)?)?`;
/** A destination in capitals opening an address: `MOSCOW, MFA USSR - To Comrade ...`, `BEIJING - To ...`. */
const CITY_ADDRESS_OPENER = new RegExp(String.raw`(?:${CAPITAL_CITY})(?:,|\s+[-–—])\s`, 'y');
const ADDRESS_PIECE = new RegExp(String.raw`^${CITY_BEFORE_ADDRESSEE}(?:To|TO)\s+(?:(?:Comrade|COMRADE|Cde\.)\s+(?:[A-Z]\.\s*){0,3}[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2}(?:\s+(?:[A-Z]\.\s?){0,2}[A-Z])?|[A-Z]{4,}(?:\s+[A-Z]{2,}){0,2})\s*(?:(?:\[[^\]]{1,30}\])?\.|\[[^\]]{1,30}\])$`);

/**
 * `To Comrade FILIPPOV Your telegram ...`: an addressee whose name is in capitals ends where the
 * body's first word, in normal case, begins (no period, no editor's gloss between them).
 */
function capitalsAddressEnds(segment: string, from: number, at: number, cut: number): boolean {
  const before = segment.charCodeAt(at - 1);
  if (before < 0x41 || before > 0x5a || at - from > 80 || !startsWithAddress(segment, from)) return false;
  NORMAL_CASE_WORD.lastIndex = cut;
  return NORMAL_CASE_WORD.test(segment) && CAPITALS_ADDRESS_PIECE.test(segment.slice(from, at));
}
const CAPITALS_ADDRESS_PIECE = new RegExp(String.raw`^${CITY_BEFORE_ADDRESSEE}(?:To|TO)\s+(?:Comrade|COMRADE|Cde\.|CDE\.)\s+(?:[A-Z]\.\s*){0,3}[A-Z]{2,}(?:[\s-][A-Z]{2,}){0,2}$`);
/** Both address pieces open with `To` or `TO`, or with a destination in capitals: a piece starting with any other letter is no address. */
function startsWithAddress(segment: string, from: number): boolean {
  if (segment.charCodeAt(from) === 0x54) return true;
  CITY_ADDRESS_OPENER.lastIndex = from;
  return CITY_ADDRESS_OPENER.test(segment);
}
/** A capital and small letters: the first word of a sentence (`Your`), not a name in capitals or an initial. */
const NORMAL_CASE_WORD = /[A-Z][a-z]+\b/y;

/**
 * `Copies: Stalin (2), Molotov, Bulganin To Cde. FILIPPOV. ...`: a list of copies ends where the
 * envelope's addressee begins, with no period between (copies go `to Cde. Molotov`, in small letters),
 * or the destination in capitals before him (`... Vyshinsky MOSCOW, MFA USSR - To Comrade VYSHINSKY ...`).
 */
function copiesEnd(segment: string, from: number, cut: number): boolean {
  if (!isCapital(segment.charCodeAt(cut)) || !opensCopiesPiece(segment, from)) return false;
  ADDRESS_OPENER.lastIndex = cut;
  CITY_ADDRESS_OPENER.lastIndex = cut;
  return ADDRESS_OPENER.test(segment) || CITY_ADDRESS_OPENER.test(segment);
}
const COPIES_PIECE = /^(?:Copies|COPIES|Distribution)\s*:/;
/** Whether the piece from `from` opens with a list of copies (`COPIES_PIECE`, tried only at its `C` or `D`). */
function opensCopiesPiece(segment: string, from: number): boolean {
  const c = segment.charCodeAt(from);
  return (c === 0x43 || c === 0x44) && COPIES_PIECE.test(segment.slice(from, from + 14));
}

/** A classification in capitals (or capitalised) inside a run-together header: `TOP SECRET`, `Strictly secret`. */
const CLASSIFICATION_OPENER = /(?:TOP SECRET|Top [Ss]ecret|STRICTLY SECRET|Strictly secret)\b/y;
const CLASSIFICATION_END = /(?:SECRET|[Ss]ecret|MOLNIYA|URGENT|PRIORITY)\.?$/;
const ADDRESS_OPENER = /(?:To|TO) (?:Cde\.|Comrade|COMRADE|CDE\.)/y;

/**
 * `... Please instruct. Li Kenong 8 October 1952, 18:00`: a signer and his date closing the long line
 * after a sentence's end, as a telegram from the Chinese side ends when its breaks are lost. The signer
 * is two or more capitalised words (`Peng Dehuai`, `Kim Il Sung`) or one in capitals (`ROSHCHIN`), not
 * a sentence's opening (`In Kaesong 8 October`); the date is a day and a month, perhaps a year and a clock
 * (`18:00`, or four digits as the Chinese side writes it: `Mao Zedong 8 October 1950, 2300`).
 */
function signedEnd(segment: string, at: number, cut: number): boolean {
  const before = segment.charCodeAt(at - 1);
  if ((before !== 0x2e && before !== 0x21) || segment.length - cut > 64) return false;
  SIGNED_TAIL.lastIndex = cut;
  const m = SIGNED_TAIL.exec(segment);
  // a city and its date (`Harbin 16 July 1952`) is a dateline, not a signer
  return m !== null && !(m.groups?.surname && CITY_ONLY.test(m.groups.surname));
}
/**
 * A Soviet signer's surname alone in normal case, as `Razuvaev 16 July 1952` or `Shtykov 12.5.50` closes a
 * report whose breaks were lost: one capitalised word with a Russian surname's ending (`-ov`, `-ev`, `-in`,
 * `-sky`, `-ko`), which no sentence opens with.
 */
const RUSSIAN_SURNAME = String.raw`(?!(?:Begin|Within|Again|Origin|Cabin|Basin|Margin|Latin)\b)[A-Z][a-z]{2,}(?:ov|ev|yev|in|yn|sky|skii|skiy|ko)`;
const MONTH_WORD = 'January|February|March|April|May|June|July|August|September|October|November|December';
const SIGNED_TAIL = new RegExp(String.raw`(?!(?:On|In|At|By|For|Since|Until|From|To|Of|Before|After|Today|Dated|The|Our|Your|This|That)\b)(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}|[A-Z]{4,}|(?<surname>${RUSSIAN_SURNAME})) (?:(?:\d{4}|\d{1,2}:\d{2}),? )?(?:\d{1,2} (?:${MONTH_WORD})(?:,? \d{4})?|(?:${MONTH_WORD}) \d{1,2}(?:, \d{4})?|\d{1,2}\.(?:\d{1,2}|[IVX]{1,4})\.\d{2,4})(?:,? (?:\d{1,2}:\d{2}|\d{4}))?\.?$`, 'y');

/** A telegram's type in capitals: `CIPHERED TELEGRAM`, `COPY OF AN OUTGOING TELEGRAM`. */
const TYPE_IN_CAPITALS = /(?:CIPHERED TELEGRAM|COPY OF AN OUTGOING (?:CIPHERED )?TELEGRAM)\b/y;
/** The processing footer's first words (`Deciphered by Sokolov 23:30 12.XII.52`). */
const FOOTER_OPENER = /(?:Deciphered by|Decoded by|Printed by|Typed by|Verified[: ])/y;
/** A signer's surname in capitals ending the piece (`PANYUSHKIN`, `12.XII.52 ROSHCHIN`), not a classification. */
const SIGNER_IN_CAPITALS_END = /(?:^|\s)(?!(?:SECRET|URGENT|PRIORITY|MOLNIYA|SPECIAL|PERSONAL)$)[A-Z]{4,}\.?$/;

/** A rule of three or more dashes standing as a word: the end of the piece before a lost break. */
const RULE_END = /(?:^|\s)-{3,}$/;

/** Whether the spaces from `at` to `cut` hide a line break. */
function lostBreak(segment: string, at: number, cut: number): boolean {
  const before = segment.charCodeAt(at - 1);
  // a rule between the message and its footer (`12.VI.51 --- Deciphered by`) is a line of its own
  if (before === 0x2d && RULE_END.test(segment.slice(Math.max(0, at - 8), at))) return true;
  const quote = before === 0x22 || before === 0x201d; // `"` or `”`
  if (quote) {
    WORD_AFTER_QUOTE.lastIndex = cut;
    if (WORD_AFTER_QUOTE.test(segment)) return true;
  }
  // `... Molotov TOP SECRET To Cde. Filippov`: a classification, and the address after it, start lines of their own
  // (both open with `T` or `S`, and an address only after `SECRET`/`secret`, `MOLNIYA`, `URGENT`, `PRIORITY`, or its period)
  const next = segment.charCodeAt(cut);
  if (next === 0x54 || next === 0x53) {
    CLASSIFICATION_OPENER.lastIndex = cut;
    if (CLASSIFICATION_OPENER.test(segment)) return true;
  }
  if (next === 0x54 && (isCapital(before) || before === 0x74 || before === 0x2e)) {
    ADDRESS_OPENER.lastIndex = cut;
    if (ADDRESS_OPENER.test(segment) && CLASSIFICATION_END.test(segment.slice(Math.max(0, at - 8), at))) return true;
  }
  // `NKID USSR CIPHERED TELEGRAM No. 18422 ...`: the paper's type under the institution's name
  if (next === 0x43 && isCapital(before)) {
    TYPE_IN_CAPITALS.lastIndex = cut;
    if (TYPE_IN_CAPITALS.test(segment)) return true;
  }
  // `... PANYUSHKIN Deciphered by Sokolov ...`: the footer under a signer in capitals
  if (isCapital(before) && isCapital(next) && SIGNER_IN_CAPITALS_END.test(segment.slice(Math.max(0, at - 24), at))) {
    FOOTER_OPENER.lastIndex = cut;
    if (FOOTER_OPENER.test(segment)) return true;
  }
  // `... TOP SECRET Copies: Stalin (2), Molotov ...`: the list of copies after a classification
  if (opensCopiesPiece(segment, cut) && CLASSIFICATION_END.test(segment.slice(Math.max(0, at - 8), at))) return true;
  const sentenceEnd = quote || before === 0x2e || before === 0x21 || before === 0x3f || before === 0x3a || before === 0x3b
    || before === 0x5d || (before >= 0x30 && before <= 0x39);
  if (!sentenceEnd) return false;
  BLOCK_OPENER.lastIndex = cut;
  return BLOCK_OPENER.test(segment);
}
