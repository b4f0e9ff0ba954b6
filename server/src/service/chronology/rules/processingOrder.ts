import { defineRule } from '../../analysis/rule';
import type { Envelope } from '../../parser/ast';
import { capital, sentence, words } from '../describe';
import { mentionAt } from '../hover';
import { definitelyAfter, isWrittenDate, laterCalendarDay, outOfOrder } from '../order';
import type { ChronologyMention } from '../timeline';

/** A decision's own date line in a protocol extract: `Decision dated 5 November 1950`. */
const DECISION_LINE = /^(?:Decision|Resolution)\b/;

export const rule = defineRule({
  code: 'cable.date.processingOrder',
  level: 'warning',
  summary: 'processing out of order: deciphered before received, printed before deciphered, an incoming cable received before the date written under it, an incoming stamp dated before the receipt, a decision dated after the extract that records it (time zones considered; outgoing layouts log *received* before *sent*, which is correct)',
  *check({ text, chronology, parsed }) {
    const found = outOfOrder(chronology);
    // `Sent 10/26/50` above a receipt, an arrival and a decipherment of 10/25–26: the sending is the one slip, reported once
    const sendings = new Map<ChronologyMention, ChronologyMention[]>();
    for (const { step, culprit } of found) {
      if (culprit.stage !== 'sent' && culprit.stage !== 'transmitted') continue;
      const steps = sendings.get(culprit);
      if (steps) steps.push(step);
      else sendings.set(culprit, [step]);
    }
    for (const [sending, steps] of sendings) {
      if (steps.length < 2) continue;
      const first = steps[0]!;
      const zones = steps.some((s) => s.zone && sending.zone && s.zone !== sending.zone) ? ' (time zones considered)' : '';
      yield {
        code: 'cable.date.processingOrder',
        span: sending.span,
        message: sentence(`${capital(sending.role)} ${words(text, sending.span)} is after ${first.role} ${words(text, first.span)} and the ${steps.length - 1} later step${steps.length === 2 ? '' : 's'} logged${zones}`),
        related: steps.map((s) => ({ span: s.span, message: `${s.role} here` })),
      };
    }
    for (const { step, culprit } of found) {
      if ((sendings.get(culprit)?.length ?? 0) >= 2) continue;
      const zones = step.zone && culprit.zone && step.zone !== culprit.zone ? ' (time zones considered)' : '';
      yield {
        code: 'cable.date.processingOrder',
        span: step.span,
        message: sentence(`${capital(step.role)} ${words(text, step.span)} is before ${culprit.role} ${words(text, culprit.span)}${zones}`),
        related: [{ span: culprit.span, message: `${culprit.role} here` }],
      };
    }
    // An outgoing copy's date line is the day the text was signed, at the latest the day it went out: a
    // later day than its sending is a slip (both are Moscow's, on one calendar).
    const sending = chronology.layout === 'outgoing' ? chronology.sent : undefined;
    if (sending) {
      for (const w of chronology.mentions) {
        if (!isWrittenDate(w) || !laterCalendarDay(w, sending)) continue;
        yield {
          code: 'cable.date.processingOrder',
          span: w.span,
          message: `The date under the text, ${words(text, w.span)}, is after the telegram was sent (${words(text, sending.span)}).`,
          related: [{ span: sending.span, message: 'sent here' }],
        };
      }
    }
    // A protocol extract (`P78/180` / `5.X.1950` / ... / `Decision dated 5 November 1950`) is typed after
    // the meeting that took the decision: the decision cannot be dated after it.
    const envelope = parsed.blocks.find((b): b is Envelope => b.kind === 'envelope');
    const dated = envelope?.fields.filter((f) => f.kind === 'date' && f.when) ?? [];
    const decision = dated.find((f) => DECISION_LINE.test(text.slice(f.span.start, f.span.end)));
    const decided = decision?.when ? mentionAt(chronology, decision.when.start) : undefined;
    if (!decision || !decided?.utc) return;
    for (const f of dated) {
      const extract = f === decision || !f.when ? undefined : mentionAt(chronology, f.when.start);
      // (both written in one office, on one calendar: a later day is later whatever the clock)
      if (!extract?.utc || !(definitelyAfter(decided, extract) || laterCalendarDay(decided, extract))) continue;
      yield {
        code: 'cable.date.processingOrder',
        span: decided.span,
        message: `The decision is dated ${words(text, decided.span)}, after the extract that records it (${words(text, extract.span)}).`,
        related: [{ span: extract.span, message: 'the extract’s date' }],
      };
      break;
    }
  },
});
