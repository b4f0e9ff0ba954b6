// TRANSITIONAL: the check still runs inside the chronology layer; this rule only selects its code.
import { defineRule } from '../../analysis/rule';

export const rule = defineRule({
  code: 'cable.count.copyNumber',
  level: 'warning',
  summary: 'a copy number above the number of copies printed',
  check: (a) => a.chronology.diagnostics.filter((d) => d.code === 'cable.count.copyNumber'),
});
