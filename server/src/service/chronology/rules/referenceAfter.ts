// TRANSITIONAL: the check still runs inside the chronology layer; this rule only selects its code.
import { defineRule } from '../../analysis/rule';

export const rule = defineRule({
  code: 'cable.date.referenceAfter',
  level: 'warning',
  summary: 'a telegram referred to that is dated after the one referring to it',
  check: (a) => a.chronology.diagnostics.filter((d) => d.code === 'cable.date.referenceAfter'),
});
