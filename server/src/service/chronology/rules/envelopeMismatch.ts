import { defineRule } from '../../analysis/rule';
import { formatDuration, words } from '../describe';
import { outOfOrder } from '../order';
import type { ChronologyMention } from '../timeline';

/** Minutes between two mentions under the readings that bring them closest; 0 when they can coincide. */
function gapMinutes(a: ChronologyMention, b: ChronologyMention): number | undefined {
  if (!a.utc || !b.utc) return undefined;
  return Math.max(0, a.utc.from - b.utc.to, b.utc.from - a.utc.to);
}

const footerRoles = new Set(['deciphered', 'printed', 'typed', 'verified']);

export const rule = defineRule({
  code: 'cable.date.envelopeMismatch',
  level: 'warning',
  summary: 'envelope, incoming stamp and footer dates further apart than `cable.chronology.toleranceHours`',
  *check({ text, chronology, settings }) {
    const envelope = chronology.received ?? chronology.sent;
    if (!envelope?.utc) return;
    const tolerance = settings.toleranceHours * 60;
    // a step already reported out of order is not reported again here
    const flagged = new Set(outOfOrder(chronology).map((o) => o.step));
    for (const o of chronology.mentions) {
      if (o === envelope || !o.utc || flagged.has(o) || o.dateInferred) continue;
      if (!((o.role === 'stamp' && o.incomingStamp) || (o.depth === 0 && footerRoles.has(o.role)))) continue;
      const gap = gapMinutes(o, envelope);
      if (gap === undefined || gap <= tolerance) continue;
      yield {
        code: 'cable.date.envelopeMismatch',
        span: o.span,
        message: `The ${o.role === 'stamp' ? 'stamp' : o.role} date ${words(text, o.span)} is ${formatDuration(gap)} away from the envelope's ${envelope.role} ${words(text, envelope.span)} (tolerance ${formatDuration(tolerance)}).`,
        related: [{ span: envelope.span, message: `envelope: ${envelope.role}` }],
      };
    }
  },
});
