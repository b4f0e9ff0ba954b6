/**
 * What the timeline reads from a cable besides its label: its date as numbers, and its channel.
 * Pure (no `vscode`), shared by the tree view's grouping and the webview's layout.
 */
import type { TimelineCable } from '../../../protocol/src/protocol';

export interface TimelineDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  /** Minutes after midnight, when the date has a time (`1951-10-19 11:35` → 695). */
  readonly minutes?: number;
  /** Days since 1970-01-01, with the time as a fraction: one number to sort and place cables by. */
  readonly dayNumber: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/;
const MS_PER_DAY = 86_400_000;

/**
 * Reads the server's `1951-10-19` or `1951-10-19 11:35`; anything else (a missing, partial or
 * impossible date) is undefined, and the cable counts as undated.
 */
export function parseTimelineDate(text: string | undefined): TimelineDate | undefined {
  const m = text === undefined ? null : DATE.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hasTime = m[4] !== undefined;
  const minutes = hasTime ? Number(m[4]) * 60 + Number(m[5]) : undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (minutes !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return undefined;
  const dayNumber = Date.UTC(year, month - 1, day) / MS_PER_DAY + (minutes ?? 0) / 1440;
  return minutes === undefined ? { year, month, day, dayNumber } : { year, month, day, minutes, dayNumber };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 of the first day of a month (`month` may run past 12: 13 is January next year). */
export function monthStartDayNumber(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / MS_PER_DAY;
}

const monthNames = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
const shortMonthNames = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });

/** `October` for 10. */
export function monthName(month: number): string {
  return monthNames.format(Date.UTC(2000, month - 1, 1));
}

/** `Oct` for 10. */
export function shortMonthName(month: number): string {
  return shortMonthNames.format(Date.UTC(2000, month - 1, 1));
}

/** Who or where a side of the channel is when the server named no person: the place, else a dash. */
const UNKNOWN_PARTY = '—';

/**
 * The channel a cable travelled: `Mao Zedong → Filippov` (sender → recipient). A side with no person
 * named falls back to its place (`Beijing → Filippov`), so that cables whose header names only places
 * still group together rather than all under one unknown channel.
 */
export function channelOf(cable: TimelineCable): string {
  const sender = nonEmpty(cable.sender) ?? nonEmpty(cable.from) ?? UNKNOWN_PARTY;
  const recipient = nonEmpty(cable.recipient) ?? nonEmpty(cable.to) ?? UNKNOWN_PARTY;
  return `${sender} → ${recipient}`;
}

function nonEmpty(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

export interface DatedCable {
  readonly cable: TimelineCable;
  readonly date: TimelineDate | undefined;
  /** The cable's place in the server's answer: the tie-breaker that keeps every order stable. */
  readonly index: number;
}

/** The cables with their parsed dates, dated ones first by date (ties in the server's order), undated last. */
export function sortByDate(cables: readonly TimelineCable[]): DatedCable[] {
  return cables
    .map((cable, index) => ({ cable, date: parseTimelineDate(cable.date), index }))
    .sort(compareByDate);
}

export function compareByDate(a: DatedCable, b: DatedCable): number {
  if (a.date && b.date) return a.date.dayNumber - b.date.dayNumber || a.index - b.index;
  if (a.date) return -1;
  if (b.date) return 1;
  return a.index - b.index;
}
