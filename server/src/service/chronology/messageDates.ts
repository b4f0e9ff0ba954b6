/**
 * The dates of each message: its own (`when`, signature and date lines), the date its introducer
 * gives it (`my telegram of 23 October`), and its parent. `innerAfterOuter` and `referenceAfter`
 * both compare a date with the dates of the message around it; this is grouped once per timeline
 * (not a scan of all mentions per message).
 */
import type { Message } from '../parser/ast';
import type { Span } from '../types';
import { SpanIndex } from './spanIndex';
import type { ChronologyMention, ChronologyResult } from './timeline';

export interface MessageDates {
  /** A message's own dates, in text order: for the seed's inner telegram `0530 18 October`. */
  own(message: Message): readonly ChronologyMention[];
  /** The dates of a message's introducer: for `my telegram of 23 October: "..."` the mention `23 October`. */
  introduced(message: Message): readonly ChronologyMention[];
  parentOf(message: Message): Message | undefined;
  /** Is the span (part of) the date of an introducer? */
  isIntroducerDate(span: Span): boolean;
  /** The cable's own dates at depth 0: its date lines, then its sending and receipt. */
  readonly cable: readonly ChronologyMention[];
}

const memo = new WeakMap<ChronologyResult, MessageDates>();

export function messageDates(timeline: ChronologyResult): MessageDates {
  let found = memo.get(timeline);
  if (!found) {
    found = computeMessageDates(timeline);
    memo.set(timeline, found);
  }
  return found;
}

function computeMessageDates({ mentions, messages }: ChronologyResult): MessageDates {
  const ownByMessage = new Map<Message, ChronologyMention[]>();
  const addOwn = (msg: Message | undefined, m: ChronologyMention) => {
    if (!msg) return;
    const list = ownByMessage.get(msg);
    if (!list) ownByMessage.set(msg, [m]);
    else if (!list.includes(m)) list.push(m);
  };
  for (const m of mentions) {
    addOwn(m.ownDateOf, m);
    if (m.role === 'document' || m.role === 'telegram') addOwn(m.message, m);
  }
  const mentionIndex = new SpanIndex(mentions, (m) => m.span);
  const parents = new Map<Message, Message>();
  for (const o of messages) for (const t of o.telegrams) parents.set(t, o);
  const introducerIndex = new SpanIndex(messages.flatMap((msg) => (msg.introducer?.when ? [msg.introducer.when] : [])), (sp) => sp);
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const top = mentions.filter((m) => m.depth === 0);
  return {
    own: (msg) => ownByMessage.get(msg) ?? [],
    introduced(msg) {
      const when = msg.introducer?.when;
      if (!when) return [];
      const out: ChronologyMention[] = [];
      mentionIndex.first(when, (_, m) => (out.push(m), false));
      return out.sort((a, b) => a.span.start - b.span.start);
    },
    parentOf: (msg) => parents.get(msg),
    isIntroducerDate: (span) => introducerIndex.first(span, (sp) => overlaps(sp, span)) !== undefined,
    cable: [
      ...top.filter((m) => m.role === 'document'),
      ...top.filter((m) => m.role === 'sent'),
      ...top.filter((m) => m.role === 'received'),
    ],
  };
}
