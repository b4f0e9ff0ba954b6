/**
 * Chronology of a parsed cable: every date and time mention with its role (sent, received,
 * deciphered, ..., the document's own date, an inner telegram's date, a reference, a stamp), its
 * clock, and the checks of issue 4 — impossible values, processing order, an inner telegram or a
 * referenced telegram dated after the message that holds it, envelope/stamp/footer disagreement,
 * a wrong weekday, copy numbers and distribution counts.
 *
 * Roles come from the parser's spans (`HeaderField.when`, `FooterItem.when`, `Stamp.when`,
 * `Message.when`, signature and date parts); where the parser left a date unplaced, from the words
 * on its line (`Deciphered by ...`, `Incoming N° ...`, a line holding only a date).
 *
 * Comparisons are interval-based: a date without a time covers its whole day, a time without a
 * known clock covers every offset of the zone table, so a check fires only when the order is wrong
 * under every reading (zero warnings on correct cables matters more than catching every slip).
 */
import { NestingIndex, SpanIndex } from './spanIndex';
import type { CableDiagnostic, RelatedInformation } from '../diagnosticCodes';
import type {
  Block, CableDocument, DistributionList, FooterItem, HeaderField, HeaderFieldKind, Message, Stamp,
} from '../parser/ast';
import type { PartialDate, Span } from '../types';
import { dayNumber, fromDayNumber, pad2, weekdayNames, weekdayOf } from './calendar';
import type { DateMention, MentionDate } from './mention';
import { resolveMentions, scanRaw } from './scanner';
import { offsetSpread, zoneForPlace, zoneOffsetMinutes, type ZoneId } from './timezones';

export type DateRole =
  | 'sent' | 'received' | 'arrived' | 'transmitted' | 'deciphered' | 'printed' | 'typed' | 'verified'
  | 'document' //  the document's own date (signature/date line, preamble date line, `Today`)
  | 'telegram' //  an inner telegram's own date
  | 'reference' // any other date in the text: another telegram's date, an event
  | 'stamp';

export interface ChronologyMention extends DateMention {
  readonly role: DateRole;
  /** `1951-10-19T11:35`, `1951-10-19`, `1950-05` or `--10-19` (no year); a range gives its start. */
  readonly iso?: string;
  /** The clock the time is read in: stated (`Beijing time`) or assumed from the role and the layout. */
  readonly zone?: ZoneId;
  readonly zoneStated: boolean;
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
}

export interface ChronologyOptions {
  /** How far envelope, stamp and footer dates may drift apart before `cable.date.envelopeMismatch`; default 48. */
  readonly toleranceHours?: number;
}

export interface ChronologyResult {
  readonly mentions: readonly ChronologyMention[];
  /** The cable's own date: its date line, else its sending, else its receipt. */
  readonly documentDate?: PartialDate;
  readonly diagnostics: readonly CableDiagnostic[];
  /** Outgoing layouts log `Received` (the text reached the cipher office) before `Sent`. */
  readonly layout: 'incoming' | 'outgoing';
  /** The sender's clock, from the `From ...` line. */
  readonly originZone?: ZoneId;
}

// ---------------------------------------------------------------- slots from the document model

/** Processing step, finer than the role: a forwarding inside Moscow is not the sender's transmission. */
type Stage = DateRole | 'forwarded';

interface Slot {
  readonly span: Span;
  readonly role: DateRole;
  readonly stage: Stage;
  readonly depth: number;
  readonly refersToMessage?: boolean;
  /** The message whose own date this slot is (its `when`, signature or date part). */
  readonly ownDateOf?: Message;
}

const fieldRole: Partial<Record<HeaderFieldKind, { role: DateRole; stage: Stage }>> = {
  sent: { role: 'sent', stage: 'sent' },
  received: { role: 'received', stage: 'received' },
  arrived: { role: 'arrived', stage: 'arrived' },
  transmitted: { role: 'transmitted', stage: 'transmitted' },
  forwarded: { role: 'transmitted', stage: 'forwarded' },
  deciphered: { role: 'deciphered', stage: 'deciphered' },
};

function footerRole(item: FooterItem): DateRole | undefined {
  switch (item.kind) {
    case 'deciphered':
    case 'printed':
    case 'typed':
    case 'verified':
      return item.kind;
    case 'copies':
    case 'copyTo':
      return 'printed';
    default:
      return undefined;
  }
}

interface Walk {
  readonly slots: Slot[];
  readonly messages: Message[];
  readonly stamps: Span[];
  readonly fields: { field: HeaderField; depth: number }[];
  readonly footerItems: FooterItem[];
  readonly distributions: DistributionList[];
}

function walk(doc: CableDocument): Walk {
  const w: Walk = { slots: [], messages: [], stamps: [], fields: [], footerItems: [], distributions: [] };
  const addFields = (fields: readonly HeaderField[], depth: number) => {
    for (const f of fields) {
      w.fields.push({ field: f, depth });
      // a date line in the header (`12/11/50` under a Politburo extract's number) is the document's date
      const r = (f.kind as string) === 'date' ? { role: (depth === 0 ? 'document' : 'telegram') as DateRole, stage: (depth === 0 ? 'document' : 'telegram') as Stage } : fieldRole[f.kind];
      // without a `when`, the whole field is searched for its date words
      if (r) w.slots.push({ span: f.when ?? f.span, role: r.role, stage: r.stage, depth });
    }
  };
  const addMessage = (m: Message) => {
    w.messages.push(m);
    const own: DateRole = m.depth === 0 ? 'document' : 'telegram';
    addFields(m.header, m.depth);
    if (m.when) w.slots.push({ span: m.when, role: own, stage: own, depth: m.depth, ownDateOf: m });
    for (const p of m.parts) {
      if (p.when) w.slots.push({ span: p.when, role: own, stage: own, depth: m.depth, ownDateOf: m });
      else if (p.kind === 'date') w.slots.push({ span: p.value, role: own, stage: own, depth: m.depth, ownDateOf: m });
    }
    for (const t of m.telegrams) {
      if (t.introducer?.when) {
        w.slots.push({ span: t.introducer.when, role: 'reference', stage: 'reference', depth: m.depth, refersToMessage: true });
      }
      addMessage(t);
    }
  };
  const addStamp = (s: Stamp) => {
    w.stamps.push(s.span);
    if (s.when) w.slots.push({ span: s.when, role: 'stamp', stage: 'stamp', depth: 0 });
  };
  const visit = (b: Block) => {
    switch (b.kind) {
      case 'envelope':
        addFields(b.fields, 0);
        if (b.distribution) w.distributions.push(b.distribution);
        break;
      case 'message':
        addMessage(b);
        break;
      case 'footer':
        for (const it of b.items) {
          w.footerItems.push(it);
          const role = footerRole(it);
          if (role && (it.when || it.kind !== 'copies')) w.slots.push({ span: it.when ?? it.span, role, stage: role, depth: 0 });
        }
        if (b.distribution) w.distributions.push(b.distribution);
        break;
      case 'stamp':
        addStamp(b);
        break;
      case 'distribution':
        w.distributions.push(b);
        break;
      default:
        break;
    }
  };
  for (const b of doc.blocks) visit(b);
  return w;
}

// ---------------------------------------------------------------- roles from the words around a mention

/** `Received 3.9 18:46`, `From CORRESPONDENT 17 Sent 24.11.50 Received ...`, `Tenth Department Received 17:10 ...`. */
const lineStartKeyword =
  /^[ \t]*(?:(?:From|FROM)\b[^\n]{0,60}?[ .\t])?([Ss]ent to the|[Ss]ent|[Rr]eceived|[Aa]rrived|[Tt]ransmitted|[Dd]eciphered|[Pp]rinted|[Tt]yped|[Vv]erified|[Ff]orwarded)\b|^[ \t]*[A-Z][A-Za-z0-9]*\.?(?:[ \t]+[A-Z0-9][A-Za-z0-9/.]*){0,6}[ \t]+(Sent to the|Sent|Received|Arrived|Transmitted|Deciphered|Printed|Typed|Verified|Forwarded)\b/;

function stageFromWord(word: string): { role: DateRole; stage: Stage } {
  const w = word.toLowerCase();
  if (w === 'sent to the' || w === 'forwarded') return { role: 'transmitted', stage: 'forwarded' };
  return { role: w as DateRole, stage: w as DateRole };
}

const monthOrDigits = /^[\s"“”'’.,;:()\[\]]*$/;

function lineOf(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  return { start, end };
}

const MESSAGE_NOUN = '(?:telegrams?|cables?|letters?|directives?|messages?|notes?|reports?|instructions?|requests?|orders?)';
const referenceBefore = new RegExp(
  `\\b${MESSAGE_NOUN}\\b(?:[ \\t]+(?:No\\.|N[°º]|№|#)[ \\t]*[\\w/-]+)?(?:[^.;:!?\\n]{0,40}?\\b(?:of|dated)|[ \\t]+(?:at|sent on|received on|on))[ \\t]*$` +
    '|(?:\\bNo\\.|N[°º]|№|#)[ \\t]*[\\w/-]+[ \\t]+(?:of|dated)[ \\t]*$',
  'i',
);
const referenceAfter = /^[ \t]*(?:telegrams?|cables?|letters?|directives?|messages?|notes?)\b/i;

// ---------------------------------------------------------------- analysis

interface Work {
  m: DateMention;
  role: DateRole;
  stage: Stage;
  depth: number;
  refersToMessage: boolean;
  ownDateOf?: Message;
  fromSlot: boolean;
  zone?: ZoneId;
  zoneStated: boolean;
  dateInferred: boolean;
  inferredDate?: { year: number; month: number; day: number };
  utc?: { from: number; to: number };
  message?: Message;
  inIncomingStamp: boolean;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Full date of a mention (after inference), when year, month and day are known. */
function fullDate(w: Work): { year: number; month: number; day: number } | undefined {
  const d = w.m.date;
  if (d && d.year !== undefined && d.month !== undefined && d.day !== undefined) return { year: d.year, month: d.month, day: d.day };
  return w.inferredDate;
}

function isoOf(w: Work): string | undefined {
  const d = w.m.date;
  const t = w.m.time;
  const full = fullDate(w);
  let date: string | undefined;
  if (full) date = `${full.year}-${pad2(full.month)}-${pad2(full.day)}`;
  else if (d?.month !== undefined && d.year !== undefined) date = `${d.year}-${pad2(d.month)}`;
  else if (d?.month !== undefined && d.day !== undefined) date = `--${pad2(d.month)}-${pad2(d.day)}`;
  if (!t) return date;
  const time = `${pad2(t.hour)}:${pad2(t.minute)}`;
  return date && full ? `${date}T${time}` : date ? `${date} ${time}` : time;
}

/** Earliest and latest UTC minute a mention can mean, given its clock. */
function utcRange(w: Work): { from: number; to: number } | undefined {
  if (w.m.invalid) return undefined;
  const d = w.m.date;
  const full = fullDate(w);
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
    return { from: from - off, to: to - off };
  }
  return { from: from - offsetSpread.max, to: to - offsetSpread.min };
}

function definitelyAfter(a: Work, b: Work, slackMinutes = 0): boolean {
  return !!a.utc && !!b.utc && a.utc.from > b.utc.to + slackMinutes;
}

function gapMinutes(a: Work, b: Work): number | undefined {
  if (!a.utc || !b.utc) return undefined;
  return Math.max(0, a.utc.from - b.utc.to, b.utc.from - a.utc.to);
}

function words(text: string, s: Span): string {
  return text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
}

function describe(text: string, w: Work): string {
  return `${w.role} ${words(text, w.m.span)}`;
}

const wordNumbers: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, twenty: 20,
};

export function analyzeChronology(doc: CableDocument, options: ChronologyOptions = {}): ChronologyResult {
  const text = doc.text;
  const tolerance = (options.toleranceHours ?? 48) * 60;
  const tree = walk(doc);

  // 1. mentions: the whole text, then the parser's date spans in date context (which may find
  // weak notations such as `0410` or `3.9`); a text mention that contains a slot's mention wins.
  const works: Work[] = [];
  const plain = scanRaw(text);
  const used = new Set<DateMention>();
  const mk = (m: DateMention, slot: Slot | undefined): Work => ({
    m, role: slot?.role ?? 'reference', stage: slot?.stage ?? 'reference', depth: slot?.depth ?? 0,
    refersToMessage: slot?.refersToMessage === true, ownDateOf: slot?.ownDateOf, fromSlot: !!slot,
    zoneStated: false, dateInferred: false, inIncomingStamp: false,
  });
  // Characters already taken by a mention, and indexes over the plain mentions and the slots, keep
  // this linear in the document: a long document holds thousands of each.
  const taken = new Uint8Array(text.length + 1);
  const isTaken = (sp: Span) => {
    for (let i = sp.start; i < sp.end; i++) if (taken[i]) return true;
    return false;
  };
  const take = (w: Work) => {
    taken.fill(1, w.m.span.start, w.m.span.end);
    works.push(w);
  };
  const plainIndex = new SpanIndex(plain, (p) => p.span);
  const slotIndex = new SpanIndex(tree.slots, (s) => s.span);
  const seenSlots = new Set<string>();
  for (const slot of tree.slots) {
    const key = `${slot.span.start}:${slot.span.end}`;
    if (seenSlots.has(key)) continue;
    seenSlots.add(key);
    for (const m of scanRaw(text, slot.span.start, slot.span.end, { dateContext: true })) {
      if (isTaken(m.span)) continue;
      const wider = plainIndex.first(m.span, (sp, p) => !used.has(p) && contains(sp, m.span));
      if (wider) used.add(wider);
      take(mk(wider ?? m, slot));
    }
  }
  for (const m of plain) {
    if (used.has(m) || isTaken(m.span)) continue;
    take(mk(m, slotIndex.first(m.span)));
  }
  works.sort((a, b) => a.m.span.start - b.m.span.start);

  // 2. roles of the mentions the parser did not place
  const stampSpans = [...tree.stamps];
  const stampRx = /\[\s*stamp\b[^\]]*\]?/gi;
  for (let s = stampRx.exec(text); s; s = stampRx.exec(text)) stampSpans.push({ start: s.index, end: s.index + s[0].length });
  const nesting = new NestingIndex([...tree.messages].sort((a, b) => a.depth - b.depth), (m) => m.span, text.length);
  const innermost = (at: Span): Message | undefined => {
    const found = nesting.innermostAt(at.start);
    if (found && contains(found.span, at)) return found;
    // A mention straddling a message's end: the deepest message that holds all of it.
    let best: Message | undefined;
    for (const msg of tree.messages) if (contains(msg.span, at) && (!best || msg.depth >= best.depth)) best = msg;
    return best;
  };
  const stampIndex = new SpanIndex(stampSpans, (sp) => sp);
  for (const w of works) {
    w.message = innermost(w.m.span);
    const line = lineOf(text, w.m.span.start);
    const before = text.slice(line.start, w.m.span.start);
    const after = text.slice(w.m.span.end, line.end);
    const stamp = stampIndex.first(w.m.span, (sp) => contains(sp, w.m.span));
    const inStamp = stamp !== undefined || /\bIncoming\b/i.test(before);
    if (inStamp) {
      const stampText = stamp ? text.slice(stamp.start, stamp.end) : before;
      w.inIncomingStamp = /\bIncoming\b/i.test(stampText) && !/declassif/i.test(stampText);
    }
    if (!w.fromSlot) {
      if (inStamp) {
        w.role = w.stage = 'stamp';
      } else {
        const kw = lineStartKeyword.exec(before);
        // a footer item split over two lines: `Deciphered by Karpov` / `at 1510 18 November`
        const prevLine = line.start > 0 ? lineOf(text, line.start - 1) : undefined;
        const prevKw = !kw && prevLine && /^[ \t]*(?:at|on)?[ \t]*$/i.test(before)
          ? /^[ \t]*(Deciphered|Printed|Typed|Verified)\b[^\n]*$/i.exec(text.slice(prevLine.start, prevLine.end))
          : null;
        const found = kw ?? prevKw;
        if (found && !(w.message && w.message.depth > 0 && !w.message.header.length)) {
          const r = stageFromWord((found[1] ?? found[2]) as string);
          w.role = r.role;
          w.stage = r.stage;
          w.depth = w.message?.depth ?? 0;
          if (w.message && w.message.depth === 0 && !contains(w.message.span, w.m.span)) w.depth = 0;
        } else {
          w.depth = w.message?.depth ?? 0;
          const own: DateRole = w.depth === 0 ? 'document' : 'telegram';
          const rest = (before + after).replace(/\b[A-Z][A-Z.\- ]+\b/g, '').replace(/\b(?:No\.|N[°º]|№)[ \t]*[\w/-]+/g, '');
          const provenance = /^[ \t.,]*(?:Printed from|Source:|\[Source)/i;
          const bareLine = monthOrDigits.test(before) && (monthOrDigits.test(after) || provenance.test(after));
          // a date heading the document, run into the text when line breaks were lost: `9 March 1952 To Comrade ...`
          const heading = w.depth === 0 && monthOrDigits.test(before) && text.slice(0, line.start).trim() === '' && /^[ \t]+To\b/.test(after);
          const signatureLine = /^[ \t"“]*(?:[A-Z][A-Za-z.’'\-]*[ \t]*){1,4}[,.]?[ \t]*$/.test(before) && monthOrDigits.test(after) && before.trim().length > 0
            || monthOrDigits.test(before) && /^[ \t]*[A-Z][A-Za-z.’'\-]*(?:[ \t]+[A-Z][A-Za-z.’'\-]*){0,3}[ \t".”]*$/.test(after)
            || /^[ \t"“]*(?:[A-Z][A-Za-z.’'\-]*[ \t]*){1,4}[,.]?[ \t]*$/.test(before) && before.trim().length > 0 && provenance.test(after);
          if (w.m.date?.relative === 'today' || w.m.date?.relative === 'tonight') {
            w.role = w.stage = own;
          } else if (/\b(?:decision|minutes|protocol|extract|resolution)\b[^.\n]{0,30}\bdated[ \t]*$/i.test(before)) {
            w.role = w.stage = own;
          } else if (bareLine || signatureLine || heading || rest.trim() === '') {
            w.role = w.stage = own;
            if (w.message) w.ownDateOf = w.message;
          } else {
            w.role = w.stage = 'reference';
          }
        }
      }
    }
    if (w.role === 'reference' && !w.refersToMessage) {
      const longBefore = text.slice(Math.max(0, w.m.span.start - 90), w.m.span.start);
      w.refersToMessage = referenceBefore.test(longBefore) || referenceAfter.test(after);
    }
    if (w.role !== 'reference' && w.role !== 'document' && w.role !== 'telegram' && w.role !== 'stamp') {
      // processing steps belong to the envelope/footer of their message
      w.depth = w.fromSlot ? w.depth : (w.message?.depth ?? 0);
    }
  }

  // 3. years and slash dates, anchored on the envelope
  const isProcessing = (r: DateRole) => !['document', 'telegram', 'reference', 'stamp'].includes(r);
  const anchorWork =
    works.find((w) => w.depth === 0 && (w.role === 'received' || w.role === 'sent') && w.m.date?.year !== undefined && w.m.date.month !== undefined && w.m.date.day !== undefined) ??
    works.find((w) => w.depth === 0 && w.role === 'document' && w.m.date?.year !== undefined && w.m.date.month !== undefined && w.m.date.day !== undefined) ??
    works.find((w) => w.m.date?.year !== undefined && w.m.date.month !== undefined && w.m.date.day !== undefined && w.m.date.notation !== 'slash');
  // slash dates are decided first without an anchor, so that an ambiguous envelope date cannot anchor itself
  const firstPass = anchorWork ? resolveMentions(works.map((w) => w.m))[works.indexOf(anchorWork)] : undefined;
  const anchor: PartialDate | undefined = firstPass?.date?.ambiguous ? undefined : firstPass?.date;
  const resolved = resolveMentions(works.map((w) => w.m), anchor ? { anchor } : {});
  resolved.forEach((m, i) => ((works[i] as Work).m = m));

  // 4. time-only processing steps take the date of the step before them
  let previous: Work | undefined;
  for (const w of works) {
    if (!isProcessing(w.role) || w.depth !== 0) continue;
    const full = fullDate(w);
    if (!full && w.m.time && !w.m.date && previous) {
      const p = fullDate(previous);
      if (p) {
        let n = dayNumber(p.year, p.month, p.day);
        const pt = previous.m.time;
        if (pt && w.m.time.hour * 60 + w.m.time.minute < pt.hour * 60 + pt.minute) n += 1;
        w.inferredDate = fromDayNumber(n);
        w.dateInferred = true;
      }
    }
    if (fullDate(w)) previous = w;
  }

  // 5. clocks
  const originField = tree.fields.find((f) => f.depth === 0 && f.field.kind === 'origin');
  let originZone = originField ? zoneForPlace(text.slice(originField.field.value.start, originField.field.value.end)) : undefined;
  if (!originZone) {
    const from = /^[ \t]*(?:from|FROM):?[ \t]+\[?([A-Za-z]+)/m.exec(text.slice(0, 2000));
    if (from) originZone = zoneForPlace(from[1] as string);
  }
  const top = works.filter((w) => w.depth === 0);
  const firstOf = (role: DateRole) => top.find((w) => w.role === role);
  const rec = firstOf('received');
  const sent = firstOf('sent');
  const outgoingWords = /COPY OF AN OUTGOING|OUTGOING TELEGRAM|Issuing No\.|Destination:/i.test(text.slice(0, 3000));
  const layout: 'incoming' | 'outgoing' =
    outgoingWords || (!!rec && !!sent && rec.m.span.start < sent.m.span.start && !originField) ? 'outgoing' : 'incoming';
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
    } else if (w.role === 'stamp') {
      w.zone = 'moscow';
    } else if (w.depth === 0 && w.role === 'document' && layout === 'incoming') {
      w.zone = originZone;
    } else if (w.depth === 0 && w.role === 'document' && layout === 'outgoing') {
      w.zone = 'moscow';
    }
    w.utc = utcRange(w);
  }

  // 6. diagnostics
  const diagnostics: CableDiagnostic[] = [];
  const rel = (w: Work, message: string): RelatedInformation => ({ span: w.m.span, message });

  for (const w of works) {
    if (w.m.invalid) {
      diagnostics.push({
        code: 'cable.date.invalid',
        span: w.m.invalid.span,
        message: `Impossible date or time: ${w.m.invalid.reason}.`,
        data: { reason: w.m.invalid.reason },
      });
    }
    if (w.m.date?.ambiguous && w.m.date.alternative) {
      const d = w.m.date;
      diagnostics.push({
        code: 'cable.date.ambiguous',
        span: d.span,
        message: `Ambiguous slash date: read as ${describeDay(d.year, d.month, d.day)}, could be ${describeDay(d.alternative?.year, d.alternative?.month, d.alternative?.day)}.`,
      });
    }
    if (w.m.weekday && !w.m.invalid) {
      const full = fullDate(w);
      if (full) {
        const actual = weekdayOf(full.year, full.month, full.day);
        if (actual !== w.m.weekday.value) {
          const span = { start: Math.min(w.m.weekday.span.start, w.m.span.start), end: Math.max(w.m.weekday.span.end, w.m.date?.span.end ?? w.m.span.end) };
          diagnostics.push({
            code: 'cable.date.weekday',
            span,
            message: `${describeDay(full.year, full.month, full.day)} was a ${weekdayNames[actual]}, not a ${weekdayNames[w.m.weekday.value]}.`,
            related: [rel(w, 'the date')],
            data: { actual: weekdayNames[actual] },
          });
        }
      }
    }
  }

  // processing order
  const rankIncoming: Partial<Record<Stage, number>> = { sent: 0, transmitted: 1, received: 2, arrived: 3, forwarded: 3, deciphered: 4, printed: 5, typed: 5, verified: 6 };
  const rankOutgoing: Partial<Record<Stage, number>> = { received: 0, sent: 1, transmitted: 2 };
  const ranks = layout === 'incoming' ? rankIncoming : rankOutgoing;
  const steps = top.filter((w) => isProcessing(w.role) && ranks[w.stage] !== undefined && !w.dateInferred && w.utc);
  // in an incoming cable the sender's clock is compared only when `Sent` precedes `Received` in the text
  const sentBeforeReceived = !rec || !sent || sent.m.span.start < rec.m.span.start;
  const flagged = new Set<Work>();
  for (const b of steps) {
    let culprit: Work | undefined;
    for (const a of steps) {
      const ra = ranks[a.stage] as number;
      const rb = ranks[b.stage] as number;
      if (ra >= rb) continue;
      if (layout === 'incoming' && !sentBeforeReceived && (a.stage === 'sent' || a.stage === 'transmitted') && rb >= 2) continue;
      if (definitelyAfter(a, b) && (!culprit || (ranks[culprit.stage] as number) < ra)) culprit = a;
    }
    if (culprit) {
      flagged.add(b);
      diagnostics.push({
        code: 'cable.date.processingOrder',
        span: b.m.span,
        message: `${capital(b.role)} ${words(text, b.m.span)} is before ${culprit.role} ${words(text, culprit.m.span)}${b.zone && culprit.zone && b.zone !== culprit.zone ? ' (time zones considered)' : ''}.`,
        related: [rel(culprit, `${culprit.role} here`)],
      });
    }
  }

  // inner telegram after the message that forwards it
  // Each message's own dates, grouped once (not a scan of all mentions per message).
  const ownByMessage = new Map<Message, Work[]>();
  const addOwn = (msg: Message | undefined, w: Work) => {
    if (!msg) return;
    const list = ownByMessage.get(msg) ?? [];
    if (!list.includes(w)) list.push(w);
    ownByMessage.set(msg, list);
  };
  for (const w of works) {
    addOwn(w.ownDateOf, w);
    if (w.role === 'document' || w.role === 'telegram') addOwn(w.message, w);
  }
  const workIndex = new SpanIndex(works, (w) => w.m.span);
  const ownDates = (msg: Message): Work[] => ownByMessage.get(msg) ?? [];
  const introDate = (msg: Message): Work[] => {
    const when = msg.introducer?.when;
    if (!when) return [];
    const out: Work[] = [];
    workIndex.first(when, (_, w) => (out.push(w), false));
    return out.sort((a, b) => a.m.span.start - b.m.span.start);
  };
  const outerRefs = (msg: Message | undefined): Work[] => {
    if (!msg || msg.depth === 0) {
      const docDates = works.filter((w) => w.depth === 0 && w.role === 'document');
      return [...top.filter((w) => w.role === 'sent' || w.role === 'received'), ...docDates].filter((w) => w.utc);
    }
    return [...ownDates(msg), ...introDate(msg)].filter((w) => w.utc);
  };
  const parents = new Map<Message, Message>();
  for (const o of tree.messages) for (const t of o.telegrams) parents.set(t, o);
  const parentOf = (msg: Message): Message | undefined => parents.get(msg);
  for (const msg of tree.messages) {
    if (msg.depth === 0) continue;
    const inner = [...ownDates(msg), ...introDate(msg)].filter((w) => w.utc);
    const outer = outerRefs(parentOf(msg)).filter((w) => !inner.includes(w));
    for (const i of inner) {
      const later = outer.filter((o) => definitelyAfter(i, o));
      if (!later.length) continue;
      const o = later.reduce((x, y) => ((x.utc as { to: number }).to <= (y.utc as { to: number }).to ? x : y));
      diagnostics.push({
        code: 'cable.date.innerAfterOuter',
        span: i.m.span,
        message: `The forwarded telegram is dated ${words(text, i.m.span)}, after the message that forwards it (${describe(text, o)}).`,
        related: [rel(o, `the forwarding message: ${o.role}`)],
      });
      break;
    }
  }

  // a referenced telegram dated after the referring one
  for (const w of works) {
    if (w.role !== 'reference' || !w.refersToMessage || !w.utc) continue;
    const holder = w.message;
    const isIntroducer = tree.messages.some((msg) => msg.introducer?.when && overlaps(msg.introducer.when, w.m.span));
    if (isIntroducer) continue; // checked as innerAfterOuter
    const refs = (!holder || holder.depth === 0
      ? [...works.filter((x) => x.depth === 0 && x.role === 'document'), ...top.filter((x) => x.role === 'sent'), ...top.filter((x) => x.role === 'received')]
      : ownDates(holder)
    ).filter((x) => x.utc && x !== w);
    const own = refs.find((x) => definitelyAfter(w, x));
    if (own) {
      diagnostics.push({
        code: 'cable.date.referenceAfter',
        span: w.m.span,
        message: `The telegram referred to is dated ${words(text, w.m.span)}, after the message that refers to it (${describe(text, own)}).`,
        related: [rel(own, `the referring message: ${own.role}`)],
      });
    }
  }

  // envelope, stamp and footer disagreeing
  const envelopeDate = rec ?? sent;
  if (envelopeDate?.utc) {
    const others = works.filter(
      (w) => w !== envelopeDate && w.utc && !flagged.has(w) && !w.dateInferred &&
        ((w.role === 'stamp' && w.inIncomingStamp) || (w.depth === 0 && ['deciphered', 'printed', 'typed', 'verified'].includes(w.role))),
    );
    for (const o of others) {
      const gap = gapMinutes(o, envelopeDate);
      if (gap !== undefined && gap > tolerance) {
        diagnostics.push({
          code: 'cable.date.envelopeMismatch',
          span: o.m.span,
          message: `The ${o.role === 'stamp' ? 'stamp' : o.role} date ${words(text, o.m.span)} is ${formatDuration(gap)} away from the envelope's ${envelopeDate.role} ${words(text, envelopeDate.m.span)} (tolerance ${formatDuration(tolerance)}).`,
          related: [rel(envelopeDate, `envelope: ${envelopeDate.role}`)],
        });
      }
    }
  }

  countChecks(doc, tree, diagnostics);

  // 7. results
  const mentions: ChronologyMention[] = works.map((w) => {
    const out: ChronologyMention = {
      ...w.m,
      role: w.role,
      zoneStated: w.zoneStated,
      yearInferred: w.m.date?.yearSource === 'inferred' || w.m.date?.yearSource === 'relative' || w.dateInferred,
      dateInferred: w.dateInferred,
      ambiguous: w.m.date?.ambiguous === true,
      depth: w.depth,
      refersToMessage: w.refersToMessage,
    };
    const iso = isoOf(w);
    if (iso) (out as { iso?: string }).iso = iso;
    if (w.zone) (out as { zone?: ZoneId }).zone = w.zone;
    if (w.utc) (out as { utc?: { from: number; to: number } }).utc = w.utc;
    return out;
  });
  const docWork =
    works.find((w) => w.depth === 0 && w.role === 'document' && w.m.date?.month !== undefined) ?? sent ?? rec;
  const documentDate = docWork ? partialOf(docWork) : undefined;
  const result: { -readonly [K in keyof ChronologyResult]: ChronologyResult[K] } = { mentions, diagnostics, layout };
  if (documentDate) result.documentDate = documentDate;
  if (originZone) result.originZone = originZone;
  return result;
}

function partialOf(w: Work): PartialDate | undefined {
  const full = fullDate(w);
  if (full) return full;
  const d: MentionDate | undefined = w.m.date;
  if (!d) return undefined;
  const p: { year?: number; month?: number; day?: number } = {};
  if (d.year !== undefined) p.year = d.year;
  if (d.month !== undefined) p.month = d.month;
  if (d.day !== undefined) p.day = d.day;
  return p;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function describeDay(year: number | undefined, month: number | undefined, day: number | undefined): string {
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return [day, month !== undefined ? names[month - 1] : undefined, year].filter((x) => x !== undefined).join(' ');
}

export function formatDuration(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} d`);
  if (hours) parts.push(`${hours} h`);
  if (mins || !parts.length) parts.push(`${mins} min`);
  return parts.join(' ');
}

// ---------------------------------------------------------------- counts

function countChecks(doc: CableDocument, tree: Walk, diagnostics: CableDiagnostic[]): void {
  const text = doc.text;
  // copies printed: the footer's count, else the words
  let printed: { count: number; span: Span } | undefined;
  for (const it of tree.footerItems) {
    if (it.kind === 'copies' && it.count !== undefined && it.count > 0) {
      printed = { count: it.count, span: it.span };
      break;
    }
  }
  if (!printed) {
    const rx = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty)\s+copies\s+(?:printed|made|typed)\b/gi;
    const m = rx.exec(text);
    if (m) {
      const n = /^\d+$/.test(m[1] as string) ? Number(m[1]) : wordNumbers[(m[1] as string).toLowerCase()];
      if (n) printed = { count: n, span: { start: m.index, end: m.index + m[0].length } };
    }
  }
  // A list that states its own length (`Distribution list - 11 copies: ...`) and names a different
  // number of copies: CABLE-FORMAT §6 asks for a note, not a failure (real lists do fall short).
  for (const list of tree.distributions) {
    const listed = list.entries.reduce((n, e) => n + (e.copies || 1), 0);
    if (listed && list.statedCount !== undefined && list.statedCount !== listed) {
      diagnostics.push({
        code: 'cable.count.distribution',
        span: list.span,
        message: `The distribution list names ${listed} copies but states ${list.statedCount}.`,
      });
    }
  }
  if (!printed) return;
  const printedRel: RelatedInformation = { span: printed.span, message: `${printed.count} copies` };

  // copy numbers
  const copyNumbers: { n: number; span: Span }[] = [];
  for (const { field } of tree.fields) {
    if (field.kind !== 'copyNumber') continue;
    const n = Number(/\d+/.exec(text.slice(field.value.start, field.value.end))?.[0]);
    if (n) copyNumbers.push({ n, span: field.span });
  }
  for (const it of tree.footerItems) {
    if (it.kind !== 'copyTo') continue;
    const n = it.countTo ?? it.count;
    if (n) copyNumbers.push({ n, span: it.span });
  }
  for (const list of tree.distributions) {
    for (const e of list.entries) if (e.copyNumber) copyNumbers.push({ n: e.copyNumber, span: e.span });
  }
  if (!copyNumbers.length) {
    const rx = /\bCopy[ \t]+(?:N[°ºo]\.?|№)[ \t]*(\d{1,3})\b/g;
    for (let m = rx.exec(text); m; m = rx.exec(text)) copyNumbers.push({ n: Number(m[1]), span: { start: m.index, end: m.index + m[0].length } });
  }
  const seen = new Set<string>();
  for (const c of copyNumbers) {
    const key = `${c.span.start}:${c.span.end}`;
    if (seen.has(key) || c.n <= printed.count) continue;
    seen.add(key);
    diagnostics.push({
      code: 'cable.count.copyNumber',
      span: c.span,
      message: `Copy number ${c.n}, but only ${printed.count} copies were printed.`,
      related: [printedRel],
    });
  }

  // distribution length
  for (const list of tree.distributions) {
    const listed = list.entries.reduce((n, e) => n + (e.copies || 1), 0);
    if (!listed) continue;
    if (list.statedCount === undefined && listed > printed.count) {
      // Fewer names than copies is normal (file copies go unlisted, as in the seed); more is not.
      diagnostics.push({
        code: 'cable.count.distribution',
        span: printed.span,
        message: `${listed} copies are listed in the distribution, but only ${printed.count} copies were printed.`,
        related: [{ span: list.span, message: `distribution list (${listed})` }],
      });
    }
  }
}
