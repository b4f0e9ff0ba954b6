/**
 * Order of the processing steps of a cable — sent, transmitted, received, deciphered, printed,
 * verified, and the incoming stamp of the registry — and which steps come out of order. Two rules read it: `processingOrder` reports the
 * steps, `envelopeMismatch` leaves them out (one slip is reported once). Computed once per timeline.
 */
import { partitionPoint } from '../spans';
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

/** Steps of one rank in text order, with the latest start reached so far, to find the first step after a time. */
interface RankGroup {
  readonly rank: number;
  readonly steps: ChronologyMention[];
  readonly reach: number[];
}

function groupOf(rank: number, steps: ChronologyMention[]): RankGroup {
  let reach = -Infinity;
  return { rank, steps, reach: steps.map((s) => (reach = Math.max(reach, (s.utc as { from: number }).from))) };
}

/** The first step of the group dated after `b` under every reading. */
function firstAfter(group: RankGroup, b: ChronologyMention): ChronologyMention | undefined {
  const to = (b.utc as { to: number }).to;
  return group.steps[partitionPoint(group.reach, (r) => r <= to)];
}

/**
 * An incoming cable's own date as written under its text (`ROSHCHIN` / `12.3.51`, or `21 October`
 * with the year of the envelope): it comes before every processing step, so a receipt dated before
 * it is a slip of one of them. A relative word
 * (`today`) takes its day from the envelope and proves nothing; an outgoing copy's date line is
 * often the day it was sent, after the cipher office received the text.
 */
const WRITTEN = -1;
/** An incoming stamp's place among the steps: after the receipt. */
const STAMP_RANK = 2.5;

export function isWrittenDate(w: ChronologyMention): boolean {
  // `MAO ZEDONG` / `21 October` under an envelope of 19 October 1951: the year is the one that puts the day nearest the envelope's
  const year = w.date?.yearSource;
  return w.depth === 0 && w.role === 'document' && w.ownDateOf !== undefined && w.date?.relative === undefined && (year === 'text' || year === 'inferred');
}

function computeOutOfOrder({ mentions, layout, received, sent }: ChronologyResult): OutOfOrder[] {
  const ranks = layout === 'incoming' ? rankIncoming : rankOutgoing;
  const written = (w: ChronologyMention): boolean => layout === 'incoming' && isWrittenDate(w);
  const rankOf = (w: ChronologyMention): number => (written(w) ? WRITTEN : ranks[w.stage] as number);
  const steps = mentions.filter((w) => ((w.depth === 0 && isProcessing(w.role) && ranks[w.stage] !== undefined) || written(w)) && !w.dateInferred && w.utc);
  // in an incoming cable the sender's clock is compared only when `Sent` precedes `Received` in the text
  const sentBeforeReceived = !received || !sent || sent.span.start < received.span.start;
  const senderClock = (a: ChronologyMention) => a.stage === 'sent' || a.stage === 'transmitted';
  // by rank, highest first: the culprit is the first step (in text order) of the highest rank below the step's that is dated after it
  const byRank = new Map<number, ChronologyMention[]>();
  for (const a of steps) {
    const r = rankOf(a);
    const list = byRank.get(r);
    if (list) list.push(a);
    else byRank.set(r, [a]);
  }
  const all = [...byRank].sort((x, y) => y[0] - x[0]).map(([r, list]) => groupOf(r, list));
  const withoutSenderClock = all.map((g) => groupOf(g.rank, g.steps.filter((a) => !senderClock(a))));
  const out: OutOfOrder[] = [];
  // An incoming stamp registers the cable after its receipt: checked against the receipt and the
  // steps before it, never against the decipherment or the typing (the registry may come after them).
  const stamps = layout === 'incoming' ? mentions.filter((w) => w.depth === 0 && w.role === 'stamp' && w.incomingStamp && !w.dateInferred && w.utc) : [];
  for (const b of [...steps, ...stamps]) {
    const rb = b.role === 'stamp' ? STAMP_RANK : rankOf(b);
    const groups = layout === 'incoming' && !sentBeforeReceived && rb >= 2 ? withoutSenderClock : all;
    for (const g of groups) {
      if (g.rank >= rb) continue;
      const culprit = firstAfter(g, b);
      if (culprit) {
        // a written date later than the receipt is one slip: reported at the first step, not at each after it
        if (rankOf(culprit) !== WRITTEN || !out.some((o) => o.culprit === culprit)) out.push({ step: b, culprit });
        break;
      }
    }
  }
  // `Sent 21:10 3.4.51` / `Transmitted 20:48 3.4.51`: two lines of one log on one clock, whichever it is
  // (the sending logged last before the transmission, in text order)
  const reported = new Set(out.map((o) => o.step));
  let lastSent: ChronologyMention | undefined;
  for (const b of steps) {
    if (b.stage === 'sent') lastSent = b;
    if (b.stage !== 'transmitted' || reported.has(b) || !lastSent || !onOneClock(lastSent, b)) continue;
    if (b.utc!.from < lastSent.utc!.from) out.push({ step: b, culprit: lastSent });
  }
  return out;
}

/**
 * Whether `a` is written for a later calendar day than `b`: for two dates one hand wrote on one
 * calendar (a man's own two dates, an office's decision and its extract), whatever the clock.
 */
export function laterCalendarDay(a: ChronologyMention, b: ChronologyMention): boolean {
  const day = (m: ChronologyMention) => (m.date?.year !== undefined && m.date.month !== undefined && m.date.day !== undefined && !m.date.relative ? m.iso?.slice(0, 10) : undefined);
  const x = day(a);
  const y = day(b);
  return x !== undefined && y !== undefined && x > y;
}

/**
 * Whether two times are read alike: on the same clock (however uncertain which) and to the same
 * precision, so that their ranges move together and the earlier start is the earlier time.
 */
function onOneClock(a: ChronologyMention, b: ChronologyMention): boolean {
  return a.zone === b.zone && a.orZone === b.orZone && a.zoneStated === b.zoneStated && a.time !== undefined && b.time !== undefined
    && a.utc!.to - a.utc!.from === b.utc!.to - b.utc!.from;
}
