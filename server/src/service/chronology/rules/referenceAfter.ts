import { defineRule } from '../../analysis/rule';
import { words } from '../describe';
import { messageDates } from '../messageDates';
import { definitelyAfter } from '../order';
import { dayNumber } from '../calendar';
import { partitionPoint } from '../../spans';
import { editorsDate, editorsVoice } from '../editorsVoice';
import type { ChronologyMention } from '../timeline';
import type { DateRole } from '../slots';

/** A year-less citation further ahead than this is last year's (as `citedBeforeCiting` reads one with a year to infer). */
const CITED_AHEAD_MAX_DAYS = 60;

/** Moscow, Beijing and Pyongyang are at most six hours apart: a citation less than twice that ahead may be one clock's date. */
const CLOCKS_APART_MAX_MINUTES = 720;

/**
 * How many minutes `cited` lies after `own` at least, both read in one year (a day and a month each;
 * without a time the cited one is taken at its day's start and the citing one at its day's end), or undefined.
 */
function minutesAheadInOneYear(cited: ChronologyMention, own: ChronologyMention): number | undefined {
  const a = cited.date;
  const b = own.date;
  if (a?.month === undefined || a.day === undefined || a.year !== undefined || b?.month === undefined || b.day === undefined) return undefined;
  // any one common year will do: both days are read in the same one
  const at = (day: number, time: ChronologyMention['time'], fallback: number) => day * 1440 + (time ? time.hour * 60 + time.minute : fallback);
  return at(dayNumber(1951, a.month, a.day), cited.time, 0) - at(dayNumber(1951, b.month, b.day), own.time, 1439);
}

/** The message's own date as written, with the day it means when the words give none (`Today, 1953-06-03`). */
function ownDateWords(text: string, own: ChronologyMention): string {
  const written = words(text, own.span);
  return /\d/.test(written) || !own.iso ? written : `${written}, ${own.iso}`;
}

/** The message's own date written out for the day a relative word (`today`) means: `30.III.53` under `... read out today`. */
function writtenForDay(relative: ChronologyMention, list: readonly ChronologyMention[]): ChronologyMention | undefined {
  const day = relative.iso?.slice(0, 10);
  return day === undefined ? undefined : list.find((x) => x !== relative && x.role === 'document' && x.date?.notation !== 'relative' && x.iso?.slice(0, 10) === day);
}

/** How the message's own date reads before it: `dated 21.6.53`, `sent 23:30 27.7.53`, `of 21 June` (the date its introducer gives it). */
const OWN_DATE_WORDS: Partial<Record<DateRole, string>> = { document: 'dated', telegram: 'dated', stamp: 'dated', reference: 'of' };

export const rule = defineRule({
  code: 'cable.date.referenceAfter',
  level: 'warning',
  summary: 'a telegram referred to that is dated after the one referring to it',
  *check({ text, chronology, parsed }) {
    const dates = messageDates(chronology);
    const editors = editorsVoice(parsed);
    const editorsOwn = editorsDate(parsed);
    // the cable's dates with the earliest end reached so far: the first one before a time is a binary search away
    let low = Infinity;
    const cableReach = dates.cable.map((x) => (low = Math.min(low, x.utc ? x.utc.to : Infinity)));
    const cableBefore = (m: ChronologyMention): ChronologyMention | undefined => {
      const from = m.utc!.from;
      const k = partitionPoint(cableReach, (r) => r >= from);
      const x = dates.cable[k];
      return x !== m ? x : dates.cable.slice(k + 1).find((y) => definitelyAfter(m, y));
    };
    // a text that gives no year anywhere: the citing message's day (the cable's, or a forwarded telegram's
    // own: `MAO ZEDONG 0530 17 October`) and the cited one are compared within one year
    const dayWithoutYear = (x: ChronologyMention) => x.date?.month !== undefined && x.date.day !== undefined && x.date.year === undefined;
    const ownDay = dates.cable.find(dayWithoutYear);
    const yearless = (m: ChronologyMention): ChronologyMention | undefined => {
      const own = !m.message || m.message.depth === 0 ? ownDay : dates.own(m.message).find((x) => x !== m && dayWithoutYear(x));
      const ahead = own ? minutesAheadInOneYear(m, own) : undefined;
      // more than half a day ahead, which no two clocks of these cables explain, and not so far that it is last year's
      return ahead !== undefined && ahead > CLOCKS_APART_MAX_MINUTES && ahead <= CITED_AHEAD_MAX_DAYS * 1440 ? own : undefined;
    };
    // a quoted text that gives itself no date was written by the day of the text quoting it (Mao
    // Zedong's undated telegram that Roshchin forwards on 18 October, a draft attached to a decision):
    // its citations are compared with the nearest date around it
    // (a relative word alone, `Today we have received ...`, takes its day from some line of the envelope,
    // often the sending after midnight: a text whose only date it is gives itself none, and is compared
    // with the dates around it as an undated one is)
    const datedBefore = (m: ChronologyMention): ChronologyMention | undefined => {
      const dated = (list: readonly ChronologyMention[]) => list.filter((x) => x !== m && x.utc);
      const written = (list: readonly ChronologyMention[]) => (list.some((x) => x.date?.notation !== 'relative') ? list : []);
      for (let holder = m.message; holder && holder.depth > 0; holder = dates.parentOf(holder)) {
        // (its own date first: the one its forwarding sentence gives it only when it gives none)
        const own = written(dated(dates.own(holder)));
        const at = own.length ? own : dated(dates.introduced(holder));
        if (at.length) return at.find((x) => definitelyAfter(m, x));
      }
      return cableBefore(m);
    };
    for (const m of chronology.mentions) {
      // an introducer's date is the forwarded telegram's: checked by innerAfterOuter
      // (nor a date the editor supplied or marks `[sic]`: the editor answers for it, not the cable)
      if (m.role !== 'reference' || !m.refersToMessage || editors(m.span) || editorsOwn(m.span) || dates.isIntroducerDate(m.span)) continue;
      const found = !m.utc ? yearless(m) : datedBefore(m);
      if (!found) continue;
      // (a relative word, `will be read out today`, is named by the date the message writes for that day: `dated 30.III.53`)
      const own = found.date?.notation === 'relative' ? writtenForDay(found, m.message ? dates.own(m.message) : dates.cable) ?? found : found;
      yield {
        code: 'cable.date.referenceAfter',
        span: m.span,
        message: `The telegram referred to is dated ${words(text, m.span)}, after the message that refers to it (${OWN_DATE_WORDS[own.role] ?? own.role} ${ownDateWords(text, own)}).`,
        related: [{ span: own.span, message: "the referring message's date" }],
      };
    }
  },
});
