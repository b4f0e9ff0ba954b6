/**
 * The timeline of a parsed cable: every date and time mention with its role (sent, received,
 * deciphered, ..., the document's own date, an inner telegram's date, a reference, a stamp), its
 * processing stage, the message it belongs to, its clock and the instants it can mean. The checks
 * of issue 4 are rules (`rules/*.ts`) that read this timeline; nothing here reports a problem.
 *
 * Roles come from the parser's spans (`HeaderField.when`, `FooterItem.when`, `Stamp.when`,
 * `Message.when`, signature and date parts, see `slots.ts`); where the parser left a date
 * unplaced, from the words on its line (`roles.ts`).
 *
 * Instants are intervals: a date without a time covers its whole day, a time without a known
 * clock covers every offset of the zone table, so a rule can fire only when an order is wrong
 * under every reading (zero warnings on correct cables matters more than catching every slip).
 */
import { NestingIndex, SpanIndex } from './spanIndex';
import type { CableDocument, Message, Stamp } from '../parser/ast';
import { PROTOCOL_NUMBER } from '../parser/patterns';
import type { DateHint, PartialDate, Span } from '../types';
import { dayNumber, fromDayNumber, pad2 } from './calendar';
import type { DateMention } from './mention';
import { resolveInPlace, scanOwned, slashDecided, type Mutable } from './scanner';
import { partitionPoint } from '../spans';
import { MentionWords, outgoingLayout, originZoneOf, type Classified } from './roles';
import { slotsOf, type DateRole, type Slot, type Stage } from './slots';
import { offsetSpread, onClockFace, zoneOffsetMinutes, zoneTable, type ZoneId } from './timezones';

export type { DateRole, Stage } from './slots';

/** A calendar day: `{ year: 1951, month: 10, day: 19 }`. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface ChronologyMention extends DateMention {
  readonly role: DateRole;
  /** The processing step, finer than the role: `Sent to the 8th Department` is a `forwarded` transmission. */
  readonly stage: Stage;
  /** `1951-10-19T11:35`, `1951-10-19`, `1950-05` or `--10-19` (no year); a range gives its start. */
  readonly iso?: string;
  /** The clock the time is read in: stated (`Beijing time`) or assumed from the role and the layout. */
  readonly zone?: ZoneId;
  readonly zoneStated: boolean;
  /** A second clock the time may be on (an incoming cable's `Sent`: the sender's, or Moscow's as logged); its `utc` covers both. */
  readonly orZone?: ZoneId;
  readonly yearInferred: boolean;
  /** A time written without a date (`Verified ... 0410`) that took the date of the step before it. */
  readonly dateInferred: boolean;
  readonly ambiguous: boolean;
  /** Depth of the message the mention belongs to: 0 for the cable and its envelope/footer. */
  readonly depth: number;
  /** The words say this is another message's date: `your telegram of 1 October`, `the 7 October telegram`. */
  readonly refersToMessage: boolean;
  /** Earliest and latest instant the mention can mean, in UTC minutes since 1970; absent when the year is unknown. */
  readonly utc?: { readonly from: number; readonly to: number };
  /** The innermost message whose text holds the mention (none for the envelope and the footer). */
  readonly message?: Message;
  /** The message whose own date this is: for the seed's `MAO ZEDONG 0530 18 October` the inner telegram. */
  readonly ownDateOf?: Message;
  /** Inside an `Incoming N° ...` stamp (not a declassification stamp): a date the envelope's must agree with. */
  readonly incomingStamp: boolean;
}

export interface ChronologyResult {
  /** Every mention in text order. */
  readonly mentions: readonly ChronologyMention[];
  /** The cable's own date: its date line, else its sending, else its receipt. */
  readonly documentDate?: PartialDate;
  /** Outgoing layouts log `Received` (the text reached the cipher office) before `Sent`. */
  readonly layout: 'incoming' | 'outgoing';
  /** The sender's clock, from the `From ...` line. */
  readonly originZone?: ZoneId;
  /** The cable's first receipt and sending (depth 0): for the seed `received at 1135 19 October 1951`. */
  readonly received?: ChronologyMention;
  readonly sent?: ChronologyMention;
  /** Every message, outer before inner, in text order. */
  readonly messages: readonly Message[];
  /** Where the year of the cable's year-less dates came from when the text writes none (`the file's folder name`). */
  readonly yearFrom?: { readonly from: string; readonly year: number };
}

/** Is the role a processing step (sent ... verified) rather than a date the text states? */
export function isProcessing(role: DateRole): boolean {
  return role !== 'document' && role !== 'telegram' && role !== 'reference' && role !== 'stamp';
}

/** The full date of a mention after inference, when year, month and day are known. */
export function fullDateOf(m: DateMention, inferred?: CalendarDay): CalendarDay | undefined {
  const d = m.date;
  if (d && d.year !== undefined && d.month !== undefined && d.day !== undefined) return { year: d.year, month: d.month, day: d.day };
  return inferred;
}

interface Work extends Classified {
  m: Mutable<DateMention>;
  fromSlot: boolean;
  zone?: ZoneId;
  zoneStated: boolean;
  /** A second clock the time may be on: an incoming cable's `Sent` may be the sender's or Moscow's (the log's). */
  orZone?: ZoneId;
  dateInferred: boolean;
  inferredDate?: CalendarDay;
  utc?: { from: number; to: number };
  message?: Message;
  incomingStamp: boolean;
}

function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function isoOf(w: Work): string | undefined {
  const d = w.m.date;
  const t = w.m.time;
  const full = fullDateOf(w.m, w.inferredDate);
  let date: string | undefined;
  if (full) date = `${full.year}-${pad2(full.month)}-${pad2(full.day)}`;
  else if (d?.month !== undefined && d.year !== undefined) date = `${d.year}-${pad2(d.month)}`;
  else if (d?.month !== undefined && d.day !== undefined) date = `--${pad2(d.month)}-${pad2(d.day)}`;
  // a day alone, as ISO 8601 truncates a date to it (a rhyme-code day whose month nothing gives)
  else if (d?.day !== undefined && d.month === undefined && d.year === undefined) date = `---${pad2(d.day)}`;
  if (!t) return date;
  const time = `${pad2(t.hour)}:${pad2(t.minute)}`;
  return date && full ? `${date}T${time}` : date ? `${date} ${time}` : time;
}

/** Earliest and latest UTC minute a mention can mean, given its clock. */
function utcRange(w: Work): { from: number; to: number } | undefined {
  if (w.m.invalid) return undefined;
  const d = w.m.date;
  const full = fullDateOf(w.m, w.inferredDate);
  let from: number;
  let to: number;
  if (full) {
    const day = dayNumber(full.year, full.month, full.day) * 1440;
    if (w.m.time) {
      from = day + w.m.time.hour * 60 + w.m.time.minute;
      to = from;
      if (w.m.time.to) {
        let end = day + w.m.time.to.hour * 60 + w.m.time.to.minute;
        if (end < from) end += 1440;
        to = end;
      }
    } else {
      from = day;
      const last = d?.dayTo !== undefined && d.dayTo >= full.day ? dayNumber(full.year, full.month, d.dayTo) : dayNumber(full.year, full.month, full.day);
      to = last * 1440 + 1439;
      // `Night of October 3` runs into the next morning.
      if (d?.partOfDay === 'night') to += 720;
    }
  } else if (d?.year !== undefined && d.month !== undefined && d.day === undefined) {
    from = dayNumber(d.year, d.month, 1) * 1440;
    to = dayNumber(d.month === 12 ? d.year + 1 : d.year, d.month === 12 ? 1 : d.month + 1, 1) * 1440 - 1;
  } else {
    return undefined;
  }
  const isoDay = full ? `${full.year}-${pad2(full.month)}-${pad2(full.day)}` : undefined;
  if (w.zone) {
    const off = zoneOffsetMinutes(w.zone, isoDay);
    const or = w.orZone ? zoneOffsetMinutes(w.orZone, isoDay) : off;
    return { from: from - Math.max(off, or), to: to - Math.min(off, or) };
  }
  return { from: from - offsetSpread.max, to: to - offsetSpread.min };
}

/**
 * Mentions: the whole text, then the parser's date spans in date context (which may find weak
 * notations such as `0410` or `3.9`); a text mention that contains a slot's mention wins.
 */
function collectMentions(text: string, slots: readonly Slot[]): Work[] {
  const works: Work[] = [];
  const plain = scanOwned(text);
  const used = new Set<DateMention>();
  const mk = (m: Mutable<DateMention>, slot: Slot | undefined): Work => ({
    m, role: slot?.role ?? 'reference', stage: slot?.stage ?? 'reference', depth: slot?.depth ?? 0,
    refersToMessage: slot?.refersToMessage === true, ownDateOf: slot?.ownDateOf, fromSlot: !!slot,
    zone: undefined, zoneStated: false, orZone: undefined, dateInferred: false, inferredDate: undefined, utc: undefined, message: undefined, incomingStamp: false,
  });
  // The spans already taken by a slot's mention, in text order (they never overlap), and indexes
  // over the plain mentions and the slots, keep this linear in the document: a long document holds
  // thousands of each.
  const taken: Span[] = [];
  const isTaken = (sp: Span) => {
    const k = taken[partitionPoint(taken, (t) => t.end <= sp.start)];
    return k !== undefined && k.start < sp.end;
  };
  const plainIndex = new SpanIndex(plain, (p) => p.span);
  const slotIndex = new SpanIndex(slots, (s) => s.span);
  // a sixth of the slots repeat another's span (a message's date is also its date part): each span is scanned once
  const seenSlots = new Set<number | string>();
  const keyOf = spanKey(text.length);
  for (const slot of slots) {
    const key = keyOf(slot.span);
    if (seenSlots.has(key)) continue;
    seenSlots.add(key);
    for (const m of scanOwned(text, slot.span.start, slot.span.end, { dateContext: true })) {
      if (isTaken(m.span)) continue;
      const wider = plainIndex.first(m.span, (sp, p) => !used.has(p) && contains(sp, m.span));
      if (wider) used.add(wider);
      const w = mk(wider ?? m, slot);
      taken.splice(partitionPoint(taken, (t) => t.start < w.m.span.start), 0, w.m.span);
      works.push(w);
    }
  }
  // the scanner returns its mentions in text order, none overlapping another (each is built from
  // candidates chosen not to overlap): a plain one taken before overlaps this one only if it reaches past its start
  let plainReach = 0;
  for (const m of plain) {
    if (used.has(m) || isTaken(m.span) || m.span.start < plainReach) continue;
    plainReach = m.span.end;
    works.push(mk(m, slotIndex.first(m.span)));
  }
  return works.sort((a, b) => a.m.span.start - b.m.span.start);
}

/**
 * The mentions not on a line of page furniture: a browser's print header (`10/3/23, 2:15 PM    Wilson
 * Center Digital Archive`) dates the printing, not the cable, and must not make it a cable of 1923.
 */
function withoutFurniture(works: Work[], furniture: readonly Span[] | undefined): Work[] {
  if (!furniture) return works;
  return works.filter((w) => {
    const k = furniture[partitionPoint(furniture, (f) => f.end <= w.m.span.start)];
    return k === undefined || k.start >= w.m.span.end;
  });
}

const SPAN_KEY_WIDTH = 2 ** 26;

/** A span of a text of `length` characters as one key: a number (made without building a string) unless the text is very long. */
function spanKey(length: number): (sp: Span) => number | string {
  return length < SPAN_KEY_WIDTH ? (sp) => sp.start * SPAN_KEY_WIDTH + sp.end : (sp) => `${sp.start}:${sp.end}`;
}

/** Past this many days after the cable, a message it cites without a year is last year's, not a slip. */
const CITED_AHEAD_DAYS = 60;

/**
 * The sender's day written without its year (`2 January`), in the year of the envelope's full date: the year
 * before when the day would fall more than a few days after it (`31 December` under a cable received on
 * 2 January). Undefined without a day and month, or an anchor with its year.
 */
function yearOfSenderDay(d: PartialDate | undefined, anchor: PartialDate | undefined): PartialDate | undefined {
  if (!d || d.year !== undefined || d.month === undefined || d.day === undefined || anchor?.year === undefined || anchor.month === undefined || anchor.day === undefined) return undefined;
  const ahead = dayNumber(anchor.year, d.month, d.day) > dayNumber(anchor.year, anchor.month, anchor.day) + SENDER_AHEAD_DAYS;
  return { year: ahead ? anchor.year - 1 : anchor.year, month: d.month, day: d.day };
}
/** How far after the envelope's date a sender's year-less day may fall and stay in its year (a cable logged before it was dated is a slip, not a year). */
const SENDER_AHEAD_DAYS = 7;

/**
 * A message cited or quoted without its year was sent before the cable citing it: `Your telegram of
 * 5 December` in a cable of 9 March 1950 is of December 1949, and so is a quoted letter dated `3.10`
 * in a cable of January 1951. A date a few days ahead keeps the cable's year: that is the slip
 * `referenceAfter` or `innerAfterOuter` reports.
 */
function citedBeforeCiting(works: readonly Work[], anchorOf: (w: Work) => PartialDate | undefined): void {
  for (const w of works) {
    const d = w.m.date as Mutable<NonNullable<DateMention['date']>> | undefined;
    // (a quoted text's own date without a year, `3.10` over Kim Il Sung's letter in a cable of January 1951, is of its past too)
    const cited = (w.role === 'reference' && w.refersToMessage) || (w.ownDateOf !== undefined && w.ownDateOf.depth > 0);
    if (!cited || d?.yearSource !== 'inferred' || d.year === undefined || d.month === undefined || d.day === undefined) continue;
    const anchor = anchorOf(w);
    if (anchor?.year === undefined || anchor.month === undefined || anchor.day === undefined) continue;
    if (dayNumber(d.year, d.month, d.day) > dayNumber(anchor.year, anchor.month, anchor.day) + CITED_AHEAD_DAYS) d.year -= 1;
  }
}

/**
 * The anchor of the year-less dates inside each quoted or forwarded text that writes its own full
 * date: Shtykov's telegram signed `3.10.50`, quoted in a cable of January 1951, says `On 3 October`
 * of 1950, and Zhou Enlai's letter of 20 December 1950 says `12 March of this year` of 1950. A
 * text with no full date of its own takes the anchor of the text around it; the cable's own message
 * keeps the cable's anchor. Undefined when no quoted text dates itself.
 */
function quotedTextAnchors(works: readonly Work[], messages: readonly Message[]): ((w: Work) => PartialDate | undefined) | undefined {
  let dated: Map<Message, PartialDate> | undefined;
  for (const w of works) {
    const m = w.ownDateOf;
    const d = w.m.date;
    if (!m || m.depth === 0 || dated?.has(m) || !d || d.yearSource !== 'text' || d.year === undefined || d.month === undefined || d.day === undefined || d.relative) continue;
    // a slash date whose order is not yet decided cannot anchor anything
    if (d.slash && d.slash.first <= 12 && d.slash.second <= 12 && d.slash.first !== d.slash.second) continue;
    (dated ??= new Map()).set(m, { year: d.year, month: d.month, day: d.day });
  }
  if (!dated) return undefined;
  const parents = new Map<Message, Message>();
  for (const o of messages) for (const t of o.telegrams) parents.set(t, o);
  const known = dated;
  return (w) => {
    for (let m = w.message; m; m = parents.get(m)) {
      const d = known.get(m);
      if (d) return d;
    }
    return undefined;
  };
}

/** The editor's note numbered `n` (`[2] "Hao" is the telegraphic code for the 20th day ...`), if the document has one. */
function noteText(doc: CableDocument, n: number): string | undefined {
  const marker = `[${n}]`;
  for (const b of doc.blocks) {
    if (b.kind !== 'notes') continue;
    for (const item of b.items) {
      const t = doc.text.slice(item.start, item.end).trimStart();
      if (t.startsWith(marker)) return t;
    }
  }
  return undefined;
}

/** The days of the month a note names: `the 20th day`, `19th`. */
const ORDINAL_DAY = /\b([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/g;

/**
 * A pinyin that is two rhymes (`Hao`: `皓` 19 or `号` 20) is read as the one the editor's note on it
 * names (`[2] "Hao" is the telegraphic code for the 20th day of the month`); without such a note
 * it keeps its first reading, and the hover gives the other.
 */
function rhymeByNote(works: readonly Work[], doc: CableDocument): void {
  for (const w of works) {
    const d = w.m.date as Mutable<NonNullable<DateMention['date']>> | undefined;
    const rhyme = d?.rhyme;
    if (!d || !rhyme || rhyme.readings.length < 2 || rhyme.note === undefined) continue;
    const note = noteText(doc, rhyme.note);
    if (!note) continue;
    for (const [, n] of note.matchAll(ORDINAL_DAY)) {
      const reading = rhyme.readings.find((r) => r.day === Number(n));
      if (!reading) continue;
      d.day = reading.day;
      d.rhyme = { ...rhyme, byNote: true };
      break;
    }
  }
}

/** A Politburo protocol or its extract (`P78/118`, `Extract from protocol No. 83`): a Soviet paper, which writes the day before the month. */
function sovietProtocol(doc: CableDocument): boolean {
  const envelope = doc.blocks.find((b) => b.kind === 'envelope');
  return envelope !== undefined && PROTOCOL_MARK.test(doc.text.slice(envelope.span.start, envelope.span.end));
}
const PROTOCOL_MARK = new RegExp(String.raw`\b${PROTOCOL_NUMBER}\b|\b(?:Extract|Excerpt)\s+(?:of\s+the\s+)?(?:[Mm]inutes\s+)?from\s+(?:the\s+)?[Pp]rotocol\b`);

/**
 * `dateHint`: a date the editor gives the cable outside its text (a collection's title, `Telegram
 * from Mao Zedong to Zhou Enlai, 13 October 1950`), the anchor of its year-less dates when the
 * cable writes no complete date of its own.
 */
export function analyzeChronology(doc: CableDocument, dateHint?: DateHint): ChronologyResult {
  const text = doc.text;
  const tree = slotsOf(doc);
  const works = withoutFurniture(collectMentions(text, tree.slots), doc.furniture);

  // roles of the mentions the parser did not place, and the message each belongs to
  const nesting = new NestingIndex(tree.messages, (m) => m.span, (m) => m.depth);
  const words = new MentionWords(text, doc.blocks.filter((b): b is Stamp => b.kind === 'stamp'));
  for (const w of works) {
    w.message = nesting.innermost(w.m.span);
    const line = words.lineOf(w.m.span.start);
    const stamp = words.stampOf(w.m.span, line);
    w.incomingStamp = stamp.incoming;
    if (!w.fromSlot) {
      if (stamp.inStamp) w.role = w.stage = 'stamp';
      else {
        const c = words.classify(w.m, w.message, line);
        w.role = c.role;
        w.stage = c.stage;
        w.depth = c.depth;
        w.refersToMessage = c.refersToMessage;
        if (c.ownDateOf) w.ownDateOf = c.ownDateOf;
      }
    }
    if (w.role === 'reference' && !w.refersToMessage && w.stage !== 'relayed') w.refersToMessage = words.refersToMessage(w.m.span, line);
    if (isProcessing(w.role)) {
      // processing steps belong to the envelope/footer of their message
      w.depth = w.fromSlot ? w.depth : (w.message?.depth ?? 0);
    }
  }

  rhymeByNote(works, doc);

  // years and slash dates, anchored on the envelope
  const complete = (w: Work) => w.m.date?.year !== undefined && w.m.date.month !== undefined && w.m.date.day !== undefined;
  const anchorWork =
    works.find((w) => w.depth === 0 && (w.role === 'received' || w.role === 'sent') && complete(w)) ??
    works.find((w) => w.depth === 0 && w.role === 'document' && complete(w)) ??
    works.find((w) => complete(w) && w.m.date?.notation !== 'slash');
  // a slash date is decided first without an anchor, so that an ambiguous envelope date cannot
  // anchor itself; any other complete date is its own value
  const slashOrder = sovietProtocol(doc) ? 'day-month' : undefined;
  const firstPass = anchorWork?.m.date?.notation === 'slash' ? slashDecided(works.map((w) => w.m), works.indexOf(anchorWork), { slashOrder }) : anchorWork?.m.date;
  // (an envelope whose slash dates nothing decides is anchored by the date the sender wrote under his text: `1/4/51` over `3.1.51`)
  const written = firstPass?.ambiguous ? works.find((w) => w.depth === 0 && w.role === 'document' && complete(w) && w.m.date?.notation !== 'slash') : undefined;
  const anchor: PartialDate | undefined = (firstPass?.ambiguous ? written?.m.date : firstPass) ?? dateHint;
  // a quoted letter or forwarded telegram that writes its own full date anchors the year-less dates in it
  const ownAnchor = quotedTextAnchors(works, tree.messages);
  // `Today` in the cable's own text is its sender's day: the date he wrote under it, where he wrote one in full
  // (`2 January, 11 p.m.` under a cable Moscow received on 3 January: his day in the year of the envelope's routing
  // date, or the year before; only a routing date: a date the text cites says nothing of the sender's year)
  const senderDay = works.find((w) => w.depth === 0 && w.role === 'document' && complete(w) && w.m.date?.notation !== 'slash')?.m.date
    ?? (anchorWork && anchorWork.depth === 0 && (anchorWork.role === 'received' || anchorWork.role === 'sent') && anchor === firstPass
      ? yearOfSenderDay(works.find((w) => w.depth === 0 && w.role === 'document' && w.m.date?.notation !== 'slash' && !w.m.date?.relative)?.m.date, anchor)
      : undefined);
  const dayAnchorOf = senderDay && ((i: number) => (works[i]!.depth === 0 ? senderDay : undefined));
  resolveInPlace(works.map((w) => w.m), { anchor, dayAnchorOf, text: doc.text, slashOrder, anchorOf: ownAnchor && ((i) => ownAnchor(works[i]!)) });
  citedBeforeCiting(works, (w) => ownAnchor?.(w) ?? anchor);

  // time-only processing steps take the date of the step before them
  let previous: CalendarDay | undefined;
  let previousTime: DateMention['time'];
  for (const w of works) {
    if (!isProcessing(w.role) || w.depth !== 0) continue;
    if (!fullDateOf(w.m) && w.m.time && !w.m.date && previous) {
      let n = dayNumber(previous.year, previous.month, previous.day);
      if (previousTime && w.m.time.hour * 60 + w.m.time.minute < previousTime.hour * 60 + previousTime.minute) n += 1;
      w.inferredDate = fromDayNumber(n);
      w.dateInferred = true;
    }
    const full = fullDateOf(w.m, w.inferredDate);
    if (full) {
      previous = full;
      previousTime = w.m.time;
    }
  }

  // clocks
  const originZone = originZoneOf(text, tree.origin);
  const top = works.filter((w) => w.depth === 0);
  const rec = top.find((w) => w.role === 'received');
  const sent = top.find((w) => w.role === 'sent');
  const layout: 'incoming' | 'outgoing' =
    outgoingLayout(text, tree) || (!!rec && !!sent && rec.m.span.start < sent.m.span.start && !tree.origin) ? 'outgoing' : 'incoming';
  for (const w of works) {
    const stated = w.m.statedZone?.id;
    if (stated && stated !== 'local') {
      w.zone = stated;
      w.zoneStated = true;
    } else if (stated === 'local') {
      w.zone = originZone;
      w.zoneStated = originZone !== undefined;
    } else if (w.depth === 0 && isProcessing(w.role)) {
      const senderClock = w.stage === 'sent' || w.stage === 'transmitted';
      w.zone = senderClock && layout === 'incoming' ? originZone : 'moscow';
      // the sending is logged on the sender's clock or on Moscow's: the sources show both
      if (senderClock && layout === 'incoming' && originZone && originZone !== 'moscow') w.orZone = 'moscow';
    } else if (w.role === 'stamp') {
      w.zone = 'moscow';
    } else if (w.depth === 0 && w.role === 'document' && layout === 'incoming') {
      w.zone = originZone;
    } else if (w.depth === 0 && w.role === 'document' && layout === 'outgoing') {
      w.zone = 'moscow';
    }
    w.utc = utcRange(w);
  }
  for (let i = 0; i + 1 < works.length; i++) onClockOfEquivalent(works[i]!, works[i + 1]!, text, originZone);

  const mentions = works.map(mentionOf);
  const at = (w: Work) => mentions[works.indexOf(w)];
  const docWork = works.find((w) => w.depth === 0 && w.role === 'document' && w.m.date?.month !== undefined) ?? sent ?? rec;
  const documentDate = docWork ? partialOf(docWork) : undefined;
  const yearFrom = anchor === dateHint && dateHint?.from && dateHint.year !== undefined ? { from: dateHint.from, year: dateHint.year } : undefined;
  return {
    mentions, layout, messages: tree.messages, documentDate, originZone,
    received: rec ? at(rec) : undefined, sent: sent ? at(sent) : undefined,
    ...(yearFrom ? { yearFrom } : {}),
  };
}

/** What stands between a time and its Moscow equivalent: an opening bracket (`10:00 local time (04:00 Moscow)`). */
export const EQUIVALENT_OPENING = /^\s*[([]\s*$/;

/**
 * `At 10:00 on 27 July local time (04:00 Moscow) at Panmunjom`, in a cable from Beijing: a local time
 * given with its Moscow equivalent is on the clock the difference names (six hours: Korean time),
 * not the clock of the place the cable was sent from, when that clock differs by other hours. A
 * difference no clock of the region had is left to the equivalent's check.
 */
function onClockOfEquivalent(local: Work, moscow: Work, text: string, originZone: ZoneId | undefined): void {
  if (local.m.statedZone?.id !== 'local' || moscow.zone !== 'moscow' || !moscow.zoneStated || !local.m.time || !moscow.m.time) return;
  if (moscow.m.span.start < local.m.span.end || !EQUIVALENT_OPENING.test(text.slice(local.m.span.end, moscow.m.span.start))) return;
  const day = isoOf(local)?.slice(0, 10);
  const ahead = (id: ZoneId) => onClockFace(zoneOffsetMinutes(id, day) - zoneOffsetMinutes('moscow', day));
  const apart = onClockFace(local.m.time.hour * 60 + local.m.time.minute - (moscow.m.time.hour * 60 + moscow.m.time.minute));
  if (originZone !== undefined && ahead(originZone) === apart) return;
  const zone = zoneTable.find((z) => z.id !== 'moscow' && !z.placedOnly && ahead(z.id) === apart)?.id;
  if (zone === undefined) return;
  local.zone = zone;
  local.zoneStated = true;
  local.utc = utcRange(local);
}

function mentionOf(w: Work): ChronologyMention {
  const m = w.m;
  // every field, in one order, whether set or not: all mentions share one hidden class
  return {
    span: m.span,
    role: w.role,
    stage: w.stage,
    zoneStated: w.zoneStated,
    yearInferred: m.date?.yearSource === 'inferred' || m.date?.yearSource === 'relative' || w.dateInferred,
    dateInferred: w.dateInferred,
    ambiguous: m.date?.ambiguous === true,
    depth: w.depth,
    refersToMessage: w.refersToMessage,
    incomingStamp: w.incomingStamp,
    date: m.date,
    time: m.time,
    statedZone: m.statedZone,
    weekday: m.weekday,
    invalid: m.invalid,
    iso: isoOf(w),
    zone: w.zone,
    orZone: w.orZone,
    utc: w.utc,
    message: w.message,
    ownDateOf: w.ownDateOf,
  };
}

function partialOf(w: Work): PartialDate | undefined {
  const full = fullDateOf(w.m, w.inferredDate);
  const d = full ?? w.m.date;
  if (!d) return undefined;
  const p: { year?: number; month?: number; day?: number } = {};
  if (d.year !== undefined) p.year = d.year;
  // An impossible month (`30/30/50`) says nothing of the cable's date; its day neither.
  if (d.month === undefined || d.month < 1 || d.month > 12) return p;
  p.month = d.month;
  if (d.day !== undefined && d.day >= 1 && d.day <= 31) p.day = d.day;
  return p;
}
