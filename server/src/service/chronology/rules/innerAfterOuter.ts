// TRANSITIONAL: the check still runs inside the chronology layer; this rule only selects its code.
import { defineRule } from '../../analysis/rule';

export const rule = defineRule({
  code: 'cable.date.innerAfterOuter',
  level: 'warning',
  summary: 'a forwarded telegram dated after the cable that forwards it',
  check: (a) => a.chronology.diagnostics.filter((d) => d.code === 'cable.date.innerAfterOuter'),
});
