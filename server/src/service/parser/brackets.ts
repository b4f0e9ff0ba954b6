/**
 * The editorial layer (CABLE-FORMAT §8): square brackets are the editor's or translator's voice.
 * Brackets are matched by nesting (`[trans. note-- literally “... [he] will ...”]`). An unclosed
 * bracket ends at its line's end, except a stamp or a note, which may run over several lines and
 * ends at the last line that still looks like part of it — it never swallows the document.
 */
import { MONTH } from './patterns';
import type { BracketKind, EditorialBracket, Line } from './ast';
import { isSorted } from '../spans';

/** How many lines a multi-line stamp or note may run before it is considered unclosed. */
const MAX_MULTILINE = 16;

export function scanBrackets(text: string, lines: readonly Line[]): EditorialBracket[] {
  const out: EditorialBracket[] = [];
  const stack: number[] = []; // offsets of open '['
  let multiline: { open: number; startLine: number; lastGood: number; stamp: boolean } | undefined;
  // The next `[` and `]` in the text, found with indexOf and reused until passed: lines without brackets cost nothing.
  let nextOpen = text.indexOf('[');
  let nextClose = text.indexOf(']');

  for (let li = 0; li < lines.length; li++) {
    const { start, end } = lines[li].span;
    // Decided before the line is read, so that a `]` in the prose after an unclosed note does not close it there.
    if (multiline && li > multiline.startLine && (li - multiline.startLine > MAX_MULTILINE || !looksLikeContinuation(text, lines[li], multiline.stamp))) {
      closeUnclosed(text, stack, out, multiline.lastGood);
      multiline = undefined;
    }
    if (nextOpen >= 0 && nextOpen < start) nextOpen = text.indexOf('[', start);
    if (nextClose >= 0 && nextClose < start) nextClose = text.indexOf(']', start);
    for (;;) {
      const o = nextOpen >= 0 && nextOpen < end ? nextOpen : end;
      const c = nextClose >= 0 && nextClose < end ? nextClose : end;
      if (o < c) {
        stack.push(o);
        if (stack.length === 1 && isMultilineOpener(text, o) && (!openedMidLine(text, start, o) || closesWithin(text, o, MID_LINE_REACH))) {
          multiline = { open: o, startLine: li, lastGood: end, stamp: isStampOpener(text, o) };
        }
        nextOpen = text.indexOf('[', o + 1);
      } else if (c < end) {
        if (stack.length > 0) {
          const open = stack.pop()!;
          out.push(makeBracket(text, open, c + 1, true));
          if (stack.length === 0) multiline = undefined;
        }
        nextClose = text.indexOf(']', c + 1);
      } else {
        break;
      }
    }
    if (stack.length === 0) continue;
    if (multiline && stack[0] === multiline.open) {
      // Keep the stamp or note open; close any inner brackets left open on this line.
      while (stack.length > 1) out.push(makeBracket(text, stack.pop()!, end, false));
      if (end > start) multiline.lastGood = end;
      continue;
    }
    // Any other bracket left open ends with its line.
    closeUnclosed(text, stack, out, end);
  }
  if (stack.length) closeUnclosed(text, stack, out, multiline ? multiline.lastGood : text.length);
  // most texts nest no bracket: the list is then in this order already
  return isSorted(out, byStartOuterFirst) ? out : out.sort(byStartOuterFirst);
}

/** Outer brackets before the brackets inside them. */
function byStartOuterFirst(a: EditorialBracket, b: EditorialBracket): number {
  return a.span.start - b.span.start || b.span.end - a.span.end;
}

function closeUnclosed(text: string, stack: number[], out: EditorialBracket[], end: number): void {
  while (stack.length) {
    const open = stack.pop()!;
    out.push(makeBracket(text, open, Math.max(end, open + 1), false));
  }
}

const MULTILINE_OPENER = /^\[\s*(?:stamp|translator|trans\.|ed\.|editor|note|handwritten|source)/i;

function isMultilineOpener(text: string, at: number): boolean {
  return MULTILINE_OPENER.test(text.slice(at, at + 16));
}

/** How many lines on a stamp or note opened after words of the body may run to find its `]`. */
const MID_LINE_REACH = 6;

/** `Kim Il Sung asked me to convey that [Stamp: Incoming Nº 2990/shs`: the bracket opens after words on its line. */
function openedMidLine(text: string, lineStart: number, at: number): boolean {
  for (let i = lineStart; i < at; i++) if (text.charCodeAt(i) > 32) return true;
  return false;
}

/** Whether a `]` follows within `lines` line breaks of the bracket opened at `at`. */
function closesWithin(text: string, at: number, lines: number): boolean {
  const close = text.indexOf(']', at);
  if (close < 0) return false;
  let breaks = 0;
  for (let i = text.indexOf('\n', at); i >= 0 && i < close; i = text.indexOf('\n', i + 1)) if (++breaks > lines) return false;
  return true;
}

function isStampOpener(text: string, at: number): boolean {
  return /^\[\s*stamp/i.test(text.slice(at, at + 8));
}

/**
 * Lines that start a block of their own: a separator, a footer item, a routing or type line, another
 * stamp or note, the addressee or the salutation that opens the message (`to Cde. FILIPPOV`, `Cde. FILIPPOV!`).
 */
const BLOCK_START =
  /^(?:(?:[Tt]o|TO)\s+(?:Cde\.|Comrade|Comr\.|COMRADE|CDE\.)|(?:Cde\.|Comrade|COMRADE|Dear)\s[^\[\]]*[!:]$|-{3,}|#{3,}|={3,}|(?:\*\s*){3,}|(?:Deciphered|DECIPHERED|Printed|PRINTED|Typed|TYPED|Verified|VERIFIED)\b|(?:From|FROM|Received|RECEIVED|Sent|SENT)\b|(?:CABLE|CIPHERED TELEGRAM|COPY OF AN OUTGOING)\b|\[\s*(?:[Ss]tamp|STAMP|[Tt]ranslator|[Tt]rans\.|[Ee]d\.|[Ee]ditor|[Nn]ote|[Hh]andwritten|[Ss]ource)\b)/;

/**
 * A stamp's or note's later lines are short, not ordinary prose, and start no block of their own.
 * A stamp may hold blank lines (the seed's); a note ends at its paragraph.
 */
function looksLikeContinuation(text: string, line: Line, stamp: boolean): boolean {
  const s = text.slice(line.span.start, line.span.end).trim();
  if (s.length === 0) return stamp;
  // The line that closes it: more `]` than `[` (`Incoming N° 254/3612/shs 19 October 1951]`).
  if (count(s, ']') > count(s, '[')) return true;
  // a sentence of the body resumes after a stamp that never closes (§7): stamps hold no prose
  if (stamp && (PROSE_SENTENCE.test(s) || LIST_ITEM.test(s))) return false;
  return !BLOCK_START.test(s) && s.length <= 80;
}

/** An item of the body's numbered list (`1. Our troops have liberated Pyongyang.`, `2) The enemy ...`): no line of a stamp. */
const LIST_ITEM = /^\(?\d{1,2}[.)]\s+[A-Z][a-z]+\s+[a-z]/;

/** A sentence of prose: a word, four small-letter words or more, a final period (`The second campaign will begin ...`, `the government has moved ...`). */
const PROSE_SENTENCE = /^[A-Za-z][a-z]*(?:\s+[a-z]+){4,}\b[^\[\]]*\.$/;

function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

function makeBracket(text: string, start: number, end: number, closed: boolean): EditorialBracket {
  const innerEnd = closed ? end - 1 : end;
  const inner = { start: start + 1, end: Math.max(start + 1, innerEnd) };
  return { kind: classifyBracket(text, start, inner.start, inner.end), span: { start, end }, inner, closed };
}

/** Cover names of the period, whose bracket gloss is a pseudonym gloss rather than a spelling normalisation. */
const COVER_NAMES = /(?:FILIPP?OV|FENG XI|FYN SI|KUZNETSOV|TEREBIN|INSTANTSIA|SHTRAUS|MATVE(?:Y)?EV|MAYVEYEV|CHANFU|SEME(?:N|NY|Y)ONOV|SEMENOV)[.,]?\s*$/i;
const TITLE_WORDS = /^(?:the\s+)?(?:Foreign|Prime|Deputy|Vice|Defen[cs]e|War|Chief|Chairman|Premier|Minister|Ambassador|General|Marshal|Secretary|Commander|President|Colonel|Lieutenant|Major|Admiral|Director|Head|Comrade)\b/;
const MONTHS = MONTH;
const SUPPLIED_DATE = new RegExp(`^(?:1[89]\\d\\d|${MONTHS}(?:\\s+\\d{1,2}(?:,\\s*1[89]\\d\\d)?)?|\\d{1,2}\\s+${MONTHS}(?:\\s+1[89]\\d\\d)?)$`, 'i');
const ENGLISH_FUNCTION_WORDS = new Set(
  'a an the and or but of to in on at by for from with as is are was were be been he she it they we you i me him her them us our your his its their this that these those not no will would shall should can could may might must has have had do does did which who whom whose what there here if then than so also only one two three all any some such said same other another more most further before after about into over under between against during without within upon new'.split(' '),
);

/**
 * How much of a bracket's inside decides its kind. Every test looks at the start of the inside or
 * at its words, and a real bracket is far shorter; without a bound, 100,000 nested brackets would
 * each read all the brackets inside them.
 */
const CLASSIFIED_PREFIX = 400;

export function classifyBracket(text: string, open: number, innerStart: number, innerEnd: number): BracketKind {
  const inner = text.slice(innerStart, Math.min(innerEnd, innerStart + CLASSIFIED_PREFIX)).trim();
  if (/^stamp\s*:/i.test(inner)) return 'stamp';
  if (inner === '' || /^(?:\.{2,}|…+|\.\.\.\[?|\s)+$/.test(inner)) return 'elision';
  // `Special Section 17[25]`: digits completing a number are a partial reading, not a footnote.
  if (/^\d{1,3}$/.test(inner)) return open > 0 && /\d/.test(text[open - 1]) ? 'partial-reading' : 'footnote-marker';
  if (/^(?:sic!?|\?+|illegible|unclear|sic\?)$/i.test(inner)) return 'doubt';
  if (/^(?:handwritten|signature|signed|attachment|seal|illegible|crossed out|underlined|typed|stamp|initials|resolution|in margin|margin)\b/i.test(inner)) return 'physical';
  if (/^(?:translator|trans\.|tr\.|ed\.|editor|note|source|author)/i.test(inner)) return 'note';
  const before = text.charCodeAt(open - 1);
  const glued = open > 0 && isLetter(before);
  if (glued && /^[a-z’']{1,12}$/.test(inner)) return 'partial-reading';
  if (SUPPLIED_DATE.test(inner)) return 'supplied-date';
  if (inner.length > 60 && /^[A-Z]/.test(inner)) return 'summary';
  if (/^[a-z]/.test(inner)) {
    const lower = inner.toLowerCase();
    const words = lower.split(/[\s-]+/).filter(Boolean);
    if (words.every(w => ENGLISH_FUNCTION_WORDS.has(w.replace(/[^a-z]/g, '')) || w.length <= 3)) return 'supplied-word';
    if (words.some(w => ENGLISH_FUNCTION_WORDS.has(w))) return 'supplied-word';
    return words.length >= 2 || /(?:zh|kh|ts|iu|ia|ii|yi|ie|’|')/.test(lower) ? 'transliteration' : 'supplied-word';
  }
  if (TITLE_WORDS.test(inner)) return 'role-gloss';
  const preceding = text.slice(Math.max(0, open - 24), open);
  if (COVER_NAMES.test(preceding)) return 'pseudonym-gloss';
  return 'name-normalisation';
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 0xbf;
}
