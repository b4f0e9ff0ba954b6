/**
 * Roles of the dates the parser did not place, from the words on their line: `Tenth Department
 * Received 17:10 ...`, a footer item split over two lines, a line holding only a date, a date
 * beside a signature; whether a date is another telegram's (`your telegram of 21 March`); the
 * stamp around a date; the sender's clock and the layout of the cable.
 */
import type { HeaderField, Line, Message, Stamp } from '../parser/ast';
import type { Span } from '../types';
import type { DateMention } from './mention';
import type { DateRole, DocumentSlots, Stage } from './slots';
import { SpanIndex } from './spanIndex';
import { zoneForPlace, type ZoneId } from './timezones';
import { partitionPoint } from '../spans';
import { isBlank } from '../chars';

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

/** How far after its routing word a date may stand and still be the one it routes (`Received at 21 hours 40 minutes on 19 October 1951`). */
const KEYWORD_REACH = 48;

function stageFromWord(word: string): { role: DateRole; stage: Stage } {
  const w = word.toLowerCase();
  if (w === 'sent to the' || w === 'forwarded') return { role: 'transmitted', stage: 'forwarded' };
  return { role: w as DateRole, stage: w as DateRole };
}

const monthOrDigits = /^[\s"“”'’.,;:()\[\]]*$/;

const MESSAGE_NOUN = '(?:telegrams?|cables?|letters?|directives?|messages?|notes?|reports?|instructions?|requests?|orders?)';
// (the words between the noun and its `of` name no other thing the date could be of: `by telegram
// after the meeting of 22 October` dates the meeting; a noun of the message before `on` is no
// imperative, `Report on 22 October`)
const referenceBefore = new RegExp(
  `\\b${MESSAGE_NOUN}\\b(?:[ \\t]+(?:No\\.|N[°º]|№|#)[ \\t]*[\\w/-]+)?(?:(?:(?!\\b(?:after|before|until|about|concerning|regarding|meetings?|sessions?|conferences?|talks|negotiations)\\b)[^.;:!?\\n]){0,40}?\\b(?:of|dated)|(?<![.!?\\n\"“][ \\t]*[A-Z][a-z]+|^[ \\t\"“]*[A-Z][a-z]+)[ \\t]+(?:at|sent on|received on|on))[ \\t]*$` +
    '|(?:\\bNo\\.|N[°º]|№|#)[ \\t]*[\\w/-]+[ \\t]+(?:of|dated)[ \\t]*$',
  'i',
);
/** What stands before a day alone on its line: `the ` in `the 14th`. */
const ordinalDayBefore = /^[ \t"“]*(?:the|The|THE)[ \t]+$/;
/** A day of the month alone after `the`, the whole of a mention: `the 12th`, `the 2nd`. */
const ordinalDayThe = /\bthe[ \t]+\d{1,2}(?:st|nd|rd|th)$/;
/** `referenceBefore` ends with one of these words and blanks: a quick test before the pattern. */
const referenceBeforeEndings = ['of', 'at', 'on', 'dated'];
/** Tried where the mention ends (sticky), up to the end of its line. */
const referenceAfter = /[ \t]*(?:telegrams?|cables?|letters?|directives?|messages?|notes?)\b/iy;
const footerWordLine = /^[ \t]*(Deciphered|Printed|Typed|Verified)\b[^\n]*$/i;
const atOrOn = /^[ \t]*(?:at|on)?[ \t]*$/i;
const provenance = /^[ \t.,]*(?:Printed from|Source:|\[Source)/i;
const namesBefore = /^[ \t"“]*(?:[A-Z][A-Za-z.’'\-]*[ \t]*){1,4}[,.]?[ \t]*$/;
const namesAfter = /^[ \t]*[A-Z][A-Za-z.’'\-]*(?:[ \t]+[A-Z][A-Za-z.’'\-]*){0,3}[ \t".”]*$/;
const resolutionDated = /\b(?:decision|minutes|protocol|extract|resolution)\b[^.\n]{0,30}\bdated[ \t]*$/i;
const headingTo = /^[ \t]+To\b/;
/** Words of a sentence after a date: a processing or routing line has at most its clock, its clerk or its copies there. */
const proseAfterDate = /^[^.\n]*?\b(?!(?:time|local|hours?|minutes?|min|by|copies|copy|at|on|in)\b)[a-z]{3,}\b/;
const incomingWord = /\bIncoming\b/i;
/** An editor's note of a stamp, `[stamp: Incoming N° 8732]`, tried where a `[` stands (sticky). */
const STAMP_NOTE = /\[\s*stamp\b[^\]]*\]?/iy;
/** A line holding nothing but spaces, with the line end before it (global, searched from a stamp's `[`). */
const BLANK_LINE = /\n[ \t]*\r?\n/g;

/** `resolutionDated` reads this far back: its longest match (`resolution`, 30 characters, `dated`) and blanks. */
const RESOLUTION_REACH = 120;
/** A line of only names in capitals and numbers is a signature's or a heading's: never longer than this. */
const NAMES_LINE_REACH = 200;
/** How far the words around a mention are read, each side: more than the longest line a cable holds. */
const LINE_CONTEXT = 1000;

/** A line of the text between two `\n` (the parser's lines also end at `\r` and at lost line breaks). */
interface TextLine {
  readonly start: number;
  /** The offset of the `\n` that ends it, or the text's length. */
  readonly end: number;
}

function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * The words around the mentions of one document: the line of a mention, the stamp around it and
 * what the words before and after it on its line say. Built once per document, it finds a line
 * by reading at most `LINE_CONTEXT` characters around it.
 */
export class MentionWords {
  private readonly stamps: SpanIndex<Span>;
  /** The offset of the first character that is not white space (the text's length if none). */
  private readonly firstWritten: number;
  /** The offsets of the text's line ends (its line feeds, or its carriage returns when it has no line feed), in order. */
  private readonly feeds: number[] = [];

  constructor(private readonly text: string, stamps: readonly Stamp[]) {
    // filled by pushes, never by `map`: an empty `map` gives an array of another kind, and the push below would be compiled again
    const stampSpans: Span[] = [];
    for (const st of stamps) stampSpans.push(st.span);
    // tried only at each `[`, found by `indexOf`: a search by the pattern itself would try every character
    for (let open = text.indexOf('['); open >= 0; ) {
      STAMP_NOTE.lastIndex = open;
      if (STAMP_NOTE.test(text)) {
        // a stamp whose `]` is missing ends with its lines, at the first blank line, as the parser ends it (not with the text)
        let end = STAMP_NOTE.lastIndex;
        if (text.charCodeAt(end - 1) !== 0x5d) {
          BLANK_LINE.lastIndex = open;
          const blank = BLANK_LINE.exec(text);
          if (blank && blank.index < end) end = blank.index;
        }
        stampSpans.push({ start: open, end });
        open = text.indexOf('[', end);
      } else open = text.indexOf('[', open + 1);
    }
    this.stamps = new SpanIndex(stampSpans, (sp) => sp);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.feeds.push(i);
    // a text whose lines end in a lone carriage return (old Mac exports) has its line ends there
    if (this.feeds.length === 0 && text.includes('\r')) for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) this.feeds.push(i);
    const first = text.search(/\S/);
    this.firstWritten = first < 0 ? text.length : first;
  }

  /**
   * The `\n`-line holding offset `at`, cut to `LINE_CONTEXT` characters on each side: a real line
   * is far shorter, and a document that is one 10 MB line must not make every mention read all of it.
   */
  lineOf(at: number): TextLine {
    const { text, feeds } = this;
    // the first line feed at or after `at`, and the one before it
    const next = partitionPoint(feeds, (f) => f < at);
    const start = next > 0 ? feeds[next - 1] + 1 : 0;
    const end = next < feeds.length ? feeds[next] : text.length;
    return { start: Math.max(start, at - LINE_CONTEXT), end: Math.min(end, at + LINE_CONTEXT) };
  }

  /** Is the mention inside a stamp (or after `Incoming` on its line), and is that an incoming stamp? */
  stampOf(span: Span, line: TextLine): { inStamp: boolean; incoming: boolean } {
    const stamp = this.stamps.first(span, (sp) => contains(sp, span));
    if (stamp) {
      const stampText = this.text.slice(stamp.start, stamp.end);
      return { inStamp: true, incoming: incomingWord.test(stampText) && !/declassif/i.test(stampText) };
    }
    const before = this.text.slice(line.start, span.start);
    const inStamp = incomingWord.test(before);
    return { inStamp, incoming: inStamp && !/declassif/i.test(before) };
  }

  /** Does the text around a reference say it is another message's date? */
  refersToMessage(span: Span, line: TextLine): boolean {
    // a day cited alone goes after `the` (`your telegram of the 12th`): the words before it are read as before a date
    const at = ordinalDayThe.test(this.text.slice(Math.max(line.start, span.start - 5), span.end)) ? this.text.lastIndexOf('the', span.start) : span.start;
    const before = this.text.slice(Math.max(0, at - 90), at);
    if (endsWithReferenceWord(this.text, at) && referenceBefore.test(before)) return !announcesLaterMessage(before);
    if (span.end > line.end) return false;
    referenceAfter.lastIndex = span.end;
    return referenceAfter.test(this.text) && referenceAfter.lastIndex <= line.end && !announcesLaterMessage(this.text.slice(line.start, span.start))
      && !comesLater.test(this.text.slice(span.end, line.end));
  }

  /** The role of a date the parser did not place, from the words on its line (and the line before). */
  classify(m: DateMention, message: Message | undefined, line: TextLine): Classified {
    const text = this.text;
    const before = text.slice(line.start, m.span.start);
    const after = m.span.end <= line.end ? text.slice(m.span.end, line.end) : '';
    // the word routes the date right after it, not one a sentence later on a line whose breaks were lost
    const opened = lineStartKeyword.exec(before);
    const kw = opened && before.length - (opened.index + opened[0].length) <= KEYWORD_REACH ? opened : null;
    // a footer item split over two lines: `Deciphered by Karpov` / `at 1510 18 November`
    let prevKw: RegExpExecArray | null = null;
    if (!kw && line.start > 0 && atOrOn.test(before)) {
      const prevLine = this.lineOf(line.start - 1);
      prevKw = footerWordLine.exec(text.slice(prevLine.start, prevLine.end));
    }
    const depth = message?.depth ?? 0;
    // a sentence of the message that opens with the word (`Sent to Kim Il Sung on 4 March the text
    // of the agreement.`, `Printed in the People's Daily on 4 March was ...`) dates an event, not the cable's handling
    const found = kw && message && proseAfterDate.test(after) ? null : kw ?? prevKw;
    if (found && !(message && message.depth > 0 && !message.header.length)) {
      const r = stageFromWord((found[1] ?? found[2]) as string);
      return { role: r.role, stage: r.stage, depth, refersToMessage: false };
    }
    const own: DateRole = depth === 0 ? 'document' : 'telegram';
    if (m.date?.relative === 'today' || m.date?.relative === 'tonight' || (endsWithWord(text, m.span.start, 'dated') && resolutionDated.test(before.slice(-RESOLUTION_REACH)))) return { role: own, stage: own, depth, refersToMessage: false };
    // (a day alone on its line goes after `the`: `KIM IL SUNG` / `the 14th`)
    const bareBefore = monthOrDigits.test(before) || (m.date?.notation === 'day-ordinal' && ordinalDayBefore.test(before));
    const namedBefore = () => namesBefore.test(before) && before.trim().length > 0;
    const ownDate =
      // a line holding only the date
      (bareBefore && (monthOrDigits.test(after) || provenance.test(after))) ||
      // a date beside a signature
      (namedBefore() && monthOrDigits.test(after)) ||
      (bareBefore && namesAfter.test(after)) ||
      (namedBefore() && provenance.test(after)) ||
      // a date heading the document, run into the text when line breaks were lost: `9 March 1952 To Comrade ...`
      (depth === 0 && bareBefore && this.firstWritten >= line.start && headingTo.test(after)) ||
      // nothing on the line but names in capitals and numbers
      (before.length + after.length <= NAMES_LINE_REACH && (before + after).replace(/\b[A-Z][A-Z.\- ]+\b/g, '').replace(/\b(?:No\.|N[°º]|№)[ \t]*[\w/-]+/g, '').trim() === '');
    if (ownDate) {
      const out: Classified = { role: own, stage: own, depth, refersToMessage: false };
      if (message) out.ownDateOf = message;
      return out;
    }
    return { role: 'reference', stage: 'reference', depth, refersToMessage: false };
  }
}

/** The words of a plan: a message still to be sent (`will send you a telegram on 24 October`). */
const FUTURE = /\b(?:will|shall|is to|are to|to be|going to|next|forthcoming)\b/gi;
/** `your telegram of ...` is one already received, whatever the tense around it (`I will forward your telegram of 18 October`). */
const YOURS = /\byour\s+(?:\w+\s+)?(?:telegrams?|cables?|letters?|directives?|messages?|notes?|reports?|instructions?|requests?|orders?)\b/i;

/**
 * Does the sentence before a message's date announce a message not yet sent (`I will report the
 * details in my telegram of 23 October`)? Its date is a plan, not a citation.
 */
function announcesLaterMessage(before: string): boolean {
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf(';')) + 1);
  // an order to send it: `Send me a telegram on 22 October`, `Telegraph on 22 October`
  if (ORDER_TO_SEND.test(sentence)) return true;
  // the last plan word: an `exec` loop, as `matchAll` builds a copy of the pattern on every call
  let plan = -1;
  FUTURE.lastIndex = 0;
  for (let m = FUTURE.exec(sentence); m; m = FUTURE.exec(sentence)) plan = m.index + m[0].length;
  if (plan < 0) return false;
  // the plan must be what the message is for: `will continue on the dates set out in our telegram of
  // 21 September` cites a telegram already sent
  const rest = sentence.slice(plan);
  return !PAST_BETWEEN.test(rest) && !(YOURS.test(sentence) && DATED_BY_OF.test(sentence));
}
/** A sentence that orders a new message sent: `Send me a telegram`, `Report to me by telegram` (not `Inform him that his letter of 12 May ...`). */
const ORDER_TO_SEND = /^[ \t"“]*(?:Send|Report|Telegraph|Cable|Wire)\b[^.;]*\b(?:a|by|in a)[ \t]+(?:telegrams?|cables?|letters?|messages?|reports?|notes?)\b/;
/** `the 20 November telegram of Peng Dehuai will contain the plan`: a message still to come (`will be answered` is one already sent). */
const comesLater = /^[ \t]*(?:telegrams?|cables?|letters?|directives?|messages?|notes?)(?:[ \t]+(?:of|from)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})?[ \t]+(?:will|shall|is to|is going to)[ \t]+(?!be\b|have\b)[a-z]/;
/** Words between a plan and a message that make the message an earlier one. */
const PAST_BETWEEN = /\b(?:as|was|were|had|has|have|stated|set out|mentioned|indicated|said|agreed|given|specified|described|referred|according|promised)\b/i;
/** The date is the message's own (`your telegram of 18 October`), not the day of the act (`will answer your telegram on 23 October`). */
const DATED_BY_OF = /\b(?:of|dated)[ \t]*$/i;

/** Do the words before `at` end with `of`, `at`, `on` or `dated` and blanks (any case)? */
function endsWithReferenceWord(text: string, at: number): boolean {
  return referenceBeforeEndings.some((w) => endsWithWord(text, at, w));
}

/**
 * Do the words before `at` end with `word` (lower case, ASCII letters) and blanks, in any case? A
 * look at a few characters, without a cut of the text, before a pattern that ends so is tried.
 */
function endsWithWord(text: string, at: number, word: string): boolean {
  let i = at;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  if (i < word.length) return false;
  for (let k = 0, j = i - word.length; k < word.length; k++, j++) if ((text.charCodeAt(j) | 32) !== word.charCodeAt(k)) return false;
  return true;
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
  // a cable with a destination and no place of sending (`BEIJING - SOVIET AMBASSADOR`) left Moscow, as the parser reads it
  return tree.documentTypes.some((f) => /OUTGOING|Issuing/i.test(words(f))) || tree.destinations.some((f) => /^[ \t]*Destination:/i.test(words(f)))
    || (tree.destinations.length > 0 && !tree.origin);
}
