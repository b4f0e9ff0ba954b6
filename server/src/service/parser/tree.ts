/**
 * Questions about the parsed tree of a cable that several layers ask: which messages hold an
 * offset, from the cable's own message down to the innermost telegram quoted or forwarded in it.
 */
import { partitionPoint } from '../spans';
import type { Span } from '../types';
import type { CableDocument, Message } from './ast';

/** The cable's top-level messages, in text order. */
export function topMessages(parsed: CableDocument): Message[] {
  return parsed.blocks.filter((b): b is Message => b.kind === 'message');
}

/**
 * The messages holding `at`, outermost first: a top-level message, then each inner telegram
 * around the offset down to the innermost (each level of the tree is in text order). Empty when
 * no message holds it (an envelope's line, a footnote).
 */
export function messagesAt(top: readonly Message[], at: number): Message[] {
  const path: Message[] = [];
  let level = top;
  for (;;) {
    const m = level[partitionPoint(level, (x) => x.span.start <= at) - 1];
    if (!m || at >= m.span.end) return path;
    path.push(m);
    level = m.telegrams;
  }
}

/** Whether a span lies wholly inside a telegram quoted or forwarded within a message (depth 1 or more). */
export function inInnerTelegram(parsed: CableDocument, span: Span): boolean {
  return messagesAt(topMessages(parsed), span.start).slice(1).some(t => span.end <= t.span.end);
}
