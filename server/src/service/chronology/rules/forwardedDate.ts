/**
 * `cable.date.forwardedDate`: the forwarding note and the forwarded telegram disagree on its day —
 * `the text of my telegram to Cde. Li Kenong of 0530 17 October 1951` over a telegram signed
 * `MAO ZEDONG 0530 18 October`. Only where the slip is certain: the note and the telegram give
 * the same time on different days, or days two or more apart. A day apart without a time may be
 * the day it was written and the day it went out, and is left alone.
 *
 * A note that says when the text reached the forwarder (`At 0230 28 December Mao Zedong handed me
 * the following telegram`) gives no date of the telegram's own: it was written then or before. Only
 * a telegram dated two days or more after it reached him is a slip (a day may be the clocks').
 */
import { defineRule } from '../../analysis/rule';
import { dayNumber } from '../calendar';
import { words } from '../describe';
import { messageDates } from '../messageDates';
import type { ChronologyMention } from '../timeline';

/** A mention's day as a day number, the year taken from either side when one lacks it; undefined without a month and day. */
function dayOf(m: ChronologyMention, year: number | undefined): number | undefined {
  const d = m.date;
  const y = d?.year ?? year;
  return d?.month !== undefined && d.day !== undefined && y !== undefined ? dayNumber(y, d.month, d.day) : undefined;
}

export const rule = defineRule({
  code: 'cable.date.forwardedDate',
  level: 'warning',
  summary: 'a forwarding note that dates the forwarded telegram on another day than the telegram itself (the same time on another day, or two days or more apart), or a telegram dated two days or more after the note says it reached the forwarder',
  *check({ text, chronology }) {
    // most cables forward no telegram: their message dates are not grouped for this rule
    if (!chronology.messages.some((msg) => msg.depth > 0)) return;
    const dates = messageDates(chronology);
    for (const msg of chronology.messages) {
      if (msg.depth === 0) continue;
      const noted = dates.introduced(msg).filter((m) => m.refersToMessage || m.role === 'reference');
      // a written day, not `Today` (read against the outer cable's date, not the telegram's)
      const own = dates.own(msg).find((m) => m.date?.month !== undefined && m.date.day !== undefined && !m.dateInferred && !m.date.relative);
      if (noted.length !== 1 || !own) continue;
      const note = noted[0]!;
      const year = note.date?.year ?? own.date?.year;
      const a = dayOf(note, year);
      const b = dayOf(own, year);
      if (a === undefined || b === undefined || a === b) continue;
      if (note.stage === 'relayed') {
        if (b - a < 2) continue;
        yield {
          code: 'cable.date.forwardedDate',
          span: own.span,
          message: `The forwarded telegram is dated ${words(text, own.span)}, after the note forwarding it says it was received (${words(text, note.span)}).`,
          related: [{ span: note.span, message: 'when the forwarder received it' }],
        };
        continue;
      }
      const sameClock = note.time !== undefined && own.time !== undefined && note.time.hour === own.time.hour && note.time.minute === own.time.minute;
      if (!sameClock && Math.abs(a - b) < 2) continue;
      yield {
        code: 'cable.date.forwardedDate',
        span: own.span,
        message: `The forwarded telegram is dated ${words(text, own.span)}, but the note forwarding it gives ${words(text, note.span)}.`,
        related: [{ span: note.span, message: 'the forwarding note’s date' }],
      };
    }
  },
});
