import { defineRule } from '../../analysis/rule';
import { sentence } from '../describe';

export const rule = defineRule({
  code: 'cable.date.invalid',
  level: 'error',
  summary: 'a date or time that cannot exist (31 September, 2500 hours, 29 February 1951)',
  *check({ chronology }) {
    for (const m of chronology.mentions) {
      if (!m.invalid) continue;
      yield {
        code: 'cable.date.invalid',
        span: m.invalid.span,
        message: sentence(`Impossible date or time: ${m.invalid.reason}`),
        data: { reason: m.invalid.reason },
      };
    }
  },
});
