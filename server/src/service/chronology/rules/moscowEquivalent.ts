/**
 * `At 02:10 on [6 April] local time (23:10 [5 April] Moscow)` in a cable from Beijing: a time on
 * one clock with its equivalent on Moscow's in brackets right after it, three hours apart, when no
 * clock of the region was three hours ahead of Moscow (Beijing five, Korea six): a slip in one of
 * the two times. A difference that some clock of the region had is no finding, even when it is not
 * the clock the cable's place suggests: the writer may have kept another (the armies in Korea kept
 * more than one).
 */
import { defineRule } from '../../analysis/rule';
import { describeDay } from '../describe';
import type { ChronologyMention } from '../timeline';
import { zoneInfo, zoneOffsetMinutes, zoneTable } from '../timezones';

/** What stands between a time and its Moscow equivalent: an opening bracket. */
const OPENING = /^\s*[([]\s*$/;
const MINUTE_MS = 60_000;

export const rule = defineRule({
  code: 'cable.date.moscowEquivalent',
  level: 'warning',
  summary: 'a time given with its Moscow equivalent in brackets, the two hours apart by no clock of the region (`02:10 local time (23:10 Moscow)`)',
  *check({ chronology, text }) {
    const mentions = chronology.mentions;
    for (let i = 0; i + 1 < mentions.length; i++) {
      const local = mentions[i]!;
      const moscow = mentions[i + 1]!;
      if (!comparable(local) || !comparable(moscow) || local.zone === 'moscow' || moscow.zone !== 'moscow' || !moscow.zoneStated) continue;
      if (moscow.span.start < local.span.end || !OPENING.test(text.slice(local.span.end, moscow.span.start))) continue;
      const apart = wallMinutes(local) - wallMinutes(moscow);
      const day = local.iso?.slice(0, 10);
      if (zoneTable.some(z => zoneOffsetMinutes(z.id, day) - zoneOffsetMinutes('moscow', day) === apart)) continue;
      yield {
        code: 'cable.date.moscowEquivalent',
        span: { start: local.span.start, end: moscow.span.end },
        message: `${clock(local)} is given as ${clock(moscow)} Moscow time, ${hours(apart)} apart, but no clock of the region was ${hours(apart)} ahead of Moscow's: ${zoneInfo(local.zone!).label} makes it ${clock(moscow, local.utc!.from)}.`,
        related: [{ span: moscow.span, message: 'the Moscow time given' }],
      };
    }
  },
});

/** A time of day on a known clock, with its day and so its instant. */
function comparable(m: ChronologyMention): boolean {
  return m.time !== undefined && m.zone !== undefined && m.utc !== undefined && !m.invalid && !m.ambiguous && m.date?.month !== undefined && m.date.day !== undefined;
}

/** `02:10 6 April 1952` as written on the mention's clock, or the instant `utcMinutes` read on it. */
function clock(m: ChronologyMention, utcMinutes?: number): string {
  if (utcMinutes === undefined) return `${hhmm(m.time!.hour, m.time!.minute)} ${describeDay(m.date!.year, m.date!.month, m.date!.day)}`;
  const at = new Date((utcMinutes + zoneOffsetMinutes(m.zone!, m.iso?.slice(0, 10))) * MINUTE_MS);
  return `${hhmm(at.getUTCHours(), at.getUTCMinutes())} ${describeDay(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate())}`;
}

/** The date and time as written, as minutes of a clock that never changes (to compare two clocks' readings). */
function wallMinutes(m: ChronologyMention): number {
  return Date.UTC(m.date!.year ?? 1950, m.date!.month! - 1, m.date!.day!, m.time!.hour, m.time!.minute) / MINUTE_MS;
}

/** `3 hours`, `2 hours 30 minutes`, `-1 hour`. */
function hours(minutes: number): string {
  const h = Math.trunc(minutes / 60);
  const min = Math.abs(minutes % 60);
  return `${h} hour${Math.abs(h) === 1 ? '' : 's'}${min ? ` ${min} minutes` : ''}`;
}

function hhmm(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
