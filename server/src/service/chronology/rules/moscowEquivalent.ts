/**
 * `At 02:10 on [6 April] local time (23:10 [5 April] Moscow)` in a cable from Beijing: a time on
 * one clock with its equivalent on Moscow's in brackets right after it, three hours apart, when no
 * clock of the region was three hours ahead of Moscow (Beijing five, Korea six): a slip in one of
 * the two times. With a day on both, the hours are counted across the days; without, on the clock
 * face (`02:10 local time (23:10 Moscow)`). The same time on both clocks is a slip too. A difference that some clock of the region had is no finding, even when it is not
 * the clock the cable's place suggests: the writer may have kept another (the armies in Korea kept
 * more than one); but a clock the text names (`Beijing time`) has its own difference only.
 */
import { defineRule } from '../../analysis/rule';
import { describeDay } from '../describe';
import { EQUIVALENT_OPENING, type ChronologyMention } from '../timeline';
import { onClockFace, zoneInfo, zoneOffsetMinutes, zoneTable, type ZoneId } from '../timezones';

const MINUTE_MS = 60_000;

export const rule = defineRule({
  code: 'cable.date.moscowEquivalent',
  level: 'warning',
  summary: 'a time given with its Moscow equivalent in brackets, the two hours apart by no clock of the region (`02:10 local time (23:10 Moscow)`), or by another than the clock the text names (`21:30 Beijing time (14:30 Moscow time)`)',
  *check({ chronology, text }) {
    const mentions = chronology.mentions;
    for (let i = 0; i + 1 < mentions.length; i++) {
      const local = mentions[i]!;
      const moscow = mentions[i + 1]!;
      // (the first time's clock may go unnamed: `at 05:00 (01:00 Moscow time)` gives the Moscow equivalent of a local time)
      if (!clockTime(local) || !timed(moscow) || local.zone === 'moscow' || moscow.zone !== 'moscow' || !moscow.zoneStated) continue;
      if (moscow.span.start < local.span.end || !EQUIVALENT_OPENING.test(text.slice(local.span.end, moscow.span.start))) continue;
      const day = local.iso?.slice(0, 10);
      const ahead = (id: ZoneId) => zoneOffsetMinutes(id, day) - zoneOffsetMinutes('moscow', day);
      // with both days written the hours apart are counted across them; else on the clock face
      const both = dayOf(local) !== undefined && dayOf(moscow) !== undefined;
      const apart = both ? wallMinutes(local) - wallMinutes(moscow) : onClockFace(minuteOfDay(local) - minuteOfDay(moscow));
      // a clock the text names (`21:30 Beijing time (14:30 Moscow time)`) allows its own difference only
      const named = local.statedZone !== undefined && local.statedZone.id !== 'local';
      // (a clock kept only where the text puts it counts for a time on that clock alone: Xinjiang's)
      if (zoneTable.some(z => z.id !== 'moscow' && (!named || z.id === local.zone) && (!z.placedOnly || z.id === local.zone) && (both ? ahead(z.id) : onClockFace(ahead(z.id))) === apart)) continue;
      // what the local clock makes it, when the text says which clock that is
      const zone = local.zone;
      const expected = zone === undefined ? undefined : both && local.utc ? clock(moscow, local.utc.from) : hhmm(onClockFace(minuteOfDay(local) - ahead(zone)));
      const makes = zone === undefined ? '.' : `: ${zoneInfo(zone).label} makes it ${expected}.`;
      yield {
        code: 'cable.date.moscowEquivalent',
        span: { start: local.span.start, end: moscow.span.end },
        message: named && apart > 0
          ? `${clock(local)} is given as ${clock(moscow)} Moscow time, ${hours(apart)} apart, but ${zoneInfo(zone!).label} was ${hours(ahead(zone!))} ahead of Moscow's: it makes it ${expected}.`
          : apart > 0
          ? `${clock(local)} is given as ${clock(moscow)} Moscow time, ${hours(apart)} apart, but no clock of the region was ${hours(apart)} ahead of Moscow's${makes}`
          : `${clock(local)} is given as ${clock(moscow)} Moscow time, ${apart === 0 ? 'the same time' : `${hours(-apart)} later`}, but every clock of the region was ahead of Moscow's${makes}`,
        related: [{ span: moscow.span, message: 'the Moscow time given' }],
      };
    }
  },
});

/** A time of day read whole (its clock known or not). */
function clockTime(m: ChronologyMention): boolean {
  return m.time !== undefined && !m.invalid && !m.ambiguous;
}

/** A time of day on a known clock. */
function timed(m: ChronologyMention): boolean {
  return clockTime(m) && m.zone !== undefined;
}

/** The day a mention writes (or its editor supplies), when it writes one. */
function dayOf(m: ChronologyMention): string | undefined {
  return m.date?.month !== undefined && m.date.day !== undefined ? describeDay(m.date.year, m.date.month, m.date.day) : undefined;
}

function minuteOfDay(m: ChronologyMention): number {
  return m.time!.hour * 60 + m.time!.minute;
}


/** `02:10 6 April 1952` as written on the mention's clock (its day when it writes one), or the instant `utcMinutes` read on it. */
function clock(m: ChronologyMention, utcMinutes?: number): string {
  if (utcMinutes === undefined) {
    const day = dayOf(m);
    return `${hhmm(minuteOfDay(m))}${day ? ` ${day}` : ''}`;
  }
  const at = new Date((utcMinutes + zoneOffsetMinutes(m.zone!, m.iso?.slice(0, 10))) * MINUTE_MS);
  return `${hhmm(at.getUTCHours() * 60 + at.getUTCMinutes())} ${describeDay(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate())}`;
}

/** The date and time as written, as minutes of a clock that never changes (to compare two clocks' readings). */
function wallMinutes(m: ChronologyMention): number {
  return Date.UTC(m.date!.year ?? 1950, m.date!.month! - 1, m.date!.day!, m.time!.hour, m.time!.minute) / MINUTE_MS;
}

/** `3 hours`, `2 hours 30 minutes`, `1 hour`. */
function hours(minutes: number): string {
  const h = Math.trunc(minutes / 60);
  const min = Math.abs(minutes % 60);
  return `${h} hour${Math.abs(h) === 1 ? '' : 's'}${min ? ` ${min} minutes` : ''}`;
}

/** `21:10`, from minutes of the day. */
function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
