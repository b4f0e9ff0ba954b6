/** Dates of the gazetteer (years, year-months, a few days) against a document's partial date. */
import type { PartialDate } from '../types';
import type { DatePoint, GazetteerEntry, Role, RoleEnd } from '../gazetteer/types';
import { AFTER_1953, parseDatePoint as parsePoint, type YearMonth } from '../gazetteer/types';
import { monthNames as MONTHS } from '../vocabulary';
import type { Evidence } from './types';
import { dayNumber } from '../chronology/calendar';

/** Gazetteer dates are few and read for every mention: each is parsed once. */
const parsed = new Map<DatePoint, YearMonth | undefined>();
const periods = new Map<DatePoint | undefined, Map<RoleEnd | undefined, string>>();

function parseDatePoint(point: DatePoint | undefined): YearMonth | undefined {
  if (point === undefined) return undefined;
  if (parsed.has(point)) return parsed.get(point);
  const p = parsePoint(point);
  if (parsed.size < 10_000) parsed.set(point, p);
  return p;
}


/**
 * Is the date inside `[from, to]`? `unknown` without a year or without any bound. An end of
 * `after-1953` bounds nothing: the role went on past the period covered.
 */
export function dateFit(date: PartialDate | undefined, from: DatePoint | undefined, to: RoleEnd | undefined): 'in' | 'out' | 'unknown' {
  if (date?.year === undefined) return 'unknown';
  const f = parseDatePoint(from);
  const t = to === AFTER_1953 ? undefined : parseDatePoint(to);
  if (!f && !t) return 'unknown';
  const y = date.year;
  const m = date.month;
  const d = date.day;
  if (f) {
    if (y < f.year) return 'out';
    if (y === f.year && m !== undefined && f.month !== undefined && (m < f.month || (m === f.month && d !== undefined && f.day !== undefined && d < f.day))) return 'out';
  }
  if (t) {
    if (y > t.year) return 'out';
    if (y === t.year && m !== undefined && t.month !== undefined && (m > t.month || (m === t.month && d !== undefined && t.day !== undefined && d > t.day))) return 'out';
  }
  return 'in';
}

/**
 * Is the date outside `[from, to]` even with a whole year's margin on each side (a cover name's
 * period is known to the year at best)? `Vasiliev`, Stalin's cover name of 1941–1945, in 1950.
 */
export function farOutside(date: PartialDate | undefined, from: DatePoint | undefined, to: RoleEnd | undefined): boolean {
  if (date?.year === undefined) return false;
  const f = parseDatePoint(from);
  const t = to === AFTER_1953 ? undefined : parseDatePoint(to);
  return (f !== undefined && date.year < f.year - 1) || (t !== undefined && date.year > t.year + 1);
}

/**
 * How many months the date lies outside `[from, to]`, counted from the nearest end at the nearest
 * reading (a bound without its month is its whole year, a date without its month any month of
 * its year); 0 inside, or without a year.
 */
export function monthsOutside(date: PartialDate | undefined, from: DatePoint | undefined, to: RoleEnd | undefined): number {
  if (date?.year === undefined) return 0;
  const f = parseDatePoint(from);
  const t = to === AFTER_1953 ? undefined : parseDatePoint(to);
  const early = date.year * 12 + (date.month ?? 12) - 1;
  const late = date.year * 12 + (date.month ?? 1) - 1;
  if (f && early < f.year * 12 + (f.month ?? 1) - 1) return f.year * 12 + (f.month ?? 1) - 1 - early;
  if (t && late > t.year * 12 + (t.month ?? 12) - 1) return late - (t.year * 12 + (t.month ?? 12) - 1);
  return 0;
}

/**
 * The sources date a cover name by the cables they have read: a season either side of its period is
 * no proof it was out of use. No more than that: the periods are read to the month, and half a year
 * would take `FENG XI` (August 1950–February 1951) back to the spring of 1950, when Moscow still
 * signed its telegrams to Pyongyang `Stalin`.
 */
const COVER_MARGIN_MONTHS = 3;

/**
 * Whether a cover name may be in use on `date`: in its period, or a few months either side of it;
 * `Kuznetsov`, Stalin's on the Terebin channel from December 1947 to January 1949, is not his in a
 * cable of 1951. True without a year.
 */
export function coverNameInUse(cover: { readonly from?: DatePoint; readonly to?: RoleEnd }, date: PartialDate | undefined): boolean {
  return monthsOutside(date, cover.from, cover.to) <= COVER_MARGIN_MONTHS;
}

/**
 * Whether `date` (known to the day) is after `to`, an end the gazetteer knows to the day (`1953-03-05`,
 * the day Stalin died): such an end is a fact, not the last cable a source has read, and no margin applies.
 */
export function afterExactEnd(date: PartialDate | undefined, to: RoleEnd | undefined): boolean {
  if (date?.year === undefined || date.month === undefined || date.day === undefined || to === AFTER_1953) return false;
  const t = parseDatePoint(to);
  if (t?.month === undefined || t.day === undefined) return false;
  return dayNumber(date.year, date.month, date.day) > dayNumber(t.year, t.month, t.day);
}

/**
 * Whether a dated text uses a cover name out of its period: after an end the gazetteer knows to the
 * day, or further from its period than the margin (`FENG XI` in March 1950). `coverOutOfPeriod` notes
 * it, and the cover name's hover says so beside the period, so the two agree.
 */
export function coverNameOutOfPeriod(cover: { readonly from?: DatePoint; readonly to?: RoleEnd }, date: PartialDate | undefined): boolean {
  return date?.year !== undefined && (afterExactEnd(date, cover.to) || !coverNameInUse(cover, date));
}

/**
 * Whether `date` (known to the day) lies more than `marginDays` before `from` or after `to` where the
 * gazetteer knows that end to the day (`1953-03-05`): the month-wide margins for ends known only to the
 * month or year do not apply there.
 */
export function outsideExactEnds(date: PartialDate | undefined, from: DatePoint | undefined, to: RoleEnd | undefined, marginDays: number): boolean {
  if (date?.year === undefined || date.month === undefined || date.day === undefined) return false;
  const day = dayNumber(date.year, date.month, date.day);
  const f = parseDatePoint(from);
  if (f?.month !== undefined && f.day !== undefined && day < dayNumber(f.year, f.month, f.day) - marginDays) return true;
  const t = to === AFTER_1953 ? undefined : parseDatePoint(to);
  return t?.month !== undefined && t.day !== undefined && day > dayNumber(t.year, t.month, t.day) + marginDays;
}

/**
 * When a man had died by `date`, as a hover writes it: the day of death where the gazetteer knows it
 * (`5 March 1953`: Stalin on 9 March 1953 is dead, on 5 March not yet), else the year, only for a date
 * in a later year. Undefined while he may still have been alive.
 */
export function diedBefore(entry: Pick<GazetteerEntry, 'died' | 'diedOn'>, date: PartialDate | undefined): string | undefined {
  if (date?.year === undefined) return undefined;
  const day = parseDatePoint(entry.diedOn);
  if (day?.month !== undefined && day.day !== undefined) {
    const after = date.year > day.year || (date.year === day.year && date.month !== undefined
      && (date.month > day.month || (date.month === day.month && date.day !== undefined && date.day > day.day)));
    return after ? formatDate(day) : undefined;
  }
  return entry.died !== undefined && entry.died < date.year ? String(entry.died) : undefined;
}

/** `closed` when the date falls in a role with both ends known, `open` when one end is missing. */
export function roleFitsDate(role: Role, date: PartialDate | undefined): 'closed' | 'open' | 'no' {
  if (date?.year === undefined || (role.from === undefined && role.to === undefined)) return 'no';
  if (dateFit(date, role.from, role.to) !== 'in') return 'no';
  if (role.from !== undefined && role.to !== undefined && (role.to !== AFTER_1953 || date.year <= 1953)) return 'closed';
  // an open-ended role is only believed for a few years past its known start
  const from = parseDatePoint(role.from);
  if (from && date.year - from.year > 4) return 'no';
  return 'open';
}

/**
 * The ends of a role that a date held in it may still lie beyond: an end the gazetteer knows only to
 * its year, the date's (a role `from: 1950` on 2 January 1950 may not yet have begun). `start`, `end`
 * or `both`; undefined when the date is surely in the role, or is itself only a year (`in 1950` of a
 * role from 1950 claims nothing). An end known to the month is at most weeks off, and is read as given.
 */
export function vagueEnds(role: Role, date: PartialDate | undefined): 'start' | 'end' | 'both' | undefined {
  if (date?.year === undefined || date.month === undefined) return undefined;
  const vague = (point: DatePoint | undefined) => {
    const p = parseDatePoint(point);
    return p !== undefined && p.year === date.year && p.month === undefined;
  };
  const start = vague(role.from);
  const end = role.to !== AFTER_1953 && vague(role.to);
  return start && end ? 'both' : start ? 'start' : end ? 'end' : undefined;
}

/**
 * How well a person's roles fit a date: 2 when a role with both ends known holds it, 1 when only
 * an open-ended one may, else 0. Each role that fits is added to `evidence` by its title.
 */
export function rolesFitDate(roles: readonly Role[] | undefined, date: PartialDate | undefined, evidence: Evidence[]): number {
  let fit = 0;
  for (const r of roles ?? []) {
    const f = roleFitsDate(r, date);
    if (f === 'closed') fit = 2;
    else if (f === 'open' && fit < 1) fit = 1;
    if (f !== 'no') evidence.push({ kind: 'role', detail: r.title });
  }
  return fit;
}

export function formatPoint(point: DatePoint | undefined): string {
  const p = parseDatePoint(point);
  if (!p) return '';
  if (p.month && p.day) return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
  return p.month ? `${MONTHS[p.month - 1]} ${p.year}` : String(p.year);
}

/**
 * `1948–1953`, `August 1950–February 1951`, `1949–after 1953`; `from 1947` only when the end is
 * unknown (never meaning "still held"), `until 1945` when the start is.
 */
export function formatPeriod(from: DatePoint | undefined, to: RoleEnd | undefined): string {
  let byTo = periods.get(from);
  if (!byTo) periods.set(from, (byTo = new Map()));
  let text = byTo.get(to);
  if (text === undefined) byTo.set(to, (text = periodText(from, to)));
  return text;
}

function periodText(from: DatePoint | undefined, to: RoleEnd | undefined): string {
  const f = formatPoint(from);
  const t = to === AFTER_1953 ? 'after 1953' : formatPoint(to);
  if (f && t) return f === t ? f : `${f}–${t}`;
  if (f) return `from ${f}`;
  if (t) return `until ${t}`;
  return '';
}

export function formatDate(date: PartialDate | undefined): string {
  if (!date?.year) return '';
  if (date.month && date.day) return `${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
  if (date.month) return `${MONTHS[date.month - 1]} ${date.year}`;
  return String(date.year);
}
