import { defineRule } from '../../analysis/rule';
import { capital, sentence, words } from '../describe';
import { outOfOrder } from '../order';

export const rule = defineRule({
  code: 'cable.date.processingOrder',
  level: 'warning',
  summary: 'processing out of order: deciphered before received, printed before deciphered, an incoming cable received before the date written under it, an incoming stamp dated before the receipt (time zones considered; outgoing layouts log *received* before *sent*, which is correct)',
  *check({ text, chronology }) {
    for (const { step, culprit } of outOfOrder(chronology)) {
      const zones = step.zone && culprit.zone && step.zone !== culprit.zone ? ' (time zones considered)' : '';
      yield {
        code: 'cable.date.processingOrder',
        span: step.span,
        message: sentence(`${capital(step.role)} ${words(text, step.span)} is before ${culprit.role} ${words(text, culprit.span)}${zones}`),
        related: [{ span: culprit.span, message: `${culprit.role} here` }],
      };
    }
  },
});
