// TRANSITIONAL: the check still runs inside the chronology layer; this rule only selects its code.
import { defineRule } from '../../analysis/rule';

export const rule = defineRule({
  code: 'cable.date.weekday',
  level: 'warning',
  summary: 'a stated weekday that does not fit the date',
  check: (a) => a.chronology.diagnostics.filter((d) => d.code === 'cable.date.weekday'),
});
