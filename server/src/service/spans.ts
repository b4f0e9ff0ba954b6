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

/** A span without the white space at either end: a block's range ends at its last written character, not after the blank lines it owns. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
