/**
 * Order of the processing steps of a cable — sent, transmitted, received, deciphered, printed,
 * verified — and which steps come out of order. Two rules read it: `processingOrder` reports the
 * steps, `envelopeMismatch` leaves them out (one slip is reported once). Computed once per timeline.
 */
import type { Stage } from './slots';
import { isProcessing, type ChronologyMention, type ChronologyResult } from './timeline';

/** A step dated before a step that must precede it: for a decipherment before the receipt, `step` is the decipherment. */
export interface OutOfOrder {
  readonly step: ChronologyMention;
  readonly culprit: ChronologyMention;
}

const rankIncoming: Partial<Record<Stage, number>> = { sent: 0, transmitted: 1, received: 2, arrived: 3, forwarded: 3, deciphered: 4, printed: 5, typed: 5, verified: 6 };
// An outgoing layout logs `Received` (the text reached the cipher office) before `Sent`.
const rankOutgoing: Partial<Record<Stage, number>> = { received: 0, sent: 1, transmitted: 2 };

/** Is `a` after `b` under every reading of both (`slack` minutes allowed)? */
export function definitelyAfter(a: ChronologyMention, b: ChronologyMention, slackMinutes = 0): boolean {
  return !!a.utc && !!b.utc && a.utc.from > b.utc.to + slackMinutes;
}

const memo = new WeakMap<ChronologyResult, readonly OutOfOrder[]>();

/** The steps out of order, each with the latest-ranked step it comes before. */
export function outOfOrder(timeline: ChronologyResult): readonly OutOfOrder[] {
  let found = memo.get(timeline);
  if (!found) {
    found = computeOutOfOrder(timeline);
    memo.set(timeline, found);
  }
  return found;
}

function computeOutOfOrder({ mentions, layout, received, sent }: ChronologyResult): OutOfOrder[] {
  const ranks = layout === 'incoming' ? rankIncoming : rankOutgoing;
  const steps = mentions.filter((w) => w.depth === 0 && isProcessing(w.role) && ranks[w.stage] !== undefined && !w.dateInferred && w.utc);
  // in an incoming cable the sender's clock is compared only when `Sent` precedes `Received` in the text
  const sentBeforeReceived = !received || !sent || sent.span.start < received.span.start;
  const out: OutOfOrder[] = [];
  for (const b of steps) {
    let culprit: ChronologyMention | undefined;
    const rb = ranks[b.stage] as number;
    for (const a of steps) {
      const ra = ranks[a.stage] as number;
      if (ra >= rb) continue;
      if (layout === 'incoming' && !sentBeforeReceived && (a.stage === 'sent' || a.stage === 'transmitted') && rb >= 2) continue;
      if (definitelyAfter(a, b) && (!culprit || (ranks[culprit.stage] as number) < ra)) culprit = a;
    }
    if (culprit) out.push({ step: b, culprit });
  }
  return out;
}
