/**
 * Lookups of "which span contains or overlaps this one" among many spans, without a scan of
 * all of them: the chronology asks such questions for every date mention, and a long document
 * holds thousands of mentions, slots, stamps and messages.
 */
import type { Span } from '../types';

/** Spans sorted by start, searched around a position; answers in the order the spans were given. */
export class SpanIndex<T> {
  private readonly items: { span: Span; value: T; order: number }[];
  private readonly starts: number[];
  private readonly longest: number;

  constructor(entries: readonly T[], spanOf: (t: T) => Span) {
    this.items = entries.map((value, order) => ({ span: spanOf(value), value, order })).sort((a, b) => a.span.start - b.span.start || a.order - b.order);
    this.starts = this.items.map((i) => i.span.start);
    this.longest = this.items.reduce((n, i) => Math.max(n, i.span.end - i.span.start), 0);
  }

  /** The first given span (in the constructor's order) that satisfies `test` among those overlapping `span`. */
  first(span: Span, test: (candidate: Span, value: T) => boolean = () => true): T | undefined {
    let best: { value: T; order: number } | undefined;
    // Candidates start before `span` ends and no earlier than the longest span allows.
    for (let i = upperBound(this.starts, Math.max(span.end - 1, span.start)) - 1; i >= 0; i--) {
      const item = this.items[i];
      if (item.span.start < span.start - this.longest) break;
      const hit = item.span.start < span.end && span.start < item.span.end || (item.span.start === span.start && span.start === span.end);
      if (hit && test(item.span, item.value) && (!best || item.order < best.order)) best = item;
    }
    return best?.value;
  }
}

/** The innermost of nested spans (messages in messages) containing a span, from a per-character map. */
export class NestingIndex<T> {
  private readonly at: Int32Array;

  /** `entries` from outermost to innermost (deeper ones written last). */
  constructor(private readonly entries: readonly T[], spanOf: (t: T) => Span, length: number) {
    this.at = new Int32Array(length + 1).fill(-1);
    entries.forEach((e, i) => {
      const s = spanOf(e);
      this.at.fill(i, Math.max(0, s.start), Math.min(length + 1, s.end));
    });
  }

  innermostAt(offset: number): T | undefined {
    const i = this.at[offset] ?? -1;
    return i >= 0 ? this.entries[i] : undefined;
  }
}

function upperBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
