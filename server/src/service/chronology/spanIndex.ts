/**
 * Lookups of "which span contains or overlaps this one" among many spans, without a scan of
 * all of them: the chronology asks such questions for every date mention, and a long document
 * holds thousands of mentions, slots, stamps and messages.
 */
import { partitionPoint } from '../spans';
import type { Span } from '../types';

/** Spans sorted by start, searched around a position; answers in the order the spans were given. */
export class SpanIndex<T> {
  private readonly items: { span: Span; value: T; order: number }[];
  private readonly longest: number;

  constructor(entries: readonly T[], spanOf: (t: T) => Span) {
    this.items = entries.map((value, order) => ({ span: spanOf(value), value, order })).sort((a, b) => a.span.start - b.span.start || a.order - b.order);
    this.longest = this.items.reduce((n, i) => Math.max(n, i.span.end - i.span.start), 0);
  }

  /** The first given span (in the constructor's order) that satisfies `test` among those overlapping `span`. */
  first(span: Span, test: (candidate: Span, value: T) => boolean = () => true): T | undefined {
    let best: { value: T; order: number } | undefined;
    // Candidates start before `span` ends and no earlier than the longest span allows.
    const last = Math.max(span.end - 1, span.start);
    for (let i = partitionPoint(this.items, (item) => item.span.start <= last) - 1; i >= 0; i--) {
      const item = this.items[i] as { span: Span; value: T; order: number };
      if (item.span.start < span.start - this.longest) break;
      const hit = item.span.start < span.end && span.start < item.span.end || (item.span.start === span.start && span.start === span.end);
      if (hit && test(item.span, item.value) && (!best || item.order < best.order)) best = item;
    }
    return best?.value;
  }
}

/** One depth of a `NestingIndex`: its spans by start, with the furthest end reached so far. */
interface Level<T> {
  readonly depth: number;
  readonly items: { readonly span: Span; readonly value: T; readonly order: number }[];
  /** `reach[i]`: the largest end among `items[0..i]`. */
  readonly reach: number[];
}

/**
 * The innermost of nested spans (messages in messages) that holds a span: the deepest, and of
 * equally deep ones the last given. Each depth keeps its spans sorted by start, so a lookup is a
 * binary search per depth.
 */
export class NestingIndex<T> {
  /** Deepest first. */
  private readonly levels: Level<T>[] = [];

  constructor(entries: readonly T[], spanOf: (t: T) => Span, depthOf: (t: T) => number) {
    const byDepth = new Map<number, Level<T>>();
    entries.forEach((value, order) => {
      const depth = depthOf(value);
      let level = byDepth.get(depth);
      if (!level) byDepth.set(depth, (level = { depth, items: [], reach: [] }));
      level.items.push({ span: spanOf(value), value, order });
    });
    for (const level of byDepth.values()) {
      level.items.sort((a, b) => a.span.start - b.span.start);
      let reach = -1;
      for (const item of level.items) level.reach.push((reach = Math.max(reach, item.span.end)));
      this.levels.push(level);
    }
    this.levels.sort((a, b) => b.depth - a.depth);
  }

  innermost(span: Span): T | undefined {
    for (const { items, reach } of this.levels) {
      let best: { value: T; order: number } | undefined;
      // spans starting at or before `span`, back to the first that cannot reach its end
      for (let i = partitionPoint(items, (item) => item.span.start <= span.start) - 1; i >= 0 && (reach[i] as number) >= span.end; i--) {
        const item = items[i] as { span: Span; value: T; order: number };
        if (item.span.end >= span.end && (!best || item.order > best.order)) best = item;
      }
      if (best) return best.value;
    }
    return undefined;
  }
}
