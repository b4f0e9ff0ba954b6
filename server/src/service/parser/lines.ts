/**
 * Line scanning. Cables arrive with `\n`, `\r\n` or `\r` line ends, and some have lost every
 * line break (one very long line holding header, body and footer). Such a line is cut into
 * virtual lines before the markers that start a new block, so the rest of the parser can work
 * line by line; offsets stay those of the real text.
 */
import type { Line } from './ast';

/** A line longer than this is checked for lost line breaks. */
const LONG_LINE = 400;

/**
 * Where a block boundary hides inside a long line: a run of spaces after the end of a sentence,
 * before words that open a header field, a salutation, a quoted telegram, a footer item or a stamp.
 * After a closing quote any capitalised word will do; after `.!?:;]`, a digit or a quote, only
 * `BLOCK_OPENER`. Both are tried where the run of spaces ends (sticky).
 */
const WORD_AFTER_QUOTE = /[A-Z][a-z]+ /y;
const BLOCK_OPENER =
  /(?:Deciphered by|Decoded by|Printed by|Typed by|Verified[: ]|(?:[A-Z][a-z]+|\d+) copies (?:printed|made|typed)|\[Stamp:|\[stamp:|Copy N[°ºo.]|Received |Sent |From [A-Z]|To Cde\.|To Comrade|Dear |With greetings|With respect|Telegraph the|Confirm receipt|Comrade [A-Z]+[,!:]|Cde\. [A-Z]+[!:,]|["“](?:To |Cde\.|Comrade|Dear))/y;

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
  for (let at = segment.indexOf(' ', 1); at >= 0; at = segment.indexOf(' ', at)) {
    let cut = at + 1;
    while (segment.charCodeAt(cut) === 32) cut++;
    if (lostBreak(segment, segment.charCodeAt(at - 1), cut) && cut - from >= 2) {
      // The marker starts at `cut`; the spaces stay with the piece before.
      lines.push(makeLine(lines.length, start + from, start + at, start + cut));
      from = cut;
    }
    at = cut;
  }
  lines.push(makeLine(lines.length, start + from, end, fullEnd));
}

/** Whether the spaces ending at `cut`, after the character `before`, hide a line break. */
function lostBreak(segment: string, before: number, cut: number): boolean {
  const quote = before === 0x22 || before === 0x201d; // `"` or `”`
  if (quote) {
    WORD_AFTER_QUOTE.lastIndex = cut;
    if (WORD_AFTER_QUOTE.test(segment)) return true;
  }
  const sentenceEnd = quote || before === 0x2e || before === 0x21 || before === 0x3f || before === 0x3a || before === 0x3b
    || before === 0x5d || (before >= 0x30 && before <= 0x39);
  if (!sentenceEnd) return false;
  BLOCK_OPENER.lastIndex = cut;
  return BLOCK_OPENER.test(segment);
}
