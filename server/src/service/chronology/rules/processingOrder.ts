// TRANSITIONAL: the check still runs inside the chronology layer; this rule only selects its code.
import { defineRule } from '../../analysis/rule';

export const rule = defineRule({
  code: 'cable.date.processingOrder',
  level: 'warning',
  summary: 'processing out of order: deciphered before received, printed before deciphered (time zones considered; outgoing layouts log *received* before *sent*, which is correct)',
  check: (a) => a.chronology.diagnostics.filter((d) => d.code === 'cable.date.processingOrder'),
});
