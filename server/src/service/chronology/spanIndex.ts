/**
 * Lookups of "which span contains or overlaps this one" among many spans, without a scan of
 * all of them: the chronology asks such questions for every date mention, and a long document
 * holds thousands of mentions, slots, stamps and messages.
 */
import { partitionPoint } from '../spans';
import type { Span } from '../types';

/** Spans sorted by start, searched around a position; answers in the order the spans were given. */
export class SpanIndex<T> {
  /** Positions in the given order, sorted by start (equal starts in the given order). */
  private readonly order: number[];
  private readonly spans: Span[];
  private readonly longest: number;

  constructor(private readonly entries: readonly T[], spanOf: (t: T) => Span) {
    this.spans = entries.map(spanOf);
    this.order = this.spans.map((_, i) => i);
    let sorted = true;
    let longest = 0;
    this.spans.forEach((sp, i) => {
      longest = Math.max(longest, sp.end - sp.start);
      if (i > 0 && sp.start < (this.spans[i - 1] as Span).start) sorted = false;
    });
    // the mentions of a timeline come in text order: no sort needed
    if (!sorted) this.order.sort((a, b) => (this.spans[a] as Span).start - (this.spans[b] as Span).start || a - b);
    this.longest = longest;
  }

  /** The first given span (in the constructor's order) that satisfies `test` among those overlapping `span`. */
  first(span: Span, test: (candidate: Span, value: T) => boolean = () => true): T | undefined {
    let best = -1;
    // Candidates start before `span` ends and no earlier than the longest span allows.
    const last = Math.max(span.end - 1, span.start);
    for (let k = partitionPoint(this.order, (i) => (this.spans[i] as Span).start <= last) - 1; k >= 0; k--) {
      const i = this.order[k] as number;
      const sp = this.spans[i] as Span;
      if (sp.start < span.start - this.longest) break;
      const hit = sp.start < span.end && span.start < sp.end || (sp.start === span.start && span.start === span.end);
      if (hit && test(sp, this.entries[i] as T) && (best < 0 || i < best)) best = i;
    }
    return best < 0 ? undefined : this.entries[best];
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
