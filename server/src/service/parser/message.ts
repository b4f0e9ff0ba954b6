/**
 * Messages and inner telegrams (CABLE-FORMAT §4, §5). A message has leading parts (addressee,
 * salutation), a body that may wrap inner telegrams — quoted, attached or relayed — and
 * trailing parts (closing, signature, date, number, action line). Inner telegrams are parsed
 * by the same function, one level deeper.
 *
 * Quote marks are not always balanced: an opening quote that never closes ends at the inner
 * telegram's signature (or the message's end); a closing quote with no opening one starts the
 * telegram after the forwarding sentence. Neither swallows what follows the message.
 */
import type { HeaderField, Line, Message, MessagePart, MessagePartKind, Stamp } from './ast';
import type { Span } from '../types';
import { isSorted } from '../spans';
import { addresseeOf, closingRoutingFields, parseHeaderLine, underDestination, type LineText } from './header';
import * as P from './patterns';

/** What the message parser needs from the document parser. */
export interface LineContext {
  readonly text: string;
  readonly lines: readonly Line[];
  line(i: number): LineText;
  /** Line `i`'s trimmed text, as `line(i).text`. */
  textOf(i: number): string;
  isBlank(i: number): boolean;
  stamp(i: number): Stamp | undefined;
  spanOf(first: number, endExclusive: number): Span;
  /** Whether line `i` holds a forwarding sentence (`P.INTRODUCER`); classified once per line. */
  introduces(i: number): boolean;
  /** Whether line `i` ends in a colon (`endsWithColon`); read once per line. */
  colonEnd(i: number): boolean;
  /** Whether line `i` leaves a quote open (`leavesQuoteOpen`); read once per line. */
  quoteLeftOpen(i: number): boolean;
  /** The last line at or before `i` that announces what follows (`isIntroducer`), or -1. */
  lastIntroducer(i: number): number;
  /** The last line at or before `i` that leaves a quote open, or -1. */
  lastUnbalancedQuote(i: number): number;
}

/** An odd number of `"`, or more `“„«` than `”»`: a quote opens on this line and stays open. */
export function leavesQuoteOpen(s: string): boolean {
  const q = countQuotes(s);
  return q.straight % 2 === 1 || q.open > q.close;
}

/** Inner telegrams deeper than this are read as body text; real cables nest at most three levels. */
const MAX_DEPTH = 6;

interface Delimiters {
  readonly openQuote?: Span;
  readonly closeQuote?: Span;
  readonly introducer?: MessagePart;
  /** The envelope's fields, for a document's message: the addressee it names. */
  readonly envelope?: readonly HeaderField[];
}

export function parseMessage(
  ctx: LineContext, lo: number, hi: number, depth: number,
  delimitedBy: Message['delimitedBy'], delimiters: Delimiters = {},
): Message {
  const span = ctx.spanOf(lo, hi);
  const stamps = stampsWithin(ctx, lo, hi, span);
  // blanks, stamps and a rule before the opening lines (`---` / `To Com[rade] FYN SI [Stalin].`) open nothing
  const skip = (i: number): number => {
    while (i < hi && (ctx.isBlank(i) || ctx.stamp(i) || P.SEPARATOR.test(ctx.textOf(i)))) i++;
    return i;
  };

  const parts: MessagePart[] = [];
  const header: HeaderField[] = [];
  let i = skip(lo);
  // a quote mark alone on the line above the text (`"` / `Cde. Li Kenong:`) opens it and reads as nothing
  if (i < hi && delimitedBy === 'quotes' && isLoneQuoteMark(ctx.textOf(i))) i = skip(i + 1);
  // the editor's line over the addressee (`[handwritten: to Cde. Poskrebyshev]` / `To Cde. Stalin.`) describes the paper
  while (i < hi && P.EDITORIAL_LINE.test(ctx.textOf(i)) && !P.isDateOnly(ctx.textOf(i))) {
    const next = skip(i + 1);
    if (next >= hi || leadingKind(ctx.textOf(next), 0) === undefined) break;
    i = next;
  }

  // An attached draft has its own destination lines: `To PYONGYANG` / `SOVIET AMBASSADOR.` / `RE: 2217/sh`.
  if (delimitedBy === 'attachment') {
    while (i < hi) {
      const t = ctx.line(i);
      if (P.SALUTATION.test(t.text) && /[!:]\s*$/.test(t.text)) break;
      const fields = parseHeaderLine(t);
      if (!fields || fields.every(f => f.kind === 'note')) break;
      header.push(...underDestination(header, t, fields));
      i = skip(i + 1);
    }
  }

  // An inner telegram may open with its sender and date: `Liu Shaoqi 2300 22 January`.
  const senderLine = depth > 0 && i < hi ? senderDateline(ctx.line(i)) : undefined;
  if (senderLine) {
    parts.push(senderLine);
    i = skip(i + 1);
  }

  // A date above the addressee or the salutation (`9 March 1952` / `To Comrade FILIPPOV [Stalin]`, CABLE-FORMAT §3;
  // an edition's `(13 October 1950)` / `Comrade [Zhou] Enlai:`): the message's date.
  let dateAbove: MessagePart | undefined;
  if (i < hi && !senderLine && P.isDateOnly(ctx.textOf(i))) {
    const next = skip(i + 1);
    if (next < hi && leadingKind(ctx.textOf(next), 0) !== undefined) {
      dateAbove = part('date', ctx.line(i), dateValue(ctx.line(i)));
      parts.push(dateAbove);
      i = next;
    }
  }

  // A letter's inside address above the addressee: `Moscow, Kremlin` / `To Comrade I. V. STALIN`.
  if (i < hi && P.CITY_ONLY.test(ctx.textOf(i))) {
    const next = skip(i + 1);
    if (next < hi && leadingKind(ctx.textOf(next), 0)) {
      parts.push(part('address', ctx.line(i)));
      i = next;
    }
  }

  // Leading parts: up to four addressee lines, then a salutation (which may carry body text).
  // the opening line of a numbered quote is read from its quote mark (`1. "Chairman Mao [Zedong]:`)
  const opening = delimiters.openQuote;
  for (let n = 0; n < 5 && i < hi; n++) {
    const whole = ctx.line(i);
    const t = opening && opening.start > whole.offset && opening.start < whole.offset + whole.text.length
      ? { text: ctx.text.slice(opening.start, whole.offset + whole.text.length), offset: opening.start } : whole;
    // A quote opening after the addressee (`For Mao Zedong.` / `“Cde. Mao Zedong!`) starts an inner telegram.
    if (opensQuote(t.text) && !(delimitedBy === 'quotes' && i === skip(lo))) break;
    // `To His Excellency` / `the Minister of Foreign Affairs of the USSR` / `A.Ya. VYSHINSKY`: a note's addressee,
    // his office under the style and his name under that
    const excellency = n === 0 ? excellencyBlock(ctx, i, hi) : undefined;
    if (excellency) {
      parts.push(excellency.part);
      i = skip(excellency.last + 1);
      continue;
    }
    const read = leadingKind(t.text, n) ?? (n === 0 && (manOverHisOffice(ctx, t.text, i, hi) || officeOverTheMan(ctx, t.text, i, hi)) ? 'addressee' : undefined)
      ?? (stacksOn(ctx, parts, t) ? 'addressee' : undefined);
    if (!read) break;
    const kind = read === 'salutation' && headsStackedAddressee(ctx, t.text, i, hi) ? 'addressee' : read;
    // `Comrade Mao Zedong: The most important question ...` in a record of conversation: a speaker's turn
    if (SPEAKER_TURN.test(t.text) && isDialogue(ctx, i, hi)) break;
    // a title addressee is all title: the man is named on the line after it (`Comrade STALIN I.V.`)
    // `Dear Cde.` / `I. V. Stalin`: a salutation whose name went to the next line
    // (a double-spaced letter leaves a blank line between them)
    const below = kind === 'salutation' && ENDS_WITH_HONORIFIC.test(t.text) ? skip(i + 1) : hi;
    const nameBelow = below < hi ? ctx.line(below) : undefined;
    if (nameBelow && NAME_ONLY_LINE.test(nameBelow.text)) {
      const span = { start: t.offset, end: nameBelow.offset + nameBelow.text.length };
      parts.push({ kind, span, value: { start: nameBelow.offset, end: nameBelow.offset + nameBelow.text.replace(/[!,:.]\s*$/, '').length }, when: undefined });
      i = skip(below + 1);
      break;
    }
    parts.push(part(kind, t, stackedBody(t, n) ?? (stacksOn(ctx, parts, t) ? (STACKED_TO_THE_LAST.test(t.text) ? bodyAfterTo(t) : withoutComma(t)) : undefined) ?? personAfterTitle(t) ?? (TITLE_ADDRESSEE.test(t.text) || STACKED_TO_THE_LAST.test(t.text) || (n === 0 && OFFICE_ALONE_LINE.test(t.text)) ? bodyAfterTo(t) : addresseesBeforeCopy(t) ?? groupAddressees(t) ?? circularAddressees(t) ?? nameAfterHonorific(t, 0))));
    i = skip(i + 1);
    if (kind === 'salutation') break;
  }
  // `the Military Council of the 25th Army` / `20 September 1945` / `No. 10`: a directive's date and number under its addressees
  const under = parts[parts.length - 1]?.kind === 'addressee' ? dateAndNumberUnder(ctx, i, hi) : [];
  if (under.length > 0) {
    parts.push(...under);
    i = skip(lastLineOf(ctx, under[under.length - 1]!.span) + 1);
  }
  const dateUnder = under.find(p => p.kind === 'date');
  // `131. The Question of Comrade Shtykov's telegram No. 1298.`: the item of a Politburo protocol an extract records
  if (depth === 0 && i < hi && (DECISION_ITEM.test(ctx.textOf(i)) || ((NUMBERED_ITEM.test(ctx.textOf(i)) || UNNUMBERED_ITEM.test(ctx.textOf(i))) && recordsProtocol(ctx.text, delimiters.envelope)))) {
    const t = ctx.line(i);
    parts.push(part('decision', t));
    i = skip(i + 1);
  }
  const bodyStart = i;

  const telegrams = depth < MAX_DEPTH ? findInnerTelegrams(ctx, bodyStart, hi, depth, delimiters.closeQuote, delimiters.openQuote) : [];

  // Trailing parts: scanned backwards from the end, never into an inner telegram.
  const ownEnd = telegrams.length ? lastLineOf(ctx, telegrams[telegrams.length - 1].span) + 1 : bodyStart;
  const trailing = trailingParts(ctx, Math.max(ownEnd, bodyStart), hi, header);
  if (!trailing.some(p => p.kind === 'signature')) {
    // a message written on one line (or whose line breaks were lost) may close with its signer
    // after its last sentence: `“Comrade MAO ZEDONG. We agree. With greetings, FILIPPOV [Stalin].”`
    const last = lastTextLine(ctx, telegrams.length ? ownEnd : lo, trailing.length ? lastLineOf(ctx, { start: trailing[0].span.start, end: trailing[0].span.start + 1 }) : hi);
    const inline = last === undefined ? undefined : signatureAfterSentence(ctx.line(last));
    if (inline) trailing.unshift(...inline);
  }
  parts.push(...trailing);
  // `Comrade Roshchin, and pass on to Comrade Zhou Enlai:` over an unquoted text: the text up to the
  // signature is the one relayed, to the man the salutation names last
  const passedOn = !telegrams.length && depth < MAX_DEPTH ? relayedUnderSalutation(ctx, parts, bodyStart, trailing, hi, depth) : undefined;
  if (passedOn) telegrams.push(passedOn);
  // a record of conversation's text is its speakers' turns: `Stalin: What does Nehru say?` (also a record
  // a covering note encloses)
  const bodyEnd = trailing.length ? lastLineOf(ctx, trailing[0]!.span) : hi;
  if ((depth === 0 || delimitedBy === 'attachment') && !telegrams.length && isDialogue(ctx, bodyStart, hi)) {
    parts.push(...speakerTurns(ctx, bodyStart, bodyEnd));
    // (a record may tell some of its turns in reported speech among the `Stalin: ...` lines: `Zhou Enlai asked whether ...`)
    if (depth === 0 && recordsConversation(ctx.text, delimiters.envelope)) parts.push(...reportedTurns(ctx, bodyStart, bodyEnd, k => isTurn(ctx.textOf(k))));
  }
  // a record told in reported speech (`Vyshinsky said that ...`, `Zhou Enlai replied that ...`): each speaker's sentence is his turn
  // (and a lone `Mao: The railway should be returned ...` among them is a turn too, as among two or more)
  else if (depth === 0 && !telegrams.length && recordsConversation(ctx.text, delimiters.envelope)) {
    parts.push(...speakerTurns(ctx, bodyStart, bodyEnd), ...reportedTurns(ctx, bodyStart, bodyEnd, k => isTurn(ctx.textOf(k))));
  }
  // A covering note ends before its attachment: `(A. Vasilevsky) (A. Gromyko)` / `No. 201-gi` / `[Attachment]`.
  const attached = telegrams[0]?.delimitedBy === 'attachment' ? telegrams[0].introducer : undefined;
  const cover = attached ? trailingParts(ctx, bodyStart, lastLineOf(ctx, attached.span)) : [];
  parts.push(...cover);

  const signature = trailing.find(p => p.kind === 'signature') ?? cover.find(p => p.kind === 'signature');
  const dateLine = trailing.find(p => p.kind === 'date') ?? cover.find(p => p.kind === 'date');
  // a title addressee (`To the Minister of Foreign Affairs`) yields to the man the salutation names, not to `Dear comrades!`
  const addressee = parts.find(p => p.kind === 'addressee' && !isTitleOnly(ctx.text.slice(p.span.start, p.span.end)))
    ?? parts.find(p => p.kind === 'salutation' && !NO_ONE_BY_NAME.test(ctx.text.slice(p.span.start, p.span.end).trim())) ?? parts.find(p => p.kind === 'addressee')
    ?? parts.find(p => p.kind === 'salutation');
  const intro = delimiters.introducer;
  const introTo = intro ? introducerName(ctx.text, intro.span, 'to') : undefined;
  const introFrom = intro ? introducerName(ctx.text, intro.span, 'from') : undefined;
  // A relay instruction (`Visit Cde. Mao Zedong and pass him ...`) names the recipient of what it
  // relays: of this message when the text follows unquoted, of the inner telegram when it is one.
  const relayed = bodyStart < hi && !telegrams.some(tg => tg.introducer && lastLineOf(ctx, tg.introducer.span) === bodyStart) ? instructedPerson(ctx.line(bodyStart)) : undefined;
  // A man the envelope names (`To Comrade RAZUVAEV.`) is the message's addressee, whom it tells to
  // visit another (the message's `to` stays empty and the envelope's is shown); an office alone
  // (`SOVIET AMBASSADOR`) yields to the person the text is for.
  const envelopeTo = delimiters.envelope ? addresseeOf(ctx.text, delimiters.envelope) : undefined;
  const namedInEnvelope = envelopeTo !== undefined && !P.OFFICE_ADDRESSEE.test(ctx.text.slice(envelopeTo.start, envelopeTo.end));
  // (the man to be visited, `Visit Kim Il Sung and acquaint him with the following telegram`, yields to the telegram's own `Comrade FILIPPOV.`)
  const ownAddressee = addressee && addressee.value.end > addressee.value.start ? addressee.value : undefined;
  const visited = introTo !== undefined && ownAddressee !== undefined && VISIT.test(ctx.text.slice(intro!.span.start, intro!.span.end))
    && !NO_ONE_BY_NAME.test(ctx.text.slice(ownAddressee.start, ownAddressee.end));
  const to = (visited ? ownAddressee : introTo) ?? ownAddressee
    ?? (namedInEnvelope ? undefined : relayed)
    ?? addresseeOf(ctx.text, header)
    ?? (intro ? introducerName(ctx.text, intro.span, 'toAtEnd') : undefined);
  const from = signature && signature.value.end > signature.value.start ? signature.value : senderLine?.value ?? introFrom;
  // (`12.9.51 at 21:30 Beijing time I received the following telegram`: the forwarder's receipt, not the telegram's date)
  const introWhen = intro?.when && !P.TOLD_RECEIPT.test(ctx.text.slice(intro.span.start, intro.span.end)) ? intro.when : undefined;
  const when = signature?.when ?? dateLine?.value ?? senderLine?.when ?? dateAbove?.value ?? dateUnder?.value ?? introWhen;

  return {
    kind: 'message', depth, span, delimitedBy,
    openQuote: delimiters.openQuote, closeQuote: delimiters.closeQuote, introducer: intro,
    from, to, when, header, parts: isSorted(parts, byStart) ? parts : parts.sort(byStart), telegrams,
    // a stamp inside an inner telegram is that telegram's
    stamps: telegrams.length && stamps.length ? stamps.filter(st => !telegrams.some(tg => st.span.start >= tg.span.start && st.span.end <= tg.span.end)) : stamps,
  };
}

/**
 * The text a salutation that hands the telegram on (`Ambassador Wang, and please transmit to Comrade
 * Li Fuchun:`) greets, from `bodyStart` to the signature block (`trailing`), as a telegram relayed to
 * the man it names last; undefined when the salutation names no such man or no text follows it.
 */
function relayedUnderSalutation(ctx: LineContext, parts: readonly MessagePart[], bodyStart: number, trailing: readonly MessagePart[], hi: number, depth: number): Message | undefined {
  const greeting = [...parts].reverse().find(p => p.kind === 'salutation' || p.kind === 'addressee');
  if (!greeting || !AND_PASS_ON_TO.test(ctx.text.slice(greeting.span.start, greeting.span.end))) return undefined;
  const end = trailing.length ? lastLineOf(ctx, { start: trailing[0]!.span.start, end: trailing[0]!.span.start + 1 }) : hi;
  const first = nextText(ctx, bodyStart, end);
  if (first >= end) return undefined;
  let last = end - 1;
  while (last > first && (ctx.isBlank(last) || ctx.stamp(last))) last--;
  const introducer = part('introducer', ctx.line(lastLineOf(ctx, greeting.span)));
  // (quoted whole: `"We agree with the proposal."`)
  const opened = ctx.line(first);
  if (opensQuote(opened.text) && closesAtEnd(ctx.textOf(last)) > 0) {
    return parseMessage(ctx, first, last + 1, depth + 1, 'quotes', { introducer, openQuote: { start: opened.offset, end: opened.offset + 1 }, closeQuote: closeMarkSpan(ctx.line(last)) });
  }
  return parseMessage(ctx, first, last + 1, depth + 1, 'relay', { introducer });
}

/** Parts in the order of the text (they nearly always come in it). */
const byStart = (a: MessagePart, b: MessagePart): number => a.span.start - b.span.start;

/**
 * The stamps that lie wholly inside a message's lines `[lo, hi)`; one straddling its edge belongs to
 * the outer text. (A function of its own: most messages hold no stamp, and the first one met, long
 * after `parseMessage` is optimised, then sends only this back to the interpreter.)
 */
function stampsWithin(ctx: LineContext, lo: number, hi: number, span: Span): Stamp[] {
  const stamps: Stamp[] = [];
  for (let i = lo; i < hi; i++) {
    const st = ctx.stamp(i);
    if (st && stamps[stamps.length - 1] !== st && st.span.start >= span.start && st.span.end <= span.end) stamps.push(st);
  }
  return stamps;
}

function lastLineOf(ctx: LineContext, span: Span): number {
  // Binary search: the line whose span contains the last character of `span`.
  let lo = 0;
  let hi = ctx.lines.length - 1;
  const at = Math.max(span.start, span.end - 1);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.lines[mid].full.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A small-letter word a salutation never holds (a syllable after an apostrophe or a hyphen is a
 * name's: `Ch'iao Kuan-hua`): `Cde. Zhou Enlai asked me to convey ...` is a
 * sentence of the body about him, not a greeting (`Dear Comrade I. V. Stalin:`, `Deeply respected Comrade Stalin!`, `To the Chairman
 * and Comrades Zhu [De], Liu [Shaoqi]:`, `To Cde. Li Kenong of 0530 18 October`). A name's syllable after a breve
 * (`Kim Il-sŏng`) is part of its word.
 */
const PROSE_WORD = /(?<![\w'’\-\u00C0-\u024F])(?!(?:and|of|the|to|for|dear|respected|comrades?|cde|comr?|cdes|cmrds?|copy|at|on|in|from)\b)[a-z]{2,}\b(?![\u00C0-\u024F])/;

/** A group addressee line: `Gao [Gang], Peng [Dehuai]:`, `Lin [Biao], Deng [Zihui], and copy to Liu [Bocheng]:[1]`. */
const GROUP_ADDRESSEES = new RegExp(String.raw`^${P.OPENING_MARK}(?<list>[A-Z][^:!]*?(?:,|\sand\s)[^:!]*?)\s*:(?:\s*\[\d+\]|\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})?\s*$`);

/** What opens a group addressee line before its first name: `To the `, `To Cdes. `, `Comrades `, `Dear Comrades `. */
const GROUP_LEAD = new RegExp(String.raw`^${P.OPENING_MARK}(?:To\s+the\s+|(?:(?:To|TO|For|FOR|Dear)\s+)?(?:(?:Cdes?\.|Comrades?|COMRADES?|comrades?|Comr\.|Com\.|Cmrds?\.?)\s*)+|(?:To|TO|For|FOR|Dear)\s+)`);

/** The names of a group addressee line, all of them (the line before its colon). */
function groupAddressees(t: LineText): Span | undefined {
  // `To the Chairman [Mao Zedong] and Comrades Zhu [De], ...:` is read from its first name on, and
  // `To Cdes. Li Kenong and Qiao Guanhua:` from the first man's
  const lead = GROUP_LEAD.exec(t.text)?.[0].length ?? 0;
  const s = lead ? t.text.slice(lead) : t.text;
  // the group pattern is tried only on an addressee line ending in its colon (a linear test first)
  if (!P.isColonAddressee(withoutHanziBesideNames(s))) return undefined;
  const m = GROUP_ADDRESSEES.exec(s);
  if (!m) return undefined;
  const at = lead + s.indexOf(m.groups!.list);
  return { start: t.offset + at, end: t.offset + at + m.groups!.list.length };
}

/**
 * A man named after his honorific or rank and nothing else, initials and all: `Comrade A. Ya. VYSHINSKY`,
 * `Generalissimo Iosif Vissarionovich STALIN`, and after his rank and honorific both, as a Soviet directive
 * addresses a commander under his command's title: `Marshal of the Soviet Union Comrade MERETSKOV`,
 * `Colonel General Comrade SHTYKOV`.
 */
const NAMED_UNDER_TITLE = new RegExp(String.raw`^(?:(?:${P.SIGNER_RANK})\s+(?:Comrade|Cde\.|Comr\.|COMRADE|CDE\.)|Comrade|Cde\.|Comr\.|COMRADE|CDE\.|Generalissimo|GENERALISSIMO|Marshal|MARSHAL)\s+(?:[A-Z][a-z]?\.\s*){0,3}[A-Z][A-Za-z'’-]*[A-Za-z](?:\s+[A-Z][A-Za-z'’-]*[A-Za-z]){0,2}(?:\s+(?:[A-Z]\.\s?){1,3})?$`);
/** The office or body a title addressee opens with, after `To the`: `Minister`, `Central Committee`. */
const TITLE_WORDS = 'Minister|Chairman|Ambassador|Premier|Commander|Supreme Commander|President|Secretary|Head|Central Committee|CC|People\'s Commissar|People’s Commissar|Military Council|Council of Ministers|Presidium|Politburo|Political Bureau';
/**
 * A title addressee: `TO THE CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR`, `To the Minister of
 * Foreign Affairs of the USSR`, `To the Central Committee of the CPSU,` (the man on the next line).
 */
const TITLE_ADDRESSEE = new RegExp(String.raw`^${P.OPENING_MARK}(?:TO THE [A-Z][A-Z0-9 ,().'’-]+|To the (?:${TITLE_WORDS})\b[^.!?:]*)[.]?$`);
/**
 * A title addressee and the man after it on its line: `To the Central Committee of the VKP(b), Comrade STALIN:`,
 * or without the comma after a comrade's honorific or a general's rank, `To the Minister of Foreign Affairs of the USSR Cde.
 * A.Ya. Vyshinsky`, `To Commander-in-Chief of the United Nations forces General Ridgway.` (an honorific that is also an
 * office, `Minister`, `Chairman`, is part of the title there).
 */
const TITLE_THEN_PERSON = new RegExp(String.raw`^${P.OPENING_MARK}To (?:the )?(?:${TITLE_WORDS})\b[^.!?:]*?(?:,\s*|\s+(?=(?:Cdes?\.|Comrades?|COMRADES?|Comr\.|Com\.|General|Gen\.|Marshal)\s))(?<person>${P.HONORIFIC}\s+[^!?:,]+?)\s*[:!.]?$`);

/** The man a title addressee names after its title (`Comrade STALIN`), or undefined for a title alone. */
function personAfterTitle(t: LineText): Span | undefined {
  const m = TITLE_THEN_PERSON.exec(t.text);
  return m ? nameAfterHonorific(t, t.text.lastIndexOf(m.groups!.person)) : undefined;
}

/** `To ` and what follows it to the closing period. */
const TO_AND_BODY = new RegExp(String.raw`^(${P.OPENING_MARK}(?:To|TO)\s+)(.*?)[.,:]?\s*$`);

/** The body or office a title addressee names, without its `To` and closing period: `the CC of the CPC`. */
function bodyAfterTo(t: LineText): Span {
  const m = TO_AND_BODY.exec(t.text);
  return m ? { start: t.offset + m[1]!.length, end: t.offset + m[1]!.length + m[2]!.length } : { start: t.offset, end: t.offset + t.text.length };
}

/** A title addressee naming no man (`To the Minister of Foreign Affairs of the USSR`, or its office alone): the man is on another line. */
function isTitleOnly(s: string): boolean {
  return (TITLE_ADDRESSEE.test(s) || STACKED_TO_THE_LAST.test(s) || OFFICE_ALONE_LINE.test(s)) && !TITLE_THEN_PERSON.test(s);
}

/** `For immediate report to comrade FENG XI [Stalin].x/`: the addressee of a report to be passed on at once. */
const FOR_REPORT_TO = new RegExp(String.raw`^${P.OPENING_MARK}(?:For|FOR)\s+(?:immediate\s+|urgent\s+)?(?:report|REPORT)\s+to\s+(?:${P.HONORIFIC}\s*)?[A-Z][^:!]{0,60}$`, 'i');

/** The words that hand a telegram on to another man: `transmit to`, `please pass on to`, `forward to`. */
const PASS_ON_TO = String.raw`(?:please\s+)?(?:transmit|pass(?:\s+on)?|forward|convey)\s+to`;
/**
 * A copy addressee after the main one: `Comrade Peng Dehuai, and report to Comrade Gao Gang:`, `..., and inform Comrades Li Kenong and Qiao Guanhua:`,
 * `..., and also to Deng [Hua]:`, `Northeast Bureau, and to Gao Gang:`, `To Mao Tse-tung and for information to Chou En-lai:`, and one the main addressee passes it on to (`Comrade Peng Dehuai, and transmit to Comrade Kim Il Sung:`, `and pass to`, `and forward to`).
 */
const AND_REPORT_TO = new RegExp(String.raw`,?\s+and\s+(?:(?:report|inform|copy|convey|send a copy|also|for\s+information)(?:\s+to)?|${PASS_ON_TO}|to)(?:\s+the)?\s+(?=[A-Z])`, 'g');
/**
 * The part of such a salutation that hands the telegram on (`Comrade Roshchin, and pass on to Comrade Zhou Enlai:`,
 * `Ambassador Wang, and please transmit to Comrade Li Fuchun:`): the text under it is relayed to the man it names.
 */
const AND_PASS_ON_TO = new RegExp(String.raw`,?\s+and\s+${PASS_ON_TO}\s+(?:the\s+)?[A-Z][^:]*:\s*$`);

/**
 * `Li [Kenong] and Qiao [Guanhua], and report to Chairman Mao:`: the telegram is to the men named
 * before the copy addressee (a name after an honorific there, else the words up to the comma).
 */
function addresseesBeforeCopy(t: LineText): Span | undefined {
  if (!t.text.includes(' and ')) return undefined;
  AND_REPORT_TO.lastIndex = 0;
  const copy = AND_REPORT_TO.exec(t.text);
  if (!copy || copy.index === 0) return undefined;
  const main = { text: t.text.slice(0, copy.index), offset: t.offset };
  // `To the Chairman [Mao Zedong] and the Military Commission, and inform Gao [Gang]:` is to both,
  // `Chairman [Mao Zedong], Comrade [Liu] Shaoqi, and report to the Central Committee:` to both men,
  // and `Comrades Peng [Dehuai] and Gao [Gang], and copy to ...:` to both, each with the editor's gloss
  const group = main.text.includes(' and ') || main.text.includes(',') ? groupAddressees({ text: `${main.text}:`, offset: t.offset }) : undefined;
  if (group) return group;
  if (/^\s*(?:Dear|To|For)\b/i.test(main.text) || NAME_AFTER_HONORIFIC.test(main.text)) return nameAfterHonorific(main, 0);
  const words = /\S(?:.*\S)?/.exec(main.text);
  return words ? { start: t.offset + words.index, end: t.offset + words.index + words[0].length } : undefined;
}

export function withoutCopyAddressees(s: string): string {
  return s.includes(' and ') ? s.replace(AND_REPORT_TO, ' and ') : s;
}

/**
 * A circular's addressees, the Party bodies it goes to, every one (`To all Central Bureaus, sub-bureaus, provincial
 * and municipal Party committees, and Party committees of the armies:`): the words are names of bodies and their
 * ranks only, so a sentence ending in a colon (`All Party committees must observe the following:`) is none.
 */
const CIRCULAR_ADDRESSEE = new RegExp(String.raw`^${P.OPENING_MARK}(?<to>(?:To|TO)\s+)?(?<body>(?:all|All|ALL)\s+(?:(?:[A-Z][\w'’\-.]*|\[[^\]]*\]|(?:and|of|the|all|sub-bureaus|bureaus|committees|branches|regions|districts|armies|units|provincial|municipal|regional|district|county|prefectural|military|field|army|party)(?![\w'’\-]))[,\s]*)+?)\s*:$`);

/** The style a diplomatic note addresses a minister or an ambassador by, alone on its line: `To His Excellency`, `HIS EXCELLENCY,`. */
const EXCELLENCY_LINE = /^(?:To|TO)?\s*(?:His|HIS)\s+(?:Excellency|EXCELLENCY)[,.:]?\s*$/;
/** An office under the style: `the Minister of Foreign Affairs of the USSR`, `Ambassador of the People's Republic of China,`. */
const OFFICE_UNDER_STYLE = /^(?:the\s+|The\s+)?(?:Minister|Chairman|Ambassador|Premier|President|Secretary|Head|Envoy|Charg[ée])\b[^.!?:;]{0,100}[,.]?$/;
/** The man under his office: `A.Ya. VYSHINSKY`, `Mr. Dean Acheson`, `V.M. Molotov.` */
const NAME_UNDER_STYLE = /^(?:(?:Mr\.?|Monsieur|Comrade|Cde\.)\s+)?(?:[A-Z][a-z]?\.\s?){0,3}[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}\s*[,.]?$/u;

/**
 * A note's addressee over its lines: the style (`To His Excellency`), one or two lines of his office,
 * and the man; the part spans them, its value the man's name. Undefined when no name closes the block.
 */
function excellencyBlock(ctx: LineContext, i: number, hi: number): { part: MessagePart; last: number } | undefined {
  if (!EXCELLENCY_LINE.test(ctx.textOf(i))) return undefined;
  let k = i + 1;
  while (k < hi && k <= i + 2 && !ctx.isBlank(k) && OFFICE_UNDER_STYLE.test(ctx.textOf(k))) k++;
  if (k === i + 1 || k >= hi || ctx.isBlank(k) || !NAME_UNDER_STYLE.test(ctx.textOf(k))) return undefined;
  const first = ctx.line(i);
  const name = ctx.line(k);
  const at = /^(?:(?:Mr\.?|Monsieur|Comrade|Cde\.)\s+)?/.exec(name.text)![0].length;
  const value = { start: name.offset + at, end: name.offset + name.text.replace(/[,.]?\s*$/, '').length };
  return { part: { kind: 'addressee', span: { start: first.offset, end: name.offset + name.text.length }, value }, last: k };
}

/** The bodies a circular goes to (`all Central Bureaus, ..., and Party committees of the armies`), without its `To` and colon. */
function circularAddressees(t: LineText): Span | undefined {
  const m = CIRCULAR_ADDRESSEE.exec(t.text);
  if (!m) return undefined;
  const at = t.text.indexOf(m.groups!.body, m.groups!.to ? m.index + m.groups!.to.length : m.index);
  return { start: t.offset + at, end: t.offset + at + m.groups!.body.replace(/[,\s]+$/, '').length };
}

/** The head of a list of those present, alone or with the names after it: `Present:`, `Also present: Cdes. ...`. */
const PRESENT_LIST = /^(?:Present|PRESENT|Also present|ALSO PRESENT|Attending|ATTENDING)\s*:/;

/** A salutation line that stops at the honorific: `Dear Cde.`, `Dear Comrade` (the name follows on the next line). */
const ENDS_WITH_HONORIFIC = /\b(?:Cdes?\.|Comrades?|Comr\.|Com\.)\s*$/;
/** A line that is only a name, with initials: `I. V. Stalin`, `I.V. STALIN!`, `Mao Zedong,`. */
const NAME_ONLY_LINE = /^(?:[A-Z]\.\s?){0,3}[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}\s*[!,:.]?$/u;

/** A line opening `To` or `For` (after a quote mark): an addressee rather than a salutation. */
const ADDRESSED_TO = new RegExp(String.raw`^${P.OPENING_MARK}\s*(?:To|TO|to|For|FOR)\s`);

/** `Peng [Dehuai] 彭, Gao [Gang] 高:` as `Peng [Dehuai], Gao [Gang]:`: the characters a bilingual text writes after each name. */
function withoutHanziBesideNames(s: string): string {
  return /[\u3400-\u9fff]/.test(s) && /[A-Za-z]/.test(s) ? s.replace(/[ \t]+[\u3400-\u9fff]{1,4}(?=\s*[,，、:：])/g, '') : s;
}

/** What the `n`-th line at the head of a message opens it with: an addressee, a salutation, or nothing. */
export function leadingKind(s: string, n: number): MessagePartKind | undefined {
  // `Present:` over the list of those present at a conversation greets no one
  if (P.REPORT_OPENER.test(s) || PRESENT_LIST.test(s)) return undefined;
  if (FOR_REPORT_TO.test(s)) return 'addressee';
  // a man named after his honorific and nothing else, as under a title addressee (`To the Minister of
  // Foreign Affairs of the USSR` / `Comrade A. Ya. VYSHINSKY`): his initials end no salutation
  if (NAMED_UNDER_TITLE.test(s)) return 'addressee';
  const salutation = P.SALUTATION.exec(s);
  if (salutation && !PROSE_WORD.test(withoutCopyAddressees(salutation[0].replace(/\[[^\]]*\]/g, ' ').replace(P.SALUTATION_GROUP_TAIL, '')))) {
    return ADDRESSED_TO.test(s) && !endsWithExclamation(s) ? 'addressee' : 'salutation';
  }
  if (P.ADDRESSEE.test(s)) return 'addressee';
  // (taking the copy addressees out neither adds a colon nor removes one: a line without one is no colon addressee)
  if (s.length < 160 && s.includes(':') && P.isColonAddressee(withoutCopyAddressees(withoutHanziBesideNames(s)))) return 'salutation';
  if (P.CHINESE_SALUTATION.test(s)) return 'salutation';
  if (s.length < 240 && CIRCULAR_ADDRESSEE.test(s)) return 'salutation';
  // A title addressee: `TO THE CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR`, or stacked comma-ended lines.
  if (TITLE_ADDRESSEE.test(s) || TITLE_THEN_PERSON.test(s) || STACKED_TO_THE_LAST.test(s)) return 'addressee';
  // (a closing formula is comma-ended too: `Humbly submitted,` over the signer of a message whose text shares its addressee's line)
  if (n > 0 && STACKED_ADDRESSEE_LINE.test(s) && !P.CLOSING_ALONE.test(s)) return 'addressee';
  return undefined;
}

/**
 * `Vice Admiral C. Turner Joy,` / `Senior Delegate of the United Nations Command Delegation:`: a man
 * named with his rank, a comma, and his office under him closing with the salutation's colon.
 */
function manOverHisOffice(ctx: LineContext, s: string, i: number, hi: number): boolean {
  return MAN_WITH_COMMA.test(s) && i + 1 < hi && !ctx.isBlank(i + 1) && OFFICE_WITH_COLON.test(ctx.textOf(i + 1));
}
/**
 * `Minister of Foreign Affairs of the USSR` / `Mr. A. Ya. Vyshinsky:`: a letter's addressee by his office alone,
 * without `To the`, right over the line that greets him by name.
 */
function officeOverTheMan(ctx: LineContext, s: string, i: number, hi: number): boolean {
  return OFFICE_ALONE_LINE.test(s) && i + 1 < hi && !ctx.isBlank(i + 1) && NAMED_GREETING.test(ctx.textOf(i + 1)) && leadingKind(ctx.textOf(i + 1), 1) !== undefined;
}
/** (no honorific on it: `Commander of the 25th Army Comrade Chistyakov` names his man on his line) */
const OFFICE_ALONE_LINE = new RegExp(String.raw`^(?!.*\b(?:Comrade|Cde\.|Comr\.|COMRADE|Mr\.|General|Marshal)\s)(?:${TITLE_WORDS})\s+(?:of|OF)\s[^.!?:;]{3,120}$`);
/** A greeting by honorific and name, closing with its colon or a stop: `Mr. A. Ya. Vyshinsky:`, `Comrade STALIN I.V.` */
const NAMED_GREETING = /^(?:Mr\.|Comrade|Cde\.|Comr\.|COMRADE|Dear\s+(?:Comrade|Mr\.))\s+(?:[A-Z][a-z]?\.\s*){0,3}[A-Z][A-Za-z'’-]+(?:\s+(?:[A-Z][a-z]?\.\s?){1,3})?\s*[:!.,]?$/;
const MAN_WITH_COMMA = /^(?:[A-Z][\w.'’-]*\s+){1,6}[A-Z][\w'’-]+,\s*$/;
const OFFICE_WITH_COLON = /^[A-Z][^.!?:]{3,100}:\s*$/;

/** A line of a stacked title addressee after its first: `The Council of Ministers,`, `The Central People's Government,`. */
const STACKED_ADDRESSEE_LINE = /^[A-Z][\w ’'.()-]{2,60},$/;

/**
 * Whether a greeting ending in a comma heads a stacked addressee (`Chairman Mao Zedong,` / `The
 * Central People's Government,` / ... then `Dear Comrades!`): the next line, right under it, goes
 * on with the stack, so the salutation is still to come.
 */
function headsStackedAddressee(ctx: LineContext, s: string, i: number, hi: number): boolean {
  return /,\s*$/.test(s) && i + 1 < hi && !ctx.isBlank(i + 1) && STACKED_ADDRESSEE_LINE.test(ctx.textOf(i + 1));
}

/** A stacked addressee's later line in small letters, as a directive lists its bodies: `the Military Council of the 25th Army`. */
const STACKED_THE_LINE = /^the\s+[A-Z][\w ’'.()-]{2,80},?$/;

/**
 * Whether `t` goes on with the stacked addressee above it, the line above ending with its comma: `To the
 * Commander-in-Chief of the Soviet Forces in the Far East,` / `the Military Council of the Primorsky Military District,`.
 */
function stacksOn(ctx: LineContext, parts: readonly MessagePart[], t: LineText): boolean {
  const above = parts[parts.length - 1];
  return above?.kind === 'addressee' && /,\s*$/.test(ctx.text.slice(above.span.start, above.span.end)) && (STACKED_THE_LINE.test(t.text) || STACKED_TO_THE_LAST.test(t.text));
}

/**
 * A title addressee closing with a colon, alone (`To the Chairman of the Council of Ministers of the USSR:`),
 * or the last of stacked ones: `To the Central Committee of the CPSU,` /
 * `To the Council of Ministers of the USSR,` / `To the Presidium of the Supreme Soviet of the USSR:`.
 */
const STACKED_TO_THE_LAST = new RegExp(String.raw`^To the (?:${TITLE_WORDS})\b(?:(?!\band\b)[^.!?:,\[\]]){0,100}:$`);

/** A line's words without the comma closing it. */
function withoutComma(t: LineText): Span {
  return { start: t.offset, end: t.offset + t.text.replace(/,\s*$/, '').length };
}

/**
 * The date and the number a directive writes a line each under its addressees, over its text (`the Military
 * Council of the 25th Army` / `20 September 1945` / `No. 10`): the message's own, as under a signature.
 */
function dateAndNumberUnder(ctx: LineContext, i: number, hi: number): MessagePart[] {
  const out: MessagePart[] = [];
  for (let k = i; k < hi && k < i + 2 && !ctx.isBlank(k); k++) {
    const t = ctx.line(k);
    const number = P.NUMBER_LINE.exec(t.text)?.groups?.number;
    if (!out.some(p => p.kind === 'date') && P.isDateOnly(t.text)) out.push(part('date', t, dateValue(t)));
    else if (!out.some(p => p.kind === 'number') && number !== undefined) {
      const at = t.text.indexOf(number);
      out.push(part('number', t, { start: t.offset + at, end: t.offset + at + number.length }));
    } else break;
  }
  return out;
}

/** A body a stacked addressee names, no man: `The Government of the People's Republic of China,` is all of it but its comma. */
function stackedBody(t: LineText, n: number): Span | undefined {
  return n > 0 && STACKED_ADDRESSEE_LINE.test(t.text) && !NAME_AFTER_HONORIFIC.test(t.text) && /^The\s/.test(t.text) ? { start: t.offset, end: t.offset + t.text.length - 1 } : undefined;
}

function part(kind: MessagePartKind, t: LineText, value?: Span, when?: Span): MessagePart {
  const span = { start: t.offset, end: t.offset + t.text.length };
  return { kind, span, value: value ?? span, when };
}

/** One word of a name; an editor may have supplied it in brackets (`[Liu] Shaoqi`) or completed it (`Sadov[in]`). */
const NAME_WORD = String.raw`(?:\[[A-Z][\w'’\-]*\]\s*)?[A-Z][\w'’\-${P.ACCENTED}]*(?:\[[a-z]+\])?`;
/** An initial and the space after it: one capital, or a Russian digraph (`A. Ya. Vyshinsky`, `Yu. V. Andropov`). */
const INITIAL = String.raw`${P.INITIAL}\s*`;
const NAME = String.raw`(?:${INITIAL}){0,3}${NAME_WORD}(?:\s+(?!(?:and|AND|of|copy|Your|The|We|I|In|On|At|To|Our|This|My|His|Please|Transmit|Tell)\b)(?:${INITIAL})*${NAME_WORD}){0,3}`;
const NAME_AFTER_HONORIFIC = new RegExp(String.raw`(?:${P.HONORIFIC}\s*)+(?<name>${NAME})`);
/** The name a line opens with, after its `To`, `Dear` (and a body's `the`: `To the Northeast Bureau[1]:` names the bureau, not `To`). */
const LEADING_NAME = new RegExp(String.raw`^${P.OPENING_MARK}(?:(?:To|TO|For|FOR|to|for)\s+(?:the\s+)?|(?:Dear|Esteemed|Respected|Deeply respected)\s+)?(?<name>${NAME})`);

const CHINESE_NAME_BEFORE_HONORIFIC = new RegExp(String.raw`^${P.OPENING_MARK}([\u3400-\u9fff]{2,4})(?:同志|主席|总理|首长)(?:\[\d+\]|〔\d+〕)?\s*[：:]$`);

/** `Cde. FILIPPOV!` → `FILIPPOV`; `To Cde. Li Kenong of 0530 ...` → `Li Kenong`; `Chairman Mao [Zedong]:` → `Mao`. */
function nameAfterHonorific(t: LineText, from: number): Span | undefined {
  const s = t.text.slice(from);
  // `高岗同志：` → `高岗`: a Chinese addressee's name before its honorific and colon
  const chinese = CHINESE_NAME_BEFORE_HONORIFIC.exec(s);
  if (chinese) {
    const at = from + chinese.index + chinese[0].indexOf(chinese[1]!);
    return { start: t.offset + at, end: t.offset + at + chinese[1]!.length };
  }
  const m = NAME_AFTER_HONORIFIC.exec(s) ?? LEADING_NAME.exec(s);
  if (!m) return undefined;
  const name = m.groups!.name.replace(/[.,:!]+$/, '');
  const at = from + m.index + m[0].lastIndexOf(m.groups!.name);
  // `Chairman Mao [Zedong]:`: a Chinese surname with the given name the editor supplies is the whole name
  // (and a title whose holder the editor names: `Chairman [Mao]:`)
  const completed = /^[A-Z][a-z]{0,3}$/.test(name) || TITLE_ONLY.test(name) ? COMPLETION_AFTER.exec(t.text.slice(at + name.length)) : null;
  const end = at + name.length + (completed ? completed[0].length : 0);
  const plural = PLURAL_HONORIFIC.test(t.text.slice(from, at));
  return { start: t.offset + at, end: t.offset + end + coAddresseesAfter(t.text.slice(end), plural) };
}

/** A title alone where a name stands: `Chairman [Mao]:`, `Premier [Zhou Enlai]:`. */
const TITLE_ONLY = /^(?:Chairman|Premier|Ambassador|Commander|Marshal|Minister|Generalissimo)$/;

/** An honorific for several men: the names after it, commas alone between them, are all addressees (`To Cdes. Stalin, Molotov.`). */
const PLURAL_HONORIFIC = /\b(?:Cdes\.|Comrades|COMRADES|Cmrds\.?)\s*$/;

/**
 * The men named with the first after `and` (and commas before it): `To Cdes. SHTYKOV and MATVEYEV.`,
 * `Comrades Kim Il Sung and Pak Heon-yeong!`, `To Cdes. Malenkov, Molotov and Beria.` A comma alone
 * joins no second man (`Comrade Kim Il Sung, Chairman of the Cabinet ...` is his office). `or` names a second man
 * too, either of whom is to receive the text (`For Mao Zedong or Zhou Enlai.`).
 */
const CO_ADDRESSEES = new RegExp(String.raw`^(?:\s*\[[^\]\n]{1,40}\])?(?:\s*,\s*(?:${P.HONORIFIC}\s*)*${NAME}(?:\s*\[[^\]\n]{1,40}\])?)*,?\s+(?:and|or)\s+(?:${P.HONORIFIC}\s*)*(?<last>${NAME})`);

/** Men each given his honorific after a comma, with no `and`: `Comrade Kim Il Sung, Comrade Pak Hon-yong.` */
const HONOURED_CO_ADDRESSEES = new RegExp(String.raw`^(?:\s*\[[^\]\n]{1,40}\])?(?:\s*,\s*(?:${P.HONORIFIC}\s*)+${NAME}(?:\s*\[[^\]\n]{1,40}\])?)*\s*,\s*(?:${P.HONORIFIC}\s*)+(?<last>${NAME})`);

/** Men after the first of `Cdes.`, commas alone between them: `, Molotov, Bulganin`. */
const LISTED_CO_ADDRESSEES = new RegExp(String.raw`^(?:\s*\[[^\]\n]{1,40}\])?(?:\s*,\s*${NAME}(?:\s*\[[^\]\n]{1,40}\])?)*\s*,\s*(?<last>${NAME})`);

/** How far the co-addressees after a name reach (0 when there are none); after a plural honorific a comma joins the next man. */
function coAddresseesAfter(rest: string, plural = false): number {
  const m = CO_ADDRESSEES.exec(rest) ?? HONOURED_CO_ADDRESSEES.exec(rest) ?? (plural ? LISTED_CO_ADDRESSEES.exec(rest) : null);
  return m ? m[0].lastIndexOf(m.groups!.last) + m.groups!.last.length : 0;
}

/** The editor's completion of a surname: ` [Zedong]`, ` [Il-u]`. */
const COMPLETION_AFTER = /^\s*\[[A-Z][a-z]+(?:[ -][A-Za-z][a-z]*){0,2}\]/;

/**
 * A sender and date opening a forwarded telegram: `Liu Shaoqi 2300 22 January`, `KIM IL SUNG, 3 September 1950`.
 * The name is a person's (two to four words); a place with a date (`Moscow, 22 January`) is not a sender.
 */
const SENDER_DATELINE = new RegExp(String.raw`^(?<name>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,3}|[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){1,3})(?:\s*\[[^\]]{1,40}\])?[,\s]+(?<when>${P.WHEN})[.:]?$`);
const NOT_A_SENDER = /^(?:Moscow|MOSCOW|Beijing|BEIJING|Peking|PEKING|Pyongyang|PYONGYANG|Top|TOP|Received|Sent|Dated|The|Your|Our|On|In|At)\b/;

function senderDateline(t: LineText): MessagePart | undefined {
  const m = SENDER_DATELINE.exec(t.text);
  if (!m || NOT_A_SENDER.test(t.text) || !/\D/.test(m.groups!.when)) return undefined;
  const at = t.text.lastIndexOf(m.groups!.when);
  return part('sender', t, { start: t.offset, end: t.offset + m.groups!.name.length }, { start: t.offset + at, end: t.offset + at + m.groups!.when.length });
}

// (`For immediate transmission to MAO ZEDONG or ZHOU ENLAI.` over the text it relays names the first man, with no honorific)
const INSTRUCTED_PERSON = new RegExp(String.raw`^(?:(?:Visit|Tell|Inform|Convey to|Transmit to|Pass to|Hand to|To transmit to|To convey to|For transmission to)\s+(?:${P.HONORIFIC}\s*)+|(?:For|FOR)\s+(?:(?:immediate|urgent|IMMEDIATE|URGENT)\s+)?(?:transmission|TRANSMISSION)\s+(?:to|TO)\s+(?:${P.HONORIFIC}\s*)*)(?<name>${NAME})`);

/** A relay instruction names the message's recipient: `Visit Comrade Kim Il Sung and tell him ...`. */
function instructedPerson(t: LineText): Span | undefined {
  const m = INSTRUCTED_PERSON.exec(t.text);
  if (!m) return undefined;
  const at = t.offset + m[0].lastIndexOf(m.groups!.name);
  return { start: at, end: at + m.groups!.name.length };
}

// `... to Cde. Kim Il Sung`; a relay's `Visit Liu Shaoqi ... and pass him the following:` names its recipient first
/** A greeting that names no one: `Comrades!`, `Dear comrades!` (the visited man is then whom the text is for). */
const NO_ONE_BY_NAME = /^(?:(?:Dear|Esteemed|Respected)\s+)?(?:[Cc]omrades?|COMRADES?|[Ff]riends)[!,.:]?$/;
/**
 * A relay's instruction to visit a man (`Visit Kim Il Sung and acquaint him with ...`): he is shown the text, not always its
 * addressee. A directive words it as a duty and may name two (`You are to meet Kim Il Sung and Pak Hon-yong and ... tell them:`).
 */
const VISIT_VERB = String.raw`(?:Visit|Call on|Go to|See|Meet|You\s+(?:are\s+to|should|must)\s+(?:visit|call on|go to|see|meet))`;
const VISIT = new RegExp(String.raw`^${P.OPENING_MARK}${VISIT_VERB}\s`);
// (a relay names the man without an honorific too: `Transmit to Kim Il Sung the following:`, `Tell Kim Il Sung the
// following:`, or with no `to`: `Hand Zhou Enlai immediately the following answer:`, whose `Mr. Minister,` is then his title)
const INTRODUCER_TO = new RegExp(String.raw`\b(?:to|for)\s+(?:${P.HONORIFIC}\s*)+(?<name>${NAME})|^${P.OPENING_MARK}${VISIT_VERB}\s+(?:${P.HONORIFIC}\s*)*(?<visited>${NAME}(?:\s+and\s+(?:${P.HONORIFIC}\s*)*${NAME})?)|^${P.OPENING_MARK}(?:(?:Pass|Transmit|Convey|Hand)\s+(?:on\s+)?to|Tell)\s+(?:${P.HONORIFIC}\s*)*(?<plain>${NAME})\s+the\s+following\b|^${P.OPENING_MARK}(?:Pass|Hand|Give)\s+(?:${P.HONORIFIC}\s*)*(?<handed>${NAME})\s+(?:immediately\s+|at\s+once\s+)?the\s+following\b`);
/** A protocol's numbered item, its title in capitals: `131. The Question of ...`, `322. Question of the General Staff.`, `160. On the ...` (prose writes `the question`). */
const DECISION_ITEM = /^(?:\d{1,4}|[IVXL]+)\.\s+(?:The\s+)?(?:Questions?\s+of|On\s+the\s+[A-Z]|About\s+the\s+[A-Z])\b/;
/** An item a protocol's extract records without its number: `The Question of Beijing.` */
const UNNUMBERED_ITEM = /^(?:The\s+)?Questions?\s+of\s+\S|^(?:On|About|Concerning)\s+the\s+[^.!?:]{2,100}$/;

/** Whether line `j` stands right under a signature, or under office lines right under one (`C. TURNER JOY` / `Vice Admiral, United States Navy` / `Senior Delegate`). */
function underSigner(ctx: LineContext, j: number, from: number): boolean {
  let k = j - 1;
  while (k >= from && !ctx.isBlank(k) && SIGNER_OFFICE.test(ctx.textOf(k))) k--;
  return k >= from && k < j && !ctx.isBlank(k) && (trailingPart(ctx.line(k), true)?.some(x => x.kind === 'signature') ?? false);
}

/** Any numbered line: in a protocol's extract, the item it records (`340. On the request of Mao Zedong.`). */
const NUMBERED_ITEM = /^\d{1,4}\.\s+[A-Z]/;

/**
 * Whether the envelope heads a decision: a protocol's extract (a protocol number, `# P85/340`, or an
 * `Extract ... Protocol` line) or a government's act (`RESOLUTION No. 858-372ss`), whose subject line
 * (`On the Korean question`) opens it as a protocol's item does.
 */
function recordsProtocol(text: string, envelope: readonly HeaderField[] | undefined): boolean {
  return (envelope ?? []).some((f) => {
    const words = text.slice(f.span.start, f.span.end);
    return (f.kind === 'documentType' && (P.PROTOCOL_NUMBER_RE.test(words) || (f.label !== undefined && P.ACT_LABEL.test(text.slice(f.label.start, f.label.end))))) || (f.kind === 'note' && (/\bProtocol\b/i.test(words) || P.PROTOCOL_EXTRACT.test(words)));
  });
}

/** Places of two words a forwarding sentence may name after `from`: not a sender. */
const TWO_WORD_PLACES = String.raw`(?:North|South|Inner|Outer)\s+[A-Z][a-z]+|Port\s+Arthur|Lake\s+Success|New\s+York|Soviet\s+Union|United\s+[A-Z][a-z]+|Far\s+East`;

/**
 * A relay's `Pass the following to Kim Il Sung:` (or `... to Kim Il Sung in two parts.`, `Deliver the following to Kim Il Sung
 * immediately:`): the name closing the sentence, when the telegram names nobody itself; a relay to whichever of two men is
 * found names both (`For immediate transmission to Mao Zedong or Zhou Enlai.`).
 */
const INTRODUCER_TO_END = new RegExp(String.raw`\bto\s+(?<bare>${NAME}(?:\s+or\s+${NAME})?)(?:\s+in\s+(?:two|three|four|\d)\s+parts|\s+(?:immediately|at\s+once|urgently))?\s*[:.]?\s*$`);
// `... from Cde. Mao Zedong`, `from MAO ZEDONG`, `a note from Zhou Enlai with the following contents` (a name of
// two or three words; not a place: `from North Korea`), or the one who asked for it: `Mao Zedong asked me to transmit to you the following:`,
// or who wrote it: `Kim Il Sung writes to me:`, or whose text it is: `I transmit the text of Mao Zedong's answer`
const INTRODUCER_FROM = new RegExp(String.raw`\b(?:from|of)\s+(?:${P.HONORIFIC}\s*)+(?<name>${NAME})|\bfrom\s+(?<bare>[A-Z][A-Z\-]+(?:\s+[A-Z][A-Z\-]+){0,2})\b|\bfrom\s+(?!${TWO_WORD_PLACES}\b)(?<plain>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,2})\b(?![\s-]+[A-Z])|^(?:${P.HONORIFIC}\s*)*(?<asker>${NAME})\s+(?:has\s+)?(?:(?:asked|requested|instructed)\s+(?:me|us)\s+to\b|(?:handed|gave|passed|read)\s+(?:(?:over\s+)?to\s+)?(?:me|us)\b)|^(?:${P.HONORIFIC}\s*)*(?<writer>${NAME})\s+(?:writes|wrote|has\s+written|telegraphs|telegraphed|has\s+telegraphed|reports|has\s+reported)(?:\s+to\s+(?:me|us|you))?\s*:\s*$|\b(?<host>${NAME})\s+(?:received|invited|summoned)\s+(?:me|us)(?:\s+today)?\s+and\s+(?:gave|handed|said|stated|told|read)\b|\b(?:transmit|forward|send)(?:ing)?\s+(?:you\s+)?(?:the\s+)?(?:text\s+of\s+)?(?:${P.HONORIFIC}\s*)*(?<possessor>${NAME})['’]s\s+(?:answer|reply|telegram|letter|message|note|cable)\b`);

/**
 * The sender of the text a forwarding sentence names, even by one word: `the following telegram from
 * Panikkar, Indian Ambassador in Peking` (he who read it out, `Bajpai asked me ...`, did not send it),
 * `the following telegram of Mao Zedong to Cde. Peng Dehuai` (not `of October 13`).
 */
const MESSAGE_FROM = new RegExp(String.raw`\b(?:telegrams?|letters?|messages?|cables?|notes?)\s+(?:from|of(?!\s+(?:${P.MONTH_NAMES})\b))\s+(?:${P.HONORIFIC}\s*)*(?<sent>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})\b(?![\s-]+[A-Z])`);

/** A country or region a text may come from, which is no sender: `a telegram from Korea`, `from North Korea`. */
const PLACE_NAME = new RegExp(String.raw`^(?:${TWO_WORD_PLACES}|Korea|China|India|Japan|Manchuria|Mongolia|Taiwan|Formosa|America|Britain|England|France|London|Paris|Washington)$`);

/** A name after `to` or `from`/`of` in a forwarding sentence, or closing it after `to`, or the one who asked for it. */
function introducerName(text: string, span: Span, which: 'to' | 'toAtEnd' | 'from'): Span | undefined {
  const s = text.slice(span.start, span.end);
  const sent = which === 'from' ? MESSAGE_FROM.exec(s) : null;
  if (sent && !P.CITY_ONLY.test(sent.groups!.sent) && !PLACE_NAME.test(sent.groups!.sent)) {
    const at = span.start + sent.index + sent[0].lastIndexOf(sent.groups!.sent);
    return { start: at, end: at + sent.groups!.sent.length };
  }
  const m = (which === 'to' ? INTRODUCER_TO : which === 'toAtEnd' ? INTRODUCER_TO_END : INTRODUCER_FROM).exec(s);
  const name = m?.groups?.name ?? m?.groups?.bare ?? m?.groups?.plain ?? m?.groups?.handed ?? m?.groups?.asker ?? m?.groups?.writer ?? m?.groups?.host ?? m?.groups?.visited ?? m?.groups?.possessor;
  if (!m || !name) return undefined;
  const at = span.start + m.index + m[0].lastIndexOf(name);
  // `the reply of Cde. Mao Zedong to Cde. Kim Il Sung’s letter`: the man, not his possessive
  const end = at + name.replace(/[.,:]+$/, '').replace(/['’]s$/, '').length;
  // `my telegram to Cdes. Li Kenong and Qiao Guanhua`: a telegram sent to two men is to both
  return { start: at, end: which === 'to' && !/['’]s$/.test(name) ? end + coAddresseesAfter(text.slice(end, span.end)) : end };
}

// ---------------------------------------------------------------- quotes

/**
 * The quote marks of one line, counted in one pass: straight `"`, curly openers `“„«`, closers `”»`;
 * after a low `„` a `“` closes it, as German typesetting pairs them (`„The UN Command is prepared ...“`).
 */
interface QuoteCounts { straight: number; open: number; close: number }

function countQuotes(s: string): QuoteCounts {
  let straight = 0;
  let open = 0;
  let close = 0;
  let low = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x22) straight++;
    else if (c === 0x201c && low > 0) { low--; close++; }
    else if (c === 0x201c || c === 0xab) open++;
    else if (c === 0x201e) { low++; open++; }
    else if (c === 0x201d || c === 0xbb) close++;
  }
  return { straight, open, close };
}

/** `"`, `“`, `„` or `«`. */
function isOpeningMark(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201e || c === 0xab;
}

/** `"`, `”` or `»`. */
function isClosingMark(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0xbb;
}

/** A line ending in the `“` that closes a German-style quotation opened on an earlier line (not one it opens itself with `„`). */
function closesLow(s: string): boolean {
  return LOW_CLOSE_AT_END.test(s) && !s.includes('„');
}
const LOW_CLOSE_AT_END = /“\s*[.,]?\s*$/;

/** A line holding only a quote mark: `"`, `“`, `”`, `«`, `»`. */
function isLoneQuoteMark(s: string): boolean {
  return s.length === 1 && (isOpeningMark(s.charCodeAt(0)) || isClosingMark(s.charCodeAt(0)));
}

function startsWithQuote(s: string): boolean {
  return s.length > 0 && isOpeningMark(s.charCodeAt(0));
}

/**
 * Whether `s` may end in a closing quote (`CLOSE_AT_END`): read backwards over what may follow the
 * mark (spaces, `.`, `,`, `x/`, another mark); any other ASCII character first rules it out.
 */
function mayCloseAtEnd(s: string): boolean {
  for (let k = s.length - 1; k >= 0; k--) {
    const c = s.charCodeAt(k);
    if (isClosingMark(c) || c > 0x7f) return true; // a non-ASCII character may be a space: let the regex decide
    if (!(c === 0x2e || c === 0x2c || c === 0x78 || c === 0x2f || c === 0x20 || (c >= 0x09 && c <= 0x0d))) return false;
  }
  return false;
}

/** The number of a list's item before a quote: `1. "`, `2) “`, `b. "`. */
const LIST_MARK_BEFORE_QUOTE = /^(?:\d{1,2}|[a-z])[.)]\s+(?=["“„«])/;

/** The line from its quote on, when a list's number stands before it (`1. "Chairman Mao [Zedong]:`); else the line itself. */
function afterListMark(t: LineText): LineText {
  const c = t.text.charCodeAt(0);
  // only a digit or a small letter may start the mark: a quick test before the pattern
  if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a))) return t;
  const mark = LIST_MARK_BEFORE_QUOTE.exec(t.text);
  return mark ? { text: t.text.slice(mark[0].length), offset: t.offset + mark[0].length } : t;
}

/** A line that opens a quote not closed on the same line. */
function opensQuote(s: string): boolean {
  if (!startsWithQuote(s)) return false;
  // Two opening quotes in a row (`""Comrade FILIPPOV.`) open one quote.
  if (/^["“„«]{2}[^"“„«”»]/.test(s)) return true;
  const q = countQuotes(s);
  if (s.charCodeAt(0) === 0x22) return q.straight % 2 === 1 || q.straight === 0;
  return q.open > q.close;
}

const CLOSE_AT_END = /(["”»]{1,2})\s*[.,]?\s*(?:x{1,3}\/)?\s*$|(["”»])\.(["”»])\s*$/;

/** A footnote's marker after a closing quote, ending the line: `With greetings, FILIPPOV [Stalin]."[1]`. */
const NOTE_MARK_AFTER_QUOTE = /(?<=["”»][.,]?)\s*\[\d{1,3}\]$/;

/** How many quotes close at the end of this line: `...October"` → 1, `...[Stalin].”"` → 2, `...[Stalin]."[1]` → 1, none → 0. */
function closesAtEnd(line: string): number {
  const s = line.endsWith(']') ? line.replace(NOTE_MARK_AFTER_QUOTE, '') : line;
  if (!mayCloseAtEnd(s)) return 0;
  const m = CLOSE_AT_END.exec(s);
  if (!m) return 0;
  const q = countQuotes(s);
  const tail = m[1] ?? m[2] + m[3];
  // The closing mark must be unbalanced within the line itself.
  let unbalanced = 0;
  for (let k = 0; k < tail.length; k++) {
    if (tail.charCodeAt(k) === 0x22 ? q.straight % 2 === 1 : q.close > q.open) unbalanced++;
  }
  return Math.min(tail.length, unbalanced);
}

/** A line that is a whole quote on its own: `"Comrade X, we agree."`. */
function isWholeQuote(s: string): boolean {
  return startsWithQuote(s) && /^["“„«].*["”»][.,]?$/.test(s) && !opensQuote(s) && closesAtEnd(s) === 0 && s.length > 2;
}

function startsLikeTelegram(s: string): boolean {
  return startsWithQuote(s) && /^["“„«]{1,2}\s*(?:To |TO |Dear |Cdes?\.|Comrades?\b|Comr\.|Com\.|Chairman |Ambassador |Premier |Your Excellency)/.test(s);
}

/** `Dear Comrade Stalin!`: a `!` with nothing after it but spaces (read from the last `!`, as `endsWithColon` reads). */
const EXCLAMATION_AT_END = /!\s*$/y;

function endsWithExclamation(s: string): boolean {
  const k = s.lastIndexOf('!');
  if (k < 0) return false;
  EXCLAMATION_AT_END.lastIndex = k;
  return EXCLAMATION_AT_END.test(s);
}

/** `...as follows:`, `... Kim Il Sung:[1]`: a line ending in a colon announces what follows. */
const ENDS_WITH_COLON = /:\s*(?:\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})?\s*$/y;

export function endsWithColon(s: string): boolean {
  // Only the last colon can be followed by nothing but spaces and a footnote marker.
  const k = s.lastIndexOf(':');
  if (k < 0) return false;
  ENDS_WITH_COLON.lastIndex = k;
  return ENDS_WITH_COLON.test(s);
}

export function isIntroducer(ctx: LineContext, i: number): boolean {
  return ctx.introduces(i) || ctx.colonEnd(i);
}

/**
 * Inner telegrams in lines `[from, to)`. Quoted ones are tracked with a nesting counter; an
 * `[Attachment]` takes the rest of the message; a relay instruction followed by an unquoted
 * salutation takes the lines up to the relayed text's signature.
 */
function findInnerTelegrams(ctx: LineContext, from: number, to: number, depth: number, ownClose?: Span, ownOpen?: Span): Message[] {
  const out: Message[] = [];
  let prevText = -1; // last non-blank line before the current one, inside this message
  let consumed = from; // lines before this belong to an earlier telegram or to the outer text

  for (let i = from; i < to; i++) {
    if (ctx.isBlank(i) || ctx.stamp(i)) continue;
    const s = ctx.textOf(i);

    if (P.mayBeAttachmentMark(s) && P.ATTACHMENT_MARK.test(s)) {
      const next = nextText(ctx, i + 1, to);
      // An attachment runs to the next attachment mark (a letter, then the draft reply) or the end.
      let end = next + 1;
      while (end < to && !(P.mayBeAttachmentMark(ctx.textOf(end)) && P.ATTACHMENT_MARK.test(ctx.textOf(end)))) end++;
      // `Attachment: draft instruction to Comrade Malik, on 2 pages.` above the covering letter's own
      // signature and date only describes the enclosure, whether the attached text follows under an
      // `[Attachment]` mark of its own or not at all: a signature block is never what is attached (§5)
      // `[Attachment No. 2]` / `[The directive ... is not printed here.]`: the editor says what was left out, and nothing is attached
      if (next < to && !signatureBlockOnly(ctx, next, end) && !editorsNotesOnly(ctx, next, end) && !handwrittenMinute(ctx, i, next, end)) {
        out.push(parseMessage(ctx, next, end, depth + 1, 'attachment', { introducer: part('introducer', ctx.line(i)) }));
        consumed = end;
        i = end - 1;
        prevText = -1;
        continue;
      }
    }

    // The quote that opens this message itself (`"To the commander of the front.`) opens nothing inside it.
    const ownOpenHere = ownOpen !== undefined && ownOpen.start >= ctx.line(i).offset && ownOpen.end <= ctx.line(i).offset + s.length;
    // a numbered telegram's quote opens after its number: `1. "Chairman Mao [Zedong]:`
    const quoted = afterListMark(ctx.line(i));
    const q = quoted.text;
    if (!ownOpenHere && opensQuote(q) && (announced(ctx, prevText, consumed) || startsLikeTelegram(q))) {
      const end = findClose(ctx, i, to);
      const openQuote = { start: quoted.offset, end: quoted.offset + 1 };
      const last = ctx.line(end.line);
      const closeQuote = end.closed ? closeMarkSpan(last) : undefined;
      const introLine = announced(ctx, prevText, consumed) ? partsIntroducer(ctx, from, prevText) ?? prevText : undefined;
      const introducer = introLine !== undefined ? introducerPart(ctx.line(introLine)) : undefined;
      out.push(parseMessage(ctx, i, end.line + 1, depth + 1, 'quotes', { openQuote, closeQuote, introducer }));
      consumed = i = end.line;
      prevText = -1;
      continue;
    }

    // Inside a quoted text, a text it quotes in its turn may stand in single quotes (`'Our units crossed ...'`).
    if (depth > 0 && opensSingleQuote(q) && announced(ctx, prevText, consumed)) {
      const end = singleQuoteClose(ctx, i, to);
      if (end !== undefined) {
        out.push(parseMessage(ctx, i, end + 1, depth + 1, 'quotes', {
          openQuote: { start: quoted.offset, end: quoted.offset + 1 }, closeQuote: singleCloseSpan(ctx.line(end)), introducer: introducerPart(ctx.line(prevText)),
        }));
        consumed = i = end;
        prevText = -1;
        continue;
      }
    }

    if (!ownOpenHere && isWholeQuote(q) && announced(ctx, prevText, consumed)) {
      const introducer = introducerPart(ctx.line(partsIntroducer(ctx, from, prevText) ?? prevText));
      out.push(parseMessage(ctx, i, i + 1, depth + 1, 'quotes', {
        openQuote: { start: quoted.offset, end: quoted.offset + 1 }, closeQuote: closeMarkSpan(quoted), introducer,
      }));
      consumed = i;
      prevText = -1;
      continue;
    }

    // A closing quote with no opening one: the telegram began after the forwarding sentence.
    // The quote that closes this message itself (`Respectfully, KIM IL SUNG"`) opens nothing inside it.
    const ownCloseHere = ownClose !== undefined && ownClose.start >= ctx.line(i).offset && ownClose.end <= ctx.line(i).offset + s.length;
    if (closesAtEnd(s) > (ownCloseHere ? 1 : 0) && !startsWithQuote(q)) {
      const intro = findIntroducerBefore(ctx, consumed, i);
      if (intro !== undefined) {
        const first = nextText(ctx, intro + 1, i + 1);
        if (first <= i && !hasOpenQuoteBetween(ctx, intro + 1, i)) {
          out.push(parseMessage(ctx, first, i + 1, depth + 1, 'quotes', {
            closeQuote: closeMarkSpan(ctx.line(i)), introducer: introducerPart(ctx.line(partsIntroducer(ctx, from, intro) ?? intro)),
          }));
          consumed = i;
          prevText = -1;
          continue;
        }
      }
    }

    // A relay: `Pass the following to Cde. NAME:` then an unquoted salutation, or the sender and date
    // of the forwarded telegram (`Liu Shaoqi 2300 22 January`).
    if (!startsWithQuote(s) && ctx.introduces(i)) {
      const next = nextText(ctx, i + 1, to);
      const sender = next < to ? senderDateline(ctx.line(next)) : undefined;
      // (inside a quoted text, one in single quotes is a quotation of its own: read at its line)
      const quotedNext = next < to ? afterListMark(ctx.line(next)).text : '';
      if (next < to && !startsWithQuote(quotedNext) && !(depth > 0 && opensSingleQuote(quotedNext)) && (sender || leadingKind(ctx.textOf(next), 0))) {
        const end = relayEnd(ctx, next, to, sender ? ctx.text.slice(sender.value.start, sender.value.end) : undefined);
        // A relayed text whose opening quote was lost still ends with its closing one: `...”.`
        const closing = closesAtEnd(ctx.textOf(end)) > 0 ? closeMarkSpan(ctx.line(end)) : undefined;
        out.push(parseMessage(ctx, next, end + 1, depth + 1, closing ? 'quotes' : 'relay', { introducer: introducerPart(ctx.line(i)), closeQuote: closing }));
        consumed = i = end;
        prevText = -1;
        continue;
      }
    }
    prevText = i;
  }
  return out;
}

/** A line opening with a single quote mark before a word (`'Our units ...`, `‘Comrade Mao Zedong!`), not an elided year (`'50`). */
const SINGLE_OPEN = /^['‘](?=[A-Za-z])/;
/** A single quote closing a line after a sentence, a date, a bracket or a signature in capitals: `... 23:00.'`, `PENG DEHUAI’.` */
const SINGLE_CLOSE_AT_END = /(?:[.!?\d)\]]|[A-Z]{2})\s*['’]\s*[.,]?\s*$/;

/** A single quote closing a line after a word not ending in `s` (`soldiers'` is a plural's apostrophe): `... 17 February'`. */
const SINGLE_CLOSE_AFTER_WORD = /[A-Za-rt-z]['’]\s*[.,]?\s*$/;

function opensSingleQuote(s: string): boolean {
  return SINGLE_OPEN.test(s);
}

/**
 * The line closing a single-quoted text opened on line `start` (it may close on that line), or
 * undefined when none does before the outer quote closes or a block boundary: the text is then
 * read as its quoting text's own.
 */
function singleQuoteClose(ctx: LineContext, start: number, to: number): number | undefined {
  for (let j = start; j < to; j++) {
    if (ctx.isBlank(j) || ctx.stamp(j)) continue;
    const s = ctx.textOf(j);
    if (SINGLE_CLOSE_AT_END.test(s) && (j > start || s.length > 2)) return j;
    // a text quoted whole on its line closes there after any word but a plural's apostrophe: `... PENG DEHUAI 17 February'`
    if (j === start && s.length > 2 && SINGLE_CLOSE_AFTER_WORD.test(s)) return j;
    if (closesAtEnd(s) > 0 || P.FOOTER_VERB.test(s) || P.SEPARATOR.test(s)) return undefined;
  }
  return undefined;
}

function singleCloseSpan(t: LineText): Span {
  const k = Math.max(t.text.lastIndexOf("'"), t.text.lastIndexOf('’'));
  return { start: t.offset + k, end: t.offset + k + 1 };
}

/** A part's heading over a text relayed in parts: `Part one:`, `Part 2:`, `PART II:`. */
const PART_HEADING = /^(?:Part|PART)\s+(?:one|two|three|four|five|ONE|TWO|THREE|FOUR|FIVE|\d{1,2}|[IVX]{1,4})\s*:$/;

/**
 * For a quoted part under its heading (line `heading`), the forwarding sentence above all the parts, which names
 * whom they are for (`Pass the following to Kim Il Sung in two parts.` / `Part one:` / "..." / `Part two:` / "..."):
 * the heading names no one. Undefined for another line, or a heading with no such sentence above it in the message.
 */
function partsIntroducer(ctx: LineContext, from: number, heading: number): number | undefined {
  if (!PART_HEADING.test(ctx.textOf(heading))) return undefined;
  for (let j = heading - 1; j >= from; j--) if (!ctx.isBlank(j) && ctx.introduces(j)) return j;
  return undefined;
}

/**
 * Whether the line before (`prev`, -1 for none) announces the current one, within what is not yet
 * consumed, as a text of its own: not as words spoken, which the quote then reports. Asked only of
 * lines that open or hold a quote.
 */
function announced(ctx: LineContext, prev: number, consumed: number): boolean {
  return prev >= consumed && isIntroducer(ctx, prev) && !reportsSpeech(ctx.textOf(prev));
}

/** Words saying a man spoke what follows: `said:`, `stated`, `told me`, `made the following statement`. */
const SPOKEN = /\b(?:said|stated|declared|exclaimed|told\s+(?:me|us)|made\s+the\s+following\s+(?:oral\s+)?statement)\b/;
/** Words of a text written or handed over: `telegram`, `letter`, `wrote`, `handed me`, `read out`. */
const WRITTEN = /\b(?:telegrams?|letters?|notes?|messages?|texts?|cables?|directives?|documents?|drafts?|memorand(?:um|a)|wrote|written|writes|handed|read)\b/i;

/**
 * Whether a forwarding line announces words spoken, not a text (§5: reported speech is no telegram):
 * `Zhou Enlai informed me that at 01:00 on 3 October he summoned Panikkar and made the following
 * statement:` over `"If the American troops cross the 38th Parallel, China will intervene."`. A line
 * naming a written text as well (`Mao Zedong said he wrote to Peng Dehuai:`) announces that text.
 */
function reportsSpeech(s: string): boolean {
  return SPOKEN.test(s) && !WRITTEN.test(s);
}

function nextText(ctx: LineContext, i: number, to: number): number {
  while (i < to && (ctx.isBlank(i) || ctx.stamp(i))) i++;
  return i;
}

/** `No. 1412` in a forwarding sentence is a telegram number, not a date: blanked before the date is sought. */
const NUMBER_REF = /\bNo\.\s*\S+/g;
const WHEN_ONCE = new RegExp(P.WHEN_START + P.WHEN);

/**
 * A relay instruction (`Pass the following to Comrade Kim Il Sung, who is expected back on 3
 * October:`) introduces a text sent now: a date in it is some other day's, never the text's.
 */
const RELAY_INSTRUCTION = new RegExp(String.raw`^${P.OPENING_MARK}(?:Pass (?:on )?(?:the following|to)|[Tt]ransmit (?:the following|to)|To transmit to|Convey to|Visit|Tell|Inform|Hand)\b`);

/** The forwarded text's own date in its forwarding sentence: `... the following telegram from Panikkar dated October 3:`. */
const DATED = new RegExp(String.raw`\bdated\s+(?:the\s+)?(?<when>${P.WHEN})`);

/**
 * The hour the forwarded text was handed over, its own date in the forwarding sentence, where the sentence
 * names another's date too: `the answer of the PRC to the proposal of the Political Committee of 13 January,
 * handed to me by Zhou Enlai at 2000 17 January.` gives 2000 17 January.
 */
const HANDED_AT = new RegExp(String.raw`\b(?:handed|passed|given)\s+(?:over\s+)?(?:to\s+(?:me|us)\s+)?(?:by\s+[^,.;:]{1,60}?\s+)?(?:at|on)\s+(?<when>${P.WHEN})`);

/** Where the last clause of a line starts: after its last semicolon or sentence end (0 when it has one clause). */
function lastClauseStart(s: string): number {
  let at = 0;
  for (const m of s.matchAll(CLAUSE_END)) at = m.index! + m[0].length;
  return at;
}
/** A semicolon, or a sentence's end before the next sentence's capital (not an initial's period, `I. V. Stalin`, nor an abbreviation's, `Cde. Peng`). */
const CLAUSE_END = /;\s+|(?<=[a-z\d)]{2})(?<!\b(?:Cdes?|Comr|Com|Gen|Col|Lt|Mr|Capt|Maj|Adm|Nos?|St|Sr|Jr|cf))[.!?]\s+(?=[A-Z"“])/g;

/**
 * Words of a forwarding sentence whose date is another's than the text's, blanked before its date is
 * looked for: a telegram it answers (`In reply to your telegram of 20 October Mao Zedong handed me
 * ...`; `I transmit the answer of Mao Zedong to the telegram of Cde. Stalin of 10 January:`, its
 * author or origin named before its date; `his telegram of August 4` alone is the text forwarded)
 * and a clause about the man (`Zhou Enlai, who returned to Beijing on 5 January, today handed me ...`).
 */
const OTHERS_DATES = /\b(?:(?:(?:in\s+)?(?:reply|answer|response)\s+to|in connection with|in accordance with|according to|with regard to|further to|to)\s+(?:your|my|our|his|their|the|this)\s+(?:telegrams?|letters?|messages?|cables?|notes?|directives?|reports?|requests?)(?:\s+(?:No\.|N[°º]|#)\s*\S+)?(?:\s+(?:of|from)\s+(?!\d)[^,:;\d]{1,40}?)?\s+(?:of|dated|from)\s+(?=\d|[A-Z][a-z]+\s+\d)[^,:;]*?(?=\s+[A-Z]|[,:;]|$)|,\s*(?:who|with whom|whom|which|when)\b[^,:;]*,)/g;

function introducerPart(t: LineText): MessagePart {
  if (RELAY_INSTRUCTION.test(t.text)) return part('introducer', t);
  let s = t.text.includes('No.') ? t.text.replace(NUMBER_REF, m => ' '.repeat(m.length)) : t.text;
  if (s.includes(' of ') || s.includes(' dated ') || s.includes(',')) s = s.replace(OTHERS_DATES, m => ' '.repeat(m.length));
  // a date the sentence says the text bears or was handed over on, else its first (`asked me to call at 11 a.m. today` is the visit's)
  const dated = (s.includes('dated') ? DATED.exec(s) : null) ?? (s.includes(' at ') || s.includes(' on ') ? HANDED_AT.exec(s) : null);
  if (dated) {
    const at = dated.index + dated[0].lastIndexOf(dated.groups!.when);
    // (the sentence's own period ends it: `at 2000 17 January.`)
    const when = dated.groups!.when.replace(/\.$/, '');
    return part('introducer', t, undefined, { start: t.offset + at, end: t.offset + at + when.length });
  }
  // the clause that introduces the text is the last: `Kim Il Sung said the volunteers would cross on 19
  // October; Mao Zedong wrote to him on 13 October:` gives 13 October
  const from = lastClauseStart(s);
  const w = WHEN_ONCE.exec(from > 0 ? s.slice(from) : s);
  const when = w && /\D/.test(w[0]) ? { start: t.offset + from + w.index, end: t.offset + from + w.index + w[0].length } : undefined;
  return part('introducer', t, undefined, when);
}

function closeMarkSpan(t: LineText): Span {
  const s = t.text;
  let k = s.length - 1;
  // (the last closing mark of the line; German quotations close with `“`)
  while (k >= 0 && !/["”»“]/.test(s[k])) k--;
  return { start: t.offset + Math.max(k, 0), end: t.offset + Math.max(k, 0) + 1 };
}

/** The last forwarding sentence in lines `[from, to)` (a blank line is never one). */
function findIntroducerBefore(ctx: LineContext, from: number, to: number): number | undefined {
  const j = to > from ? ctx.lastIntroducer(to - 1) : -1;
  return j >= from ? j : undefined;
}

function hasOpenQuoteBetween(ctx: LineContext, from: number, to: number): boolean {
  return to > from && ctx.lastUnbalancedQuote(to - 1) >= from;
}

/**
 * Where a quote opened on line `start` closes; nested openings count. A quote of several paragraphs
 * may open each again, as English quotes a long text (`"1. ...` / `"2. ...` / `"3. ... MAO ZEDONG"`):
 * when the marks close nothing read as written, a paragraph's opening mark is read as that
 * reopening. Unclosed: ends at the signature.
 */
function findClose(ctx: LineContext, start: number, to: number): { line: number; closed: boolean } {
  const line = closingLine(ctx, start, to, false) ?? closingLine(ctx, start, to, true);
  return line !== undefined ? { line, closed: true } : { line: recoverEnd(ctx, start, to), closed: false };
}

/** The line that closes the quote opened on line `start`, if any; `reopened`: a paragraph's leading mark only reopens it. */
function closingLine(ctx: LineContext, start: number, to: number, reopened: boolean): number | undefined {
  let nest = 0;
  let prev = -1;
  // a quote opened German-style with `„` closes with `“` (`„Comrade Kim Il Sung:` ... `30 June 1951“`)
  const low = afterListMark(ctx.line(start)).text.charCodeAt(0) === 0x201e;
  for (let j = start; j < to; j++) {
    if (ctx.isBlank(j) || ctx.stamp(j)) continue;
    const s = ctx.textOf(j);
    const nested = j === start || (opensQuote(s) && (startsLikeTelegram(s) || (prev >= 0 && isIntroducer(ctx, prev))));
    if (nested) nest++;
    const closes = Math.max(reopened && !nested && startsWithQuote(s) ? closesAtEnd(s.slice(1)) : closesAtEnd(s), low && j !== start && closesLow(s) ? 1 : 0);
    if (closes > 0 && j !== start) {
      nest -= closes;
      if (nest <= 0) return j;
    }
    // A block boundary inside the quote: give up and end at the last signature.
    if (P.FOOTER_VERB.test(s) || P.SEPARATOR.test(s)) break;
    prev = j;
  }
  return undefined;
}

/**
 * The end of an unclosed quote: its first signature line (with its co-signers and a date line after it), else the last text line.
 * A part of a telegram sent in several ends its text where the clerk marks it goes on (`(Continued in part 2)`), and the
 * signature block that closes the message (`ROSHCHIN` / `No. 2406` / `3.10.50`) is the relayer's, outside the quote.
 */
function recoverEnd(ctx: LineContext, start: number, to: number): number {
  let last = start;
  for (let j = start + 1; j < to; j++) {
    if (ctx.isBlank(j) || ctx.stamp(j)) continue;
    const s = ctx.textOf(j);
    if (P.FOOTER_VERB.test(s) || P.SEPARATOR.test(s)) break;
    if (P.CONTINUED_IN_PART.test(s)) return j;
    if (closingSignatureBlock(ctx, j, to)) break;
    // the forwarder's own request (`In connection with this I ask for corresponding orders.`) is outside the quote
    if (P.ACTION.test(s) || P.ACTION.test(s.replace(/^In connection with this,?\s+/i, ''))) break;
    if (P.SIGNATURE_CAPS.test(s)) {
      // co-signers stacked under it, and the date under them all (`KIM IL SUNG` / `PAK HEON-YEONG` / `29 September 1950`)
      let k = j;
      while (k + 1 < to && !ctx.isBlank(k + 1) && P.SIGNATURE_CAPS.test(ctx.textOf(k + 1))) k++;
      const dated = k + 1 < to && !ctx.isBlank(k + 1) && P.isDateOnly(ctx.textOf(k + 1));
      if (k > j && dated) return withEndorsement(ctx, k + 1, to);
      const next = nextText(ctx, j + 1, to);
      return withEndorsement(ctx, next < to && P.isDateOnly(ctx.textOf(next)) ? next : j, to);
    }
    // a signer in normal case with the date beside it (`Mao Zedong 0600 22 November`) or under it
    // (`Peng Dehuai` / `27.7.51`) closes it as well
    const signer = s.length <= 40 ? P.SIGNATURE_CASE.exec(s) : null;
    if (signer) {
      if (signer.groups!.dateBefore || signer.groups!.dateAfter) return withEndorsement(ctx, j, to);
      const next = nextText(ctx, j + 1, to);
      if (next < to && P.isDateOnly(ctx.textOf(next))) return withEndorsement(ctx, next, to);
    }
    last = j;
  }
  return last;
}

/**
 * Whether line `j` is the signature of a block that ends the message, its number and date under it
 * (`ROSHCHIN` / `No. 2406` / `3.10.50`, or `No. 2406 3.10.50`): the signer numbers and dates his own
 * cable, so a quote left open above it closes before it.
 */
function closingSignatureBlock(ctx: LineContext, j: number, to: number): boolean {
  if (!P.SIGNATURE_CAPS.test(ctx.textOf(j))) return false;
  const num = nextText(ctx, j + 1, to);
  if (num >= to) return false;
  const n = ctx.textOf(num);
  let last = num;
  if (!P.NUMBER_DATE_LINE.test(n)) {
    if (!P.NUMBER_LINE.test(n)) return false;
    last = nextText(ctx, num + 1, to);
    if (last >= to || !P.isDateOnly(ctx.textOf(last))) return false;
  }
  return nextText(ctx, last + 1, to) >= to;
}

/**
 * An unclosed quote that ends at its signature (line `end`) goes on over a minute written under it
 * (`I agree with this.` / `Zhou Enlai` / `February 2, 1948`, §4: the endorsement is part of the
 * document), when the forwarder's own lines still follow: the minute is not his.
 */
function withEndorsement(ctx: LineContext, end: number, to: number): number {
  const minute = nextText(ctx, end + 1, to);
  if (minute >= to || !ENDORSEMENT.test(ctx.textOf(minute))) return end;
  const signer = nextText(ctx, minute + 1, to);
  if (signer >= to || !endorserLine(ctx.textOf(signer))) return end;
  const date = nextText(ctx, signer + 1, to);
  const last = date < to && P.isDateOnly(ctx.textOf(date)) ? date : signer;
  return nextText(ctx, last + 1, to) < to ? last : end;
}

/**
 * `[handwritten:]` (line `mark`) over a reader's minute (`Send. To be sent as it stands.` / `Molotov`,
 * from line `next`): a sentence or two on a line or two, and the writer's name, with more of the document below it in
 * `[next, end)` (the memo's own signature). What is attached has an address and a text of its own.
 */
function handwrittenMinute(ctx: LineContext, mark: number, next: number, end: number): boolean {
  if (!/^\[\s*handwritten:\s*\]$/.test(ctx.textOf(mark))) return false;
  let line = next;
  for (let k = 0; k < 2 && line < end && !endorserLine(ctx.textOf(line)); k++) {
    // a sentence or two in small letters: `Send.`, `Agreed!` (an attached cable's `PYONGYANG` / `SOVIET AMBASSADOR` is no minute)
    if (!MINUTE_LINE.test(ctx.textOf(line)) || ctx.isBlank(line + 1)) return false;
    line++;
  }
  return line > next && line < end && endorserLine(ctx.textOf(line)) && nextText(ctx, line + 1, end) < end;
}
/** A minute's line: a reader writes a few words in the margin, a sentence or two. */
const MINUTE_LINE = /^[A-Z][^\[\]]{0,58}[a-z][.!]$/;

/** The endorser's name under a minute, alone or with its date: `Zhou Enlai`, `I. STALIN`, `Mao Zedong 6.II.50`. */
function endorserLine(s: string): boolean {
  return P.SIGNATURE_CAPS.test(s) || (s.length <= 40 && P.SIGNATURE_CASE.test(s));
}

/**
 * The last line of a relayed text: its signature (and a date line after it). When the sender is
 * known from its opening line, another person's signature is the forwarder's and ends it before.
 */
function relayEnd(ctx: LineContext, start: number, to: number, sender?: string): number {
  let last = start;
  for (let j = start + 1; j < to; j++) {
    if (ctx.isBlank(j)) continue;
    const s = ctx.textOf(j);
    const sig = P.SIGNATURE_CAPS.exec(s) ?? /^\(?(?<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)?\.?["”»’']?$/.exec(s);
    if (sig) {
      if (sender && !sameSurname(sender, sig.groups!.name)) return last;
      const next = nextText(ctx, j + 1, to);
      return next < to && P.isDateOnly(ctx.textOf(next)) ? next : j;
    }
    last = j;
  }
  return last;
}

/** `Liu Shaoqi` and `LIU SHAOQI [signature]` share a word; `ROSHCHIN` shares none. */
function sameSurname(a: string, b: string): boolean {
  const words = (x: string) => x.replace(/\[[^\]]*\]/g, ' ').toLowerCase().split(/[^a-z'’-]+/).filter(w => w.length > 1);
  const wa = words(a);
  return words(b).some(w => wa.includes(w));
}

// ---------------------------------------------------------------- trailing parts

/** Another person's minute below a letter's signature and date (§4): `I agree with this.`, `Agreed.` */
/**
 * A minute below a letter's signature: `I agree with this.`, or `I agree.` and its instruction (`Send to Comrade Zhou Enlai for implementation.`),
 * and the addressee's acknowledgement on his copy (`Received and will be carried out.` / `ROSHCHIN` / `9 October 1951` under the minister's signature).
 */
const ENDORSEMENT = /^(?:I (?:fully )?(?:agree|concur|approve)(?: with (?:this|it|the above)(?: (?:telegram|draft|proposal|text|letter|decision))?)?|Agreed?|Approved?|Concur|I support (?:this|it)|(?:Received(?:,|\s+and)\s+)?will be (?:carried out|executed|fulfill?ed))(?:[.!]?$|[.!]\s+[A-Z][^.!?]{0,120}[.!]?$)/i;
/** A list of who got copies, on one line: `Copies: Stalin, Molotov`, `Copies to Cdes. Stalin, Molotov.` */
const COPIES_LINE = /^(?:Copies|COPIES|Copy|Distribution)\b[^.!?]{0,20}(?:to\b|:)\s*(?:(?:Cdes?\.|Comrades?|Cmrds?\.?)\s*)?[A-Z][\w.'’-]*(?:\s*(?:\(\d+\)|[-–]\s*\d+))?(?:\s*(?:,|and)\s*[A-Z][\w.'’-]*(?:\s*(?:\(\d+\)|[-–]\s*\d+))?)*\.?$/;
/** Where a record or a diary entry was sent: `Sent: Cdes. Stalin, Molotov, file.`, `Sent: to Cde. Vyshinsky, to Cde. Gromyko`, `Distributed: ...`. */
const MAILING_LINE = /^(?:Sent|SENT|Distributed|DISTRIBUTED|Mailed|Dispatched)(?:\s+to)?\s*:\s*\S[^!?]*$/;
/** How the members voted on a decision taken by poll, under its secretary: `For: Cdes. Stalin, Molotov, Malenkov.` */
const VOTE_LINE = /^(?:For|FOR|Against|AGAINST|Abstained|ABSTAINED|Voted for|Voting for)\s*:\s*\S[^!?:]*$/;
/** A line of names running on from a list above it: `Kaganovich, Mikoyan.` */
const LIST_RUNNING_ON = /^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s*(?:and\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*[.,]?$/;
/**
 * Where the vote under a signature ends, reading up from line `j`: the `For:` line (its names may run on
 * over lines that end with a comma), or -1 when there is none.
 */
function voteAbove(ctx: LineContext, j: number, from: number): number {
  for (let k = j; k >= from && k >= j - 3; k--) {
    if (ctx.isBlank(k)) return -1;
    const s = ctx.textOf(k);
    if (VOTE_LINE.test(s)) return k;
    // a line the list runs on over: the line above it ends with a comma
    if (k - 1 < from || !/,\s*$/.test(ctx.textOf(k - 1)) || !LIST_RUNNING_ON.test(s)) return -1;
  }
  return -1;
}
/** A postscript under the signature block: `P.S. The list of the delegation will follow.` */
const POSTSCRIPT = /^(?:P\.\s?S\.|PS:|P\.P\.S\.)\s/;
/** An office under a signer's name: `Minister for Foreign Affairs`, `Supreme Commander of the Korean People's Army`. */
const SIGNER_OFFICE = /^(?:(?:First |Deputy |Vice[- ]|Senior |Chief )?(?:Minister|Chairman|Commander(?:[- ]in[- ]Chief)?|Premier|Prime Minister|Chief|Supreme Commander|Secretary|Head|Ambassador|President|Representative|Political Commissar|Delegate)\b[^.!?:;]{0,120}|(?:(?:Vice|Rear|Lieutenant|Major|Colonel)[- ])?(?:Admiral|General)(?: of the Army)?,\s[^.!?:;]{2,120}|(?:Chief\s+)?(?:Marshal|General|Admiral)\s+of\s+(?:the\s+)?[A-Z][^.!?:;]{2,100})\.?$/;
/**
 * An office alone on the line over its signer's name, as Soviet reports sign: `Chief Military Adviser`,
 * `Soviet Ambassador to the PRC`, `SOVIET AMBASSADOR IN THE PRC`, `Chairman of the Council of Ministers of
 * the USSR`, the Council's `Business Manager of the Council of Ministers of the USSR` under its chairman. Its words are capitalised,
 * or the small words joining them: no sentence (`Chairman Mao agrees`).
 */
const OFFICE_OVER_SIGNER = /^(?:(?:The|THE)\s+)?(?:(?:Soviet|SOVIET|USSR)\s+)?(?:(?:First|Deputy|Vice|Senior|Acting|FIRST|DEPUTY|VICE|SENIOR|ACTING)[- ])?(?:Ambassador|AMBASSADOR|Minister|MINISTER|Chairman|CHAIRMAN|Chief|CHIEF|Commander(?:-in-Chief)?|COMMANDER(?:-IN-CHIEF)?|Head|HEAD|Secretary|SECRETARY|Representative|REPRESENTATIVE|Counsellor|COUNSELLOR|Consul|CONSUL|Member of|MEMBER OF|Charg[ée] d['’]affaires|CHARG[ÉE] D['’]AFFAIRES|Business Manager|BUSINESS MANAGER|Administrator of Affairs|ADMINISTRATOR OF AFFAIRS)(?:\s+(?:of|the|to|in|and|for|at|OF|THE|TO|IN|AND|FOR|AT|[A-Z][\w'’()\-]*)){0,12}\s*$/;
/** Whether line `t` is a signer's name alone, or with his rank (`Colonel General I. SHIKIN`): nothing but a signature. */
function signerAlone(t: LineText): boolean {
  const parts = trailingPart(t, true);
  return parts !== undefined && parts.length > 0 && parts.every(x => x.kind === 'signature');
}
/**
 * A signer under his office right above the blank line over line `j` (`Chairman of the Council of Ministers of the
 * USSR` / `G. MALENKOV`), the block itself opening at the message's start or after a blank line: the signature's
 * parts and the office's line, or undefined.
 */
function blockAbove(ctx: LineContext, j: number, from: number): { parts: MessagePart[]; office: number } | undefined {
  let k = j - 1;
  while (k >= from && ctx.isBlank(k)) k--;
  const office = k - 1;
  if (k === j - 1 || office < from || ctx.isBlank(office) || (office - 1 >= from && !ctx.isBlank(office - 1))) return undefined;
  const signed = trailingPart(ctx.line(k), true);
  if (!signed?.length || !signed.every(x => x.kind === 'signature') || !officeOverSigner(ctx.line(office))) return undefined;
  return { parts: [...signed, part('office', ctx.line(office))], office };
}
/** Whether line `t` is an office alone (`OFFICE_OVER_SIGNER`), not a signer named after his office (`Commander of the Korean People's Army KIM IL SUNG`). */
function officeOverSigner(t: LineText): boolean {
  if (!OFFICE_OVER_SIGNER.test(t.text)) return false;
  const signer = trailingPart(t, true)?.find(x => x.kind === 'signature');
  return !signer || signer.value.start <= t.offset + t.text.search(/\S/);
}
/** A letter's mandate under its signer: `at the instruction of the Central Committee of the Communist Party of China`, `on behalf of the CC CCP`. */
const MANDATE = /^(?:at|on|by) (?:the )?(?:instruction|instructions|direction|behalf|authority) of\b/i;
/** A mandate's words opening a sentence of the text, its subject and verb after them: `... of the DPRK I ask you`, `... we request`. */
const MANDATE_SENTENCE = /\s(?:I|we|We)\s+[a-z]/;

/** Whether the line of `[from, to)` that starts at `offset` names a city alone (`Moscow`), as a letter's place of writing does. */
function isCityLine(ctx: LineContext, from: number, to: number, offset: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.line(k);
    if (t.offset === offset) return P.CITY_START.start(t.text) && P.CITY_ONLY_CLOSING.test(t.text);
  }
  return false;
}

/** The parts of a signature block under a letter's text: `A. GROMYKO` / `11 November 1950` / `No. 81/ag`. */
const SIGNATURE_BLOCK: ReadonlySet<MessagePartKind> = new Set(['signature', 'date', 'number']);

/** A letter's last line saying what it encloses: `Attachment: draft telegram to Malik (3 pages).`, `Enclosure: the text of the agreement.` */
const ENCLOSURE_NOTE = /^(?:Attachments?|Enclosures?|Appendix)\s*:\s*\S.{0,160}$/;

/** A speaker's turn in a record of conversation: the name, a colon, and what he said on the same line. */
const SPEAKER_TURN = /^(?:(?:Comrade|Cde\.|Mr\.|Chairman|Premier|Marshal|General)\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*:\s+\S/;

/** Labels a record or a memorandum writes before a colon that name no speaker: `Present:`, `Interpreters:`, `Subject:`, `From:`, `To:`. */
const NOT_A_SPEAKER = /^(?:From|To|Present|Also present|Attending|Interpreters?|Translators?|Note|Notes|Source|Copies|Distribution|Distributed|Sent(?: to)?|Mailed|Dispatched|Subject|Re|Agenda|Place|Date|Time|Duration|Recorded by|Enclosures?|Attachments?)\s*:/i;

/** A line that opens with a speaker's turn: a name and a colon, then the words (`Stalin: What does Nehru say?`). */
function isTurn(s: string): boolean {
  return s.includes(':') && SPEAKER_TURN.test(s) && !NOT_A_SPEAKER.test(s);
}

/** Each line of `[from, to)` that opens with a speaker's turn, its speaker as the value. */
function speakerTurns(ctx: LineContext, from: number, to: number): MessagePart[] {
  const out: MessagePart[] = [];
  for (let k = from; k < to; k++) {
    if (ctx.isBlank(k) || ctx.stamp(k)) continue;
    const t = ctx.line(k);
    const colon = isTurn(t.text) ? t.text.indexOf(':') : -1;
    if (colon > 0) out.push(part('turn', t, { start: t.offset, end: t.offset + colon }));
  }
  return out;
}

/** Words that place a reported sentence in the talk before its speaker: `In reply, `, `Then `, `After a pause, `, `After the exchange of greetings, `. */
const REPORTED_LEAD = String.raw`(?:In reply|In response|In answer|In turn|Then|Thereupon|Afterwards|Later|Next|Further|Finally|In conclusion|After (?:a pause|that|this|the exchange of (?:greetings|courtesies))),?\s+`;
/**
 * A sentence of a record told in reported speech, opening with its speaker and his verb: `Vyshinsky said
 * that ...`, `Zhou Enlai replied that ...`, `Comrade Stalin asked whether ...` (`name` the speaker). The
 * recorder's own `I replied` and a pronoun's `He noted` name no one. The sentence may open with words that
 * place it in the talk before its speaker (`In reply, Zhou Enlai said that ...`, `Then Stalin remarked ...`).
 */
const REPORTED_TURN = new RegExp(String.raw`(?<=^|[.!?]["”]?\s+)(?:${REPORTED_LEAD})?(?:(?:Comrade|Cde\.|Mr\.|Chairman|Premier|Marshal|General|Ambassador|Minister)\s+)?(?<name>(?!(?:I|We|He|She|They|It|The|This|That|Then|After|In|On|At)\s)(?:[A-Z]\.\s?){0,2}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:said|replied|answered|noted|asked|stated|remarked|declared|observed|added|explained|agreed|responded|emphasi[sz]ed|stressed|inquired|pointed out|continued|objected|proposed|suggested|informed|reported|conveyed|confirmed|announced|requested)\b`, 'g');

/** Each sentence of `[from, to)` that opens with a speaker's reported words, its speaker as the value; to the sentence's end (lines `skip` names aside). */
function reportedTurns(ctx: LineContext, from: number, to: number, skip?: (k: number) => boolean): MessagePart[] {
  const out: MessagePart[] = [];
  for (let k = from; k < to; k++) {
    if (ctx.isBlank(k) || ctx.stamp(k) || skip?.(k)) continue;
    const t = ctx.line(k);
    REPORTED_TURN.lastIndex = 0;
    for (let m = REPORTED_TURN.exec(t.text); m; m = REPORTED_TURN.exec(t.text)) {
      const name = t.text.indexOf(m.groups!.name, m.index);
      const stop = /[.!?]["”]?(?=\s|$)/g;
      stop.lastIndex = name + m.groups!.name.length;
      const end = stop.exec(t.text);
      const sentenceEnd = end ? end.index + end[0].length : t.text.length;
      out.push({ kind: 'turn', span: { start: t.offset + m.index, end: t.offset + sentenceEnd }, value: { start: t.offset + name, end: t.offset + name + m.groups!.name.length } });
    }
  }
  return out;
}

/** Whether the envelope heads a record of conversation: `RECORD OF CONVERSATION ...`, `From the diary of N. V. Roshchin`. */
function recordsConversation(text: string, envelope: readonly HeaderField[] | undefined): boolean {
  return (envelope ?? []).some(f => (f.kind === 'documentType' && f.label !== undefined && P.CONVERSATION_HEADING.test(text.slice(f.label.start, f.label.end)))
    || (f.kind === 'note' && P.DIARY_HEADING.test(text.slice(f.span.start, f.span.end))));
}

/** Two or more lines of the message open with a speaker's turn: the text is a conversation, not a letter. */
function isDialogue(ctx: LineContext, from: number, to: number): boolean {
  let turns = 0;
  for (let k = from; k < to && turns < 2; k++) if (!ctx.isBlank(k) && isTurn(ctx.textOf(k))) turns++;
  return turns >= 2;
}

/**
 * Closing, signature, date, number and action lines at the end of a message, found backwards.
 * Routing lines below them all are header fields, not signatures: they go to `routing` when given.
 */
function trailingParts(ctx: LineContext, from: number, to: number, routing?: HeaderField[]): MessagePart[] {
  const out: MessagePart[] = [];
  const routingBefore = routing?.length ?? 0;
  let j = to - 1;
  let n = 0;
  // a blank line between this line and the part read before it
  let blankBelow = false;
  while (j >= from && n < 8) {
    if (ctx.isBlank(j)) blankBelow = true;
    if (ctx.isBlank(j) || ctx.stamp(j)) { j--; continue; }
    const t = ctx.line(j);
    // a quote mark alone on the line under the text closes it and reads as nothing
    if (isLoneQuoteMark(t.text)) { j--; continue; }
    // (the editor's lines are passed over, but for the date the editor gives the text: `[19 October 1950]`)
    if ((P.EDITORIAL_LINE.test(t.text) && !P.isDateOnly(t.text)) || P.DESCRIBED_SIGNATURE.test(t.text)) { j--; continue; }
    // `RAZUVAEV` / `No. 1172` / `8 August 1951` / `End of telegram No. 3153.`: the clerk's end mark under the block is no
    // signer, nor is the edition's `(Drafted by Liu Shaoqi.)` under `Central Committee` / `January 8`
    if (out.length === 0 && (P.END_OF_TEXT.test(t.text) || P.DRAFTED_BY.test(t.text))) { j--; continue; }
    // `Attachment: draft telegram to Malik (3 pages).` closing a letter describes what it encloses; a
    // Soviet covering note writes it over its signature block instead, and the body is above it
    const overSignatureBlock = out.length > 0 && out.every(x => SIGNATURE_BLOCK.has(x.kind));
    if ((out.length === 0 || overSignatureBlock) && ENCLOSURE_NOTE.test(t.text)) {
      const at = t.text.indexOf(':') + 1 + (t.text.slice(t.text.indexOf(':') + 1).search(/\S/));
      out.push(part('enclosure', t, { start: t.offset + at, end: t.offset + t.text.length }));
      if (overSignatureBlock) break;
      j--;
      n++;
      continue;
    }
    // `Present: Molotov, Malenkov, ... Fedorenko (interpreter)` closing a record of conversation names those
    // present, as the same line under the record's heading does; the record's text (or its recorder) is above it
    if ((out.length === 0 || overSignatureBlock) && PRESENT_LIST.test(t.text) && /:\s*\S/.test(t.text)) {
      const at = t.text.indexOf(':') + 1 + t.text.slice(t.text.indexOf(':') + 1).search(/\S/);
      out.push(part('present', t, { start: t.offset + at, end: t.offset + t.text.length }));
      j--;
      n++;
      continue;
    }
    // a rule between the message and its routing lines (`Confirm receipt.` / `---` / `Sent 23:40 10.IV.50`)
    if (out.length === 0 && routing && routing.length > routingBefore && P.SEPARATOR.test(t.text)) { j--; continue; }
    // a postscript below the signature block is the signer's afterthought, and a covering note's copies
    // list (`Copies: Stalin, Molotov` over its `[Attachment]`) the office's: the block is above them
    if (out.length === 0 && (POSTSCRIPT.test(t.text) || COPIES_LINE.test(t.text)) && signedAbove(ctx, j)) { j--; continue; }
    // a diary's or a record's mailing line between the signer and the date (`N. ROSHCHIN` / `Sent: Cdes.
    // Stalin, Molotov, file.` / `6 January 1951`) is the office's, as a copies list is
    if (out.every(x => x.kind === 'date') && MAILING_LINE.test(t.text) && signedAbove(ctx, j)) { j--; continue; }
    // the members' votes on a decision taken by poll (`SECRETARY OF THE CC` / `For: Cdes. Stalin, Molotov,` /
    // `Malenkov.`) are the record's, under its signature
    if (out.length === 0) {
      const vote = voteAbove(ctx, j, from);
      if (vote >= 0 && signedAbove(ctx, vote)) { j = vote - 1; continue; }
    }
    // `I agree with this.` / `Mao Zedong` / `February 6, 1950` below the letter's own signature and
    // date: a minute of another person; the letter's signer is further up (`I agree with this
    // telegram. Zhou Enlai, December 21` is one on a line)
    if (ENDORSEMENT.test(t.text) && (out.some(x => x.kind === 'signature') || (out.length === 0 && /[.!]\s+[A-Z]/.test(t.text))) && signedAbove(ctx, j)) {
      out.push(part('endorsement', t));
      j--;
      n++;
      continue;
    }
    // `Zhou Enlai` / `at the instruction of the Central Committee ...` / `Moscow` / date: a city below
    // the mandate is the place of writing, not a signer; men below it (`On behalf of the CC of the
    // Workers' Party of Korea` / `KIM IL SUNG` / `PAK HON-YONG`) sign on its behalf; above the closing, or a
    // sentence with its subject (`On behalf of the Government of the DPRK I ask you to receive ...`), it is the text's
    if (MANDATE.test(t.text) && !out.some(x => x.kind === 'closing') && !MANDATE_SENTENCE.test(t.text)) {
      const below = out[out.length - 1];
      if (below?.kind === 'signature' && below.span.start > t.offset && isCityLine(ctx, j + 1, to, below.span.start)) out.pop();
      out.push(part('mandate', t));
      j--;
      n++;
      continue;
    }
    // `Chief Military Adviser` / `Lieutenant General KOTOV`, `SOVIET AMBASSADOR IN THE PRC` / `A. PANYUSHKIN`: the
    // signer's office on the line right over his name, the block opening there (a blank line or the
    // message's start above it); the text above is the message's
    const below = out[out.length - 1];
    if (below?.kind === 'signature' && !blankBelow && below.span.start > t.offset && officeOverSigner(t)) {
      if (j - 1 < from || ctx.isBlank(j - 1)) {
        out.push(part('office', t));
        // joint signers, each under his office and a blank line between them (`Chairman of the Council of Ministers
        // of the USSR` / `G. MALENKOV` over `Minister of Foreign Affairs of the USSR` / `V. MOLOTOV`): each block
        // signs, however many there are; the text is above the first
        for (let above = blockAbove(ctx, j, from); above; above = blockAbove(ctx, above.office, from)) out.push(...above.parts);
        break;
      }
      // a military council's report signed by each man under his office (`Commander-in-Chief of the Soviet
      // Forces in the Far East` / `Marshal of the Soviet Union A. VASILEVSKY` / `Member of the Military Council` /
      // `Colonel General I. SHIKIN`): a signer over this office, and his own office over him opening the block
      if (j - 2 >= from && officeOverSigner(ctx.line(j - 2)) && !ctx.isBlank(j - 1) && signerAlone(ctx.line(j - 1))) {
        out.push(part('office', t));
        blankBelow = false;
        j--;
        n++;
        continue;
      }
    }
    // `Chou En-lai` / `Minister for Foreign Affairs`: the signer's office under the name
    if (SIGNER_OFFICE.test(t.text) && underSigner(ctx, j, from)) {
      out.push(part('office', t));
      // the signer stands right above his office: a blank line under the office parts it from the signer below, not from him
      blankBelow = false;
      j--;
      n++;
      continue;
    }
    // `Respectfully, KIM IL SUNG` / `Pyongyang` / `1 December 1950`: the place of writing under the signer or the date
    // (or over the date, right under it: `Pyongyang` / `15 August 1948`)
    const overDate = out[out.length - 1]?.kind === 'date' && !blankBelow;
    if (P.CITY_START.start(t.text) && P.CITY_ONLY_CLOSING.test(t.text) && (overDate || (j - 1 >= from && !ctx.isBlank(j - 1) && trailingPart(ctx.line(j - 1), true)?.some(x => x.kind === 'signature' || x.kind === 'date')))) {
      out.push(part('place', t));
      j--;
      n++;
      continue;
    }
    // `Boleslaw Bierut` / `President of the Polish Republic` / `Warsaw, 7 October 1949`: the place of writing and the
    // date closing the block under its signer, not a second signer dated (a place the dateline patterns know, `Beijing`, already is)
    const placeAndDate = out.length === 0 ? placeThenDate(t) : undefined;
    if (placeAndDate && underSigner(ctx, j, from)) {
      out.push(placeAndDate);
      j--;
      n++;
      continue;
    }
    // routing times below the signature (`Sent 21:10 3.4.51`): `parseHeaderLine` reads them only on a line
    // that opens with a routing word, so no other line (the last of most messages) is read as a header line
    if (routing && out.length === 0) {
      const fields = closingRoutingFields(t);
      if (fields) {
        routing.push(...fields);
        j--;
        n++;
        continue;
      }
    }
    // Stacked signers (`With respect KIM IL SUNG` / `PAK HEON-YEONG`) are all signatures; a second
    // signer in normal case stands right above the first (`Hold Pyongyang.` / blank / `Mao Zedong` is an order, not a signer).
    const signed = out.some((x, k) => x.kind === 'signature' && !out.slice(k).some(y => y.kind === 'endorsement')); // in this block, not a minute's
    const p = trailingPart(t, out.length === 0 || out.every(x => x.kind !== 'closing') || out[out.length - 1]?.kind === 'endorsement', !(signed && blankBelow));
    if (!p) {
      // §3: a date line that runs into the next words when the line breaks were lost (`9 March 1952 To
      // Comrade VYSHINSKY Your telegram ...`), under a signature or number: the date is the message's
      const runOn = out.length === 0 ? dateRunningOn(ctx, j, from) : undefined;
      if (runOn) {
        out.push(runOn);
        j--;
        n++;
        continue;
      }
      // `The delegation is composed of:` / `Zhou Enlai` / `Chen Yun`: names listed under a colon are the list, not signers
      if (!blankBelow && /:\s*$/.test(t.text) && out.length > 1 && out.every(x => x.kind === 'signature')) return [];
      break;
    }
    // Parts are collected backwards; two signatures on one line keep their order.
    pushBackwards(out, p);
    blankBelow = false;
    j--;
    n++;
  }
  return out.reverse();
}

/** A place of one word, a comma and a date: `Warsaw, 7 October 1949`, `Ulan-Bator, 12 March 1950`, `P'yŏngyang, October 1, 1950`. */
const PLACE_THEN_DATE = new RegExp(String.raw`^${P.PLACE_WORD},\s+(?<when>${P.WHEN})\.?$`);

/** The date line a place opens (`PLACE_THEN_DATE`), its value the date after the place. */
function placeThenDate(t: LineText): MessagePart | undefined {
  const m = t.text.includes(',') ? PLACE_THEN_DATE.exec(t.text) : null;
  if (!m) return undefined;
  const at = t.text.lastIndexOf(m.groups!.when);
  return part('date', t, { start: t.offset + at, end: t.offset + at + m.groups!.when.length });
}

/** Appends `parts` last to first, to a list collected backwards. */
function pushBackwards(out: MessagePart[], parts: readonly MessagePart[]): void {
  for (let k = parts.length - 1; k >= 0; k--) out.push(parts[k]!);
}

/** An editor's mark of a signature whose bracket never closes: `Peng Dehuai [signature`. */
const UNCLOSED_SIGNATURE_MARK = /\s*\[(?:signature|signed)\b[^\]]*$/i;
function trailingPart(line: LineText, signatureAllowed: boolean, normalCaseSigner = true): MessagePart[] | undefined {
  // the note is the editor's, not the signer's (`Mao Zedong December 9 Printed from manuscript.`): the line is read without it
  const provenance = P.trailingProvenance(line.text);
  const mark = provenance < 0 && line.text.includes('[sig') ? UNCLOSED_SIGNATURE_MARK.exec(line.text) : null;
  const cut = provenance >= 0 ? line.text.slice(0, provenance).trimEnd().length : mark ? mark.index : -1;
  const t = cut > 0 ? { text: line.text.slice(0, cut), offset: line.offset } : line;
  const s = t.text;
  if (s.length > 120) return undefined;
  if (P.isDateOnly(s) || P.CHINESE_DATE_LINE.test(s) || P.CODED_DAY_LINE.test(s) || P.ROMANISED_CODED_DAY.test(s)) return [part('date', t, dateValue(t))];
  // `the 14th`: the day is the date, without its `the`
  const ordinal = P.ORDINAL_DAY_LINE.exec(s);
  if (ordinal) return [part('date', t, { start: t.offset + ordinal.index + ordinal[0].search(/\d/), end: t.offset + ordinal.index + ordinal[0].search(/(?<=st|nd|rd|th|ST|ND|RD|TH)[^A-Za-z]*$/) })];
  if (signatureAllowed) {
    const coded = signerAndCodedDay(t, normalCaseSigner);
    if (coded) return [coded];
  }
  const numberAndDate = P.NUMBER_DATE_LINE_START.start(s) ? P.NUMBER_DATE_LINE.exec(s) : null;
  if (numberAndDate) {
    const { number, date } = numberAndDate.groups!;
    const at = s.lastIndexOf(date);
    return [numberPart(t, s.indexOf(number), number), part('date', t, { start: t.offset + at, end: t.offset + at + date.length })];
  }
  const number = P.NUMBER_LINE.exec(s);
  if (number) {
    // For `No. 201-gi` the value is `201-gi`; a clerk mark (`3ak`) is its own value.
    const n = number.groups?.number ?? number.groups?.handwritten;
    const at = n ? s.indexOf(n) : -1;
    return [part('number', t, at >= 0 ? { start: t.offset + at, end: t.offset + at + n!.length } : undefined)];
  }
  if (P.ACTION.test(s)) return [part('action', t)];
  // `Copy Nº 2` on its own line below the signature: this copy's number, as in the header
  const copy = P.COPY_NUMBER.exec(s);
  if (copy) {
    const at = s.lastIndexOf(copy.groups!.number);
    return [part('number', t, { start: t.offset + at, end: t.offset + at + copy.groups!.number.length })];
  }
  if (P.CLOSING_ALONE.test(s)) return [part('closing', t)];
  // `Recorded by Cde. N. Fedorenko`: a record of conversation is signed by the man who wrote it down
  const recorder = signatureAllowed && P.RECORDED_BY_START.start(s) ? P.RECORDED_BY.exec(s) : null;
  if (recorder) {
    const name = recorder.groups!.name ?? recorder.groups!.marked ?? recorder.groups!.elided!;
    const at = s.indexOf(name, s.search(/\s(?:by|BY):?\s/));
    const when = recorder.groups!.when;
    const dated = when === undefined ? undefined : { start: t.offset + s.lastIndexOf(when), end: t.offset + s.lastIndexOf(when) + when.length };
    return [part('signature', t, { start: t.offset + at, end: t.offset + at + name.length }, dated)];
  }
  const cosigned = signatureAllowed ? closingAndSigners(t) ?? (normalCaseSigner ? signerList(t) : undefined) ?? pairedSigners(t, normalCaseSigner) : undefined;
  if (cosigned) return cosigned;
  if (signatureAllowed && P.CHINESE_SIGNATURE.test(s)) return [part('signature', t)];
  if (signatureAllowed && P.SIGNATURE_BODY.test(s)) return [part('signature', t, { start: t.offset + s.search(/\S/), end: t.offset + s.replace(/[\s."”»’']+$/, '').length })];
  // `Consul General of the USSR in Shanghai`: an envoy signing with his office alone signs as the office
  if (signatureAllowed && P.OFFICE_SIGNATURE.test(s)) return [part('signature', t, { start: t.offset + s.search(/[A-Za-z]/), end: t.offset + s.replace(/[\s."”»’']+$/, '').length })];
  if (signatureAllowed) {
    // (a normal-case signer is a few words, his office after a comma aside: `Mao Zedong, Chairman of the ...`)
    const m = P.SIGNATURE_CAPS.exec(s) ?? (normalCaseSigner && piecesAtMost(withoutOfficeAfter(s), 6) ? P.SIGNATURE_CASE.exec(s) : null);
    if (m && !isFalseSignature(m.groups!.name)) {
      const name = m.groups!.name;
      const at = s.indexOf(name);
      // the sentence's final period is not the date's (`2300 19 October.`); `a.m.` keeps its own
      const date = (m.groups!.dateBefore ?? m.groups!.dateAfter)?.replace(/(?<![ap]\.m)\.$/i, '');
      const when = date ? { start: t.offset + s.indexOf(date), end: t.offset + s.indexOf(date) + date.length } : undefined;
      // `(A. Vasilevsky) (A. Gromyko)`: each parenthesised name is a signature of its own.
      // (a name without a parenthesis, as most are, has none: the search is skipped)
      const signers = name.includes('(') ? [...name.matchAll(/\(([^()]+)\)/g)].filter(p => !/^\[?signature\]?$/.test(p[1])) : [];
      if (signers.length > 0 && !name.startsWith('[signature]')) {
        return signers.map((p, k) => {
          const ns = t.offset + at + p.index! + 1;
          return part('signature', t, { start: ns, end: ns + p[1].length }, k === 0 ? when : undefined);
        });
      }
      const signature = part('signature', t, { start: t.offset + at, end: t.offset + at + name.length }, when);
      // the sender's number on the signature line: `No. 22 T. SHTYKOV`, `ROSHCHIN   No. 2781   11.11.50`
      const { numberBefore, numberAfter } = m.groups!;
      if (numberBefore) return [numberPart(t, s.indexOf(numberBefore), numberBefore), signature];
      if (numberAfter) return [signature, numberPart(t, s.indexOf(numberAfter, at + name.length), numberAfter)];
      return [signature];
    }
  }
  // `Minister of Foreign Affairs of the USSR A. Vyshinsky`: the office, then the signer by his initials
  const office = signatureAllowed && s.length <= 120 ? OFFICE_THEN_SIGNER.exec(s) : null;
  if (office) {
    const name = office.groups!.name;
    const at = s.lastIndexOf(name);
    return [part('signature', t, { start: t.offset + at, end: t.offset + at + name.length })];
  }
  if (P.CLOSING.test(s)) return [part('closing', t)];
  return undefined;
}

/** An office in normal case, then its holder by his initials and surname: `Minister of Foreign Affairs of the USSR A. Vyshinsky`. */
const OFFICE_THEN_SIGNER = /^(?:Minister|Chairman|Secretary|Commander(?:-in-Chief)?|Chief|Deputy|Head|Ambassador)(?:\s+(?:of|the|and|for|in|to|[A-Z][\w'’()\-]*)){1,12}\s+(?<name>(?:[A-Z]\.\s?){1,3}[A-Z][a-z'’\-]+)\.?$/;

/** Runs of spaces, as `s.split(/\s+/)` cuts at them (global: `test` goes on from the run before). */
const SPACE_RUN = /\s+/g;

/** Whether `s.split(/\s+/)` would give at most `max` pieces, counted without making them. */
function withoutOfficeAfter(s: string): string {
  const office = s.includes(',') ? P.SIGNER_OFFICE_AFTER.exec(s) : null;
  return office ? s.slice(0, office.index) : s;
}

function piecesAtMost(s: string, max: number): boolean {
  SPACE_RUN.lastIndex = 0;
  let pieces = 1;
  while (SPACE_RUN.test(s)) if (++pieces > max) return false;
  return true;
}

/**
 * `Peng Dehuai 皓`, `毛泽东 寒日[1]`: a signer with the rhyme-coded day of his telegram after his name
 * (CABLE-FORMAT §3), read as one signature with its date, as `Mao Zedong 2 February` is.
 */
function signerAndCodedDay(t: LineText, normalCaseSigner: boolean): MessagePart | undefined {
  const coded = t.text.length <= 60 ? P.CODED_DAY_AFTER.exec(t.text) : null;
  if (!coded) return undefined;
  const signer = trailingPart({ text: t.text.slice(0, coded.index), offset: t.offset }, true, normalCaseSigner);
  if (signer?.length !== 1 || signer[0]!.kind !== 'signature' || signer[0]!.when) return undefined;
  const at = t.offset + t.text.length - coded.groups!.day.length;
  return part('signature', t, signer[0]!.value, { start: at, end: t.offset + t.text.length });
}

/** A date with its day and month (and perhaps its year) opening a line, words after it: `9 March 1952 To Comrade ...`, `9.III.52 I ask ...`. */
const DATE_RUNNING_ON = new RegExp(String.raw`^(?:\d{1,2}\s+${P.MONTH}(?:\s+1[89]\d\d)?|${P.MONTH}\s+\d{1,2},?\s+1[89]\d\d|\d{1,2}\.[IVX]{1,4}\.(?:19)?\d\d)(?=\s+\S)`);

/** Line `j` as the date line of a signature block above it, its date run into the next words: the date part, or undefined. */
function dateRunningOn(ctx: LineContext, j: number, from: number): MessagePart | undefined {
  const t = ctx.line(j);
  const m = DATE_RUNNING_ON.exec(t.text);
  if (!m) return undefined;
  let k = j - 1;
  while (k >= from && ctx.isBlank(k)) k--;
  if (k < from || k < j - 1 || !trailingPart(ctx.line(k), true)?.some(x => x.kind === 'signature' || x.kind === 'number')) return undefined;
  return part('date', { text: m[0], offset: t.offset });
}

/**
 * Is the text line above `j` a signature or a date line: the letter's own, above a minute? The
 * editor's marks between them (`[handwritten:]`) are passed over, and so is the edge of the part
 * read: a minute may open an attachment's covering note.
 */
function signedAbove(ctx: LineContext, j: number): boolean {
  let k = j - 1;
  // (and another mailing line: `Sent: Cdes. Stalin, ...` / `Distributed: to Cde. Gromyko`)
  while (k >= 0 && (ctx.isBlank(k) || ctx.stamp(k) || P.EDITORIAL_LINE.test(ctx.textOf(k)) || MAILING_LINE.test(ctx.textOf(k)))) k--;
  return k >= 0 && (trailingPart(ctx.line(k), true)?.some(x => x.kind === 'signature' || x.kind === 'date') ?? false);
}

/** Two or more signers in capitals after a closing on one line: `Respectfully, KIM IL SUNG, PAK HON-YONG`. */
const COSIGNERS = /^\s*,?\s*(?<names>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}(?:\s*(?:,|\band\b)\s*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})+)\s*\.?$/;
const CAPITALS_NAME = /[A-Z][A-Z'’.-]+(?:\s+(?!and\b)[A-Z][A-Z'’.-]+){0,3}/g;

function closingAndSigners(t: LineText): MessagePart[] | undefined {
  const closing = P.CLOSING.exec(t.text);
  const signers = closing ? COSIGNERS.exec(t.text.slice(closing[0].length)) : null;
  if (!closing || !signers) return undefined;
  const at = closing[0].length + signers.index + signers[0].indexOf(signers.groups!.names);
  const words = { start: t.offset, end: t.offset + closing[0].length };
  const out: MessagePart[] = [{ kind: 'closing', span: words, value: words, when: undefined }];
  for (const n of signers.groups!.names.matchAll(CAPITALS_NAME)) {
    const ns = t.offset + at + n.index!;
    out.push(part('signature', t, { start: ns, end: ns + n[0].length }));
  }
  return out;
}

/** Two to eight full names, comma-separated, alone on a line: `Peng Dehuai, Deng Hua, Hong Xuezhi`, `KIM IL SUNG, PAK HON-YONG` (a joint command signs with six), an editor's completion in brackets (`Peng [Dehuai], Deng [Hua]`). */
const SIGNER_LIST = /^(?<names>[A-Z][\p{L}'’-]+(?:\s+(?:[A-Z][\p{L}'’-]+|\[[A-Z][\p{L}'’ -]{0,20}\])){1,2}(?:\s*,\s*[A-Z][\p{L}'’-]+(?:\s+(?:[A-Z][\p{L}'’-]+|\[[A-Z][\p{L}'’ -]{0,20}\])){1,2}){1,7})\.?$/u;

/** Co-signers on one line without a closing: each a name of two or three words (a list of single words is places or offices). */
function signerList(t: LineText): MessagePart[] | undefined {
  const m = t.text.includes(',') ? SIGNER_LIST.exec(t.text) : null;
  if (!m) return undefined;
  const out: MessagePart[] = [];
  let at = 0;
  for (const name of m.groups!.names.split(',')) {
    const trimmed = name.trim();
    const start = t.text.indexOf(trimmed, at);
    if (isFalseSignature(trimmed)) return undefined;
    out.push(part('signature', t, { start: t.offset + start, end: t.offset + start + trimmed.length }));
    at = start + trimmed.length;
  }
  return out;
}

/** One signer of a pair: initials, then a name of one to three words, in capitals or in normal case (`S. KRASOVSKY`, `Peng Dehuai`). */
const PAIRED_NAME = String.raw`(?:[A-Z]\.\s?){0,3}[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,2}`;
/**
 * Two signers alone on a line, joined by `and` or set apart by a run of blanks or a tab:
 * `S. KRASOVSKY and I. BELOV`, `I. IVANOV and ROSHCHIN`, `Ivanov and Petrov`, `Peng Dehuai    Deng Hua`, `ZAKHAROV    KOTOV`.
 */
const PAIRED_SIGNERS = new RegExp(String.raw`^(?<a>${PAIRED_NAME})(?: and |\s{3,}|\t\s*)(?<b>${PAIRED_NAME})\.?["”»’']?$`, 'u');

/**
 * Two men signing one line (`PAIRED_SIGNERS`), each a signature of his own, as `(A. Vasilevsky) (A. Gromyko)` is;
 * a pair in normal case only where a normal-case signer may stand. Tried only on a line with ` and `, three blanks or a tab.
 */
function pairedSigners(t: LineText, normalCaseSigner: boolean): MessagePart[] | undefined {
  const s = t.text;
  if (s.length > 60 || (!s.includes(' and ') && !s.includes('   ') && !s.includes('\t'))) return undefined;
  const m = PAIRED_SIGNERS.exec(s);
  if (!m) return undefined;
  const { a, b } = m.groups!;
  if (!normalCaseSigner && (/[a-z]/.test(a!) || /[a-z]/.test(b!))) return undefined;
  // (`Moscow and Beijing` are no men)
  if (isFalseSignature(a!) || isFalseSignature(b!) || P.CITY_ONLY.test(a!) || P.CITY_ONLY.test(b!)) return undefined;
  const bAt = s.lastIndexOf(b!);
  return [
    part('signature', t, { start: t.offset, end: t.offset + a!.length }),
    part('signature', t, { start: t.offset + bAt, end: t.offset + bAt + b!.length }),
  ];
}

/** Are the lines `[from, to)` a signature block and nothing else (`(A. Gromyko)` / `4 July 1950`)? */
function signatureBlockOnly(ctx: LineContext, from: number, to: number): boolean {
  const parts = trailingParts(ctx, from, to);
  if (!parts.some(p => p.kind === 'signature')) return false;
  const first = parts[0]!.span.start;
  for (let j = from; j < to; j++) if (!ctx.isBlank(j) && !ctx.stamp(j) && ctx.line(j).offset < first) return false;
  return true;
}

/** Are the lines `[from, to)` the editor's bracketed notes and nothing else (`[The directive ... is not printed here.]`)? */
function editorsNotesOnly(ctx: LineContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!ctx.isBlank(j) && !P.EDITORIAL_LINE.test(ctx.textOf(j))) return false;
  return true;
}

/** The last line in [from, to) that is neither blank nor a stamp. */
function lastTextLine(ctx: LineContext, from: number, to: number): number | undefined {
  for (let j = to - 1; j >= from; j--) if (!ctx.isBlank(j) && !ctx.stamp(j)) return j;
  return undefined;
}

const TWO_CAPITALS = /[A-Z]{2}/;

/** A sentence boundary after a sentence of prose: `... your proposals. ` (every one of a line, in order). */
const PROSE_SENTENCE_END = /\b[a-z]{3,}\b[^.!?]*[.!?]["”]?\s+/g;

/**
 * The signature closing a line after a sentence of prose (`... We agree. FILIPPOV`, `... your
 * proposals. With greetings, FILIPPOV [Stalin].”`): upper-case names only, so that a short last
 * sentence of the body is never taken for a signer.
 */
function signatureAfterSentence(line: LineText): MessagePart[] | undefined {
  // an upper-case name near the end, or no signature at all (a quick test before the sentences are read)
  if (!TWO_CAPITALS.test(line.text.length > 90 ? line.text.slice(-90) : line.text)) return undefined;
  // the shortest tail that is a signature line: `No. 1522 27.7.51` is not, `ROSHCHIN No. 1522 27.7.51` is
  const cuts = [...line.text.matchAll(PROSE_SENTENCE_END)].map(m => m.index! + m[0].length);
  for (let k = cuts.length - 1; k >= 0; k--) {
    const cut = cuts[k]!;
    if (line.text.length - cut > 80) break;
    const tail = { text: line.text.slice(cut), offset: line.offset + cut };
    if (P.SIGNATURE_CAPS.test(tail.text)) return trailingPart(tail, true)?.filter(p => p.kind === 'signature' || p.kind === 'number' || p.kind === 'date');
  }
  return undefined;
}

/** A number part whose value is the number without its sign: `No. 2781` gives `2781`. */
function numberPart(t: LineText, at: number, written: string): MessagePart {
  const digits = /[A-Za-z]{0,3}\d[\w/\-]*$/.exec(written);
  const start = t.offset + at + (digits ? digits.index : 0);
  return part('number', t, { start, end: t.offset + at + written.length });
}

/** Lines that end a message but are not names: marks in capitals, and a one-word reply. */
function isFalseSignature(name: string): boolean {
  return /^(?:TOP SECRET|SECRET|SPECIAL|URGENT|PRIORITY|END|THE END|COPY|ATTACHMENT|DRAFT|TO|FOR|RE)$/i.test(name.trim()) || TERSE_REPLY.test(name.trim()) || HONORIFIC_INSIDE.test(name);
}

/** An honorific after the first word (`Inform Comrade Zhou Enlai.`, `Visit Comrade Mao Zedong`): an instruction about a man, not a signer. */
const HONORIFIC_INSIDE = /^\S+\s+(?:Comrades?|Cdes?\.|Comr\.)\s/;

/** A whole reply in one word (`Agree.`, `Approve.`): a body, not a signer. */
const TERSE_REPLY = /^(?:Agree|Agreed|Approve|Approved|Correct|Yes|No|Confirm|Confirmed|Accepted|Accept|Refuse|Refused|Understood|Received|Done|Right|Good|Fine|Object|Objection|Consent|Agreement)$/i;

function dateValue(t: LineText): Span {
  // the editor's date in brackets (`[19 October 1950][2]`): the date inside them
  if (t.text.charCodeAt(0) === 0x5b && WHOLE_BRACKET_DATE.test(t.text)) {
    const close = t.text.indexOf(']');
    return dateValue({ text: t.text.slice(1, close), offset: t.offset + 1 });
  }
  const m = /[^"“”„«»‘’'.()\s][^"“”„«»‘’']*[^"“”„«»‘’'.()\s]|[^"“”„«»‘’'.()\s]/.exec(t.text);
  if (!m) return { start: t.offset, end: t.offset + t.text.length };
  // the date itself, not the weekday, the place or the `at` before it (`Thursday, 19 October 1950`, `Pyongyang, July 16, 1952`, `at 22 hours 15 minutes 19 October`)
  const lead = LEADING_WEEKDAY.exec(m[0])?.[0].length ?? 0;
  // (a clock in parentheses closing the date keeps its `)`: `0300, August 21 (Beijing time)`)
  const close = m[0].lastIndexOf('(') > m[0].lastIndexOf(')') && t.text[m.index + m[0].length] === ')' ? 1 : 0;
  return { start: t.offset + m.index + lead, end: t.offset + m.index + m[0].length + close };
}

const LEADING_WEEKDAY = new RegExp(`^${P.DATE_LEAD}`);
/** A date wholly in the editor's brackets, perhaps with a note's marker after it: `[19 October 1950][2]` (not `[October] 21, 0400`). */
const WHOLE_BRACKET_DATE = /^\[[^\]]+\](?:\s*\[\d{1,2}\])*\s*[.,]?$/;
