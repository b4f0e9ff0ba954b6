// TRANSITIONAL: the check still runs inside the chronology layer; this rule only selects its code.
import { defineRule } from '../../analysis/rule';

export const rule = defineRule({
  code: 'cable.date.envelopeMismatch',
  level: 'warning',
  summary: 'envelope, incoming stamp and footer dates further apart than `cable.chronology.toleranceHours`',
  check: (a) => a.chronology.diagnostics.filter((d) => d.code === 'cable.date.envelopeMismatch'),
});
