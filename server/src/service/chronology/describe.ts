/** How the chronology rules and hovers put dates and durations into words. */
import type { Span } from '../types';
import { monthNames } from './calendar';

/** The words of a span on one line: `1135 19 October 1951`. */
export function words(text: string, s: Span): string {
  return text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
}

/** `19 October 1951`, `19 October`, `October 1951`. */
export function describeDay(year: number | undefined, month: number | undefined, day: number | undefined): string {
  return [day, month !== undefined ? monthNames[month - 1] : undefined, year].filter((x) => x !== undefined).join(' ');
}

/** `1st`, `2nd`, `11th`, `19th`, `22nd`. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Ends a sentence with one period: a time written `9:45 a.m.` already has it (no `a.m..`). */
export { sentence } from '../sentence';

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `1 d 2 h`, `9 h 12 min`, `0 min`. */
export function formatDuration(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} d`);
  if (hours) parts.push(`${hours} h`);
  if (mins || !parts.length) parts.push(`${mins} min`);
  return parts.join(' ');
}
