import { defineRule } from '../../analysis/rule';
import { copyCountsOf } from '../copies';

export const rule = defineRule({
  code: 'cable.count.copyNumber',
  level: 'warning',
  summary: 'a copy number above the number of copies printed',
  *check({ parsed }) {
    const { printed, copyNumbers } = copyCountsOf(parsed);
    if (!printed) return;
    const seen = new Set<string>();
    for (const c of copyNumbers) {
      const key = `${c.span.start}:${c.span.end}`;
      if (seen.has(key) || c.n <= printed.count) continue;
      seen.add(key);
      yield {
        code: 'cable.count.copyNumber',
        span: c.span,
        message: `Copy number ${c.n}, but only ${printed.count} copies were printed.`,
        related: [{ span: printed.span, message: `${printed.count} copies` }],
      };
    }
  },
});
