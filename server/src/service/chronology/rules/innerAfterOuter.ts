import { defineRule } from '../../analysis/rule';
import type { Message } from '../../parser/ast';
import { words } from '../describe';
import { messageDates } from '../messageDates';
import { definitelyAfter } from '../order';
import type { ChronologyMention } from '../timeline';

export const rule = defineRule({
  code: 'cable.date.innerAfterOuter',
  level: 'warning',
  summary: 'a forwarded telegram dated after the cable that forwards it',
  *check({ text, chronology }) {
    const dates = messageDates(chronology);
    const dated = (m: ChronologyMention) => m.utc !== undefined;
    // the cable itself is dated by its sending and receipt, then its date lines
    const cable = [
      ...chronology.mentions.filter((m) => m.depth === 0 && (m.role === 'sent' || m.role === 'received')),
      ...chronology.mentions.filter((m) => m.depth === 0 && m.role === 'document'),
    ].filter(dated);
    const datesOf = (msg: Message | undefined) => (!msg || msg.depth === 0 ? cable : [...dates.own(msg), ...dates.introduced(msg)].filter(dated));
    for (const msg of chronology.messages) {
      if (msg.depth === 0) continue;
      const inner = [...dates.own(msg), ...dates.introduced(msg)].filter(dated);
      const outer = datesOf(dates.parentOf(msg)).filter((o) => !inner.includes(o));
      for (const i of inner) {
        const later = outer.filter((o) => definitelyAfter(i, o));
        if (!later.length) continue;
        const o = later.reduce((x, y) => (x.utc!.to <= y.utc!.to ? x : y));
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
