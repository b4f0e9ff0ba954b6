import { defineRule } from '../../analysis/rule';
import { weekdayNames, weekdayOf } from '../calendar';
import { describeDay } from '../describe';
import { fullDateOf } from '../timeline';

export const rule = defineRule({
  code: 'cable.date.weekday',
  level: 'warning',
  summary: 'a stated weekday that does not fit the date',
  *check({ chronology }) {
    for (const m of chronology.mentions) {
      // a weekday is written beside a date, so the date is never one inferred from the step before
      const full = m.weekday && !m.invalid ? fullDateOf(m) : undefined;
      if (!m.weekday || !full) continue;
      const actual = weekdayOf(full.year, full.month, full.day);
      if (actual === m.weekday.value) continue;
      // a range's weekdays (`Saturday and Sunday, 14-15 October`, `Monday–Wednesday, 16–18 October`): the one
      // read is its last, which fits a day of the range
      const dayTo = m.date?.dayTo;
      if (dayTo !== undefined && dayTo > full.day && (m.weekday.value - actual + 7) % 7 <= dayTo - full.day) continue;
      yield {
        code: 'cable.date.weekday',
        span: { start: Math.min(m.weekday.span.start, m.span.start), end: Math.max(m.weekday.span.end, m.date?.span.end ?? m.span.end) },
        message: `${describeDay(full.year, full.month, full.day)} was a ${weekdayNames[actual]}, not a ${weekdayNames[m.weekday.value]}.`,
        related: [{ span: m.span, message: 'the date' }],
        data: { actual: weekdayNames[actual] },
      };
    }
  },
});
