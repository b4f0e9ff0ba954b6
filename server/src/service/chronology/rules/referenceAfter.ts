import { defineRule } from '../../analysis/rule';
import { words } from '../describe';
import { messageDates } from '../messageDates';
import { definitelyAfter } from '../order';
import { partitionPoint } from '../../spans';
import { editorsVoice } from '../editorsVoice';
import type { ChronologyMention } from '../timeline';

export const rule = defineRule({
  code: 'cable.date.referenceAfter',
  level: 'warning',
  summary: 'a telegram referred to that is dated after the one referring to it',
  *check({ text, chronology, parsed }) {
    const dates = messageDates(chronology);
    const editors = editorsVoice(parsed);
    // the cable's dates with the earliest end reached so far: the first one before a time is a binary search away
    let low = Infinity;
    const cableReach = dates.cable.map((x) => (low = Math.min(low, x.utc ? x.utc.to : Infinity)));
    const cableBefore = (m: ChronologyMention): ChronologyMention | undefined => {
      const from = m.utc!.from;
      const k = partitionPoint(cableReach, (r) => r >= from);
      const x = dates.cable[k];
      return x !== m ? x : dates.cable.slice(k + 1).find((y) => definitelyAfter(m, y));
    };
    for (const m of chronology.mentions) {
      if (m.role !== 'reference' || !m.refersToMessage || !m.utc || editors(m.span)) continue;
      // an introducer's date is the forwarded telegram's: checked by innerAfterOuter
      if (dates.isIntroducerDate(m.span)) continue;
      const holder = m.message;
      const own = !holder || holder.depth === 0 ? cableBefore(m) : dates.own(holder).find((x) => x !== m && definitelyAfter(m, x));
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
