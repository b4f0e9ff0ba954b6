// TRANSITIONAL: the check still runs inside the chronology layer; this rule only selects its code.
import { defineRule } from '../../analysis/rule';

export const rule = defineRule({
  code: 'cable.date.invalid',
  level: 'error',
  summary: 'a date or time that cannot exist (31 September, 2500 hours, 29 February 1951)',
  check: (a) => a.chronology.diagnostics.filter((d) => d.code === 'cable.date.invalid'),
});
