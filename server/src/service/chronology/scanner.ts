/**
 * The date scanner: finds every date and time-of-day notation of CABLE-FORMAT §3 in a range of
 * text and normalises it. It works in three steps:
 *
 * 1. candidates: each notation has a pattern; "strong" candidates (`16:40`, `19 October 1951`,
 *    `27.7.51`) are dates or times wherever they stand, "weak" ones (`1135`, `14.35`, `3.9`,
 *    `21 hours`) only in a date context: after `at`/`Sent`/`Received`, beside another date, or
 *    inside a span the parser already knows to hold a date (`options.dateContext`);
 * 2. selection: overlapping candidates are resolved, longest first;
 * 3. mentions: a time and a date written together (`0530 18 October`, `3.9 18:46`,
 *    `10/21/50 at 02:40 a.m.`) become one mention, with its zone (`Beijing time`), weekday
 *    (`Monday, 22 May 1950`) and qualifier (`Night of October 3`).
 *
 * `resolveMentions` then decides slash dates from context and infers missing years.
 */
import type { PartialDate, Span } from '../types';
import { isSorted, partitionPoint } from '../spans';
import {
  chineseNumber,
  dayNumber,
  daysInMonth,
  monthFromName,
  weekdayFromName,
} from './calendar';
import { allMonthAbbreviations, alternation, clockWords, HOUR_BRANCH, HOUR_BRANCH_PINYIN, hourWords, monthNames, relativeDays, RHYME_CHARACTER, rhymeCodeDays, RHYME_PINYIN, ROMAN_NUMERAL, romanValue, weekdayWords, zoneAbbreviations } from '../vocabulary';
import type { DateMention, DateNotation, MentionDate, MentionTime, RelativeWord, ValueSource, ZoneMention } from './mention';
import { zoneForPlace, type ZoneId } from './timezones';
import { isAsciiLetter, isBlank, isDigit } from '../chars';

export interface ScanOptions {
  /** The range is known to hold dates (a header field's or footer item's date words): weak notations count. */
  readonly dateContext?: boolean;
  /** A date to take a missing year from (the envelope's date); otherwise the nearest dated mention is used. */
  readonly anchor?: PartialDate;
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type MDate = Mutable<MentionDate>;

/**
 * A date with every field of `MentionDate`, in one order, set or not: all dates share one hidden
 * class, so the code that reads and completes them stays monomorphic (and is optimised once).
 */
function newDate(span: Span, notation: DateNotation, fields: Omit<Partial<MDate>, 'span' | 'notation'>): MDate {
  return {
    span,
    notation,
    year: fields.year,
    month: fields.month,
    day: fields.day,
    dayTo: fields.dayTo,
    yearSource: fields.yearSource,
    monthSource: fields.monthSource,
    daySource: fields.daySource,
    order: fields.order,
    ambiguous: fields.ambiguous,
    alternative: fields.alternative,
    decidedBy: fields.decidedBy,
    partOfDay: fields.partOfDay,
    approximately: fields.approximately,
    relative: fields.relative,
    slash: fields.slash,
    rhyme: fields.rhyme,
  };
}
type MTime = Mutable<MentionTime>;

/** A candidate with every field, in one order, set or not (see `newDate`). */
function candidate(start: number, end: number, strong: boolean, fields: Omit<Partial<Candidate>, 'start' | 'end' | 'strong'>): Candidate {
  return {
    start,
    end,
    strong,
    date: fields.date,
    time: fields.time,
    dotPair: fields.dotPair,
    relative: fields.relative,
    needsAt: fields.needsAt,
  };
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly strong: boolean;
  readonly date?: MDate;
  readonly time?: MTime;
  /** A `14.35` / `3.9` pair whose reading is decided by context. */
  readonly dotPair?: { readonly a: number; readonly b: number };
  readonly relative?: RelativeWord;
  /** Weak times that also need a preceding `at` or an adjacent date. */
  readonly needsAt?: boolean;
}

const MONTH = `(${alternation(monthNames)}|(?:${alternation(allMonthAbbreviations)})(?![A-Za-z])\\.?)(?![A-Za-z])`;
const ORD = '(?:st|nd|rd|th)?';
const MER = '(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm)(?![A-Za-z])';
const WEEKDAY = `(${alternation(weekdayWords)})`;
const ZONE_WORD = `(${alternation(clockWords)})`;

const re = (source: string, flags = 'gi') => new RegExp(source, flags);
/**
 * Four digits after a month (and its day) are its year only from 1860 to 1999: after them they are the
 * time (`Deciphered by Karpov 19 October 2330`, `your telegram of 18 October 0115`), and so are those of
 * the evening hours 1800–1859, which read as a year of the last century (`Peng Dehuai` / `25 October,
 * 1800`). An editor's note of this century writes its year in a sentence of its own.
 */
const YEAR = '(19\\d\\d|18[6-9]\\d)';

/**
 * The notations. Each is sticky (`y`): it is tried only where a date can start — at the first
 * digit of a number, or at a word whose first three letters begin a month, `mid`/`early`/`late`
 * or a relative day — never searched for across the text (see `collectCandidates`). A number glued
 * to a letter is no date's: OCR's `l9 October` and `12O5` are not 9 October and 05.
 */
const patterns = {
  // (two digits after the month are its year only as a telegraph writes it, `31 AUG 46 1430`: see `telegraphYear`)
  // (a night over two days is written with a slash between them: `the night of 18/19 October`)
  dayMonth: re(`(?<![\\d.,/:#№º°A-Za-z])(\\d{1,2})${ORD}(?:[ \\t]*[-–—][ \\t]*(\\d{1,2})${ORD}|\\/(\\d{1,2})(?=[ \\t]))?[ \\t]+(?:of[ \\t]+)?${MONTH}(?:,?[ \\t]+${YEAR}(?!\\d)|[ \\t]+(\\d{2})(?![\\d:.]))?`, 'yi'),
  monthDay: re(`(?<![A-Za-z])${MONTH}[ \\t]+(\\d{1,2})${ORD}(?!\\d|[:.,]\\d)(?:[ \\t]*[-–][ \\t]*(\\d{1,2})(?!\\d))?(?:,?[ \\t]+${YEAR}(?!\\d))?`, 'yi'),
  monthYear: re(`(?<![A-Za-z])(?:(mid|early|late)[- ]?)?${MONTH},?[ \\t]+${YEAR}(?!\\d)`, 'yi'),
  // not after a day (`30 June this year` is the day, its year relative)
  monthRelYear: re(`(?<![A-Za-z]|\\d[ \\t]{1,3})(?:(mid|early|late)[- ]?)?${MONTH}[ \\t]+(?:of[ \\t]+)?(this|next|last)[ \\t]+year(?![A-Za-z])`, 'yi'),
  dmyDots: re(`(?<![\\d./A-Za-z])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d|\\.\\d)`, 'yi'),
  // `1951. 8. 23.`: year, month and day with dots, as Korean letters write a date
  ymdDots: re(`(?<![\\d.A-Za-z])(1[89]\\d\\d)\\.[ ]?(1[0-2]|0?[1-9])\\.[ ]?(3[01]|[12]\\d|0?[1-9])\\.?(?![\\d.])`, 'y'),
  dNamedY: re(`(?<![\\d.A-Za-z])(\\d{1,2})\\.[ ]?${MONTH}\\.?[ ]?(\\d{4}|\\d{2}(?![:.]\\d))(?!\\d)`, 'yi'),
  // (a clock after a day without its year is no year: `Received 12.IX 16:25`, `4.XII 17.40`; four digits
  // after a space are a year only when they are one of these cables' years, else a clock: `4.XII 1620`)
  roman: re(`(?<![\\d.A-Za-z])(\\d{1,2})\\.[ ]?(${ROMAN_NUMERAL})(?:\\.?[ ]?((?<=\\.)\\d{4}|19[3-5]\\d|\\d{2}(?![:.]\\d))(?!\\d))?`, 'y'),
  // `19/X-51`, `12-X-51`, `4/XII/1951`: with a slash or a dash the year must follow (`2-I` alone is no date)
  romanDashed: re(`(?<![\\d./A-Za-z])(\\d{1,2})[/-](${ROMAN_NUMERAL})[./-](\\d{4}|\\d{2})(?![\\d/])`, 'y'),
  // `3 XII 1951`: with blanks between, only before a year of these cables (`3 I` alone is no date)
  romanSpaced: re(`(?<![\\d./A-Za-z])(\\d{1,2})[ ](${ROMAN_NUMERAL})[ ](19[3-5]\\d)(?![\\d./])`, 'y'),
  dotPair: re(`(?<![\\d./A-Za-z])(\\d{1,2})\\.(\\d{1,2})(?!\\d|\\.\\d)(?:[ \\t]*${MER})?`, 'yi'),
  slash: re(`(?<![\\d/#№º°.A-Za-z])(\\d{1,2})/(\\d{1,2})[/-](\\d{4}|\\d{2})(?![\\d/])`, 'yi'),
  colon: re(`(?<![\\d:.A-Za-z])(\\d{1,2}):(\\d{2})(?!\\d|[,.:]\\d)(?:[ \\t]*${MER})?(?:[ \\t]*[-–—][ \\t]*(\\d{1,2}):(\\d{2})(?!\\d)(?:[ \\t]*${MER})?)?`, 'yi'),
  fourDigits: re(`(?<![\\d.,:/#№º°\\-A-Za-z])(\\d{4})(?!\\d|[.,:/]\\d|/)(?:[ \\t]+(${alternation(hourWords)})(?![A-Za-z]))?`, 'yi'),
  // `21 hours 40 minutes`, and its abbreviation `23 h. 10 m.`
  hourWords: re(`(?<![\\d.,:A-Za-z])(\\d{1,2})[ \\t]+(?:hours?(?![A-Za-z])|h\\.)(?:([ \\t]*,?[ \\t]*)(\\d{1,2})(?!\\d)(?:(\\s+)(?:minutes?|min\\.?|m\\.)(?![A-Za-z]))?)?`, 'yi'),
  twelveHour: re(`(?<![\\d.:A-Za-z])(\\d{1,2})[ \\t]*${MER}`, 'yi'),
  relative: re(`(?<![A-Za-z])(${alternation(relativeDays)})(?![A-Za-z])`, 'yi'),
  // `your telegram of the 22nd`, `the cable dated the 13th, 2200`: a telegram cited by its day alone, as the
  // Chinese side dates its telegrams (the month is the last one with that day: a telegram cited was sent
  // before the text citing it); not `the 13th Army`, nor a day that may lie ahead (`will leave on the 20th`)
  // (and a signer's date written so alone on its line, `KIM IL SUNG` / `the 14th`: the message's own day)
  dayOrdinal: re(`(?<=(?:[Tt]elegram|[Cc]able|[Ll]etter|[Mm]essage|[Rr]eport|[Dd]irective|[Ii]nstruction|[Nn]ote)s?[ \\t]+(?:of|dated|from)[ \\t]+the[ \\t]+)(\\d{1,2})(?:st|nd|rd|th)(?![A-Za-z\\d])(?![ \\t]+(?:[A-Z]|(?:army|armies|division|regiment|corps|group|brigade|parallel|fleet|congress|plenum)\\b))`
    + `|(?<=(?:^|\\n)[ \\t]*["“]?(?:the|The|THE)[ \\t]+)(\\d{1,2})(?:st|nd|rd|th|ST|ND|RD|TH)(?=[ \\t]*[.”"]?[ \\t]*(?:\\r|\\n|$))`, 'y'),
  // tried just before each `月` (see `chineseDates`)
  chinese: re(`(?:([〇○零一二三四五六七八九0-9]{4})年)?([一二三四五六七八九十]{1,3}|\\d{1,2})月([一二三四五六七八九十廿卅]{1,3}|\\d{1,2})[日号](?:([〇零一二三四五六七八九十廿]{1,3}|\\d{1,2})[时時](?:([〇零一二三四五六七八九十]{1,3}|\\d{1,2})分)?)?`, 'y'),
};
type PatternName = keyof typeof patterns;

/** The order candidates are listed in (ties in length are decided by it). */
const patternOrder: readonly PatternName[] = [
  'dayMonth', 'monthDay', 'monthYear', 'monthRelYear', 'dmyDots', 'ymdDots', 'dNamedY', 'roman', 'romanDashed', 'romanSpaced', 'slash', 'dotPair',
  'colon', 'fourDigits', 'hourWords', 'twelveHour', 'relative', 'chinese', 'dayOrdinal',
];
/**
 * The patterns that can start at a number, by the number's length and the character after it:
 * `19 October` and `3rd of May` (a blank, a dash or an ordinal), `27.7.51`, `10/21/50`, `16:40`,
 * `1135`, `21 hours`, `3 p.m.`. Other numbers (`105-millimeter` aside) hold no date.
 */
const afterShortNumber: (readonly number[] | undefined)[] = Array.from({ length: '—'.charCodeAt(0) + 1 }, () => undefined);
/** Patterns by their place in `patternOrder`: the scan loop indexes arrays, not names. */
const patternIndex = (name: PatternName): number => patternOrder.indexOf(name);
const patternList: readonly RegExp[] = patternOrder.map((name) => patterns[name]);
for (const [chars, names] of [
  [' \t', ['dayMonth', 'romanSpaced', 'hourWords', 'twelveHour']],
  ['–—', ['dayMonth']],
  ['sSnNrRtT', ['dayMonth', 'dayOrdinal']],
  ['-', ['dayMonth', 'romanDashed']],
  ['.', ['dmyDots', 'dNamedY', 'roman', 'dotPair']],
  ['/', ['dayMonth', 'slash', 'romanDashed']],
  [':', ['colon']],
  ['aApP', ['twelveHour']],
] as const) {
  // tried in `patternOrder`, so that the candidates found at one place come out in that order (see `collectCandidates`)
  for (const ch of chars) afterShortNumber[ch.charCodeAt(0)] = names.map(patternIndex).sort((a, b) => a - b);
}
/** A number of four digits: `1951. 8. 23.` only with a dot after it, `1135` with anything. */
const fourDigitDotted: readonly number[] = [patternIndex('ymdDots'), patternIndex('fourDigits')];
const fourDigitPlain: readonly number[] = [patternIndex('fourDigits')];
/** The patterns that start at a month word, by what follows it: `October 19` and `October 1951`, or `October of this year`. */
const monthThenDigit: readonly number[] = (['monthDay', 'monthYear'] as const).map(patternIndex);
const monthThenWord: readonly number[] = [patternIndex('monthRelYear')];
/** `mid-October 1951`, `early July this year`: only a month and a year can follow the qualifier. */
const qualifierLed: readonly number[] = (['monthYear', 'monthRelYear'] as const).map(patternIndex);
const noPatterns: readonly number[] = [];
const relativeLed: readonly number[] = [patternIndex('relative')];
const DAY_MONTH = patternIndex('dayMonth');
const HOUR_WORDS = patternIndex('hourWords');
const TWELVE_HOUR = patternIndex('twelveHour');
const DMY_DOTS = patternIndex('dmyDots');
const YMD_DOTS = patternIndex('ymdDots');
const ROMAN_DASHED = patternIndex('romanDashed');
const DOT_PAIR = patternIndex('dotPair');
const NAMED_NUMERIC = patternIndex('dNamedY');
const ROMAN = patternIndex('roman');
const CHINESE = patternIndex('chinese');

/** Where the first character after the blanks (or the dot and one space) that follow a number stands; `end` if none. */
function followingAt(t: string, at: number, end: number): number {
  if (t.charCodeAt(at) === 46) {
    if (at + 1 >= end) return end;
    return t.charCodeAt(at + 1) === 32 && at + 2 < end ? at + 2 : at + 1;
  }
  let i = at;
  while (i < end && isBlank(t.charCodeAt(i))) i++;
  return i;
}

/** Letters a month name or abbreviation starts with, lower case. */
const monthInitials = new Set([...monthNames, ...allMonthAbbreviations].map((m) => m.toLowerCase().charCodeAt(0)));
const DASHES = new Set([45, 8211, 8212]);

const isRomanInitial = (c: number) => c === 73 || c === 86 || c === 88; // I, V, X

/**
 * Can pattern `index` match at a number that ends at `numberEnd`, given what follows it? A quick
 * test that saves trying most patterns at most numbers. After a blank or a dot it reads the next
 * character (`followingAt`): `19 October` needs a month, `of` or a dash; `21 hours` an `h`; `3 pm`
 * and `3 p.m.` an `a` or `p` and then an `m` or a dot; `27.7.51`, `14.35` and `1951. 8. 23.` a
 * digit; `27.July.51` a month; `19.XII` a Roman numeral. After a dash or a slash, `19/X-51` needs
 * a Roman numeral. A test may read past `end`, as the patterns do.
 */
function canContinue(index: number, t: string, numberEnd: number, end: number): boolean {
  const sign = numberEnd < end ? t.charCodeAt(numberEnd) : -1;
  if (sign === 45 || sign === 47) return index !== ROMAN_DASHED || isRomanInitial(t.charCodeAt(numberEnd + 1));
  if (sign !== 32 && sign !== 9 && sign !== 46) return true;
  const at = followingAt(t, numberEnd, end);
  const c = at < end ? t.charCodeAt(at) : 0;
  const lower = c | 32;
  switch (index) {
    case DAY_MONTH: return monthInitials.has(lower) || lower === 111 /* o */ || DASHES.has(c);
    case HOUR_WORDS: return lower === 104; // h
    case TWELVE_HOUR: {
      const second = t.charCodeAt(at + 1);
      return (lower === 97 || lower === 112) && (second === 46 || (second | 32) === 109); // a or p, then . or m
    }
    case DMY_DOTS:
    case YMD_DOTS:
    case DOT_PAIR: return isDigit(c);
    case NAMED_NUMERIC: return monthInitials.has(lower);
    case ROMAN: return isRomanInitial(c);
    default: return true;
  }
}

/** A word's first three ASCII letters, case folded, as an index into `wordStarts`. */
const key3 = (a: number, b: number, c: number): number => (((a | 32) - 97) * 26 + ((b | 32) - 97)) * 26 + ((c | 32) - 97);
const MONTH_WORD = 1;
const QUALIFIER_WORD = 2;
const RELATIVE_WORD = 3;
/**
 * The whole words a date can start with, lower case: a month (`october`, `sept`), a qualifier
 * (`mid`, `early`, `late`, also run into its month: `midoctober`) or a relative day. The patterns
 * read a month only as a whole word, so `Marshal`, `decided` and `tons` start nothing.
 */
const dateWords = new Map<string, number>();
for (const month of [...monthNames, ...allMonthAbbreviations].map((w) => w.toLowerCase())) {
  dateWords.set(month, MONTH_WORD);
  for (const q of ['mid', 'early', 'late']) dateWords.set(q + month, QUALIFIER_WORD);
}
for (const q of ['mid', 'early', 'late']) dateWords.set(q, QUALIFIER_WORD);
for (const day of relativeDays) dateWords.set(day, RELATIVE_WORD);
const longestDateWord = Math.max(...[...dateWords.keys()].map((w) => w.length));
/** Whether a word beginning with given three letters may be one of `dateWords`: a test before the word is cut. */
const wordStarts = new Uint8Array(26 * 26 * 26);
for (const w of dateWords.keys()) wordStarts[key3(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))] = 1;

/** The month-led patterns that can start at a month word ending at `wordEnd`: after its dot or comma and blanks, a day or a year starts with a digit, `this year` with a letter. */
function afterMonthWord(t: string, wordEnd: number): readonly number[] {
  let k = wordEnd;
  if (t.charCodeAt(k) === 46) k++;
  if (t.charCodeAt(k) === 44) k++;
  const blanks = k;
  while (isBlank(t.charCodeAt(k))) k++;
  if (k === blanks) return noPatterns;
  const c = t.charCodeAt(k);
  return isDigit(c) ? monthThenDigit : isAsciiLetter(c) ? monthThenWord : noPatterns;
}

/** The patterns that can start at the ASCII word `t[start, wordEnd)`. */
function patternsAtWord(t: string, start: number, wordEnd: number): readonly number[] {
  if (wordEnd - start < 3 || wordEnd - start > longestDateWord || !wordStarts[key3(t.charCodeAt(start), t.charCodeAt(start + 1), t.charCodeAt(start + 2))]) return noPatterns;
  switch (dateWords.get(t.slice(start, wordEnd).toLowerCase())) {
    case MONTH_WORD: return afterMonthWord(t, wordEnd);
    case QUALIFIER_WORD: return qualifierLed;
    case RELATIVE_WORD: return relativeLed;
    default: return noPatterns;
  }
}

/** Brackets that hold only date words are an editor's supplied date (§8): `October 6 [1950]`, `[October] 3`. */
const suppliedDateBracket = re(`^[ \\t]*(?:${MONTH}|\\d{4}|\\d{1,2}[ \\t]+${MONTH}(?:,?[ \\t]+\\d{4})?|${MONTH}[ \\t]+\\d{1,2}(?:,?[ \\t]+\\d{4})?)[ \\t]*$`, 'i');

interface Masked {
  readonly text: string;
  /** Ranges inside supplied-date brackets, whose words are the editor's. */
  readonly editor: readonly { start: number; end: number }[];
  /** Offsets of the blanked `[` and `]`. */
  readonly opens: ReadonlySet<number>;
  readonly closes: ReadonlySet<number>;
}

/** The most characters an editorial bracket holding a date has between its `[` and `]`. */
const SHORT_BRACKET_REACH = 30;

/**
 * The `]` closing the bracket opened at `open` on its line, with one to `SHORT_BRACKET_REACH`
 * characters and no other bracket between them (`[1950]`, `[18 December]`); -1 if there is none.
 */
function shortBracketClose(text: string, open: number): number {
  const limit = Math.min(text.length, open + SHORT_BRACKET_REACH + 2);
  for (let i = open + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 93) return i > open + 1 ? i : -1; // ]
    if (c === 91 || c === 10) return -1; // [ or a line feed
  }
  return -1;
}

/** What a text without supplied dates masks: nothing (shared, never written). */
const noEditorRanges: readonly { start: number; end: number }[] = [];
const noOffsets: ReadonlySet<number> = new Set<number>();

/**
 * Blanks out the brackets of supplied dates, so that `October 6 [1950]` reads as one date. Most
 * scanned texts hold none: they are returned as they are, with no list or set made for them.
 */
function maskBrackets(text: string, start: number, end: number): Masked {
  if (text.indexOf('[', start) < 0) return { text, editor: noEditorRanges, opens: noOffsets, closes: noOffsets };
  const editor: { start: number; end: number }[] = [];
  const opens = new Set<number>();
  const closes = new Set<number>();
  // the text between blanked brackets, joined once at the end
  const pieces: string[] = [];
  let from = 0;
  // the short brackets from the scan's start, each searched for after the last one found
  for (let open = text.indexOf('[', start); open >= 0 && open < end; ) {
    const close = shortBracketClose(text, open);
    if (close < 0) {
      open = text.indexOf('[', open + 1);
      continue;
    }
    const inner = text.slice(open + 1, close);
    if (suppliedDateBracket.test(inner)) {
      pieces.push(text.slice(from, open), ' ', inner, ' ');
      from = close + 1;
      editor.push({ start: open + 1, end: close });
      opens.add(open);
      closes.add(close);
    }
    open = text.indexOf('[', close + 1);
  }
  if (!editor.length) return { text, editor: noEditorRanges, opens: noOffsets, closes: noOffsets };
  pieces.push(text.slice(from));
  return { text: pieces.join(''), editor, opens, closes };
}

function twoDigitYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 1900 + n : n;
}

function meridiemOf(word: string | undefined): 'am' | 'pm' | undefined {
  if (!word) return undefined;
  return word.toLowerCase().startsWith('a') ? 'am' : 'pm';
}

function makeTime(start: number, end: number, notation: MTime['notation'], hour: number, minute: number, mer?: string): MTime {
  const meridiem = meridiemOf(mer);
  let h = hour;
  let redundant = false;
  if (meridiem === 'pm') {
    if (hour < 12) h = hour + 12;
    else if (hour > 12) redundant = true;
  } else if (meridiem === 'am' && hour === 12) {
    h = 0;
  }
  // every field, in one order (see `newDate`)
  return {
    span: { start, end },
    notation: meridiem ? '12h' : notation,
    hour: h,
    minute,
    meridiem,
    redundantMeridiem: redundant ? true : undefined,
    to: undefined,
  };
}

/** Is the month word capitalised? Lower-case `may` and `march` are verbs. */
function capitalised(word: string | undefined): boolean {
  const c = word === undefined ? 0 : word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Months by the names and abbreviations as the vocabulary spells them, the usual case: `October`, `Sept`. */
const monthBySpelling = new Map<string, number>([...monthNames, ...allMonthAbbreviations].map((w) => [w, monthFromName(w) as number]));

/** `monthFromName`, without a case conversion for a month written as the vocabulary spells it. */
function monthOf(word: string): number | undefined {
  return monthBySpelling.get(word) ?? monthFromName(word);
}

function inEditor(masked: Masked, start: number, end: number): boolean {
  // the ranges are in text order and do not overlap: only the last one starting at or before `start` can hold it
  const ranges = masked.editor;
  if (!ranges.length) return false;
  const r = ranges[partitionPoint(ranges, (x) => x.start <= start) - 1];
  return r !== undefined && end <= r.end;
}

function sourceOf(masked: Masked, start: number, length: number): ValueSource {
  return inEditor(masked, start, start + length) ? 'editor' : 'text';
}

/** Offset of capture group `i` within the match (groups are searched left to right from `from`). */
function groupStart(m: RegExpExecArray, value: string | undefined, from = 0): number {
  if (value === undefined) return -1;
  return m.index + m[0].indexOf(value, from);
}

/**
 * Every match of every notation in `t[start, end)`, by pattern, as a global search would find
 * them: a pattern's next match starts at or after the end of its last one. Only the places a
 * date can start are tried — numbers, and words that begin like a month or a relative day — and
 * text without such a place costs one look at each character.
 */
function matchAll(t: string, start: number, end: number, found: (index: number, m: RegExpExecArray) => void): void {
  // a plain array of small integers: a typed array costs an allocation in the runtime on every scan
  const nextFree: number[] = patternList.map(() => -1);
  const tryAt = (index: number, at: number) => {
    if (at < (nextFree[index] as number)) return;
    const rx = patternList[index] as RegExp;
    rx.lastIndex = at;
    const m = rx.exec(t);
    if (!m) return;
    nextFree[index] = at + Math.max(1, m[0].length);
    if (at + m[0].length <= end) found(index, m);
  };
  let prev = start > 0 ? t.charCodeAt(start - 1) : 0;
  for (let i = start; i < end; i++) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) {
      if (isDigit(prev)) continue;
      let j = i + 1;
      while (j < end && isDigit(t.charCodeAt(j))) j++;
      const after = j < end ? t.charCodeAt(j) : -1;
      const names = j - i <= 2 ? (after >= 0 && after < afterShortNumber.length ? afterShortNumber[after] : undefined) : j - i === 4 ? (after === 46 ? fourDigitDotted : fourDigitPlain) : undefined;
      // what follows the number must be able to continue the pattern
      if (names) for (const index of names) if (canContinue(index, t, j, end)) tryAt(index, i);
      // the rest of the number starts nothing
      prev = t.charCodeAt(j - 1);
      i = j - 1;
      continue;
    }
    if (isAsciiLetter(c)) {
      let j = i + 1;
      while (j < end && isAsciiLetter(t.charCodeAt(j))) j++;
      if (!isAsciiLetter(prev)) for (const index of patternsAtWord(t, i, j)) tryAt(index, i);
      // the rest of the word starts nothing
      prev = t.charCodeAt(j - 1);
      i = j - 1;
      continue;
    }
    prev = c;
  }
  chineseDates(t, start, end, (m) => found(CHINESE, m));
}

/** The longest a Chinese date runs before its `月`: a year of four numerals and `年`, then three numerals. */
const CHINESE_MONTH_REACH = 8;

/**
 * Chinese dates, as a global search would find them, tried only just before each `月`: a match
 * holds exactly one `月`, at most `CHINESE_MONTH_REACH` characters after its start.
 */
function chineseDates(t: string, start: number, end: number, found: (m: RegExpExecArray) => void): void {
  const rx = patterns.chinese;
  let nextFree = start;
  let previousMonth = start - 1;
  for (let k = t.indexOf('月', start); k >= 0 && k < end; k = t.indexOf('月', k + 1)) {
    for (let p = Math.max(nextFree, k - CHINESE_MONTH_REACH, previousMonth + 1); p < k; p++) {
      rx.lastIndex = p;
      const m = rx.exec(t);
      if (!m) continue;
      nextFree = p + m[0].length;
      if (nextFree <= end) found(m);
      break;
    }
    previousMonth = k;
  }
}

/**
 * What each pattern's match becomes: a candidate pushed to `out` (the pattern's own list), or
 * nothing. The handlers are made once, at load, not for each scan.
 */
type MatchHandler = (m: RegExpExecArray, masked: Masked, out: Candidate[]) => void;
const handlers: MatchHandler[] = [];
function on(name: PatternName, handler: MatchHandler): void {
  handlers[patternIndex(name)] = handler;
}

/** A month as a telegraph's date line abbreviates it, in capitals: `AUG` in `PYONGYANG 31 AUG 46 1430`. */
const TELEGRAPH_MONTH = /^[A-Z]{3}$/;

/**
 * The two-digit year after a day and month, read only after a telegraph's month (`31 AUG 46`): after a
 * month in words two digits are more often a count (`on 5 October 38 aircraft`), and the date ends before them.
 */
function telegraphYear(mon: string, yy: string | undefined): number | undefined {
  return yy !== undefined && TELEGRAPH_MONTH.test(mon) ? twoDigitYear(yy) : undefined;
}

on('dayMonth', (m, masked, out) => {
  const [whole, d1, dashed, slashed, mon, y, yy] = m;
  if (!capitalised(mon)) return;
  // `18/19 October`: the second day must follow the first
  if (slashed !== undefined && Number(slashed) !== Number(d1) + 1) return;
  const d2 = dashed ?? slashed;
  const year2 = telegraphYear(mon as string, yy);
  // two digits not read as the year are no part of the date
  const all = yy !== undefined && year2 === undefined ? whole.slice(0, whole.length - yy.length).trimEnd() : whole;
  const month = monthOf(mon as string) as number;
  const monStart = groupStart(m, mon, (d2 ?? d1 as string).length);
  const date = newDate({ start: m.index, end: m.index + all.length }, 'prose', {
    day: Number(d1),
    month,
    daySource: sourceOf(masked, m.index, (d1 as string).length),
    monthSource: sourceOf(masked, monStart, (mon as string).length),
  });
  if (d2 !== undefined) date.dayTo = Number(d2);
  if (y !== undefined) {
    date.year = Number(y);
    date.yearSource = sourceOf(masked, m.index + all.length - 4, 4);
  } else if (year2 !== undefined) {
    date.year = year2;
    date.yearSource = sourceOf(masked, m.index + all.length - 2, 2);
  }
  out.push(candidate(m.index, m.index + all.length, true, { date }));
});

/**
 * `in the second half of October 16 regiments`: a month named as a period, then a count of units,
 * is no day of the month. (`On October 16 regiments crossed` keeps its date: `on` names a day.)
 */
const UNITS_AFTER = /^[ \t]+(?:regiments|divisions|battalions|brigades|corps|armies|tons|trucks|tanks|aircraft|planes|fighters|bombers|MIG|MiG|guns|rifles|wagons|cars|trains|locomotives|echelons|ships|pilots|men|officers|advisers|specialists)\b/;
const MONTH_AS_PERIOD = /\b(?:of|in|during|by|until|till|throughout)[ \t]+$/i;

on('monthDay', (m, masked, out) => {
  const [all, mon, d1, d2, y] = m;
  if (!capitalised(mon)) return;
  const end = m.index + all.length;
  if (d2 === undefined && y === undefined && UNITS_AFTER.test(masked.text.slice(end, end + 16)) && MONTH_AS_PERIOD.test(masked.text.slice(Math.max(0, m.index - 12), m.index))) return;
  const dayStart = groupStart(m, d1, (mon as string).length);
  const date = newDate({ start: m.index, end: m.index + all.length }, 'prose', {
    day: Number(d1),
    month: monthOf(mon as string) as number,
    monthSource: sourceOf(masked, m.index, (mon as string).length),
    daySource: sourceOf(masked, dayStart, (d1 as string).length),
  });
  if (d2 !== undefined) date.dayTo = Number(d2);
  if (y !== undefined) {
    date.year = Number(y);
    date.yearSource = sourceOf(masked, m.index + all.length - 4, 4);
  }
  out.push(candidate(m.index, m.index + all.length, true, { date }));
});

on('monthYear', (m, masked, out) => {
  const [all, approx, mon, y] = m;
  if (!capitalised(mon)) return;
  const date = newDate({ start: m.index, end: m.index + all.length }, 'month-year', {
    month: monthOf(mon as string) as number,
    year: Number(y),
    monthSource: sourceOf(masked, groupStart(m, mon), (mon as string).length),
    yearSource: sourceOf(masked, m.index + all.length - 4, 4),
  });
  if (approx) date.approximately = approx.toLowerCase() as MDate['approximately'];
  out.push(candidate(m.index, m.index + all.length, true, { date }));
});

on('monthRelYear', (m, masked, out) => {
  const [all, approx, mon, which] = m;
  if (!capitalised(mon)) return;
  const rel = `${(which as string).toLowerCase()}-year` as RelativeWord;
  const date = newDate({ start: m.index, end: m.index + all.length }, 'month-year', {
    month: monthOf(mon as string) as number,
    monthSource: 'text',
    relative: rel,
  });
  if (approx) date.approximately = approx.toLowerCase() as MDate['approximately'];
  out.push(candidate(m.index, m.index + all.length, true, { date }));
});

on('dmyDots', (m, masked, out) => {
  const [all, a, b, y] = m;
  const first = Number(a);
  const second = Number(b);
  // Dots are the European day.month order; `10.21.50` can only be month.day.
  const monthDay = second > 12 && first <= 12;
  const date = newDate({ start: m.index, end: m.index + all.length }, 'numeric', {
    day: monthDay ? second : first,
    month: monthDay ? first : second,
    year: twoDigitYear(y as string),
    yearSource: 'text',
    order: monthDay ? 'month-day' : 'day-month',
  });
  out.push(candidate(m.index, m.index + all.length, true, { date }));
});

on('ymdDots', (m, masked, out) => {
  const [all, y, mo, d] = m;
  const date = newDate({ start: m.index, end: m.index + all.length }, 'numeric', {
    day: Number(d),
    month: Number(mo),
    year: Number(y),
    yearSource: 'text',
  });
  out.push(candidate(m.index, m.index + all.length, true, { date }));
});

on('dNamedY', (m, masked, out) => {
  const [all, d, mon, y] = m;
  if (!capitalised(mon)) return;
  const date = newDate({ start: m.index, end: m.index + all.length }, 'named-numeric', {
    day: Number(d),
    month: monthOf(mon as string) as number,
    year: twoDigitYear(y as string),
    yearSource: 'text',
  });
  out.push(candidate(m.index, m.index + all.length, true, { date }));
});

on('roman', romanDate);
on('romanDashed', romanDate);
on('romanSpaced', romanDate);

function romanDate(m: RegExpExecArray, _masked: Masked, out: Candidate[]): void {
  const [all, d, rom, y] = m;
  const date = newDate({ start: m.index, end: m.index + all.length }, 'roman', {
    day: Number(d),
    // a numeral no month is (`XIII`) is kept, and reported as no month
    month: romanValue(rom as string) as number,
  });
  if (y !== undefined) {
    date.year = twoDigitYear(y);
    date.yearSource = 'text';
  }
  out.push(candidate(m.index, m.index + all.length, y !== undefined, { date }));
}

on('slash', (m, masked, out) => {
  const [all, a, b, y] = m;
  const first = Number(a);
  const second = Number(b);
  const year = twoDigitYear(y as string);
  const date = newDate({ start: m.index, end: m.index + all.length }, 'slash', {
    year,
    yearSource: 'text',
    slash: { first, second, year },
  });
  // `11/5-50`: a dash before the year is the Russian clerk's form, day first; `10/21/50` may be either
  const dashed = all.charCodeAt(all.length - (y as string).length - 1) === 45;
  applySlashOrder(date, dashed ? 'day-month' : undefined, dashed ? 'the dash before the year, the Russian way of writing a day and month' : undefined);
  out.push(candidate(m.index, m.index + all.length, true, { date }));
});

on('dotPair', (m, masked, out) => {
  const [all, a, b, mer] = m;
  const s = m.index;
  const e = m.index + all.length;
  if (mer) {
    out.push(candidate(s, e, true, { time: makeTime(s, e, 'dot', Number(a), Number(b), mer) }));
    return;
  }
  out.push(candidate(s, e, false, { dotPair: { a: Number(a), b: Number(b) } }));
});

/**
 * A colon pair named as a proportion is a ratio, not a time (`the proportion 50:50`, `in the ratio
 * 60:40`, `on a 49:51 basis`): read as a clock it would be an impossible time, reported as a slip.
 */
const RATIO_BEFORE = /\b(?:proportions?|ratios?|correlation)(?:[ \t]+(?:of|is|was|at))?[ \t]+$/i;
const RATIO_AFTER = /^[ \t]+(?:basis|ratio|proportion|split|shares?)\b/i;

function isRatio(t: string, start: number, end: number): boolean {
  return RATIO_BEFORE.test(t.slice(Math.max(0, start - 20), start)) || RATIO_AFTER.test(t.slice(end, end + 14));
}

on('colon', (m, masked, out) => {
  const [all, h1, m1, mer1, h2, m2, mer2] = m;
  const s = m.index;
  const e = m.index + all.length;
  if (isRatio(masked.text, s, e)) return;
  const time = makeTime(s, e, 'colon', Number(h1), Number(m1), mer1);
  if (h2 !== undefined) {
    const to = makeTime(s, e, 'colon', Number(h2), Number(m2), mer2);
    time.to = { hour: to.hour, minute: to.minute };
  }
  out.push(candidate(s, e, true, { time }));
});

on('fourDigits', (m, masked, out) => {
  const t = masked.text;
  const [all, digits, hours] = m;
  // Document numbers are not times: `No. 1412`, `N° 5205`, `№ 3007`, `# 2231` (the sign ends in one of `numberSignEnds`).
  if (numberSignEnds.has(lastWritten(t, m.index)) && NUMBER_SIGN_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index))) return;
  const s = m.index;
  const e = m.index + all.length;
  const d = digits as string;
  out.push(candidate(s, e, hours !== undefined, { time: makeTime(s, e, '24h', Number(d.slice(0, 2)), Number(d.slice(2))) }));
});

/** The words before a duration, not a time of day: `for 48 hours`, `within 24 hours`. */
const DURATION_BEFORE = /\b(for|within|in|after|than|over|every|some|last|next|of)[ \t]+$/i;

/** The hour's word in a `hourWords` match: `hours`, `hour`, `h.`. */
const HOUR_UNIT = /hours?|h\./i;

on('hourWords', (m, masked, out) => {
  const t = masked.text;
  const [all, h, , min, nl] = m;
  const before = t.slice(Math.max(0, m.index - 12), m.index);
  // Durations are not times of day: `for 48 hours`, `within 24 hours`.
  if (DURATION_BEFORE.test(before)) return;
  const hasMinuteWord = nl !== undefined;
  let length = all.length;
  let minute = 0;
  if (min !== undefined) {
    minute = Number(min);
    // Minutes on the next line only when the word `minutes` follows them.
    const unit = HOUR_UNIT.exec(all)!;
    const unitEnd = unit.index + unit[0].length;
    if (all.slice(unitEnd, all.indexOf(min, unitEnd)).includes('\n') && !hasMinuteWord) {
      length = unitEnd;
      minute = 0;
    }
  }
  const s = m.index;
  const e = m.index + length;
  out.push(candidate(s, e, hasMinuteWord, { needsAt: true, time: makeTime(s, e, 'words', Number(h), minute) }));
});

on('twelveHour', (m, masked, out) => {
  const [all, h, mer] = m;
  const s = m.index;
  const e = m.index + all.length;
  out.push(candidate(s, e, true, { time: makeTime(s, e, '12h', Number(h), 0, mer) }));
});

on('relative', (m, masked, out) => {
  const s = m.index;
  const e = m.index + m[0].length;
  out.push(candidate(s, e, true, { relative: (m[1] as string).toLowerCase() as RelativeWord }));
});

on('dayOrdinal', (m, masked, out) => {
  const s = m.index;
  const e = m.index + m[0].length;
  const day = Number(m[1] ?? m[2]);
  if (day < 1 || day > 31) return;
  out.push(candidate(s, e, true, { date: newDate({ start: s, end: e }, 'day-ordinal', { day, daySource: 'text' }) }));
});

on('chinese', (m, masked, out) => {
  const [whole, y, mon, d, h, min] = m;
  // the hour a telegram's date closes with (`十月二十一日四时`, `十月十二日二十时`) is a time of its own after the day
  const hour = h === undefined ? undefined : chineseNumber(h, false);
  const minute = min === undefined ? 0 : chineseNumber(min, false);
  const clock = hour !== undefined && minute !== undefined && hour <= 24 && minute < 60;
  // the day's own extent ends at its `日` (the hour after it is read only as a valid clock)
  const all = h === undefined ? whole : whole.slice(0, whole.search(/[日号]/) + 1);
  const month = chineseNumber(mon as string, false);
  const day = chineseNumber(d as string, false);
  if (month === undefined || day === undefined) return;
  const date = newDate({ start: m.index, end: m.index + all.length }, 'chinese', { month, day });
  if (y !== undefined) {
    const year = chineseNumber(y, true);
    if (year !== undefined) {
      date.year = year;
      date.yearSource = 'text';
    }
  }
  out.push(candidate(m.index, m.index + all.length, true, { date }));
  if (clock) {
    const s = m.index + all.length;
    out.push(candidate(s, m.index + whole.length, true, { time: makeTime(s, m.index + whole.length, 'words', hour!, minute!) }));
  }
});

/**
 * A rhyme-code day filling a date span: `皓`, `寒日`, `皓 [1]`, `（皓）`, `Hao day[2]`, `Yuan[1]` — the
 * forms the parser reads as a telegram's date (`CODED_DAY_LINE`, `CODED_DAY_AFTER`,
 * `ROMANISED_CODED_DAY`); the pinyin needs its `day` or its note's marker, as there.
 */
const RHYME_CODE_SPAN = new RegExp(
  String.raw`^[ \t]*[(（]?(?<word>(?<character>${RHYME_CHARACTER})(?:日|(?<branch>${HOUR_BRANCH}))?|(?<pinyin>${RHYME_PINYIN})(?:[ \t]+(?<branchPinyin>${HOUR_BRANCH_PINYIN}))?(?<dayWord>[ \t]+day)?)(?:[ \t]*(?:\[(?<note>\d{1,3})\]|〔(?<fullWidthNote>\d{1,3})〕))?[)）]?(?:,[ \t]*(?<clock>(?<hh>\d{1,2}):?(?<mm>\d{2})))?\.?[ \t]*$`,
);
/** The longest span `RHYME_CODE_SPAN` can fill: `（Jiong Chou day 〔12〕）, 11:00.` and a little blank. */
const RHYME_CODE_REACH = 36;

/** The first hour of an earthly branch's two-hour period (`子` 23, `丑` 1, … `亥` 21), by its character or its pinyin. */
function branchHours(character: string | undefined, pinyin: string | undefined): number | undefined {
  const at = character !== undefined ? BRANCHES.indexOf(character) : pinyin !== undefined ? BRANCH_PINYIN.indexOf(pinyin) : -1;
  return at < 0 ? undefined : (2 * at + 23) % 24;
}
const BRANCHES = [...HOUR_BRANCH.slice(1, -1)];
const BRANCH_PINYIN = HOUR_BRANCH_PINYIN.split('|');

/** The days each rhyme character and each pinyin can stand for. */
const rhymeReadings = new Map<string, { rhyme: string; day: number }[]>();
for (const r of rhymeCodeDays) {
  // a traditional form is read as its rhyme: the hover names both (`東, 东`)
  for (const key of [r.rhyme, r.pinyin, ...r.traditional]) {
    const list = rhymeReadings.get(key) ?? [];
    list.push({ rhyme: r.rhyme, day: r.day });
    rhymeReadings.set(key, list);
  }
}

/** The characters a rhyme-code day's word starts with: a rhyme character, or a pinyin's first letter. */
const rhymeInitials = new Set([...rhymeReadings.keys()].map((word) => word.charCodeAt(0)));

/** Where `RHYME_CODE_SPAN` would read the day's word in `t[start, end)`: after blanks and an opening parenthesis. */
function firstAfterBlanksAndParen(t: string, start: number, end: number): number {
  let i = start;
  while (i < end && isBlank(t.charCodeAt(i))) i++;
  const c = t.charCodeAt(i);
  return i < end && (c === 40 || c === 0xff08) ? i + 1 : i;
}

/**
 * The rhyme-code day that fills `t[start, end)`, a span the parser knows to be a date. Only there:
 * the rhyme characters are ordinary words in Chinese text (`皓`, `有`, `文`), and the pinyin names.
 */
function rhymeCodeDay(t: string, start: number, end: number): Candidate | undefined {
  if (end - start > RHYME_CODE_REACH || !rhymeInitials.has(t.charCodeAt(firstAfterBlanksAndParen(t, start, end)))) return undefined;
  const m = RHYME_CODE_SPAN.exec(t.slice(start, end));
  if (!m) return undefined;
  const { word, character, pinyin, dayWord, note, fullWidthNote, clock, hh, mm, branch, branchPinyin } = m.groups as Record<string, string | undefined>;
  const noteNumber = note ?? fullWidthNote;
  if (pinyin !== undefined && dayWord === undefined && noteNumber === undefined) return undefined;
  const written = (character ?? pinyin) as string;
  const readings = rhymeReadings.get(written) as { rhyme: string; day: number }[];
  // the mention runs from the opening bracket to the end of the day's word (`皓日`, `Hao day`), not over the note's marker
  const from = start + m[0].length - m[0].trimStart().length;
  const to = start + m[0].indexOf(word as string) + (word as string).length;
  const date = newDate({ start: from, end: to }, 'rhyme-code', {
    day: (readings[0] as { day: number }).day,
    daySource: 'text',
    rhyme: { written, readings, note: noteNumber === undefined ? undefined : Number(noteNumber), byNote: undefined },
  });
  if (clock === undefined || Number(hh) > 23 || Number(mm) > 59 || (clock.length === 4 && !/^\d{4}$/.test(clock))) {
    const period = branchHours(branch, branchPinyin);
    if (period === undefined) return candidate(from, to, true, { date });
    // the hour's branch (`巧亥`, `Qiao Hai`): its two-hour period, 21:00–23:00 for 亥; 子 runs over midnight and gives its start only
    const time = { ...makeTime(from, to, 'words', period, 0), to: period === 23 ? undefined : { hour: period + 2, minute: 0 } };
    return candidate(from, to, true, { date, time });
  }
  // a clock after the coded day (`Ma[2], 1100`): the telegram's hour on that day
  const clockAt = start + m[0].lastIndexOf(clock);
  const time = makeTime(clockAt, clockAt + clock.length, clock.includes(':') ? 'colon' : '24h', Number(hh), Number(mm));
  return candidate(from, clockAt + clock.length, true, { date, time });
}

/**
 * The candidates in text order, and those starting together in `patternOrder`: the order the
 * selection reads them in. `matchAll` finds them so (it tries the places in text order, and the
 * patterns at one place in that order), but for the Chinese dates, which it finds last.
 */
function collectCandidates(masked: Masked, start: number, end: number): Candidate[] {
  // each match becomes a candidate as soon as it is found (the match itself is not kept)
  const found: Candidate[] = [];
  const chinese: Candidate[] = [];
  matchAll(masked.text, start, end, (index, m) => (handlers[index] as MatchHandler)(m, masked, index === CHINESE ? chinese : found));
  return chinese.length ? mergeByStart(found, chinese) : found;
}

/** Sets day and month of a slash date for an order, or from the numbers when one exceeds 12. */
function applySlashOrder(date: MDate, order: 'day-month' | 'month-day' | undefined, decidedBy: string | undefined): void {
  const s = date.slash;
  if (!s) return;
  let o = order;
  let ambiguous = false;
  let by = decidedBy;
  if (s.first > 12 && s.second <= 12) {
    o = 'day-month';
    by = 'the first number is above 12';
  } else if (s.second > 12 && s.first <= 12) {
    o = 'month-day';
    by = 'the second number is above 12';
  } else if (o === undefined) {
    // Undecided: read month/day (the American transcription style) and say it is ambiguous.
    o = 'month-day';
    ambiguous = s.first !== s.second;
    by = undefined;
  }
  date.order = o;
  date.day = o === 'day-month' ? s.first : s.second;
  date.month = o === 'day-month' ? s.second : s.first;
  if (ambiguous) {
    date.ambiguous = true;
    date.alternative = { year: s.year, month: s.second, day: s.first };
  } else {
    // cleared, not deleted: a deleted field would turn the date into a dictionary (see `newDate`)
    date.ambiguous = undefined;
    date.alternative = undefined;
  }
  date.decidedBy = by;
}

function sameLineGap(t: string, from: number, to: number, pattern: RegExp): boolean {
  if (to < from) return false;
  return pattern.test(t.slice(from, to));
}

/** Between a time and its date: `16:40 23 November`, `21:30 on 27 July`, `16:20 Wednesday, 25 October` (the weekday is the date's), `22:00 hours, 14 October`. */
const TIME_THEN_DATE = new RegExp(`^[ \\t]*(?:hours[ \\t]*)?,?[ \\t]*(?:(?:on|of)[ \\t]+(?:the[ \\t]+)?)?(?:${WEEKDAY},?[ \\t]+)?$`, 'i');
const DATE_THEN_TIME = /^[ \t]*,?[ \t]*(?:at[ \t]+)?$/i;
/** Between two numbers that read as one date and time: `20.05 28.8`. */
const ONLY_BLANKS = /^[ \t]+$/;
/** Whether a clock stands in parentheses of its own, `(22:00)` in `Received (22:00) 14 October 1950`: its date is read past them. */
const inParens = (t: string, c: { start: number; end: number }) => t.charCodeAt(c.start - 1) === 40 && t.charCodeAt(c.end) === 41; // ( )
/** The end of a clock and its closing parenthesis (`(22:00)`), else of the clock: where the gap to a date after it starts. */
const clockEnd = (t: string, c: { start: number; end: number }) => inParens(t, c) ? c.end + 1 : c.end;
/** The start of a clock with its opening parenthesis (`(22.00)` in `14.10.50 (22.00)`), else of the clock: where the gap from a date before it ends. */
const clockStart = (t: string, c: { start: number; end: number }) => inParens(t, c) ? c.start - 1 : c.start;
const AT_BEFORE = /\bat[ \t]+(?:about[ \t]+|approximately[ \t]+|around[ \t]+)?$/i;
const KEYWORD_BEFORE = /\b(sent|received|arrived|transmitted|deciphered|printed|typed|verified|dated|of|on|from|since|until|till|by|to)[ \t]*[.:,]?[ \t]*(?:(?:on|at)[ \t]+)?$/i;

/**
 * Longest candidates first, each kept only if it overlaps none kept before (equal lengths: the
 * earlier start, then the order given); returns them in text order. A candidate can only clash
 * with those in its run of overlapping spans, so each run is decided on its own: most runs hold a
 * single candidate, kept without a look at any other.
 */
function selectNonOverlapping(cands: readonly Candidate[]): Candidate[] {
  // a stable sort: candidates starting together stay in the order given (the scan lists them in text order already)
  const byStart = isSorted(cands, startOrder) ? cands : cands.slice().sort(startOrder);
  const chosen: Candidate[] = [];
  for (let i = 0; i < byStart.length; ) {
    const first = byStart[i] as Candidate;
    let reach = first.end;
    let j = i + 1;
    for (; j < byStart.length && (byStart[j] as Candidate).start < reach; j++) reach = Math.max(reach, (byStart[j] as Candidate).end);
    if (j === i + 1) chosen.push(first);
    else chosen.push(...longestFirst(byStart.slice(i, j)));
    i = j;
  }
  return chosen;
}

/** Candidates by where they start (a rhyme-code day is added after the others, and may be out of this order). */
const startOrder = (a: Candidate, b: Candidate): number => a.start - b.start;

/** The greedy choice within one run of overlapping candidates (given in text order), in text order. */
function longestFirst(run: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of run.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (kept.every((k) => c.end <= k.start || k.end <= c.start)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Do any of `sorted` (in text order, not overlapping each other) overlap `c`? */
function overlapsAny(sorted: readonly Candidate[], c: Candidate): boolean {
  const k = sorted[partitionPoint(sorted, (x) => x.end <= c.start)];
  return k !== undefined && k.start < c.end;
}

/** Two lists in text order, merged. */
function mergeByStart(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as Candidate).start <= (b[j] as Candidate).start)) out.push(a[i++] as Candidate);
    else out.push(b[j++] as Candidate);
  }
  return out;
}

/** What a pair of numbers joined by a dot may be: a day and month (`28.8`), an hour and minutes (`20.05`), or both. */
function dotPairReads(t: string, c: Candidate): { date: boolean; time: boolean } {
  const { a, b } = c.dotPair!;
  return {
    date: b >= 1 && b <= 12 && a >= 1 && a <= 31,
    time: a <= 24 && b <= 59 && t.slice(c.start, c.end).split('.')[1]?.length === 2,
  };
}

/** Decides the weak candidates from the strong ones around them. */
function acceptWeak(t: string, strong: Candidate[], weak: Candidate[], dateContext: boolean): Candidate[] {
  const accepted: Candidate[] = [];
  if (weak.length === 0) return accepted;
  // Only the nearest neighbour can be adjacent (the gap patterns allow no digits), so each test
  // is a binary search, not a scan: the scanner stays linear on long documents.
  const dates = strong.filter((c) => c.date);
  const times = strong.filter((c) => c.time);
  // `weak` is in text order (see `collectCandidates`)
  const pairs = weak.filter((d) => d.time || d.dotPair);
  const dateAfter = (c: Candidate) => {
    const d = dates[partitionPoint(dates, (x) => x.start < c.end)];
    return d !== undefined && sameLineGap(t, clockEnd(t, c), d.start, TIME_THEN_DATE);
  };
  const dateBefore = (c: Candidate) => {
    const d = dates[partitionPoint(dates, (x) => x.end <= c.start) - 1];
    return d !== undefined && d.end <= clockStart(t, c) && sameLineGap(t, d.end, clockStart(t, c), DATE_THEN_TIME);
  };
  // the weak pair right after `c` on its line, with only blanks between, that may be read as `as`
  const pairAfter = (c: Candidate, as: (p: Candidate) => boolean) => {
    const first = partitionPoint(pairs, (x) => x.start < c.end);
    for (let i = first; i < pairs.length && pairs[i].start === pairs[first].start; i++) {
      if (pairs[i] !== c && as(pairs[i]) && sameLineGap(t, c.end, pairs[i].start, ONLY_BLANKS)) return true;
    }
    return false;
  };
  const timeAfter = (c: Candidate) => {
    const d = times[partitionPoint(times, (x) => x.start < c.end)];
    if (d !== undefined && sameLineGap(t, c.end, d.start, DATE_THEN_TIME)) return true;
    return pairAfter(c, (p) => p.time !== undefined || (p.dotPair !== undefined && dotPairReads(t, p).time));
  };
  // `Typed by Bantsekina 20.05 28.8`: a pair that can only be a date follows, so this one is its time
  const onlyDateAfter = (c: Candidate) => pairAfter(c, (p) => {
    const reads = p.dotPair !== undefined ? dotPairReads(t, p) : undefined;
    return reads !== undefined && reads.date && !reads.time;
  });
  const lineBefore = (c: Candidate) => {
    // at most 40 characters back: a search for the line start would read all of a very long line
    let ls = c.start;
    while (ls > 0 && ls > c.start - 40 && t.charCodeAt(ls - 1) !== 10) ls--;
    return t.slice(ls, c.start);
  };
  const followedByZone = (c: Candidate) => zoneAt(t, c.end) !== undefined;
  const weakDateBefore = (c: Candidate) => {
    const d = accepted[accepted.length - 1];
    return d !== undefined && d.date !== undefined && d.time === undefined && d.end <= c.start && sameLineGap(t, d.end, c.start, DATE_THEN_TIME);
  };

  for (const c of weak) {
    // the words before are cut only when a pattern needs them; `at` ends in a blank, so without one it is not tried
    let cut: string | undefined;
    const before = () => (cut ??= lineBefore(c));
    const atBefore = () => c.start > 0 && isBlank(t.charCodeAt(c.start - 1)) && AT_BEFORE.test(before());
    if (c.time) {
      if (c.needsAt) {
        // `21 hours 40` without `minutes`: only after `at` or beside a date.
        if (dateContext || atBefore() || dateAfter(c) || dateBefore(c)) accepted.push(c);
        continue;
      }
      // a bare `1135`, or roman date without year
      if (dateContext || atBefore() || dateAfter(c) || dateBefore(c) || weakDateBefore(c) || followedByZone(c)) accepted.push(c);
      continue;
    }
    if (c.date) {
      // `16.XII` without a year
      if (dateContext || KEYWORD_BEFORE.test(before()) || timeAfter(c)) accepted.push(c);
      continue;
    }
    if (c.dotPair) {
      const { a, b } = c.dotPair;
      const { date: validDate, time: validTime } = dotPairReads(t, c);
      let as: 'date' | 'time' | undefined;
      // (after a date read just before it among the weak ones too: `Typed by Kornyushina 12.IX 18.05`)
      if ((dateBefore(c) || weakDateBefore(c)) && validTime) as = 'time';
      else if (validTime && onlyDateAfter(c)) as = 'time';
      else if (timeAfter(c) && validDate) as = 'date';
      else if (validTime && (atBefore() || followedByZone(c))) as = 'time';
      else if (dateContext || KEYWORD_BEFORE.test(before())) as = validDate ? 'date' : validTime ? 'time' : dateContext ? 'date' : undefined;
      if (as === 'time') {
        accepted.push({ ...c, time: makeTime(c.start, c.end, 'dot', a, b) });
      } else if (as === 'date') {
        const date = newDate({ start: c.start, end: c.end }, 'numeric', { day: a, month: b, order: 'day-month' });
        accepted.push({ ...c, date });
      }
    }
  }
  return accepted;
}

// (the editor may supply the clock in brackets: `At 22 hours 15 minutes on 2 February [Beijing time]`)
// (`01:00 by Moscow time`, as the Russian `по московскому времени` is translated word for word)
const ZONE_TIME = new RegExp(`^[ \\t]*,?[ \\t]*[([]?(?:by[ \\t]+)?(${ZONE_WORD.slice(1, -1)})(?:[ \\t]+standard)?[ \\t]+time(?![A-Za-z])[)\\]]?`, 'i');
/** A clock named before its time: `(Moscow time 01:00)`, `at local time 05:00`. */
const ZONE_TIME_BEFORE = new RegExp(`(?:^|[ \\t([,])(${ZONE_WORD.slice(1, -1)})(?:[ \\t]+standard)?[ \\t]+time[ \\t]*,?[ \\t]*$`, 'i');
const ZONE_IN_PARENS = new RegExp(`^[ \\t]+(${ZONE_WORD.slice(1, -1)})(?=[ \\t]*\\))`, 'i');
const ZONE_ABBREVIATION = new RegExp(`^[ \\t]*\\(?(${alternation(zoneAbbreviations)})\\)?(?![A-Za-z])`);

/** A zone written right after a mention: `Beijing time`, `local time`, `Moscow)` in `(20:20 [8 March] Moscow)`. */
/** A zone right after a time, with only the date's lead-in words between it and the date at `dateStart`. */
function zoneThenDate(t: string, at: number, dateStart: number): ReturnType<typeof zoneAt> {
  const z = zoneAt(t, at);
  return z && z.end <= dateStart && sameLineGap(t, z.end, dateStart, TIME_THEN_DATE) ? z : undefined;
}

function zoneAt(t: string, at: number): { id: ZoneId | 'local'; start: number; end: number } | undefined {
  // every zone word starts after blanks, a comma, a parenthesis or the editor's bracket; most
  // mentions are followed by other words (`on 19 October the ...`), turned away by their first letters
  let i = at;
  const limit = Math.min(t.length, at + 40);
  while (i < limit) {
    const c = t.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 44 && c !== 40 && c !== 91) break;
    i++;
  }
  if ((t.charCodeAt(i) | 32) === 98 && (t.charCodeAt(i + 1) | 32) === 121 && isBlank(t.charCodeAt(i + 2))) i += 3; // `by `
  while (i < limit && isBlank(t.charCodeAt(i))) i++;
  if (i + 3 > limit || !startsLikeZoneWord(t, i)) return undefined;
  const rest = t.slice(at, at + 40);
  let m = ZONE_TIME.exec(rest);
  if (!m) m = ZONE_IN_PARENS.exec(rest);
  if (!m) m = ZONE_ABBREVIATION.exec(rest);
  if (!m) return undefined;
  const word = (m[1] as string).toLowerCase();
  const id: ZoneId | 'local' | undefined =
    word === 'local' ? 'local' : word === 'msk' ? 'moscow' : word === 'kst' ? 'pyongyang' : zoneForPlace(word);
  if (!id) return undefined;
  const lead = m[0].length - m[0].trimStart().length;
  return { id, start: at + lead, end: at + m[0].length };
}

/** The clock named right before a time (`ZONE_TIME_BEFORE`), on the same line and after the mention before it (which ends at `after`). */
function zoneBefore(t: string, at: number, after: number): ReturnType<typeof zoneAt> {
  // a quick test first: the blank or comma before the time follows `time`
  let i = at;
  while (i > 0 && (isBlank(t.charCodeAt(i - 1)) || t.charCodeAt(i - 1) === 44)) i--;
  if (i === at || !wordAt(t, i - 4, 'time')) return undefined;
  const from = Math.max(after, at - 40);
  const m = ZONE_TIME_BEFORE.exec(t.slice(from, at));
  if (!m || m[0].includes('\n')) return undefined;
  const word = (m[1] as string).toLowerCase();
  const id: ZoneId | 'local' | undefined = word === 'local' ? 'local' : zoneForPlace(word);
  if (!id) return undefined;
  const start = from + m.index + m[0].indexOf(m[1] as string);
  return { id, start, end: from + m.index + m[0].trimEnd().length };
}

/** Whether the zone words and abbreviations begin with given three letters (see `key3`). */
const zoneWordStarts = new Uint8Array(26 * 26 * 26);
for (const w of [...clockWords, ...zoneAbbreviations]) zoneWordStarts[key3(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))] = 1;

/** Can a zone word start at `i`: are the three letters there (any case) those a zone word begins with? */
function startsLikeZoneWord(t: string, i: number): boolean {
  const a = t.charCodeAt(i);
  const b = t.charCodeAt(i + 1);
  const c = t.charCodeAt(i + 2);
  return isAsciiLetter(a) && isAsciiLetter(b) && isAsciiLetter(c) && zoneWordStarts[key3(a, b, c)] === 1;
}

const WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY},?[ \\t]+(?:the[ \\t]+)?$`, 'i');
const WEEKDAY_AFTER = new RegExp(`^[ \\t]*,?[ \\t]*\\(?${WEEKDAY}\\)?(?![A-Za-z]|,?[ \\t]*\\d)`, 'i');

const NUMBER_SIGN_BEFORE = /(?:\bN[o°º]s?\.?|№|#|\bNos?\.?)[ \t]*$/i;
/** The last characters of the number signs of `NUMBER_SIGN_BEFORE`. */
const numberSignEnds = new Set([...'oO°ºsS.№#'].map((c) => c.charCodeAt(0)));

/** The character before `at` and the blanks before it (-1 if none). */
function lastWritten(t: string, at: number): number {
  let i = at;
  while (i > 0 && isBlank(t.charCodeAt(i - 1))) i--;
  return i > 0 ? t.charCodeAt(i - 1) : -1;
}

const QUALIFIER_BEFORE = /\b(night|morning|afternoon|evening)[ \t]+of[ \t]+(?:the[ \t]+)?$/i;
const RELATIVE_YEAR_AFTER = /^[ \t]+(?:of[ \t]+)?(this|next|last)[ \t]+year(?![A-Za-z])/i;

/**
 * Is `word` (lower case ASCII letters) written at `at`, in any case? A look at the characters, not
 * a lower-cased copy: only ASCII letters fold to ASCII letters here.
 */
function wordAt(t: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > t.length) return false;
  for (let k = 0; k < word.length; k++) if ((t.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Can a qualifier or a weekday stand before `at` (`Night of `, `on the evening of the `, `Monday, `, `Mon. `)?
 * Both patterns end in blanks after `of`, `the`, a weekday (`...day`), a comma or a dot: a quick test before them.
 */
function mayBeQualified(t: string, at: number): boolean {
  let i = at;
  while (i > 0 && isBlank(t.charCodeAt(i - 1))) i--;
  if (i === at || i === 0) return false;
  const c = t.charCodeAt(i - 1);
  return c === 44 || c === 46 || wordAt(t, i - 2, 'of') || wordAt(t, i - 3, 'the') || wordAt(t, i - 3, 'day');
}

/** Do blanks and `of`, `this`, `next` or `last` follow `at` (`March 12 of this year`, `30 June this year`)? */
function ofFollows(t: string, at: number): boolean {
  let i = at;
  while (i < t.length && isBlank(t.charCodeAt(i))) i++;
  return i > at && (wordAt(t, i, 'of') || wordAt(t, i, 'this') || wordAt(t, i, 'next') || wordAt(t, i, 'last'));
}

/** Can a weekday follow `at` (`22 May 1950 (Monday)`, `May 22, Monday`)? Its first letter after blanks, a comma and a parenthesis. */
function weekdayMayFollow(t: string, at: number): boolean {
  let i = at;
  while (i < t.length && isBlank(t.charCodeAt(i))) i++;
  if (t.charCodeAt(i) === 44) i++;
  while (i < t.length && isBlank(t.charCodeAt(i))) i++;
  if (t.charCodeAt(i) === 40) i++;
  const c = t.charCodeAt(i) | 32;
  return c === 109 || c === 116 || c === 119 || c === 102 || c === 115; // m t w f s
}

function assemble(t: string, chosen: Candidate[]): Mutable<DateMention>[] {
  const mentions: Mutable<DateMention>[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i] as Candidate;
    const next = chosen[i + 1];
    let date = c.date;
    let time = c.time;
    let start = c.start;
    let end = c.end;
    let gapWeekday: DateMention['weekday'];
    // `Received at 21:30 Beijing time 27.7.51`: the clock's zone between the time and its date
    const zoneBetween = time && !date && next?.date && !next.time ? zoneThenDate(t, c.end, next.start) : undefined;
    if (c.relative) {
      date = newDate({ start: c.start, end: c.end }, 'relative', { relative: c.relative });
      // `Today on May 9`: the written date wins, the word only explains it.
      if (next?.date && !next.relative && sameLineGap(t, c.end, next.start, /^[ \t]*,?[ \t]*(?:on[ \t]+)?$/i)) {
        date = newDate(next.date.span, next.date.notation, next.date);
        date.relative = c.relative;
        start = c.start;
        end = next.end;
        i++;
      }
    } else if (time && !date && next?.date && !next.time && next.start >= clockEnd(t, c) && sameLineGap(t, clockEnd(t, c), next.start, TIME_THEN_DATE)) {
      // `(22:00) 14 October 1950`: the mention takes in the clock's parentheses
      start = clockStart(t, c);
      date = next.date;
      end = next.end;
      const day = TIME_THEN_DATE.exec(t.slice(clockEnd(t, c), next.start))?.[1];
      const at = day ? t.indexOf(day, c.end) : -1;
      if (day) gapWeekday = { value: weekdayFromName(day) as number, span: { start: at, end: at + day.length } };
      i++;
    } else if (zoneBetween) {
      date = next!.date;
      end = next!.end;
      i++;
    } else if (date && !time && next?.time && !next.date && c.end <= clockStart(t, next) && sameLineGap(t, c.end, clockStart(t, next), DATE_THEN_TIME)) {
      time = next.time;
      end = clockEnd(t, next);
      i++;
    }
    // every mention has every field, in one order: one hidden class for all of them
    const m: Mutable<DateMention> = { span: { start, end }, date, time, statedZone: undefined, weekday: gapWeekday, invalid: undefined };

    // qualifiers before the date: `Night of October 3`, `on the evening of 19 April`
    if (date && (!time || date.span.start <= time.span.start)) {
      const ls = mayBeQualified(t, start) ? t.lastIndexOf('\n', start - 1) + 1 : start;
      const before = ls < start ? t.slice(Math.max(ls, start - 30), start) : '';
      const q = before ? QUALIFIER_BEFORE.exec(before) : null;
      if (q) {
        date.partOfDay = (q[1] as string).toLowerCase() as MDate['partOfDay'];
        m.span = { start: start - q[0].length, end };
        start = m.span.start;
        // `the night of 8-9 August at 00:10`: an hour of the morning is on the range's second day
        if (date.partOfDay === 'night' && date.dayTo === (date.day ?? 0) + 1 && time && time.hour < 12) {
          date.day = date.dayTo;
          date.dayTo = undefined;
        }
      }
      const wd = before ? WEEKDAY_BEFORE.exec(before) : null;
      if (wd && !q) {
        m.weekday = { value: weekdayFromName(wd[1] as string) as number, span: { start: start - wd[0].length, end: start - wd[0].length + (wd[1] as string).length } };
      }
    }
    // relative year after the date: `on March 12 of this year`
    if (date && date.year === undefined && !date.relative) {
      const r = ofFollows(t, end) ? RELATIVE_YEAR_AFTER.exec(t.slice(end, end + 30)) : null;
      if (r) {
        date.relative = `${(r[1] as string).toLowerCase()}-year` as RelativeWord;
        end += r[0].length;
        m.span = { start: m.span.start, end };
      }
    }
    // weekday after the date: `22 May 1950 (Monday)`
    if (date && !m.weekday) {
      const wd = weekdayMayFollow(t, end) ? WEEKDAY_AFTER.exec(t.slice(end, end + 20)) : null;
      if (wd) {
        const ws = end + wd[0].indexOf(wd[1] as string);
        m.weekday = { value: weekdayFromName(wd[1] as string) as number, span: { start: ws, end: ws + (wd[1] as string).length } };
      }
    }
    if (zoneBetween && date) {
      m.statedZone = { id: zoneBetween.id, span: { start: zoneBetween.start, end: zoneBetween.end } };
    } else {
      const z = zoneAt(t, end) ?? (time && !date ? zoneBefore(t, start, mentions[mentions.length - 1]?.span.end ?? 0) : undefined);
      if (z) {
        const zone: ZoneMention = { id: z.id, span: { start: z.start, end: z.end } };
        m.statedZone = zone;
        m.span = { start: Math.min(m.span.start, z.start), end: Math.max(m.span.end, z.end) };
      }
    }
    mentions.push(m);
  }
  return mentions;
}

/** Widens a new mention's spans over the blanked brackets of supplied dates: `[18 December]`, `October 6 [1950]`. */
function widenOverBrackets(m: Mutable<DateMention>, masked: Masked): void {
  const widen = (sp: Span): Span => {
    const start = masked.opens.has(sp.start - 1) ? sp.start - 1 : sp.start;
    const end = masked.closes.has(sp.end) ? sp.end + 1 : sp.end;
    return start === sp.start && end === sp.end ? sp : { start, end };
  };
  m.span = widen(m.span);
  if (m.date) (m.date as MDate).span = widen(m.date.span);
  if (m.time) (m.time as MTime).span = widen(m.time.span);
}

/** Checks whether the written values can exist; needs the year when the question is 29 February. */
export function validityOf(m: DateMention): DateMention['invalid'] {
  const timeProblem = timeValidity(m);
  const dateProblem = dateValidity(m);
  if (timeProblem && dateProblem) return { reason: `${dateProblem.reason}; ${timeProblem.reason}`, span: m.span };
  return dateProblem ?? timeProblem;
}

function timeValidity(m: DateMention): DateMention['invalid'] {
  const t = m.time;
  if (t) {
    const bad = (h: number, min: number) => min > 59 || h > 24 || (h === 24 && min > 0);
    if (bad(t.hour, t.minute)) return { reason: `${t.hour} hours ${t.minute} minutes is not a time of day`, span: t.span };
    if (t.to && bad(t.to.hour, t.to.minute)) return { reason: `${t.to.hour}:${String(t.to.minute).padStart(2, '0')} is not a time of day`, span: t.span };
  }
  return undefined;
}

function dateValidity(m: DateMention): DateMention['invalid'] {
  const d = m.date;
  if (d && d.month !== undefined) {
    if (d.month < 1 || d.month > 12) return { reason: `there is no month ${d.month}`, span: d.span };
    const max = daysInMonth(d.year, d.month);
    const check = (day: number) => {
      if (day < 1) return `there is no day ${day}`;
      if (day > max) {
        const name = monthNames[d.month! - 1];
        return d.month === 2 && day === 29 && d.year !== undefined
          ? `${d.year} is not a leap year: February has 28 days`
          : `${name} has ${max} days`;
      }
      return undefined;
    };
    const r = (d.day !== undefined ? check(d.day) : undefined) ?? (d.dayTo !== undefined ? check(d.dayTo) : undefined);
    if (r) return { reason: r, span: d.span };
  }
  return undefined;
}

/**
 * Finds the date and time mentions in `text[start, end)`, in text order, each normalised; slash
 * dates are decided and missing years inferred from the other mentions found (see `resolveMentions`).
 */
export function scanDates(text: string, start = 0, end: number = text.length, options: ScanOptions = {}): DateMention[] {
  const mentions = scanOwned(text, start, end, options);
  resolveInPlace(mentions, options);
  return mentions;
}

/** The mentions as written, before context decides slash dates and missing years. */
export function scanRaw(text: string, start = 0, end: number = text.length, options: ScanOptions = {}): DateMention[] {
  return scanOwned(text, start, end, options);
}

/** `scanRaw`, as new objects the caller may complete in place (see `resolveInPlace`). */
export function scanOwned(text: string, start = 0, end: number = text.length, options: ScanOptions = {}): Mutable<DateMention>[] {
  const s = Math.max(0, start);
  const e = Math.min(text.length, end);
  if (e <= s) return [];
  // A part of a long text is scanned as its own short string (with a little context before it for
  // look-behinds), so that the patterns' searches cannot run past it: scanning many small parts of a
  // document stays linear in the document.
  const CONTEXT = 32;
  if (s > CONTEXT || e < text.length) {
    const from = Math.max(0, s - CONTEXT);
    const part = scanWhole(text.slice(from, e), s - from, options);
    if (from > 0) for (const m of part) shiftMention(m, from);
    return part;
  }
  return scanWhole(text, s, options);
}

function scanWhole(text: string, s: number, options: ScanOptions): Mutable<DateMention>[] {
  const e = text.length;
  const masked = maskBrackets(text, s, e);
  const cands = collectCandidates(masked, s, e);
  const coded = options.dateContext ? rhymeCodeDay(masked.text, s, e) : undefined;
  if (coded) cands.push(coded);
  const strongChosen = selectNonOverlapping(cands.filter((c) => c.strong));
  const weak = cands.filter((c) => !c.strong && !overlapsAny(strongChosen, c));
  // the weak candidates kept overlap no strong one: the two lists merge
  const chosen = mergeByStart(strongChosen, selectNonOverlapping(acceptWeak(masked.text, strongChosen, weak, options.dateContext === true)));
  const mentions = assemble(masked.text, chosen);
  if (masked.opens.size > 0) for (const m of mentions) widenOverBrackets(m, masked);
  return mentions;
}

/** Moves a new mention `by` characters further on. */
function shiftMention(m: Mutable<DateMention>, by: number): void {
  const at = (sp: Span): Span => ({ start: sp.start + by, end: sp.end + by });
  m.span = at(m.span);
  if (m.date) (m.date as MDate).span = at(m.date.span);
  if (m.time) (m.time as MTime).span = at(m.time.span);
  if (m.statedZone) m.statedZone = { id: m.statedZone.id, span: at(m.statedZone.span) };
  if (m.weekday) m.weekday = { value: m.weekday.value, span: at(m.weekday.span) };
  if (m.invalid) m.invalid = { reason: m.invalid.reason, span: at(m.invalid.span) };
}

/**
 * The month of the latest `day` of the month on or before the anchor (its whole month when it has
 * no day): a telegram dated by its day alone was written before it was received or answered,
 * and within the month — so a day after the anchor's is the month before's (`皓`, the 19th, in a
 * cable received on 2 January 1951 is 19 December 1950); a 31st goes back to a month that has one.
 */
export function latestDayOnOrBefore(day: number, year: number, month: number, anchorDay: number | undefined): { year: number; month: number } | undefined {
  if (day < 1 || day > 31) return undefined;
  let y = year;
  let m = month;
  const back = () => {
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  };
  if (anchorDay !== undefined && day > anchorDay) back();
  // at most two steps: no two months running are both short of a 31st
  while (day > daysInMonth(y, m)) back();
  return { year: y, month: m };
}

/** Options of `resolveMentions`. */
export interface ResolveOptions {
  readonly anchor?: PartialDate;
  /**
   * The anchor of mention `i` when it is not `anchor`: a quoted letter's or forwarded telegram's
   * own full date (`3.10.50`) for the year-less dates written in it.
   */
  readonly anchorOf?: (i: number) => PartialDate | undefined;
  /**
   * The day `Today` and `yesterday` of mention `i` count from, when not its anchor's: in the cable's
   * own text, the date the sender wrote under it (`5.II.49`), not the receipt in Moscow
   * (`Received 11:40 6.II.1949`) the anchor is.
   */
  readonly dayAnchorOf?: (i: number) => PartialDate | undefined;
  /** The text the mentions were found in: a year written earlier in a date's sentence is its year (`In August 1945, after your telegram of 20 August`). */
  readonly text?: string;
  /** The order the kind of document writes its slash dates in, when nothing in it decides: a Politburo protocol's `11/8/52` is day first. */
  readonly slashOrder?: 'day-month';
}

/** A sentence ends between two offsets: a full stop before a capital, or a line break. */
const SENTENCE_STOP = /[.!?]["”]?\s+["“]?[A-Z]/g;

/**
 * Where the sentences of a text end: its line breaks, and its full stops before a capital (where each
 * starts and ends, in text order). A stretch of the text holds a stop exactly when a stop found here
 * lies wholly within it: two never overlap, each starting with a stop mark that none holds but at its start.
 */
class SentenceBreaks {
  private readonly lineBreaks: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  constructor(text: string) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.lineBreaks.push(at);
    SENTENCE_STOP.lastIndex = 0;
    for (let m = SENTENCE_STOP.exec(text); m; m = SENTENCE_STOP.exec(text)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
  }
  /** Whether `text.slice(from, to)` holds a line break or a whole full stop before a capital. */
  within(from: number, to: number): boolean {
    const n = partitionPoint(this.lineBreaks, (b) => b < from);
    if (n < this.lineBreaks.length && (this.lineBreaks[n] as number) < to) return true;
    const k = partitionPoint(this.ends, (e) => e <= to) - 1;
    return k >= 0 && (this.starts[k] as number) >= from;
  }
}

/** Whether a mention writes its year (not one inferred or counted from `this year`). */
const writesYear = (m: DateMention) => m.date?.year !== undefined && m.date.yearSource !== 'inferred' && m.date.yearSource !== 'relative';

/**
 * The year written in the same sentence before mention `i`, by the nearest mention before it (in the
 * list) that writes one, unless a sentence break comes first. When the mentions follow one another in
 * the text, that is `written`, the nearest that writes one, with no break between the two (a line of a
 * thousand year-less dates, each walking back over all the others, took seconds).
 */
function sentenceYear(mentions: readonly DateMention[], i: number, written: number, breaks: SentenceBreaks, inTextOrder: boolean): number | undefined {
  const at = (mentions[i] as DateMention).span.start;
  if (inTextOrder) {
    const o = mentions[written];
    return o && !breaks.within(o.span.end, at) ? o.date!.year : undefined;
  }
  for (let k = i - 1; k >= 0; k--) {
    const o = mentions[k] as DateMention;
    if (breaks.within(o.span.end, at)) return undefined;
    if (writesYear(o)) return o.date!.year;
  }
  return undefined;
}

/** How far past the anchor a year-less day may lie before its paragraph's year is asked. */
const PARAGRAPH_YEAR_AHEAD_DAYS = 60;

/** A year of the period written alone: `In 1950`, `in 1950.`; not part of a date (`16.XII.1947`, `1950/51`). */
export const LONE_YEAR = /(?<![\d./-])(19[0-6]\d)(?![\d/-]|\.\d)/g;

/**
 * The last year written before `at` on its line (a paragraph): by a date that writes one (in text
 * order among `dates`), or alone (`In 1950 ...`). The year-less days the chronology re-years and the
 * checks of dated names both ask it.
 */
export function yearWrittenBefore(
  dates: readonly { readonly span: Span; readonly date?: { readonly year?: number; readonly yearSource?: ValueSource } }[], at: number, text: string,
): number | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let found: { at: number; year: number } | undefined;
  for (const o of dates) {
    if (o.span.start >= at) break;
    if (o.span.start >= lineStart && o.date?.year !== undefined && o.date.yearSource === 'text') found = { at: o.span.start, year: o.date.year };
  }
  const inADate = (offset: number) => dates.some((o) => o.span.start <= offset && offset < o.span.end);
  const from = found ? found.at : lineStart;
  // an `exec` loop, as `matchAll` builds a copy of the pattern on every call
  const between = text.slice(from, at);
  LONE_YEAR.lastIndex = 0;
  for (let y = LONE_YEAR.exec(between); y; y = LONE_YEAR.exec(between)) {
    if (!inADate(from + y.index)) found = { at: from + y.index, year: Number(y[1]) };
  }
  return found?.year;
}

/** The mention among `sorted` (ascending by start) closest to offset `at`, skipping index `skip` of `mentions`. */
function nearestBy<T extends { readonly m: DateMention; readonly i: number }>(sorted: readonly T[], at: number, skip: number): T | undefined {
  const k = partitionPoint(sorted, (w) => w.m.span.start < at);
  let best: T | undefined;
  // The nearest is next to the insertion point; look one step further on each side past `skip`.
  for (let j = Math.max(0, k - 2); j < Math.min(sorted.length, k + 2); j++) {
    const w = sorted[j];
    if (w.i === skip) continue;
    if (!best || Math.abs(w.m.span.start - at) < Math.abs(best.m.span.start - at)) best = w;
  }
  return best;
}

/** Mentions with a full written date that is not itself a slash date, as candidates for `nearestBy`. */
function fullyDated(mentions: readonly DateMention[]): { m: DateMention; i: number }[] {
  return mentions
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => {
      const d = m.date;
      return !!d && d.notation !== 'slash' && d.year !== undefined && d.month !== undefined && d.day !== undefined &&
        d.yearSource !== 'inferred' && d.monthSource !== 'inferred';
    })
    .sort((a, b) => a.m.span.start - b.m.span.start);
}

/** A day, month and (or any) year as one key: a number while the values are small whole numbers. */
function dayKey(day: number, month: number, year: number | undefined): number | string {
  const small = (n: number, limit: number) => Number.isInteger(n) && n >= 0 && n < limit;
  if (small(day, 1000) && small(month, 1000) && (year === undefined || small(year, 999_999))) return (day * 1000 + month) * 1_000_000 + (year === undefined ? 0 : year + 1);
  return `${day}/${month}/${year ?? 'any'}`;
}

/** A copy to decide on: built as `assemble` builds a mention, not by spreading (a spread copy is an object of another hidden class). */
function cloneMention(m: DateMention): Mutable<DateMention> {
  return {
    span: m.span,
    date: m.date ? newDate(m.date.span, m.date.notation, m.date) : undefined,
    time: m.time,
    statedZone: m.statedZone,
    weekday: m.weekday,
    invalid: m.invalid,
  };
}

/**
 * Decides what the writing alone cannot: the order of ambiguous slash dates (a day above 12 in
 * another slash date of the document; a written-out date with the same day and month; the anchor's
 * neighbourhood), missing years (from the anchor, else the nearest mention with a year, choosing the
 * year that puts the date closest to it), relative dates, and validity. Returns new objects.
 */
export function resolveMentions(input: readonly DateMention[], options: ResolveOptions = {}): DateMention[] {
  const mentions = input.map(cloneMention);
  resolveInPlace(mentions, options);
  return mentions;
}

/**
 * The date of mention `i` with its slash order decided as `resolveMentions` decides it, the others
 * left as they are: for the envelope's `10/21/50`, before the rest of the document is resolved. Only
 * the slash dates are copied and decided (the first step of `resolveInPlace`): a slash date always
 * writes its year, so the later steps, which infer years and check validity, leave its date as it is.
 */
export function slashDecided(input: readonly DateMention[], i: number, options: ResolveOptions = {}): MentionDate | undefined {
  const mentions = input.map((m) => (m.date?.notation === 'slash' ? cloneMention(m) : m)) as readonly Mutable<DateMention>[];
  decideSlashes(mentions, mentions.map((m) => m.date as MDate | undefined), options);
  return mentions[i]?.date;
}

/** `resolveMentions` on mentions the caller owns: their dates are decided and completed where they are. */
export function resolveInPlace(mentions: readonly Mutable<DateMention>[], options: ResolveOptions = {}): void {
  // Nothing to decide; and an empty list is an array of another kind, which would throw away the optimised code below.
  if (mentions.length === 0) return;
  const dates = mentions.map((m) => m.date as MDate | undefined);
  decideSlashes(mentions, dates, options);
  resolveYears(mentions, options);

  // 3. validity
  for (const m of mentions) {
    m.invalid = validityOf(m);
  }
}

/** Step 1 of `resolveInPlace`: the order of each slash date (`dates` are the mentions' dates, changed in place; no other date is). */
function decideSlashes(mentions: readonly DateMention[], dates: readonly (MDate | undefined)[], options: ResolveOptions): void {
  // 1. slash dates, with the index of each
  const slashes: number[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (d && d.notation === 'slash' && d.slash) slashes.push(i);
  }
  const slashOf = (i: number) => dates[i] as MDate & { slash: NonNullable<MentionDate['slash']> };
  const convention = new Set<'day-month' | 'month-day'>();
  for (const i of slashes) {
    const s = slashOf(i).slash;
    if ((s.first > 12 || s.second > 12) && s.first !== s.second) convention.add(s.first > 12 ? 'day-month' : 'month-day');
  }
  // Written-out dates by day and month, and by day, month and year, for the slash-order test below.
  const spelled = new Set<number | string>();
  if (slashes.length) {
    for (const o of dates) {
      if (!o || o.notation === 'slash' || o.day === undefined || o.month === undefined) continue;
      spelled.add(dayKey(o.day, o.month, o.year));
    }
  }
  const writtenOut = (day: number, month: number, year: number | undefined) =>
    spelled.has(dayKey(day, month, undefined)) || (year !== undefined && spelled.has(dayKey(day, month, year)));
  for (const i of slashes) {
    const d = slashOf(i);
    const s = d.slash;
    if (s.first > 12 || s.second > 12 || s.first === s.second) {
      applySlashOrder(d, undefined, undefined);
      continue;
    }
    // a written-out date with the same day and month
    const matchDM = writtenOut(s.first, s.second, s.year);
    const matchMD = writtenOut(s.second, s.first, s.year);
    if (matchDM !== matchMD) {
      applySlashOrder(d, matchDM ? 'day-month' : 'month-day', 'a date written out elsewhere in the document');
      convention.add(matchDM ? 'day-month' : 'month-day');
    }
  }
  const dated = slashes.length ? fullyDated(mentions) : [];
  for (const i of slashes) {
    const d = slashOf(i);
    const s = d.slash;
    if (s.first > 12 || s.second > 12 || s.first === s.second || (d.decidedBy && !d.ambiguous)) continue;
    const near = nearestBy(dated, (mentions[i] as DateMention).span.start, i)?.m.date;
    const ref = options.anchorOf?.(i) ?? (options.anchor?.year !== undefined && options.anchor.month !== undefined && options.anchor.day !== undefined ? options.anchor : near);
    if (convention.size === 1) {
      applySlashOrder(d, [...convention][0] as 'day-month' | 'month-day', 'the order of another slash date in the document');
    } else if (convention.size === 0 && options.slashOrder) {
      applySlashOrder(d, options.slashOrder, 'a Soviet protocol writes the day first');
    } else if (ref?.year !== undefined && ref.month !== undefined && ref.day !== undefined) {
      const a = dayNumber(ref.year, ref.month, ref.day);
      const dm = Math.abs(dayNumber(s.year, s.second, s.first) - a);
      const md = Math.abs(dayNumber(s.year, s.first, s.second) - a);
      if (Math.min(dm, md) <= 7 && Math.max(dm, md) > 7) {
        applySlashOrder(d, dm < md ? 'day-month' : 'month-day', 'the dates around it');
      } else applySlashOrder(d, undefined, undefined);
    } else applySlashOrder(d, undefined, undefined);
  }
}

/** Step 2 of `resolveInPlace`: the missing years, months and days. */
function resolveYears(mentions: readonly Mutable<DateMention>[], options: ResolveOptions): void {
  // 2. years: from the anchor, else from the nearest mention with a written year
  const withYear = options.anchor?.year !== undefined ? [] : mentions
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.date?.year !== undefined && m.date.yearSource !== 'inferred' && m.date.month !== undefined)
    .sort((a, b) => a.m.span.start - b.m.span.start);
  // the sentence breaks of the text, found once when a year-less date first asks for its sentence's year
  let breaks: SentenceBreaks | undefined;
  let inTextOrder = false;
  // the last mention before `i` that writes its year (each is settled before the next is read)
  let lastWritten = -1;
  for (let i = 0; i < mentions.length; i++) {
    if (i > 0 && writesYear(mentions[i - 1] as DateMention)) lastWritten = i - 1;
    const m = mentions[i] as Mutable<DateMention>;
    const d = m.date as MDate | undefined;
    if (!d) continue;
    let anchor: PartialDate | undefined = options.anchorOf?.(i) ?? options.anchor;
    if (anchor?.year === undefined) {
      anchor = nearestBy(withYear, m.span.start, i)?.m.date;
    }
    if (d.day === undefined && (d.relative === 'today' || d.relative === 'tonight' || d.relative === 'yesterday' || d.relative === 'tomorrow')) {
      const from = options.anchorOf?.(i) ?? options.dayAnchorOf?.(i) ?? anchor;
      if (from?.year !== undefined && from.month !== undefined && from.day !== undefined) {
        const shift = d.relative === 'yesterday' ? -1 : d.relative === 'tomorrow' ? 1 : 0;
        const dt = new Date(Date.UTC(from.year, from.month - 1, from.day + shift));
        d.year = dt.getUTCFullYear();
        d.month = dt.getUTCMonth() + 1;
        d.day = dt.getUTCDate();
        d.yearSource = d.monthSource = d.daySource = 'relative';
      }
      continue;
    }
    if (d.month === undefined && d.day !== undefined && d.year === undefined) {
      // a day alone (a rhyme-code day): its month and year are the anchor's, or before them
      const at = anchor?.year !== undefined && anchor.month !== undefined ? latestDayOnOrBefore(d.day, anchor.year, anchor.month, anchor.day) : undefined;
      if (at) {
        d.year = at.year;
        d.month = at.month;
        d.yearSource = d.monthSource = 'inferred';
      }
      continue;
    }
    if (d.year !== undefined || d.month === undefined || anchor?.year === undefined) continue;
    if (d.relative === 'this-year' || d.relative === 'next-year' || d.relative === 'last-year') {
      d.year = anchor.year + (d.relative === 'next-year' ? 1 : d.relative === 'last-year' ? -1 : 0);
      d.yearSource = 'relative';
      continue;
    }
    // A year written before it in its sentence (`In August 1945, after your telegram of 20 August`).
    if (options.text !== undefined && !breaks) {
      breaks = new SentenceBreaks(options.text);
      inTextOrder = mentions.every((o, k) => k === 0 || (mentions[k - 1] as DateMention).span.end <= o.span.start);
    }
    const written = breaks === undefined ? undefined : sentenceYear(mentions, i, lastWritten, breaks, inTextOrder);
    if (written !== undefined) {
      d.year = written;
      d.yearSource = 'inferred';
      continue;
    }
    // The anchor's year, unless the date lies far from the anchor and close to it across New Year
    // (`30 December` in a cable of 2 January 1951 is 1950).
    let year = anchor.year;
    if (anchor.month !== undefined) {
      const aDay = dayNumber(anchor.year, anchor.month, anchor.day ?? 15);
      const dist = (y: number) => Math.abs(dayNumber(y, d.month as number, Math.min(d.day ?? 15, 28)) - aDay);
      if (dist(anchor.year) > 183) {
        for (const y of [anchor.year - 1, anchor.year + 1]) if (dist(y) <= 92) year = y;
      }
      // Months after the anchor, a day is of the year its paragraph last wrote, when that puts it
      // before the anchor (`In 1950 ... On 3 October Ambassador Shtykov ...` in a report of January 1951).
      const after = (y: number) => dayNumber(y, d.month as number, Math.min(d.day ?? 15, 28)) - aDay;
      if (options.text !== undefined && after(year) > PARAGRAPH_YEAR_AHEAD_DAYS) {
        const written = yearWrittenBefore(mentions, (mentions[i] as DateMention).span.start, options.text);
        if (written !== undefined && after(written) <= 0) year = written;
      }
    }
    d.year = year;
    d.yearSource = 'inferred';
  }
}
