/**
 * Collection files: editions, exports and research notes keep many cables in one file, one after
 * another (CABLE-FORMAT §11). A new cable starts after a line holding only a form feed or only `=`
 * signs (three or more), or at a document heading on its own line (`Document No. 12`, `Document 12`,
 * `DOCUMENT 12`). `---`, `###` and the other separators stay separators inside a cable.
 */
import type { Span } from '../types';
import { isBlank } from '../chars';
import { DATELINE, DOCUMENT_TYPE, ROUTING_START, isCityOverDate } from '../parser/patterns';

export interface CablePart {
  /** The cable's whole extent in the file, separator line and heading included. */
  readonly span: Span;
  /** The text analysed as the cable: the span without its heading line. */
  readonly body: Span;
  /** The heading line (`Document No. 12`), when the cable has one. */
  readonly heading?: Span;
  /** The editor's title under the heading (`Ciphered telegram from Roshchin to Filippov, 13 October 1950`). */
  readonly title?: Span;
}

/**
 * A title line under a heading is the editor's prose, not the envelope's first line: it has small
 * letters and no registration number (`CIPHERED TELEGRAM No. 25620` starts the envelope itself), and
 * is no routing line naming the place the cable came from (`From Chongqing`),
 * unless it goes on to name who wrote to whom (`Ciphered Telegram No. 25620, Roshchin to Filippov
 * (Stalin), 13 October 1950`, as the Wilson Center titles its documents).
 */
const TITLE = /^(?=.*[a-z])(?!(?!.*,[^,]*\s(?:to|from)\s+[A-Z]).*(?:No\.?|N[°º]|№|#)[ \t]*\d)(?![ \t]*\[)(?![ \t]*From[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?\.?[ \t]*$)[ \t]*\S.*$/;

/** `Document No. 12`, `DOCUMENT 12`, `Document № 3`: a heading, not prose that starts with "Document". */
const HEADING = /^[ \t]*(?:Document|DOCUMENT)[ \t]+(?:(?:No\.?|N[°º]|№)[ \t]*)?\d+[A-Za-z]?\.?[ \t]*$/;

/** Whether the line `[start, end)` of a text is a boundary between cables: only a form feed, or only `=` signs (three or more), spaces around. */
export function isRuleLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  let e = end;
  while (e > i && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (e - i === 1 && text.charCodeAt(i) === 12) return true; // a form feed
  if (e - i < 3) return false;
  for (let k = i; k < e; k++) if (text.charCodeAt(k) !== 61) return false; // `=`
  return true;
}

/** The cables of a file in order; a file with no boundary is one cable covering all of it. */
export function splitCollection(text: string): CablePart[] {
  const starts: { at: number; heading?: Span }[] = [{ at: 0 }];
  let lineStart = 0;
  let afterRule = false;
  let sawText = false;
  // Lines since a heading with no blank line between: 1 for the heading, 2 for the title under it.
  // A rule right under either underlines them (`Document No. 7` / its title / `=====`); it starts nothing.
  let headed = 0;
  // The number of the telegram header opening the current cable (`CIPHERED TELEGRAM No. 20815` over a
  // routing line), whether a blank line came since the last line of text, and that line.
  let cableNumber: string | undefined;
  let blankBefore = false;
  let lastText = 0;
  let lastTextEnd = 0;
  // The next `\n` and `\r` at or after the line's start, found with indexOf and kept until passed
  // (reading the text a character at a time to its line ends took most of the split).
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lineStart <= text.length) {
    if (lf >= 0 && lf < lineStart) lf = text.indexOf('\n', lineStart);
    if (cr >= 0 && cr < lineStart) cr = text.indexOf('\r', lineStart);
    const lineEnd = Math.min(lf < 0 ? text.length : lf, cr < 0 ? text.length : cr);
    let next = lineEnd;
    if (next < text.length) next += text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10 ? 2 : 1;
    // A page break glued to a new paper's first line (`\fDocument No. 13`, `\fCIPHERED TELEGRAM No. 25940`, as
    // text taken from a PDF has it) is a rule above that line; glued to any other line it only turns a page.
    const from = text.charCodeAt(lineStart) === 12 ? afterPageBreak(text, lineStart, lineEnd) : lineStart;
    if (from > lineStart) afterRule = sawText;
    const c = text.charCodeAt(from);
    if (isRuleLine(text, lineStart, lineEnd)) {
      // A rule above the first cable's text (an export that opens with one) ends nothing: the first cable starts at the top anyway.
      if (headed === 0 || text.charCodeAt(from) === 12) afterRule = sawText;
      headed = 0;
    } else if ((c === 68 || c === 32 || c === 9) && HEADING.test(text.slice(from, lineEnd))) {
      const last = starts[starts.length - 1];
      const heading = { start: from, end: lineEnd };
      // A heading right after a rule (or at the very top) starts the cable the rule began.
      if (afterRule || !sawText) {
        if (afterRule) starts.push({ at: lineStart, heading });
        else last.heading = heading;
      } else {
        starts.push({ at: lineStart, heading });
      }
      afterRule = false;
      sawText = true;
      headed = 1;
      cableNumber = undefined;
    } else if (lineEnd > lineStart && (isPrintableAscii(c) || text.slice(lineStart, lineEnd).trim() !== '')) {
      // (only a line after a blank line, a heading or a rule, or the first, may open a telegram's header here)
      const opened = blankBefore || !sawText || afterRule || headed > 0 ? telegramOpening(text, lineStart, lineEnd, next) : undefined;
      if (opened && !afterRule) {
        // A second telegram's full header after the first's last line, blank lines between and no rule
        // (`MAO ZEDONG` / `27.7.51` / blank / `CIPHERED TELEGRAM No. 20990` / `From PYONGYANG Received ...`)
        if (blankBefore && cableNumber !== undefined && cableNumber !== opened && closes(text, lastText, lastTextEnd)) starts.push({ at: lineStart });
        cableNumber = opened;
      } else if (afterRule) {
        cableNumber = opened;
      }
      if (afterRule) starts.push({ at: lineStart });
      afterRule = false;
      blankBefore = false;
      lastText = lineStart;
      lastTextEnd = lineEnd;
      sawText = true;
      headed = headed === 1 ? 2 : 0;
    } else {
      headed = 0;
      blankBefore = sawText;
    }
    if (next === lineStart || lineEnd >= text.length) break;
    lineStart = next;
  }
  return starts.map((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].at : text.length;
    const span = { start: s.at, end };
    if (!s.heading) return { span, body: span };
    // The heading line (and a title under it) belong to the cable, not to the text analysed as it.
    let bodyStart = nextLine(text, s.heading.end);
    // (a title set off by blank lines, `Document No. 1` / blank / `Mao Zedong to Filippov, 27 July 1951` / blank
    // or the envelope's `CIPHERED TELEGRAM No. 20815`, is the editor's too; a line after a blank that runs on into the text, or opens a letter, is not)
    const titleStart = blankLinesEnd(text, bodyStart, end);
    const titleEnd = lineEnd(text, titleStart);
    const below = nextLine(text, titleEnd);
    const set = titleStart === bodyStart || (titleEnd < end && !/[:,;]\s*$/.test(text.slice(titleStart, titleEnd))
      && (blankLinesEnd(text, below, end) > below || DOCUMENT_TYPE.test(text.slice(below, Math.min(lineEnd(text, below), end)))));
    const title = set && titleStart < end && titleEnd <= end && TITLE.test(text.slice(titleStart, titleEnd)) && !isDateline(text, titleStart, titleEnd, end) ? { start: titleStart, end: titleEnd } : undefined;
    if (title) bodyStart = nextLine(text, title.end);
    // ... and so does the rule that underlines them
    const underline = lineEnd(text, bodyStart);
    if (bodyStart < end && underline <= end && text.charCodeAt(bodyStart) === 61 && isRuleLine(text, bodyStart, underline)) bodyStart = nextLine(text, underline);
    const part = { span, body: { start: Math.min(bodyStart, end), end }, heading: s.heading };
    return title ? { ...part, title } : part;
  });
}

/**
 * The number of a telegram's full header opening at the line `[start, end)`: a numbered telegram's line
 * (`CIPHERED TELEGRAM No. 20990`, `CABLE Nº 60112`) with a routing line under it (`From PYONGYANG Received
 * 18:46 3.9.1950`); undefined for any other line. `next` is the start of the line below.
 */
function telegramOpening(text: string, start: number, end: number, next: number): string | undefined {
  const c = text.charCodeAt(start);
  if (c !== 67 && c !== 99) return undefined; // `C`, `c`: a cable's or a ciphered telegram's line
  const m = DOCUMENT_TYPE.exec(text.slice(start, end));
  if (!m?.groups!.number || !/TELEGRAM|CABLE|[Tt]elegram|Cable/.test(m.groups!.label)) return undefined;
  return ROUTING_START.test(text.slice(next, lineEnd(text, next))) ? m.groups!.number : undefined;
}

/** A forwarding sentence with no stop (`Transmitting another telegram from Mao Zedong`): the telegram under it is inner. */
const FORWARDS = /telegram|following|[Tt]ransmit|[Ss]ending|TELEGRAM/;

/**
 * Whether the line `[start, end)` can close a cable: a short line, as a signature, a date, a footer's
 * or a stamp's line is (`MAO ZEDONG`, `27.7.51`, `Printed by Kornushina 1250 19 October № 3007`), that
 * introduces nothing (`[Attachment]`, `Attachment: draft telegram`, a line ending in a colon, a forwarding
 * sentence do).
 */
function closes(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end).trim();
  return line.length <= 80 && !/[:,]$/.test(line) && !/^\[?(?:Attachment|ATTACHMENT|handwritten)/.test(line) && !FORWARDS.test(line);
}

/**
 * Whether the line `[start, end)` under a heading is a letter's dateline, the text's own first line and
 * not the editor's title: the place and the date on one line (`Moscow, 12 March 1950`), or the place
 * alone over a date alone (`Moscow` / `12 March 1950`).
 */
function isDateline(text: string, start: number, end: number, limit: number): boolean {
  const line = text.slice(start, end).trim();
  if (DATELINE.test(line)) return true;
  const below = nextLine(text, end);
  return below < limit && isCityOverDate(line, text.slice(below, Math.min(lineEnd(text, below), limit)).trim());
}

/**
 * Where a line opening with form feeds starts a new paper: after them, when what follows is a
 * document heading or a document line (`CIPHERED TELEGRAM No. 25940`); else the line's start.
 */
function afterPageBreak(text: string, lineStart: number, lineEnd: number): number {
  let at = lineStart;
  while (at < lineEnd && text.charCodeAt(at) === 12) at++;
  const rest = text.slice(at, lineEnd);
  return at < lineEnd && (HEADING.test(rest) || DOCUMENT_TYPE.test(rest)) ? at : lineStart;
}

/** `!` to `~`: a line that opens with one has text (only a line opening with a space or a non-ASCII character is trimmed to see). */
function isPrintableAscii(c: number): boolean {
  return c > 0x20 && c < 0x7f;
}

/** The start of the first line at or after `from` (a line's start) that is not blank, or `limit`. */
function blankLinesEnd(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit) {
    const e = lineEnd(text, at);
    if (text.slice(at, e).trim() !== '' || e >= limit) break;
    at = nextLine(text, e);
  }
  return Math.min(at, limit);
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

/** The start of the line after the line break at `at` (or `at` itself at the end of the text). */
function nextLine(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) === 10) i++;
  return i;
}
