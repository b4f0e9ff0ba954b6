import { defineRule } from '../../analysis/rule';
import { words } from '../describe';
import { messageDates } from '../messageDates';
import { definitelyAfter } from '../order';

export const rule = defineRule({
  code: 'cable.date.referenceAfter',
  level: 'warning',
  summary: 'a telegram referred to that is dated after the one referring to it',
  *check({ text, chronology }) {
    const dates = messageDates(chronology);
    for (const m of chronology.mentions) {
      if (m.role !== 'reference' || !m.refersToMessage || !m.utc) continue;
      // an introducer's date is the forwarded telegram's: checked by innerAfterOuter
      if (dates.isIntroducerDate(m.span)) continue;
      const holder = m.message;
      const referring = !holder || holder.depth === 0 ? dates.cable : dates.own(holder);
      const own = referring.find((x) => x !== m && definitelyAfter(m, x));
      if (!own) continue;
      yield {
        code: 'cable.date.referenceAfter',
        span: m.span,
        message: `The telegram referred to is dated ${words(text, m.span)}, after the message that refers to it (${own.role} ${words(text, own.span)}).`,
        related: [{ span: own.span, message: `the referring message: ${own.role}` }],
      };
    }
  },
});
