import { defineRule } from '../../analysis/rule';
import { words } from '../describe';
import { messageDates } from '../messageDates';
import { definitelyAfter, laterCalendarDay } from '../order';
import type { ChronologyMention } from '../timeline';

/**
 * `MAO ZEDONG 20 October` forwarded in Mao's own message dated `19 October`: one man's two dates
 * are on one calendar, so a later day is later whatever his clock.
 */
function laterDayOfOneWriter(text: string, inner: ChronologyMention, outer: ChronologyMention): boolean {
  const a = inner.ownDateOf?.from;
  const b = outer.ownDateOf?.from;
  if (!a || !b || outer.role !== 'document') return false;
  const writer = (s: { start: number; end: number }) => text.slice(s.start, s.end).replace(/\s+/g, ' ').trim().toLowerCase();
  return writer(a) === writer(b) && laterCalendarDay(inner, outer);
}

/** The date whose latest instant is earliest (the first such in the list). */
function earliest(list: readonly ChronologyMention[]): ChronologyMention | undefined {
  return list.length ? list.reduce((x, y) => (x.utc!.to <= y.utc!.to ? x : y)) : undefined;
}

export const rule = defineRule({
  code: 'cable.date.innerAfterOuter',
  level: 'warning',
  summary: 'a forwarded telegram dated after the cable that forwards it',
  *check({ text, chronology }) {
    // most cables forward no telegram: their message dates are not grouped for this rule
    if (!chronology.messages.some((msg) => msg.depth > 0)) return;
    const dates = messageDates(chronology);
    const dated = (m: ChronologyMention) => m.utc !== undefined;
    // the cable itself is dated by its sending and receipt, then its date lines
    const cable = [
      ...chronology.mentions.filter((m) => m.depth === 0 && (m.role === 'sent' || m.role === 'received')),
      ...chronology.mentions.filter((m) => m.depth === 0 && m.role === 'document'),
    ].filter(dated);
    // the cable's dates by their latest instant (then text order), so that the earliest one before a date is the first that fits
    const cableByEnd = cable.slice().sort((a, b) => a.utc!.to - b.utc!.to);
    for (const msg of chronology.messages) {
      if (msg.depth === 0) continue;
      const inner = [...dates.own(msg), ...dates.introduced(msg)].filter(dated);
      const parent = dates.parentOf(msg);
      const outer = !parent || parent.depth === 0 ? undefined : [...dates.own(parent), ...dates.introduced(parent)].filter((o) => dated(o) && !inner.includes(o));
      for (const i of inner) {
        // the outer date ending earliest among those `i` is definitely after
        const after = (x: ChronologyMention) => definitelyAfter(i, x) || laterDayOfOneWriter(text, i, x);
        const first = outer ? undefined : cableByEnd.find((x) => !inner.includes(x));
        // a telegram forwarded by the cable itself: after the cable's earliest date, or a later day than its writer's own date
        const o = outer ? earliest(outer.filter(after))
          : first && definitelyAfter(i, first) ? first
          : parent ? dates.own(parent).find((x) => !inner.includes(x) && laterDayOfOneWriter(text, i, x)) : undefined;
        if (!o) continue;
        yield {
          code: 'cable.date.innerAfterOuter',
          span: i.span,
          message: `The forwarded telegram is dated ${words(text, i.span)}, after the message that forwards it (${o.role} ${words(text, o.span)}).`,
          related: [{ span: o.span, message: `the forwarding message: ${o.role}` }],
        };
        break;
      }
    }
  },
});
