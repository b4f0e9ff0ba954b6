// TRANSITIONAL: the check still runs inside the chronology layer; this rule only selects its code.
import { defineRule } from '../../analysis/rule';

export const rule = defineRule({
  code: 'cable.count.distribution',
  level: 'information',
  summary: 'a distribution list naming more copies than were printed, or a different number than it states',
  check: (a) => a.chronology.diagnostics.filter((d) => d.code === 'cable.count.distribution'),
});
