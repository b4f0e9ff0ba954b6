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
