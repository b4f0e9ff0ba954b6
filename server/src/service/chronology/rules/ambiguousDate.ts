// TRANSITIONAL: the check still runs inside the chronology layer; this rule only selects its code.
import { defineRule } from '../../analysis/rule';

export const rule = defineRule({
  code: 'cable.date.ambiguous',
  level: 'hint',
  summary: 'a slash date whose day/month order nothing in the document decides',
  check: (a) => a.chronology.diagnostics.filter((d) => d.code === 'cable.date.ambiguous'),
});
