import { defineRule } from '../../analysis/rule';
import type { ChronologyMention } from '../timeline';
import { describeDay } from '../describe';
import { fullDateOf } from '../timeline';

/**
 * The old year written in January: a cable of 13 January 1951 whose note refers to an order
 * "of Jan 13 1950". Only the cable's own dates and the messages it cites are read: an event
 * (`Acheson's speech of 12 January 1950`) may well be of the year before. A January date with a written year one less than the cable's own January, on a
 * day that the cable's year would not put after the cable itself, is probably that year — the clerk
 * still wrote the year just ended. Not when the writer shows the year is meant: the sentence says
 * so (`One year ago, on 12 January 1950`), or the message writes this January with its new year
 * elsewhere (`the agreement of 1 January 1950 … on 2 January 1951`).
 */
export const rule = defineRule({
  code: 'cable.date.januarySlip',
  level: 'information',
  summary: 'a January date written with the previous year in a cable of that January (`Jan 13 1950` in a cable of 13 January 1951)',
  *check({ chronology, text }) {
    const dated = ownDate(chronology.mentions);
    // the slip may be the cable's own date line: `3.1.50 ROSHCHIN` on a cable received 3.1.1951
    const slipped = dated && ownDateSlipped(dated, chronology.received ?? chronology.sent);
    if (slipped) {
      yield {
        code: 'cable.date.januarySlip',
        span: dated.date!.span,
        message: `Probably ${slipped.logged.year} — the old year written in January: the cable was ${slipped.how} on ${describeDay(slipped.logged.year, slipped.logged.month, slipped.logged.day)}.`,
        related: [{ span: slipped.by.span, message: `when the cable was ${slipped.how}` }],
        data: { year: slipped.logged.year },
      };
      return;
    }
    const own = dated ?? chronology.sent ?? chronology.received;
    const cable = own && fullDateOf(own);
    if (!own || !cable || cable.month !== 1) return;
    const newYearWritten = chronology.mentions.some((m) => m !== own && m.role === 'reference' && m.date?.yearSource === 'text' && m.date.month === 1 && m.date.year === cable.year);
    if (newYearWritten) return;
    for (const m of chronology.mentions) {
      if (m === own || m.invalid || m.date?.yearSource !== 'text') continue;
      // a slip is in the cable's own traffic: its routing and processing, or a message it cites;
      // an event of that date a year before (`Acheson's speech of 12 January 1950`) is history
      if (m.role === 'reference' && !m.refersToMessage) continue;
      const d = fullDateOf(m);
      if (!d || d.month !== 1 || d.year !== cable.year - 1 || d.day > cable.day) continue;
      if (YEAR_AGO.test(text.slice(Math.max(0, m.span.start - YEAR_AGO_REACH), m.span.start))) continue;
      if (EDITOR_MARKED.test(text.slice(m.date.span.end, m.date.span.end + EDITOR_MARK_REACH))) continue;
      yield {
        code: 'cable.date.januarySlip',
        span: m.date.span,
        message: `Probably ${cable.year} — the old year written in January: the cable itself is of ${describeDay(cable.year, cable.month, cable.day)}.`,
        related: [{ span: own.span, message: 'the cable’s own date' }],
        data: { year: cable.year },
      };
    }
  },
});

/** Words before a date that say it is a year back on purpose, in the same sentence. */
const YEAR_AGO = /\b(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|last\s+year|(?:the\s+)?(?:previous|past)\s+year|anniversary)\b[^.!?]*$/i;
const YEAR_AGO_REACH = 80;

/**
 * The editor's mark right after the date: `[sic]`, `[sic, evidently 1951]`, or the right year
 * supplied, `[1951]`. The editor has seen the slip and said so; the text is as the archive holds it.
 */
const EDITOR_MARKED = /^[ \t]*\[[ \t]*(?:sic\b[^\]]*|1[89]\d\d[ \t]*)\]/i;
const EDITOR_MARK_REACH = 60;

/**
 * The cable's own date in early January with a written year one before the year it was sent or
 * received in, a few days at most before that: the clerk wrote the year just ended.
 */
function ownDateSlipped(dated: ChronologyMention, by: ChronologyMention | undefined) {
  const own = fullDateOf(dated);
  const logged = by && fullDateOf(by);
  if (!own || !logged || dated.date?.yearSource !== 'text' || by.date?.yearSource !== 'text') return undefined;
  if (own.month !== 1 || logged.month !== 1 || logged.year !== own.year + 1 || logged.day < own.day || logged.day - own.day > SLIP_DAYS) return undefined;
  return { logged, by, how: by.role === 'received' ? 'received' : 'sent' };
}
/** How long before its receipt a cable may be dated and still be that January's. */
const SLIP_DAYS = 3;

/** The cable's own date line (depth 0), when it has one with a full date. */
function ownDate(mentions: readonly ChronologyMention[]): ChronologyMention | undefined {
  return mentions.find((m) => m.depth === 0 && m.role === 'document' && fullDateOf(m) !== undefined);
}
