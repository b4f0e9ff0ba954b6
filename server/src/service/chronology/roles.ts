/**
 * Roles of the dates the parser did not place, from the words on their line: `Tenth Department
 * Received 17:10 ...`, a footer item split over two lines, a line holding only a date, a date
 * beside a signature; whether a date is another telegram's (`your telegram of 21 March`); the
 * stamp around a date; the sender's clock and the layout of the cable.
 */
import type { HeaderField, Message, Stamp } from '../parser/ast';
import type { Span } from '../types';
import type { DateMention } from './mention';
import type { DateRole, DocumentSlots, Stage } from './slots';
import { SpanIndex } from './spanIndex';
import { zoneForPlace, type ZoneId } from './timezones';

/** What the words around a mention say about it. */
export interface Classified {
  role: DateRole;
  stage: Stage;
  depth: number;
  refersToMessage: boolean;
  ownDateOf?: Message;
}

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

/** The words before a mention on its line, and after it. */
function around(text: string, span: Span): { line: { start: number; end: number }; before: string; after: string } {
  const line = lineOf(text, span.start);
  return { line, before: text.slice(line.start, span.start), after: text.slice(span.end, line.end) };
}

/** Does the text around a reference say it is another message's date? */
export function refersToMessageByWords(text: string, span: Span): boolean {
  const longBefore = text.slice(Math.max(0, span.start - 90), span.start);
  return referenceBefore.test(longBefore) || referenceAfter.test(around(text, span).after);
}

/** The role of a date the parser did not place, from the words on its line (and the line before). */
export function classifyByWords(text: string, m: DateMention, message: Message | undefined): Classified {
  const { line, before, after } = around(text, m.span);
  const kw = lineStartKeyword.exec(before);
  // a footer item split over two lines: `Deciphered by Karpov` / `at 1510 18 November`
  const prevLine = line.start > 0 ? lineOf(text, line.start - 1) : undefined;
  const prevKw = !kw && prevLine && /^[ \t]*(?:at|on)?[ \t]*$/i.test(before)
    ? /^[ \t]*(Deciphered|Printed|Typed|Verified)\b[^\n]*$/i.exec(text.slice(prevLine.start, prevLine.end))
    : null;
  const found = kw ?? prevKw;
  const depth = message?.depth ?? 0;
  if (found && !(message && message.depth > 0 && !message.header.length)) {
    const r = stageFromWord((found[1] ?? found[2]) as string);
    return { ...r, depth, refersToMessage: false };
  }
  const own: DateRole = depth === 0 ? 'document' : 'telegram';
  const rest = (before + after).replace(/\b[A-Z][A-Z.\- ]+\b/g, '').replace(/\b(?:No\.|N[°º]|№)[ \t]*[\w/-]+/g, '');
  const provenance = /^[ \t.,]*(?:Printed from|Source:|\[Source)/i;
  const bareLine = monthOrDigits.test(before) && (monthOrDigits.test(after) || provenance.test(after));
  // a date heading the document, run into the text when line breaks were lost: `9 March 1952 To Comrade ...`
  const heading = depth === 0 && monthOrDigits.test(before) && text.slice(0, line.start).trim() === '' && /^[ \t]+To\b/.test(after);
  const signatureLine = /^[ \t"“]*(?:[A-Z][A-Za-z.’'\-]*[ \t]*){1,4}[,.]?[ \t]*$/.test(before) && monthOrDigits.test(after) && before.trim().length > 0
    || monthOrDigits.test(before) && /^[ \t]*[A-Z][A-Za-z.’'\-]*(?:[ \t]+[A-Z][A-Za-z.’'\-]*){0,3}[ \t".”]*$/.test(after)
    || /^[ \t"“]*(?:[A-Z][A-Za-z.’'\-]*[ \t]*){1,4}[,.]?[ \t]*$/.test(before) && before.trim().length > 0 && provenance.test(after);
  if (m.date?.relative === 'today' || m.date?.relative === 'tonight') return { role: own, stage: own, depth, refersToMessage: false };
  if (/\b(?:decision|minutes|protocol|extract|resolution)\b[^.\n]{0,30}\bdated[ \t]*$/i.test(before)) return { role: own, stage: own, depth, refersToMessage: false };
  if (bareLine || signatureLine || heading || rest.trim() === '') {
    const out: Classified = { role: own, stage: own, depth, refersToMessage: false };
    if (message) out.ownDateOf = message;
    return out;
  }
  return { role: 'reference', stage: 'reference', depth, refersToMessage: false };
}

function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** For each mention: is it inside a stamp (or after `Incoming` on its line), and is that an incoming stamp? */
export function incomingStampOf(text: string, stamps: readonly Stamp[]): (span: Span) => { inStamp: boolean; incoming: boolean } {
  const stampSpans: Span[] = stamps.map((s) => s.span);
  const stampRx = /\[\s*stamp\b[^\]]*\]?/gi;
  for (let s = stampRx.exec(text); s; s = stampRx.exec(text)) stampSpans.push({ start: s.index, end: s.index + s[0].length });
  const index = new SpanIndex(stampSpans, (sp) => sp);
  return (span) => {
    const stamp = index.first(span, (sp) => contains(sp, span));
    const { before } = around(text, span);
    const inStamp = stamp !== undefined || /\bIncoming\b/i.test(before);
    if (!inStamp) return { inStamp, incoming: false };
    const stampText = stamp ? text.slice(stamp.start, stamp.end) : before;
    return { inStamp, incoming: /\bIncoming\b/i.test(stampText) && !/declassif/i.test(stampText) };
  };
}

/** The sender's clock: the place of the cable's `From ...` field. */
export function originZoneOf(text: string, origin: HeaderField | undefined): ZoneId | undefined {
  return origin ? zoneForPlace(text.slice(origin.value.start, origin.value.end)) : undefined;
}

/**
 * An outgoing layout, from the envelope as parsed: a document type such as `COPY OF AN OUTGOING
 * TELEGRAM` or `Issuing No. 39`, or a `Destination:` field.
 */
export function outgoingLayout(text: string, tree: DocumentSlots): boolean {
  const words = (f: HeaderField) => text.slice(f.span.start, f.span.end);
  return tree.documentTypes.some((f) => /OUTGOING|Issuing/i.test(words(f))) || tree.destinations.some((f) => /^[ \t]*Destination:/i.test(words(f)));
}
