/**
 * Which cables of the corpus a citation can mean: those with its number, on its day, in its
 * channel. Like a find-references that first searches for candidates by name and then confirms
 * each hit, this narrows step by step; a step never drops a cable merely for not saying (a
 * summary without a date, an envelope without places), but when some cables do match a step,
 * those that cannot say are dropped. Two cables left is an ambiguity the caller reports.
 */
import type { CableSummary } from '../corpus/types';
import { alternation, numberSigns } from '../vocabulary';
import type { TelegramRef } from './telegramReferences';

/** What resolution reads of the citing cable: its date, places and people, as the corpus summarises them. */
export type CitingCable = Partial<Pick<CableSummary, 'date' | 'utc' | 'fromId' | 'toId' | 'senderId' | 'recipientId'>>;

/** What a citation needs to be resolved: its number, date and whose (a `TelegramRef` or a corpus `TelegramReference`). */
export type ReferenceKey = Pick<TelegramRef, 'number' | 'date' | 'whose'>;

export interface Resolution {
  /** Every cable the citation can still mean, in the order given; none when it cites no number and no day. */
  readonly matches: CableSummary[];
}

const SIGN_PREFIX = new RegExp(`^[ \\t]*(?:${alternation([...numberSigns])})[ \\t]*`, 'i');

/** A registration number for comparison: no sign, no spaces, no final period, lower case (`No. 483/SH.` gives `483/sh`). */
export function normaliseTelegramNumber(number: string): string {
  return number.replace(SIGN_PREFIX, '').replace(/[\s.]+$/, '').replace(/\s+/g, '').toLowerCase();
}

/** The day of `1950-10-18 01:15` (`1950-10-18`), and its time (`01:15`) when given; a day without its year stays so (`--10-18`). */
function dayAndTime(date: string | undefined): { day?: string; time?: string } {
  const m = /^((?:\d{4}|-)-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?/.exec(date ?? '');
  if (!m) return {};
  return m[2] ? { day: m[1] as string, time: m[2] } : { day: m[1] as string };
}

type Verdict = 'match' | 'unknown' | 'conflict';

/** Keeps the cables that do not conflict; of those, only the matching ones when any match. */
function narrow(cables: readonly CableSummary[], verdict: (c: CableSummary) => Verdict): CableSummary[] {
  const judged = cables.map((c) => ({ c, v: verdict(c) })).filter((j) => j.v !== 'conflict');
  const matching = judged.filter((j) => j.v === 'match');
  return (matching.length ? matching : judged).map((j) => j.c);
}

const same = (a: string | undefined, b: string | undefined): Verdict =>
  a === undefined || b === undefined ? 'unknown' : a.trim().toLowerCase() === b.trim().toLowerCase() ? 'match' : 'conflict';

/** Both verdicts together: a conflict in either is a conflict, a match needs one match and no conflict. */
function both(a: Verdict, b: Verdict): Verdict {
  if (a === 'conflict' || b === 'conflict') return 'conflict';
  return a === 'match' || b === 'match' ? 'match' : 'unknown';
}

/**
 * Is the cable in the citation's channel? `your` telegram was sent by the citing cable's
 * recipient (from its destination to its origin), `my` by its sender (from its origin); places
 * and people are compared where both sides name them, by gazetteer id only: `Soviet Ambassador`
 * and `Nikolai Roshchin` may be one man, and `CORRESPONDENT 17` may be Pyongyang, so words that
 * name no entry never conflict. `our` is the sender's side, as `my` is.
 *
 * A `your` telegram sent between the right places by another person than the addressee is only
 * less likely, not excluded: Moscow answers Mao's telegram through the ambassador (`PEKING, TO THE
 * SOVIET AMBASSADOR` / `To your No. 4926.`), or through the man a relay line names. The sender's
 * own series (`my No. 22`) is his alone, and a citation by date alone names its telegram by the
 * day and the channel only, so there the person still decides.
 */
function channelVerdict(whose: TelegramRef['whose'], numbered: boolean, citing: CitingCable, c: CableSummary): Verdict {
  const verdict = sideVerdict(whose, numbered, citing, c);
  // By a date alone the channel is all that picks the telegram out of its day: a cable of that day
  // that names neither the places nor the person cannot be told to be the one.
  return !numbered && whose !== undefined && verdict === 'unknown' ? 'conflict' : verdict;
}

/** The channel verdict of `your` or `my` from places and people, each compared where both sides name them. */
function sideVerdict(whose: TelegramRef['whose'], numbered: boolean, citing: CitingCable, c: CableSummary): Verdict {
  if (whose === 'your') {
    const places = both(same(c.fromId, citing.toId), same(c.toId, citing.fromId));
    const person = same(c.senderId, citing.recipientId);
    // by a date alone, the person is half of what identifies the telegram
    return numbered && places === 'match' && person === 'conflict' ? 'unknown' : both(places, person);
  }
  if (whose === 'my') {
    const places = same(c.fromId, citing.fromId);
    const person = same(c.senderId, citing.senderId);
    // his own numbered series follows him: an envoy on a mission cites from Pyongyang what he sent
    // from Peking (`In addition to our No. 71.`), so the signer outweighs the place
    return numbered && person === 'match' && places === 'conflict' ? 'match' : both(places, person);
  }
  return 'unknown';
}

/**
 * One cable's identity across its copies in a folder: its number, its day and its channel. Two
 * summaries with one key are one cable saved twice (a second copy, a retranslation); undefined
 * without a number or a date, which say too little. A cable that writes no year is keyed by its
 * day without one (`--06-30`), so that a Moscow outgoing copy saved twice is one cable too; it is
 * never the copy of a dated cable, whose year it cannot be shown to share.
 */
export function copyKey(c: Pick<CableSummary, 'number' | 'date' | 'yearless' | 'from' | 'to'>): string | undefined {
  const { day } = dayAndTime(c.date ?? c.yearless);
  if (!c.number || day === undefined) return undefined;
  return `${normaliseTelegramNumber(c.number)}\u0001${day}\u0001${c.from ?? ''}\u0001${c.to ?? ''}`;
}

/** Whether a cable's own date falls after the citing cable's on every reading of their clocks (both must say when, in UTC). */
export function certainlyAfter(cable: Pick<CableSummary, 'utc'>, citing: CitingCable): boolean {
  return cable.utc !== undefined && citing.utc !== undefined && cable.utc.from > citing.utc.to;
}

/** How far after the citing cable a cited one may still be a slip of the citation (a misread number or date) rather than another telegram. */
export const LATER_SLIP_DAYS = 60;

/** Whether a cable's own date falls more than `LATER_SLIP_DAYS` after the citing cable's: in UTC when both say, else by their days. */
function monthsAfter(cable: Pick<CableSummary, 'utc' | 'date'>, citing: CitingCable): boolean {
  const limit = LATER_SLIP_DAYS * 24 * 60;
  if (cable.utc !== undefined && citing.utc !== undefined) return cable.utc.from - citing.utc.to > limit;
  const cited = Date.parse(dayAndTime(cable.date).day ?? '');
  const citingDay = Date.parse(dayAndTime(citing.date).day ?? '');
  return cited - citingDay > limit * 60_000;
}

/**
 * A cable's own date and sending as a citation of `year` reads them: as written, or, for a cable
 * that writes no year (`--10-05 23:50`, Moscow's outgoing copies), in that year. The citation's
 * year is the one the chronology completed from the citing cable (the latest such day not after
 * it), so `your telegram of 2350 5 October` in a reply of 7 October 1950 is of 5 October 1950;
 * a citation from a cable that writes no year either (`-`) compares the days without years.
 * A numbered citation that writes no year (`Your telegram #4362/sh dated 1 October` in a report
 * dated `3.10`) reads a dated cable's days without their year too: the number already says which
 * telegram, and the day only confirms it. By a day alone it does not, for that day and month
 * recur every year of a folder's traffic.
 */
function datesInYear(c: CableSummary, year: string, numbered: boolean): { date?: string; sent?: string } {
  if (c.date !== undefined) return year === '-' && numbered ? { date: withoutYear(c.date), sent: withoutYear(c.sent) } : { date: c.date, sent: c.sent };
  if (c.yearless === undefined) return { sent: c.sent };
  return { date: year + c.yearless.slice(1), sent: c.yearlessSent === undefined ? undefined : year + c.yearlessSent.slice(1) };
}

/** `1950-10-01 03:45` as a day written without its year reads it: `--10-01 03:45`. */
const withoutYear = (date: string | undefined) => date?.replace(/^\d{4}-/, '--');

/** Whether a cable bears the (normalised) number: its header number, or its sender's own (`No. 2467` under the signature). */
function bears(c: CableSummary, wanted: string): boolean {
  return (c.number !== undefined && normaliseTelegramNumber(c.number) === wanted)
    || (c.senderNumber !== undefined && normaliseTelegramNumber(c.senderNumber) === wanted);
}

/**
 * The cables of `candidates` a citation can mean: by number when it gives one (the header's or
 * the sender's own; `483/sh` is not `483`), by the channel `your` or `my` names, and by day when it gives one; a time given
 * (`your telegram of 0115 18 October`) prefers the cables of that time but excludes none, since
 * the cited time may be read on another clock than the cable's own date. The citing cable itself
 * should not be among the candidates.
 */
export function resolveTelegramReference(ref: ReferenceKey, citing: CitingCable, candidates: readonly CableSummary[]): Resolution {
  const cited = dayAndTime(ref.date);
  if (ref.number === undefined && cited.day === undefined) return { matches: [] };
  let cables: CableSummary[] = [...candidates];
  if (ref.number !== undefined) {
    const wanted = normaliseTelegramNumber(ref.number);
    cables = cables.filter((c) => bears(c, wanted));
  }
  cables = narrow(cables, (c) => channelVerdict(ref.whose, ref.number !== undefined, citing, c));
  // The sender's own telegram was most likely to the same correspondent (`In addition to our
  // telegram of 13 October`, Moscow to Pyongyang, is not Moscow's to Beijing of that day): those
  // are preferred, none excluded, for he may cite what he told another.
  if (ref.whose === 'my') cables = narrow(cables, (c) => (same(c.toId, citing.toId) === 'match' ? 'match' : 'unknown'));
  if (cited.day !== undefined) {
    const year = cited.day.slice(0, -6); // `1950`, or `-` when the citation writes no year either
    cables = narrow(cables, (c) => {
      const { date, sent } = datesInYear(c, year, ref.number !== undefined);
      const own = dayAndTime(date);
      // Without a number the day is all the citation says: a cable that gives none cannot be it.
      if (own.day === undefined) return ref.number === undefined ? 'conflict' : 'unknown';
      // its own day, or the day it was sent (an outgoing copy dated 17 October, sent at 0115 18 October)
      return own.day === cited.day || dayAndTime(sent).day === cited.day ? 'match' : 'conflict';
    });
    if (cited.time !== undefined) {
      const at = (written: string | undefined) => {
        const w = dayAndTime(written);
        return w.day === cited.day && w.time === cited.time;
      };
      cables = narrow(cables, (c) => {
        const { date, sent } = datesInYear(c, year, ref.number !== undefined);
        return at(date) || at(sent) ? 'match' : 'unknown';
      });
    }
    // A cable dated that day is surely of it; one that writes no year only perhaps (its day and
    // month recur every year), so it answers only where no dated cable of the day does.
    if (cables.some((c) => c.date !== undefined)) cables = cables.filter((c) => c.yearless === undefined);
  }
  // A cable written months after the citing one bears the number by chance: registries number
  // afresh each year, so `No. 3153` of November 1950 is not the one a January 1949 cable cites.
  cables = cables.filter((c) => !monthsAfter(c, citing));
  // Of several, one written after the citing cable on every reading of the two clocks cannot be the
  // one cited; a single such cable is kept, for the citation is then wrong (`citedAfterCiting`).
  if (cables.length > 1) {
    const possible = cables.filter((c) => !certainlyAfter(c, citing));
    if (possible.length) cables = possible;
  }
  // Of the cables left, `your` telegram was most likely addressed to the citing cable's sender (`Your
  // telegram of 8 October`, from Shtykov, is Moscow's to Shtykov that day, not its other one to
  // Zakharov): preferred, none excluded, for Moscow may have written to him through another man.
  if (ref.whose === 'your') cables = narrow(cables, (c) => (same(c.recipientId, citing.senderId) === 'match' ? 'match' : 'unknown'));
  return { matches: cables };
}
