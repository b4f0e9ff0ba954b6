/** Operations on spans of text that several layers need. */
import type { Span } from './types';

/** Cuts a span at its line breaks: a name broken over two lines gives two pieces (semantic tokens cannot span lines). */
export function splitAtLineBreaks(text: string, span: Span): Span[] {
  const parts: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (i > start) parts.push({ start, end: i });
      start = i + 1;
    }
  }
  if (span.end > start) parts.push({ start, end: span.end });
  return parts;
}

/**
 * Binary search over an array sorted so that `before` holds for a prefix of it: the length of
 * that prefix, i.e. the index of the first item for which `before` is false (`items.length`
 * when it holds for all). Every sorted lookup of the service goes through here:
 * `partitionPoint(starts, s => s <= offset) - 1` is the line holding `offset`.
 */
export function partitionPoint<T>(items: ArrayLike<T>, before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether `items` are already in the order `compare` gives. Lists the service builds nearly always
 * are (parts, brackets, date candidates found in text order), and this check costs a tenth of a `sort`.
 */
export function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let k = 1; k < items.length; k++) if (compare(items[k - 1] as T, items[k] as T) > 0) return false;
  return true;
}

/** A span without the white space at either end: a block's range ends at its last written character, not after the blank lines it owns. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
