import { defineRule } from '../../analysis/rule';
import { describeDay } from '../describe';

export const rule = defineRule({
  code: 'cable.date.ambiguous',
  level: 'hint',
  summary: 'a slash date whose day/month order nothing in the document decides',
  *check({ chronology }) {
    for (const { date: d } of chronology.mentions) {
      if (!d?.ambiguous || !d.alternative) continue;
      yield {
        code: 'cable.date.ambiguous',
        span: d.span,
        message: `Ambiguous slash date: read as ${describeDay(d.year, d.month, d.day)}, could be ${describeDay(d.alternative.year, d.alternative.month, d.alternative.day)}.`,
      };
    }
  },
});
