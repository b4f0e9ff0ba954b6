import { defineRule } from '../../analysis/rule';
import { copiesPhrase, copyCountsOf } from '../copies';

export const rule = defineRule({
  code: 'cable.count.copyNumber',
  level: 'warning',
  summary: 'a copy number above the number of copies printed (or, when the printing is not recorded, above the copies its distribution list states)',
  *check({ parsed }) {
    const { printed, copyNumbers, distributions } = copyCountsOf(parsed);
    // `Distribution list - 4 copies: ...` says how many there were when no footer does
    const stated = printed ? undefined : distributions.find(l => l.statedCount !== undefined);
    const limit = printed ? { count: printed.count, span: printed.span, what: printed.count === 1 ? 'was printed' : 'were printed' }
      : stated ? { count: stated.statedCount!, span: stated.span, what: stated.statedCount === 1 ? 'is stated in the distribution list' : 'are stated in the distribution list' } : undefined;
    if (!limit) return;
    const seen = new Set<string>();
    for (const c of copyNumbers) {
      const key = `${c.span.start}:${c.span.end}`;
      if (seen.has(key) || c.n <= limit.count) continue;
      seen.add(key);
      yield {
        code: 'cable.count.copyNumber',
        span: c.span,
        message: `Copy number ${c.n}, but only ${copiesPhrase(limit.count)} ${limit.what}.`,
        related: [{ span: limit.span, message: copiesPhrase(limit.count) }],
      };
    }
  },
});
