/**
 * Hover text for a date mention: the normalised date-time with its clock, the weekday, the role,
 * whether the year was inferred, and for a receipt or a processing step the time since sending.
 */
import { pad2, weekdayNames, weekdayOf } from './calendar';
import type { ChronologyMention, ChronologyResult } from './timeline';
import { describeDay, formatDuration, ordinal, sentence } from './describe';
import { escapeMarkdown as e } from '../markdown';
import { formatOffset, isZoneApproximate, zoneInfo, zoneOffsetMinutes, type ZoneId } from './timezones';
import { partitionPoint } from '../spans';

/** The mention at an offset (the innermost when mentions touch), if any. */
export function mentionAt(result: ChronologyResult, offset: number): ChronologyMention | undefined {
  const { order, longest } = startOrder(result);
  const mentions = result.mentions;
  let best = -1;
  // Only mentions that start at or before the offset, and no earlier than the longest one allows, can hold it.
  for (let k = partitionPoint(order, (i) => mentions[i]!.span.start <= offset) - 1; k >= 0; k--) {
    const i = order[k]!;
    const m = mentions[i]!;
    if (m.span.start < offset - longest) break;
    if (offset > m.span.end) continue;
    const length = m.span.end - m.span.start;
    const bestLength = best < 0 ? Infinity : mentions[best]!.span.end - mentions[best]!.span.start;
    // the shortest that holds it; of equally short ones the first in the list
    if (length < bestLength || (length === bestLength && i < best)) best = i;
  }
  return best < 0 ? undefined : mentions[best];
}

/** The mentions' indexes by start, and the longest mention's length: made once per chronology (the outline asks for every field). */
const startOrders = new WeakMap<ChronologyResult, { order: number[]; longest: number }>();
function startOrder(result: ChronologyResult): { order: number[]; longest: number } {
  let entry = startOrders.get(result);
  if (!entry) {
    const mentions = result.mentions;
    const order = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.span.start - mentions[b]!.span.start || a - b);
    const longest = mentions.reduce((n, m) => Math.max(n, m.span.end - m.span.start), 0);
    entry = { order, longest };
    startOrders.set(result, entry);
  }
  return entry;
}

const roleWords: Record<ChronologyMention['role'], string> = {
  sent: 'sent',
  received: 'received',
  arrived: 'arrived',
  transmitted: 'transmitted',
  deciphered: 'deciphered',
  printed: 'printed',
  typed: 'typed',
  verified: 'verified',
  document: "the document's own date",
  telegram: "the inner telegram's date",
  reference: 'a date referred to in the text',
  stamp: 'stamp date',
};

/** `1951-10-19 11:35`, `1951-10-19`, `19 October (year unknown)`: the value an outline shows. */
export function formatMentionValue(m: ChronologyMention): string {
  if (!m.iso) return '';
  // `2-4 December`: an interval, its end day after the slash as ISO 8601 writes it (`1950-12-02/04`)
  const dayTo = m.date?.dayTo;
  if (dayTo !== undefined && m.date?.day !== undefined && dayTo > m.date.day && /^\d{4}-\d{2}-\d{2}$/.test(m.iso)) return `${m.iso}/${pad2(dayTo)}`;
  return m.iso.replace('T', ' ');
}

function full(m: ChronologyMention): { year: number; month: number; day: number } | undefined {
  const iso = m.iso ?? '';
  const r = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return r ? { year: Number(r[1]), month: Number(r[2]), day: Number(r[3]) } : undefined;
}

function clockIn(m: ChronologyMention, zone: ZoneId): string | undefined {
  if (!m.utc || !m.time || m.utc.from !== m.utc.to - (m.time.to ? m.utc.to - m.utc.from : 0)) return undefined;
  const d = full(m);
  const isoDay = d ? `${d.year}-${pad2(d.month)}-${pad2(d.day)}` : undefined;
  const local = m.utc.from + zoneOffsetMinutes(zone, isoDay);
  const day = Math.floor(local / 1440);
  const minutes = local - day * 1440;
  const date = new Date(day * 86_400_000);
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/**
 * What a rhyme-code day says and what was inferred: `19 (rhyme-code day 皓) — 19 December 1950,
 * inferred: ...`; for a pinyin that is two rhymes (`Hao`), which one was read and why.
 */
function rhymeCodeLines(d: NonNullable<ChronologyMention['date']>): string[] {
  const rhyme = d.rhyme!;
  const day = d.day!;
  const read = rhyme.readings.find((r) => r.day === day)!;
  const name = read.rhyme === rhyme.written ? read.rhyme : `${rhyme.written}, ${read.rhyme}`;
  const head = `${day} (rhyme-code day ${e(name)})`;
  const lines = [d.month === undefined
    ? `${head}: no date of the cable gives its month and year.`
    : `${head} — ${describeDay(d.year, d.month, day)}, inferred: the last ${ordinal(day)} on or before the cable's date.`];
  const others = rhyme.readings.filter((r) => r !== read);
  if (others.length) {
    const all = rhyme.readings.map((r) => `${r.rhyme} (${ordinal(r.day)})`).join(' or ');
    const why = rhyme.byNote ? `the editor's note [${rhyme.note}] names the ${ordinal(day)}` : `read as the ${ordinal(day)}, no note says which`;
    lines.push('', `${e(rhyme.written)} is the pinyin of ${all}: ${why}.`);
  }
  return lines;
}

/** Markdown for the hover on a date mention. */
export function formatDateHover(m: ChronologyMention, result: ChronologyResult, inEditorsTitle = false): string {
  const lines: string[] = [];
  const d = full(m);
  const value = formatMentionValue(m) || 'date';
  let head = `**${value}**`;
  if (m.time?.to) head += `–${pad2(m.time.to.hour)}:${pad2(m.time.to.minute)}`;
  if (m.zone) {
    const info = zoneInfo(m.zone);
    const isoDay = d ? `${d.year}-${pad2(d.month)}-${pad2(d.day)}` : undefined;
    head += ` ${info.label} (${formatOffset(zoneOffsetMinutes(m.zone, isoDay))}${isZoneApproximate(m.zone, isoDay) ? ', approximate' : ''})`;
    if (!m.zoneStated) head += ', assumed';
    // an incoming cable's sending: the log may keep Moscow's clock instead
    if (m.orZone) head += `, or ${zoneInfo(m.orZone).label} (${formatOffset(zoneOffsetMinutes(m.orZone, isoDay))}) as logged in Moscow`;
  } else if (m.time) {
    // `14:00 local time` in a cable that does not say where it was sent from: a clock, but whose is not known
    head += m.statedZone?.id === 'local' ? ' local time (the place is not stated)' : ' (clock not stated)';
  }
  // the weekday of a day range's first day would read as the range's
  const range = m.date?.dayTo !== undefined && m.date.day !== undefined && m.date.dayTo > m.date.day;
  if (d && !m.invalid) head += range ? ` · ${weekdayNames[weekdayOf(d.year, d.month, d.day)]} to ${weekdayNames[weekdayOf(d.year, d.month, m.date!.dayTo!)]}` : ` · ${weekdayNames[weekdayOf(d.year, d.month, d.day)]}`;
  lines.push(head);
  lines.push('');
  const roleWord = inEditorsTitle ? "the editor's date for the document, in its title"
    : m.stage === 'endorsement' ? "the date of a reader's endorsement under the document, not the document's own"
    : m.stage === 'relayed' ? 'when the text forwarded below reached the one forwarding it, not its own date' : roleWords[m.role];
  lines.push(`Role: ${m.role}${roleWord !== m.role ? ` — ${roleWord}` : ''}`);
  if (m.date?.rhyme) lines.push('', ...rhymeCodeLines(m.date));
  // `your telegram of the 12th`: the day alone, the telegram cited sent before the text citing it
  else if (m.date?.notation === 'day-ordinal' && m.date.day !== undefined) {
    lines.push('', m.date.month === undefined ? 'A day of the month alone: no date of the cable gives its month and year.'
      : `A day of the month alone: month and year inferred, the last ${ordinal(m.date.day)} on or before the cable's date.`);
  } else if (m.date?.yearSource === 'inferred') {
    const outside = result.yearFrom && result.yearFrom.year === m.date.year ? result.yearFrom.from : undefined;
    lines.push('', outside ? `Year inferred from ${e(outside)}: the document writes none.` : 'Year inferred from the other dates of the document.');
  }
  else if (m.date?.yearSource === 'relative') lines.push('', 'Resolved against the document date.');
  else if (m.date?.yearSource === 'editor') lines.push('', "Year supplied by the editor (in brackets).");
  if (m.dateInferred) lines.push('', 'Day taken from the processing step before it.');
  if (m.date?.ambiguous && m.date.alternative) {
    const a = m.date.alternative;
    lines.push('', `Ambiguous slash date: read as month/day; day/month would give ${a.year ?? '?'}-${pad2(a.month)}-${pad2(a.day)}.`);
  } else if (m.date?.decidedBy && m.date.notation === 'slash') {
    lines.push('', sentence(`Slash date read as ${m.date.order === 'day-month' ? 'day/month' : 'month/day'}: ${e(m.date.decidedBy)}`));
  }
  if (m.invalid) lines.push('', sentence(`Impossible: ${e(m.invalid.reason)}`));
  if (m.zone && m.utc && m.time) {
    const others = (['moscow', 'beijing', 'pyongyang'] as ZoneId[]).filter((z) => z !== m.zone);
    const eq = others.map((z) => {
      const c = clockIn(m, z);
      return c ? `${c} ${zoneInfo(z).label}` : undefined;
    }).filter((x): x is string => !!x);
    if (eq.length) lines.push('', sentence(`Equals ${eq.join('; ')}`));
  }
  if (['received', 'arrived', 'deciphered', 'printed', 'typed', 'verified'].includes(m.role) && m.utc) {
    const sent = result.mentions.find((x) => x.role === 'sent' && x.depth === 0 && x.utc && x.time);
    // to the minute, or between the sender's clock and Moscow's
    if (sent?.utc && m.time) {
      const from = m.utc.from - sent.utc.to;
      const to = m.utc.to - sent.utc.from;
      // a reading of the clocks that puts the sending after this step is no reading: the other one is the time
      const span = from === to ? formatDuration(from) : from < 0 ? `${formatDuration(to)} (read on the other clock, the sending would come after this)` : `${formatDuration(from)} to ${formatDuration(to)}`;
      if (to >= 0) lines.push('', `Since sending: ${span}.`);
    }
  }
  return lines.join('\n');
}

/** The hover for an offset: the mention's span and its markdown, or undefined; `inEditorsTitle` for a collection title's dates. */
export function dateHoverAt(result: ChronologyResult, offset: number, inEditorsTitle = false): { span: { start: number; end: number }; markdown: string } | undefined {
  const m = mentionAt(result, offset);
  return m ? { span: m.span, markdown: formatDateHover(m, result, inEditorsTitle) } : undefined;
}
