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
 * Where a block boundary hides inside a long line: after the end of a sentence, before words
 * that open a header field, a salutation, a quoted telegram, a footer item or a stamp.
 */
const LOST_BREAK =
  /(?<=["”]) +(?=[A-Z][a-z]+ )|(?<=[.!?:;"”\]]|\d) +(?=(?:Deciphered by|Decoded by|Printed by|Typed by|Verified[: ]|(?:[A-Z][a-z]+|\d+) copies (?:printed|made|typed)|\[Stamp:|\[stamp:|Copy N[°ºo.]|Received |Sent |From [A-Z]|To Cde\.|To Comrade|Dear |With greetings|With respect|Telegraph the|Confirm receipt|Comrade [A-Z]+[,!:]|Cde\. [A-Z]+[!:,]|["“](?:To |Cde\.|Comrade|Dear)))/g;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
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
  LOST_BREAK.lastIndex = 0;
  for (let m = LOST_BREAK.exec(segment); m; m = LOST_BREAK.exec(segment)) {
    const cut = m.index + m[0].length; // the marker starts here; the spaces stay with the piece before
    if (cut - from < 2) continue;
    lines.push(makeLine(lines.length, start + from, start + m.index, start + cut));
    from = cut;
  }
  lines.push(makeLine(lines.length, start + from, end, fullEnd));
}
