/**
 * What a resolved citation can tell the user, as small pure functions the corpus rules call: a
 * cited telegram dated after the cable citing it (a misread number or date, or the wrong cable in
 * the corpus), and a citation that two cables could answer. The rules own the codes and the
 * ranges; these own the judgement and the sentence.
 */
import type { CableSummary } from '../corpus/types';
import type { Severity } from '../diagnosticCodes';
import { monthNames } from '../vocabulary';
import { LATER_SLIP_DAYS, certainlyAfter, copyKey, type CitingCable, type ReferenceKey } from './resolveReference';
import type { TelegramRef } from './telegramReferences';
import { sentence } from '../sentence';

export interface ReferenceFinding {
  readonly kind: 'citedAfterCiting' | 'ambiguous';
  /** The default level: a telegram cannot cite a later one (warning); two candidates is only worth knowing (information). */
  readonly level: Severity;
  readonly message: string;
  /** The cables the message names, for the diagnostic's related locations. */
  readonly cables: readonly CableSummary[];
}

/**
 * What the citation says, in its own words where it has them (messages quote it): `your telegram
 * No. 3153 of 5 October 1950`, `my No. 3102`, `No. 483/sh`; a citation by date alone always names a noun.
 */
export function describeCitation(ref: ReferenceKey & Partial<Pick<TelegramRef, 'noun'>>): string {
  const words: string[] = [];
  if (ref.whose) words.push(ref.whose);
  if (ref.noun) words.push(ref.noun);
  else if (ref.number === undefined) words.push('telegram');
  if (ref.number !== undefined) words.push(`No. ${ref.number}`);
  if (ref.date !== undefined) words.push(`of ${formatReferenceDate(ref.date)}`);
  return words.join(' ');
}

/**
 * `1950-10-18 01:15` as `18 October 1950, 01:15`; a day without its year (`--10-05 23:50`, a cable
 * that writes none) as `5 October, 23:50`; a value of another shape as it is.
 */
export function formatReferenceDate(date: string): string {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})(?:[ T](\d{2}:\d{2}))?$/.exec(date);
  const month = m ? monthNames[Number(m[2]) - 1] : undefined;
  if (!m || !month) return date;
  const day = m[1] === '-' ? `${Number(m[3])} ${month}` : `${Number(m[3])} ${month} ${m[1]}`;
  return m[4] ? `${day}, ${m[4]}` : day;
}

/** The calendar day of a date value, as a comparable string (`1950-10-18`). */
const dayOf = (date: string | undefined) => /^\d{4}-\d{2}-\d{2}/.exec(date ?? '')?.[0];

/**
 * A citation resolved to a cable dated after the citing cable. The two dates may be read on clocks
 * hours apart (Beijing and Moscow): when both cables say when in UTC, the cited one must be later
 * on every reading of the two clocks; else on a later calendar day.
 */
export function citedAfterCiting(ref: ReferenceKey & Partial<Pick<TelegramRef, 'noun'>>, citing: CitingCable, match: CableSummary): ReferenceFinding | undefined {
  const citingDay = dayOf(citing.date);
  // a cable that writes no year is judged only in the one year the citing cable's date allows it
  const inferred = match.date === undefined && match.yearless !== undefined && citingDay ? dateInContext(match.yearless, citingDay) : undefined;
  if (match.utc && citing.utc) {
    if (!certainlyAfter(match, citing)) return undefined;
  } else {
    const citedDay = dayOf(match.date ?? inferred);
    if (!citedDay || !citingDay || citedDay <= citingDay) return undefined;
  }
  const dated = match.date !== undefined
    ? formatReferenceDate(match.date)
    : `${formatReferenceDate(match.yearless as string)} (no year written; read as ${(inferred as string).slice(0, 4)} beside the citing cable)`;
  return {
    kind: 'citedAfterCiting',
    level: 'warning',
    message: `The citation “${describeCitation(ref)}” resolves to ${match.title}, dated ${dated}, after the cable that cites it (${formatReferenceDate(citing.date as string)}).`,
    cables: [match],
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The full date of a day written without its year (`--10-13 23:35`) beside a cable of a known day:
 * in the year that puts it within `LATER_SLIP_DAYS` of that day — the only such year, for the
 * others put it ten months or more away, so the reading is unambiguous (cited on 7 October 1950,
 * `13 October` is 13 October 1950, six days later; `13 March` is March 1950 or 1951, and undefined).
 */
export function dateInContext(yearless: string, day: string): string | undefined {
  const at = Date.parse(day);
  const year = Number(day.slice(0, 4));
  for (const y of [year - 1, year, year + 1]) {
    const date = `${y}${yearless.slice(1)}`;
    const then = Date.parse(date.slice(0, 10));
    if (Math.abs(then - at) <= LATER_SLIP_DAYS * DAY_MS) return date;
  }
  return undefined;
}

/** The cables among `found`, copies of one cable (`copyKey`) counted once, by the first of them. */
export function distinctCables<T>(found: readonly T[], cableOf: (x: T) => CableSummary): T[] {
  const seen = new Set<string>();
  return found.filter((x) => {
    const key = copyKey(cableOf(x));
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A citation that more than one cable of the corpus answers: each is listed. Copies of one cable
 * are one cable: a citation is not ambiguous for the cable being saved twice.
 */
/** How many of the cables a citation matches its message names. */
const LISTED_MATCHES = 5;

export function ambiguousReference(ref: ReferenceKey & Partial<Pick<TelegramRef, 'noun'>>, found: readonly CableSummary[]): ReferenceFinding | undefined {
  const matches = distinctCables(found, (c) => c);
  if (matches.length < 2) return undefined;
  // the first few by name; a citation a whole folder of copies answers is not listed out
  const listed = matches.slice(0, LISTED_MATCHES).map((c) => {
    const date = c.date ?? c.yearless;
    return date ? `${c.title} (${formatReferenceDate(date)}${c.date ? '' : ', no year written'})` : c.title;
  });
  if (matches.length > LISTED_MATCHES) listed.push(`${matches.length - LISTED_MATCHES} more`);
  const list = listed.length === 2 ? `${listed[0]} and ${listed[1]}` : `${listed.slice(0, -1).join('; ')}; and ${listed[listed.length - 1]}`;
  return {
    kind: 'ambiguous',
    level: 'information',
    message: sentence(`The citation “${describeCitation(ref)}” matches ${matches.length} cables: ${list}`),
    cables: matches,
  };
}

/** Everything worth saying about a resolved citation: ambiguity when several cables match, a later date when one does. */
export function checkResolvedReference(ref: ReferenceKey & Partial<Pick<TelegramRef, 'noun'>>, citing: CitingCable, matches: readonly CableSummary[]): ReferenceFinding[] {
  const distinct = distinctCables(matches, (c) => c);
  if (distinct.length >= 2) return [ambiguousReference(ref, distinct) as ReferenceFinding];
  const only = distinct[0];
  const later = only ? citedAfterCiting(ref, citing, only) : undefined;
  return later ? [later] : [];
}
