/**
 * Envelope lines (CABLE-FORMAT §1, §2): one physical line may hold several fields
 * (`from PEKING received at 16:40 23 November 1949 Copy Nº 2`), so a line is cut into fields.
 */
import type { ClosingRoutingKind, HeaderField, HeaderFieldKind } from './ast';
import type { Span } from '../types';
import * as P from './patterns';

export interface LineText {
  /** The line's text, trimmed. */
  readonly text: string;
  /** Offset of `text[0]` in the document. */
  readonly offset: number;
}

export function trimmedLine(doc: string, span: Span): LineText {
  let s = span.start;
  let e = span.end;
  while (s < e && isSpace(doc.charCodeAt(s))) s++;
  while (e > s && isSpace(doc.charCodeAt(e - 1))) e--;
  return { text: doc.slice(s, e), offset: s };
}

/** A second `To` after a destination names the addressee there: ` To RAZUVAEV`, ` To Comrade Razuvaev`. */
const TO_PERSON_AFTER_PLACE = /^\s+(?:To|TO)\s+(?:(?:Comrade|COMRADE|Cde\.)\s+)?(?<who>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})\s*\.?\s*$/;

/** `To Beiping – to TEREBIN`, `To Peking, to Comrade Roshchin.`: the city the cable goes to (checked against the known cities), then its addressee. */
const CITY_THEN_MAN = /^(?:To|TO)\s+(?<place>[A-Z][A-Za-z'’]+(?: [A-Z][a-z]+)?)\s*(?:,|\s[-–—]|[–—])\s*(?:to|To|TO)\s+(?:(?:Comrade|COMRADE|Cde\.)\s+)?(?<who>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})\s*\.?$/;

/** Blanks around a line's text: spaces, tabs, and a form feed (a page break: a line holding only one is blank, §11). */
/** An honorific closing the words before an origin's value: the sender is a man (`From Cde. Kovalev`), not a place. */
const HONORIFIC_BEFORE_ORIGIN = new RegExp(String.raw`${P.HONORIFIC}\s*$`);

/**
 * The origin a cable's route starts from: a place (`From PEKING Received 16:40 3.X.1949`) before a
 * sender named by his honorific on another line (`From Cde. Kovalev` above it), which is who sent it,
 * not where from; a header naming only the man (`From Cde. Terebin`) has him.
 */
export function routeOrigin(text: string, fields: readonly HeaderField[]): HeaderField | undefined {
  const origins = fields.filter(f => f.kind === 'origin');
  return origins.find(o => !HONORIFIC_BEFORE_ORIGIN.test(text.slice(o.span.start, o.value.start))) ?? origins[0];
}

/**
 * The addressee a header names: its last addressee line, the most particular (`To Cde. ROSHCHIN.`
 * after `BEIJING - SOVIET AMBASSADOR` names the man the role is), but not a relay's `for Comrade
 * MAO ZEDONG` under `BEIJING - To Comrade ROSHCHIN`: that names whom the ambassador passes it to.
 * Under an office alone (`SOVIET AMBASSADOR.` / `For Cde. RAZUVAEV.`) the `for` line names the man.
 */
export function addresseeOf(text: string, fields: readonly HeaderField[]): Span | undefined {
  const principal = firstOfSeveralDestinations(fields);
  if (principal) return principal.value;
  let relay: Span | undefined;
  for (let k = fields.length - 1; k >= 0; k--) {
    const f = fields[k];
    if (f.kind !== 'addressee') continue;
    if (!/^for\b/i.test(text.slice(f.span.start, f.span.end))) {
      // `To Comrade STALIN I.V.` / `To Comrade MOLOTOV V.M.` / ...: of leaders stacked a line each, the first is the principal
      let first = k;
      while (first > 0 && fields[first - 1]!.kind === 'addressee' && P.TO_COMRADE.test(text.slice(fields[first - 1]!.span.start, fields[first - 1]!.span.end))
        && P.TO_COMRADE.test(text.slice(fields[first]!.span.start, fields[first]!.span.end))) first--;
      if (first < k) return fields[first]!.value;
      // `SOVIET AMBASSADOR.` / `For Cde. RAZUVAEV.`: an office alone, and the man it is for named under it
      return relay && OFFICE_ALONE.test(text.slice(f.value.start, f.value.end)) ? relay : f.value;
    }
    relay ??= f.value;
  }
  return relay;
}
/**
 * Of a telegram sent to several places, each with its addressee (`KHABAROVSK - To the Commander-in-Chief
 * of Soviet Forces in the Far East` / `HEIJO - to the Military Council of the 25th Army`), the first
 * addressee is the principal, as the first of leaders stacked a line each is; undefined for one place.
 */
function firstOfSeveralDestinations(fields: readonly HeaderField[]): HeaderField | undefined {
  let places = 0;
  let first: HeaderField | undefined;
  for (let k = 1; k < fields.length; k++) {
    if (fields[k - 1]!.kind !== 'destination') continue;
    places++;
    if (fields[k]!.kind === 'addressee') first ??= fields[k];
  }
  return places > 1 ? first : undefined;
}
/**
 * A place and the man or office reached there, on one line: the destination up to the place's end (`place`
 * at `ps`), the addressee from `from` to the line's end, its value `who` at `ws`.
 */
function destinationAndAddressee(line: LineText, place: string, ps: number, who: string, ws: number, from: number): HeaderField[] {
  return [
    field('destination', line, 0, ps + place.length, [ps, ps + place.length]),
    field('addressee', line, from, line.text.length, [ws, ws + who.length]),
  ];
}
/** `To PYONGYANG, SOVIET AMBASSADOR`, `TO BEIJING - SOVIET AMBASSADOR.`: a destination in capitals with the office reached there. */
const TO_PLACE_OFFICE = /^(?:To|TO)\s+(?<place>[A-Z][A-Z'-]{2,}(?:\s+[A-Z][A-Z'-]{2,})?)\s*(?:,|\s[-–—])\s*(?<whom>(?:THE\s+|the\s+|To\s+the\s+|TO\s+THE\s+)?[A-Z][A-Za-z'’]+(?:\s+[A-Z][A-Za-z'’]+){0,2})\.?$/;
/** A ministry reached at a destination, by its initials: `MFA`, `MID`, `MGB`, `MVD`. */
const MINISTRY = /^(?:MFA|MID|MGB|MVD)$/;
/** The form's addressee field on a line of its own: `To Whom: SovAmbassador` (group `whom`). */
const TO_WHOM_LINE = /^(?:To Whom|TO WHOM)\s*:\s*(?<whom>\S.*)$/;
/** An addressee that is an office and no man: `SOVIET AMBASSADOR`, `the Soviet Ambassador`, `SovAmbassador`. */
const OFFICE_ALONE = /^(?:(?:to\s+)?the\s+)?(?:Soviet\s+Ambassador|SovAmbassador|Ambassador)\.?$/i;

/**
 * Space at a line's edge: blanks, and the invisible characters a web page or a PDF leaves there (a
 * zero-width space or joiner, a word joiner, a byte-order mark), which read as nothing.
 */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x200b && c <= 0x200d) || c === 0x2060;
}

function field(kind: HeaderFieldKind, line: LineText, from: number, to: number, value?: [number, number], extra?: Partial<HeaderField>): HeaderField {
  const [vs, ve] = value ?? [from, to];
  // The field always covers its value and date words (`a.m.` keeps its final period).
  let start = Math.min(from, vs);
  let end = Math.max(to, ve);
  if (extra?.when) {
    start = Math.min(start, extra.when.start - line.offset);
    end = Math.max(end, extra.when.end - line.offset);
  }
  return { kind, span: sub(line, start, end), value: sub(line, vs, ve), ...extra };
}

function sub(line: LineText, from: number, to: number): Span {
  return { start: line.offset + from, end: line.offset + Math.max(from, to) };
}

/** What `trimPiece` strips from a piece's ends: spaces and a field's punctuation, and with `alsoBrackets` the brackets too. */
const PIECE_EDGE = /[\s.,:;\-–—]/;
const PIECE_EDGE_OR_BRACKET = /[\s.,:;\-–—[\]]/;

/** Trims spaces and the punctuation that ends a field (`BEIJING.`, `PEKING,`) from a piece of a line. */
function trimPiece(text: string, from: number, to: number, alsoBrackets = false): [number, number] {
  const strip = alsoBrackets ? PIECE_EDGE_OR_BRACKET : PIECE_EDGE;
  while (from < to && strip.test(text[from])) from++;
  while (to > from && strip.test(text[to - 1])) to--;
  return [from, to];
}

/** A recipient without the words around the name: `To Comrade ZAKHAROV` gives `ZAKHAROV`, `the Soviet Ambassador` stays. */
function personPiece(text: string, from: number, to: number, alsoBrackets = false): [number, number] {
  let [s, e] = trimPiece(text, from, to, alsoBrackets);
  const lead = LEADING_TO.exec(text.slice(s, e));
  if (lead && lead[0].length < e - s) s += lead[0].length;
  return [s, e];
}
const LEADING_TO = new RegExp(String.raw`^(?:(?:to|To|TO|for|For|FOR)\s+)?(?:${P.HONORIFIC}\s*)*`);

/** The date/time words inside a piece of a routing or footer line. */
export function findWhen(text: string, from: number, to: number): [number, number] | undefined {
  // every date or time has a digit: without one, the long pattern need not scan the text
  if (!P.hasDigit(text, from)) return undefined;
  P.WHEN_RE.lastIndex = from;
  for (let m = P.WHEN_RE.exec(text); m && m.index < to; m = P.WHEN_RE.exec(text)) {
    if (m[0].length === 0) { P.WHEN_RE.lastIndex++; continue; }
    // A lone number is not a date: require a separator, a month word or a four-digit time with a date.
    if (/^\d+$/.test(m[0]) && m[0].length !== 4) continue;
    return [m.index, Math.min(to, m.index + m[0].length)];
  }
  return undefined;
}

/** A routing word that opens a sentence: `Received your telegram No. 3290.`, `Sent to Kim Il Sung on 4 March the text of the agreement.` */
const PROSE_ROUTING_START = /^(?:Received|Sent|Arrived|Transmitted)\s+(?!by\b|at\b|on\b|via\b|in\s+[A-Z]|from\b|to\s+the\b|\d)/;
/** Small words a routing line holds besides its date: how and where it came (`at`, `by wire`, `Moscow time`). */
const ROUTING_SMALL_WORDS = /^(?:at|on|in|by|of|the|and|from|to|via|wire|radio|telegraph|cipher|courier|time|local|hours?|minutes?|min|copies|copy|[ap]m)$/;

/**
 * A sentence of the message that opens with a routing word: besides its date it holds a word a
 * routing line never does (`Received your telegram No. 3290.`, `Received in Pyongyang on 9 October
 * the letter of Kim Il Sung.`). A routing line is the word, the place or the clerk, the clock and
 * the date: `Received 10:20 5 March 1951`, `Received in Moscow at 2140 19 October by wire`.
 */
function isRoutingProse(t: string): boolean {
  if (!/^(?:Received|Sent|Arrived|Transmitted)\b/.test(t)) return false;
  const when = findWhen(t, 0, t.length);
  // the words between the routing word and the date count only when the line reads as a sentence from its start
  if (when && proseWords(t.slice(when[1])).length > 0) return true;
  return PROSE_ROUTING_START.test(t) && proseWords((when ? t.slice(0, when[0]) : t).replace(/^\S+/, '')).length > 0;
}

/** The small-letter words of a routing line that are no routing line's own. */
function proseWords(s: string): string[] {
  return (s.match(/\b[a-z][a-z'’]{2,}\b/g) ?? []).filter(w => !ROUTING_SMALL_WORDS.test(w));
}

const ROUTING_KIND: ReadonlyMap<string, HeaderFieldKind> = new Map([
  ['from', 'origin'], ['received', 'received'], ['sent', 'sent'], ['arrived', 'arrived'], ['transmitted', 'transmitted'], ['deciphered', 'deciphered'], ['typed', 'typed'],
]);

/** Cuts a routing line into origin / sent / received / ... fields at its keywords. */
const PASSIVE_BEFORE = /\b(?:been|was|were|is|are|be|being)\s+$/i;
const OBJECT_AFTER = /^\s+(?:to\s+)?(?:me|us|you|him|her|them|your|our|his|their|my|this|that)\b/i;

function routingFields(line: LineText, startAt = 0): HeaderField[] {
  const t = line.text;
  const marks: { at: number; kw: string; after: number }[] = [];
  P.ROUTING_KEYWORD.lastIndex = startAt;
  for (let m = P.ROUTING_KEYWORD.exec(t); m; m = P.ROUTING_KEYWORD.exec(t)) {
    // `Your telegram ... has been received.`: a passive verb in a sentence run into the line (lost line breaks) routes nothing
    if (PASSIVE_BEFORE.test(t.slice(Math.max(0, m.index - 8), m.index))) continue;
    // `Zhou Enlai transmitted to me the statement`, `I received your telegram`: a verb with its object is prose
    if (OBJECT_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    marks.push({ at: m.index, kw: m[0].replace(':', '').toLowerCase(), after: m.index + m[0].length });
  }
  const out: HeaderField[] = [];
  for (let i = 0; i < marks.length; i++) {
    const { at, kw, after } = marks[i];
    let end = i + 1 < marks.length ? marks[i + 1].at : t.length;
    // `... Copy Nº 2` closing a routing line is a field of its own.
    const copy = P.COPY_NUMBER_IN_LINE.exec(t.slice(after, end));
    let copyField: HeaderField | undefined;
    if (copy) {
      const cs = after + copy.index;
      const num = cs + copy[0].lastIndexOf(copy.groups!.number);
      copyField = field('copyNumber', line, cs, end, [num, num + copy.groups!.number.length]);
      end = cs;
    }
    let kind = ROUTING_KIND.get(kw)!;
    if (kind === 'sent' && /^\s+to\s+the\b/i.test(t.slice(after, end))) kind = 'forwarded';
    if (kind === 'origin') {
      out.push(...originFields(line, at, after, end));
    } else {
      const when = findWhen(t, after, end);
      const who = /^\s*(?:by(?:\s+wire)?|in)\s+(?!wire\b)(?<who>[A-Z][\w[\]'’\-/]*(?:\s+[A-Z][\w[\]'’\-/]*)?)/.exec(t.slice(after, end));
      const [vs, ve] = when ?? trimPiece(t, after, end);
      const extra: Partial<HeaderField> = {};
      if (when) (extra as { when: Span }).when = sub(line, when[0], when[1]);
      if (who) {
        const ws = after + who[0].indexOf(who.groups!.who);
        (extra as { who: Span }).who = sub(line, ws, ws + who.groups!.who.length);
      }
      const [fs, fe] = trimPiece(t, at, end);
      out.push(field(kind, line, fs, fe, [vs, ve], extra));
    }
    if (copyField) out.push(copyField);
  }
  return out;
}

/** The cable's number after its origin: ` No. 1412` in `From BEIJING No. 1412`. */
const ORIGIN_NUMBER = new RegExp(String.raw`\s(?<sign>${P.SIGN})\s*(?<number>${P.NUMBER})`);
/** An honorific before a sender's name: `Cde. ` in `From Cde. Terebin`. */
const LEADING_HONORIFIC = new RegExp(String.raw`^${P.HONORIFIC}\s*`);

/**
 * A paper's kind in capitals on a line of its own, which no place is named: `STATEMENT`, `VERBAL NOTE`, `AIDE-MEMOIRE`,
 * `REFUTATION BY TASS`, and a directive by the body that gave it (`DIRECTIVE OF THE HEADQUARTERS OF THE SUPREME HIGH COMMAND`).
 */
const DOCUMENT_KIND_LINE = /^(?:(?:TASS|SOVIET GOVERNMENT)\s+)?(?:(?:COMBAT|OPERATIONAL|OPERATIVE|INTELLIGENCE|POLITICAL|SPECIAL|DAILY|BRIEF)\s+(?:REPORT|SUMMARY|INFORMATION)|STATEMENT|MEMORANDUM|(?:VERBAL\s+)?NOTE|COMMUNIQU[EÉ]|DECREE|REPORT|PROTOCOL|INFORMATION|APPEAL|AIDE-M[EÉ]MOIRE|REFUTATION(?:\s+BY\s+TASS)?|LETTER|DIRECTIVE(?:\s+OF\s+THE\s+[A-Z][A-Z ]{2,80})?|INSTRUCTION|RESOLUTION|SPRAVKA|ORDER)\.?$/;
/**
 * A diplomatic paper's kind in small letters on a line of its own, under the ministry that sent it
 * (`Ministry of Foreign Affairs of the People's Republic of China` / `Note`): `Note`, `Verbal Note`, `Aide-Memoire`.
 */
const TITLED_NOTE_LINE = /^(?:Verbal\s+[Nn]ote|Note|Aide-[Mm][eé]moire)\.?$/;
/** A ministry and its note on one line: group 1 the ministry, group 2 the blanks, then the kind (`... of China Note`). */
const INSTITUTION_THEN_NOTE = /^(.*\S)(\s+)(?:Verbal\s+[Nn]ote|Note)\.?$/;
/** A diplomatic note's kind with its number: `NOTE No. 95`, `Verbal Note Nº 12` (group `number`; a `Note No. 2` alone may be an editor's). */
const NUMBERED_NOTE_LINE = new RegExp(String.raw`^(?<label>(?:VERBAL\s+)?NOTE|Verbal\s+[Nn]ote)\s+${P.SIGN}\s*(?<number>${P.NUMBER})\.?$`);

/** The act's date closing an extract's heading: ` of 19 March 1953`, ` dated 12 November 1950.` (group `when`). */
const EXTRACT_DATED = new RegExp(String.raw`\s(?:of|dated)\s+(?<when>${P.WHEN})\.?$`);

/** An editor's gloss closing a place: ` [Beijing]`, ` [Ussuriysk].` */
const PLACE_GLOSS = /\s*\[[^\]\n]*\]\s*[.,]?\s*$/;

/** `from [BEIJING]`, `From Pyongyang.`, `FROM: PYONGYANG`, `From CORRESPONDENT 17`, `From BEIJING No. 1412`. */
function originFields(line: LineText, at: number, after: number, end: number): HeaderField[] {
  const t = line.text;
  const piece = t.slice(after, end);
  const num = ORIGIN_NUMBER.exec(piece);
  let placeEnd = num ? after + num.index : end;
  // `From Pyongyang To Vyshinsky`: the sender, then the addressee (or the place it went to).
  const toWhom = /\s(?:To|TO|to)\s+(?<whom>[A-Z].*)$/.exec(t.slice(after, placeEnd));
  let addressee: HeaderField | undefined;
  if (toWhom) {
    const ws = after + toWhom.index + toWhom[0].lastIndexOf(toWhom.groups!.whom);
    // `From MOSCOW to PEKING`: a city after `to` is where the cable went, not whom
    const kind = P.CITY_ONLY.test(toWhom.groups!.whom.replace(/[\s.,:]+$/, '')) ? 'destination' : 'addressee';
    // (`From Beijing. To Comrade Filippov.`: the man, without his `Comrade`)
    addressee = field(kind, line, after + toWhom.index + 1, placeEnd, kind === 'addressee' ? personPiece(t, ws, placeEnd, true) : trimPiece(t, ws, placeEnd, true));
    placeEnd = after + toWhom.index;
  }
  // A date or time run into the origin (`From BEIJING 21 hours 40`) is not part of the place.
  const when = findWhen(t, after, placeEnd);
  if (when) placeEnd = when[0];
  // `From PEKING [Beijing]`: the editor's gloss of the place is not part of it
  const gloss = PLACE_GLOSS.exec(t.slice(after, placeEnd));
  if (gloss && /\w/.test(t.slice(after, after + gloss.index))) placeEnd = after + gloss.index;
  let [vs, ve] = trimPiece(t, after, placeEnd, true);
  // `From Cde. Terebin`: the sender is the person, not the honorific.
  const honorific = LEADING_HONORIFIC.exec(t.slice(vs, ve));
  if (honorific) vs += honorific[0].length;
  const out: HeaderField[] = [];
  const [fs, fe] = trimPiece(t, at, placeEnd);
  out.push(field('origin', line, fs, fe, [vs, ve]));
  if (addressee) out.push(addressee);
  if (num) {
    const ns = after + num.index + num[0].indexOf(num.groups!.number);
    const rest = findWhen(t, ns + num.groups!.number.length, end);
    out.push(field('documentType', line, after + num.index + 1, ns + num.groups!.number.length, [ns, ns + num.groups!.number.length]));
    if (rest) out.push(field('sent', line, rest[0], rest[1], rest, { when: sub(line, rest[0], rest[1]) }));
  } else if (when) {
    out.push(field('sent', line, when[0], when[1], when, { when: sub(line, when[0], when[1]) }));
  }
  return out;
}

/** A series mark among the phrases: `SERIES "A"`, `Series K T`, or a lone `T` closing the line. */
const SERIES_IN_LINE = /(?:SERIES|Series)\s*["'“‘]?[A-Za-z]["'”’]?\.?(?:\s+T\b\.?)?|(?<=\s)T$/;
/**
 * Any of the phrases `classificationFields` collects (`CLASSIFICATION`, `SPECIAL_NO`, `SERIES_IN_LINE`)
 * where the words begin, after the spaces and punctuation that may stand before and between them
 * (`TOP SECRET, URGENT.`). No phrase starts with one of those, so only the first word is tried.
 */
const PHRASE_OPENS = new RegExp(`[\\s.,;|]*(?:(?:${P.CLASSIFICATION.source})|(?:${P.SPECIAL_NO.source})|(?:${SERIES_IN_LINE.source}))`, 'y');

/**
 * Whether a classification phrase starts where the words of `t[from..]` begin: a line that opens
 * otherwise (most lines) is ruled out by one anchored try before the phrases are searched all along it.
 */
function mayOpenWithPhrase(t: string, from: number): boolean {
  PHRASE_OPENS.lastIndex = from;
  return PHRASE_OPENS.test(t);
}

/** A character that may not stand between or after classification phrases: all but spaces, punctuation and a dash (`TOP PRIORITY —`, as a PDF leaves it). */
const NOT_BETWEEN_PHRASES = /[^\s.,;|—–-]/;

/** Classification phrases covering the whole of `t[from..]`, or undefined when other words remain. */
function classificationFields(line: LineText, from = 0): HeaderField[] | undefined {
  const t = line.text;
  if (!mayOpenWithPhrase(t, from)) return undefined;
  const out: HeaderField[] = [];
  let covered = from;
  const rest = t.slice(from);
  const special = P.SPECIAL_NO.exec(rest);
  P.CLASSIFICATION.lastIndex = 0;
  const found: [number, number, HeaderFieldKind, [number, number]?][] = [];
  for (let m = P.CLASSIFICATION.exec(rest); m; m = P.CLASSIFICATION.exec(rest)) {
    found.push([from + m.index, from + m.index + m[0].length, 'classification']);
  }
  if (special) {
    const s = from + special.index;
    const ns = s + special[0].lastIndexOf(special.groups!.number);
    found.push([s, s + special[0].length, 'special', [ns, ns + special.groups!.number.length]]);
  }
  const series = SERIES_IN_LINE.exec(rest);
  if (series) found.push([from + series.index, from + series.index + series[0].length, 'series']);
  found.sort((a, b) => a[0] - b[0]);
  for (const [s, e, kind, value] of found) {
    if (s < covered) continue;
    if (NOT_BETWEEN_PHRASES.test(t.slice(covered, s))) return undefined;
    out.push(field(kind, line, s, e, value ?? trimPiece(t, s, e)));
    covered = e;
  }
  if (out.length === 0 || NOT_BETWEEN_PHRASES.test(t.slice(covered))) return undefined;
  return out;
}

/**
 * `To PYONGYANG` / `To MATVEYEV`: a `To` line under the destination names the man there, as
 * `To NORTH KOREA To RAZUVAEV` does on one line. `fields` are the line's own, `before` the
 * header's fields above it; a second destination is made the addressee.
 */
export function underDestination(before: readonly HeaderField[], line: LineText, fields: HeaderField[]): HeaderField[] {
  const only = fields.length === 1 ? fields[0]! : undefined;
  if (before[before.length - 1]?.kind !== 'destination' || only?.kind !== 'destination' || !/^\s*(?:To|TO)\s/.test(line.text)) return fields;
  return [{ ...only, kind: 'addressee' }];
}

/** Routing fields an outgoing copy may close with, under its signature or among its processing lines. */
const CLOSING_ROUTING: ReadonlySet<HeaderFieldKind> = new Set<ClosingRoutingKind>(['sent', 'received', 'transmitted', 'arrived']);

export type ClosingRoutingField = HeaderField & { readonly kind: ClosingRoutingKind; readonly when: Span };

/**
 * The fields of a line of routing times alone (`Sent 21:10 3.4.51`, `sent 21:40 2.10.1950`, `Sent 23:40
 * 10.IV.50 Transmitted 23:55`), as an outgoing copy closes with; undefined for any other line. Only a line
 * that opens with a routing word is read, so no sentence of the text is taken for one.
 */
export function closingRoutingFields(line: LineText): readonly ClosingRoutingField[] | undefined {
  if (!P.ROUTING_START.test(line.text)) return undefined;
  const fields = parseHeaderLine(line);
  return fields?.length && fields.every(isClosingRouting) ? fields : undefined;
}

function isClosingRouting(f: HeaderField): f is ClosingRoutingField {
  return CLOSING_ROUTING.has(f.kind) && f.when !== undefined;
}

/**
 * `RESOLUTION OF THE USSR COUNCIL OF MINISTERS` (perhaps `No. 858-372ss` after it): the act's kind, as a
 * numbered `RESOLUTION No. ...` line gives it, and the institution that passed it, as the line above
 * would; undefined unless the words after `of the` name an institution and the line is no party organ's decision.
 */
function actOfBody(line: LineText): HeaderField[] | undefined {
  const t = line.text;
  if (t.length > 160 || !/^[RDOr]/.test(t)) return undefined;
  const act = P.ACT_OF_BODY.exec(t);
  if (!act || P.BODY_DECISION.test(t)) return undefined;
  const { label, body, number } = act.groups!;
  if (!P.INSTITUTION.test(body!)) return undefined;
  const bs = t.indexOf(body!, label!.length);
  const [s, e] = trimPiece(t, bs, bs + body!.length);
  const out = [field('documentType', line, 0, label!.length, [0, label!.length], { label: sub(line, 0, label!.length) }), field('institution', line, s, e)];
  if (number) {
    // the number after the body, as a number on a line of its own under the type word gives it
    const ns = t.lastIndexOf(number);
    const [from] = trimPiece(t, bs + body!.length, ns);
    out.push(field('documentType', line, from, t.length, [ns, ns + number.length]));
  }
  return out;
}

/**
 * The fields of one envelope line, or undefined when the line is not an envelope line.
 * `inHeader` allows the looser forms (bare upper-case place lines, lone numbers) that only
 * make sense at the top of a cable or of an attached draft.
 */
/** A list of those present after a diary's heading on its line: `... KUZNETSOV. Present: ...` (group 1 the heading's stop, group 2 the list). */
const PRESENT_AFTER_DIARY = /([.;,])\s+((?:Present|PRESENT|Also present|ALSO PRESENT|Attending|ATTENDING)\s*:\s*\S.*)$/;

/**
 * A memorandum's labelled header line, one of a run of them (`From: Head of the Far Eastern Department
 * I. Tugarinov` / `To: Cde. V. M. Molotov` / `Date: 5 December 1949` / `Subject: On the visit of Mao
 * Zedong`): `label` the word before the colon, `value` what follows it.
 */
export const MEMO_LABEL = /^(?<label>From|FROM|To|TO|Date|DATE|Subject|SUBJECT|Re|RE)\s*:\s*(?<value>\S.*)$/;

/**
 * The fields of a memorandum's labelled header line: the man it is for (`To: Cde. V. M. Molotov`, a city
 * after `To:` is where it went), its date (`Date: 5 December 1949`) and its subject (a note of the header).
 * `From:` and a telegram's number after `Re:` (`RE: 2217/sh`) are read as every header reads them; words after
 * `Re:` (`Re: Statements of Liu Shaoqi on the Marshall Plan`) are its subject.
 */
export function memoLabelFields(line: LineText): HeaderField[] | undefined {
  const m = MEMO_LABEL.exec(line.text);
  if (!m) return undefined;
  const t = line.text;
  const at = t.length - m.groups!.value.length;
  switch (m.groups!.label.toLowerCase()) {
    case 'to': {
      const [vs, ve] = personPiece(t, at, t.length);
      return [field(P.CITY_ONLY.test(t.slice(vs, ve)) ? 'destination' : 'addressee', line, 0, t.length, [vs, ve])];
    }
    case 'date': {
      const w = findWhen(t, at, t.length);
      return w ? [field('date', line, 0, t.length, w, { when: sub(line, w[0], w[1]) })] : undefined;
    }
    case 'subject':
    case 're':
      // (`RE: 2217/sh`, `Re: your No. 3105` cite a telegram: a reference, as every header reads it)
      return /\d/.test(m.groups!.value) && P.REFERENCE.test(t) ? undefined : [field('note', line, 0, t.length, trimPiece(t, at, t.length))];
    default:
      return undefined;
  }
}

export function parseHeaderLine(line: LineText): HeaderField[] | undefined {
  const t = line.text;
  if (t.length === 0) return undefined;

  if (t.startsWith('To ') && P.RESOLUTION_LINE.test(t)) return [field('note', line, 0, t.length)];
  // a diary's heading and a record's list of those present are the editor's or the recorder's notes
  if (P.DIARY_HEADING_START.start(t) && P.DIARY_HEADING.test(t)) {
    // `From the diary of V.V. KUZNETSOV. Present: Comrade Zhou Enlai, ...`: the heading, then the list of those present, each a note
    const present = PRESENT_AFTER_DIARY.exec(t);
    if (present) return [field('note', line, 0, present.index + present[1]!.length), field('note', line, present.index + present[0].length - present[2]!.length, t.length)];
    return [field('note', line, 0, t.length)];
  }
  if (P.PRESENT_LINE_START.start(t) && P.PRESENT_LINE.test(t)) return [field('note', line, 0, t.length)];
  const copy = P.COPY_NUMBER_START.start(t) ? P.COPY_NUMBER.exec(t) : null;
  if (copy) {
    const ns = t.lastIndexOf(copy.groups!.number);
    return [field('copyNumber', line, 0, t.length, [ns, ns + copy.groups!.number.length])];
  }

  const act = actOfBody(line);
  if (act) return act;

  const type = P.DOCUMENT_TYPE_START.start(t) ? P.DOCUMENT_TYPE.exec(t) : null;
  if (type) {
    const label = type.groups!.label;
    const number = type.groups!.number;
    const end = type[0].length;
    const ns = number ? type[0].lastIndexOf(number) : 0;
    const doc = field('documentType', line, 0, end, number ? [ns, ns + number.length] : [0, label.length], {
      label: sub(line, 0, label.length),
    });
    const rest = t.slice(end);
    if (/^\s*$/.test(rest)) return [doc];
    // `RECORD OF CONVERSATION BETWEEN COMRADE I.V. STALIN AND ZHOU ENLAI`: the heading names who spoke
    if (P.CONVERSATION_HEADING.test(label) && /^\s+(?:between|with|of|Between|With|BETWEEN|WITH|OF)\s/.test(rest)) {
      // `... ON 16 DECEMBER 1949`: the day the conversation was held
      const held = /(?:,|\s(?:on|ON))\s+(\d{1,2}\s+[A-Za-z]+\s+\d{4})\.?\s*$/.exec(t);
      const ws = held ? t.lastIndexOf(held[1]!) : -1;
      return [field('documentType', line, 0, t.length, [0, t.length], { label: sub(line, 0, label.length), when: held ? sub(line, ws, ws + held[1]!.length) : undefined })];
    }
    // `MEMORANDUM of the Ministry of Foreign Affairs of the USSR to Comrade Stalin I.V.`: the paper's kind and
    // who wrote it, then the man it is for
    const memorandum = P.MEMORANDUM_HEADING.exec(t);
    if (memorandum) {
      const { to, name } = memorandum.groups!;
      const at = to ? t.lastIndexOf(to) : t.length;
      const kind = field('documentType', line, 0, to ? t.slice(0, at).replace(/\s+(?:to|TO)\s+$/, '').length : t.length, [0, label.length], { label: sub(line, 0, label.length) });
      const ns = to ? t.indexOf(name!, at) : 0;
      return to ? [kind, field('addressee', line, at, t.length, [ns, ns + name!.length])] : [kind];
    }
    // `SUMMARY No. 174 OF RADIO INTERCEPTS`: a numbered report's heading goes on with its subject (a
    // heading, not a sentence: `Report No. 12 of 3 October has been received.` is the text's)
    if (number && P.REPORT_LABEL.test(label) && /^\s+(?:OF|of|ON|on|FOR|for|ABOUT|about)\s/.test(rest) && !/[.!?]\s*$/.test(rest)) {
      return [field('documentType', line, 0, t.length, [ns, ns + number.length], { label: sub(line, 0, label.length) })];
    }
    const more = classificationFields(line, end);
    if (more) return [doc, ...more];
    // (a report's number with more words is a sentence of the text: `Report No. 12 of the General Staff has been received.`)
    if (P.REPORT_LABEL.test(label)) return undefined;
    // A global pattern: `test` would start where its last use (on another line, or in another parse) stopped.
    P.ROUTING_KEYWORD.lastIndex = 0;
    if (P.ROUTING_KEYWORD.test(rest)) return [doc, ...routingFields(line, end)];
    return undefined;
  }

  const bare = P.BARE_NUMBER_START.start(t) ? P.BARE_NUMBER.exec(t) : null;
  if (bare) {
    // `# P91/204`, a Politburo protocol number written bare (`P78/175`), a number written in by hand (`Nº [handwritten: 412/ag] [signature]`)
    const number = bare.groups!.number ?? bare.groups!.handwritten ?? bare.groups!.protocol!;
    const ns = t.lastIndexOf(number);
    return [field('documentType', line, 0, t.length, [ns, ns + number.length])];
  }

  const dest = P.DESTINATION_LABELLED_START.start(t) ? P.DESTINATION_LABELLED.exec(t) : null;
  if (dest) {
    const ps = t.indexOf(dest.groups!.place);
    const out = [field('destination', line, 0, dest.groups!.whom ? t.search(/To Whom|TO WHOM/) : t.length, [ps, ps + dest.groups!.place.length])];
    // `Destination: MOSCOW, MFA`: the office reached there, after a comma
    if (dest.groups!.office) {
      const os = t.indexOf(dest.groups!.office, ps + dest.groups!.place.length);
      out[0] = field('destination', line, 0, ps + dest.groups!.place.length, [ps, ps + dest.groups!.place.length]);
      out.push(field('addressee', line, os, dest.groups!.whom ? t.search(/To Whom|TO WHOM/) : t.length, [os, os + dest.groups!.office.length]));
    }
    if (dest.groups!.whom) {
      const ws = t.lastIndexOf(dest.groups!.whom);
      out.push(field('addressee', line, t.search(/To Whom|TO WHOM/), t.length, trimPiece(t, ws, ws + dest.groups!.whom.length)));
    }
    return out;
  }
  // `To Whom: SovAmbassador` on a line of its own under `Destination: PEKING`: the form's addressee field
  const toWhom = t.startsWith('To Whom') || t.startsWith('TO WHOM') ? TO_WHOM_LINE.exec(t) : null;
  if (toWhom) {
    const ws = t.length - toWhom.groups!.whom.length;
    return [field('addressee', line, 0, t.length, trimPiece(t, ws, t.length))];
  }

  if (P.ROUTING_START.test(t)) {
    if (isRoutingProse(t)) return undefined;
    const fields = routingFields(line);
    if (fields.length) return fields;
  }

  if (P.INSTITUTION_START.test(t)) {
    // `Tenth Department Received 17:10 4.XII.1951`: an institution run into a routing line.
    P.ROUTING_KEYWORD.lastIndex = 0;
    const kw = P.ROUTING_KEYWORD.exec(t);
    if (kw && kw.index > 0 && P.INSTITUTION.test(t.slice(0, kw.index).trim())) {
      const [s, e] = trimPiece(t, 0, kw.index);
      return [field('institution', line, s, e), ...routingFields(line, kw.index)];
    }
    // `Ministry of Foreign Affairs of the People's Republic of China Note`: the ministry, then the paper's kind on its line
    const kind = t.endsWith('ote') || t.endsWith('ote.') ? INSTITUTION_THEN_NOTE.exec(t) : null;
    if (kind && t.length < 160 && P.INSTITUTION.test(kind[1]!)) {
      const ks = kind[1]!.length + kind[2]!.length;
      return [field('institution', line, 0, kind[1]!.length, trimPiece(t, 0, kind[1]!.length)), field('documentType', line, ks, t.length, [ks, t.length], { label: sub(line, ks, t.replace(/\.$/, '').length) })];
    }
    if (P.INSTITUTION.test(t) && t.length < 160) return [field('institution', line, 0, t.length, trimPiece(t, 0, t.length))];
  }

  const cls = classificationFields(line);
  if (cls) return cls;
  if (P.SERIES.test(t)) return [field('series', line, 0, t.length, trimPiece(t, 0, t.length))];
  if (P.PART_LINE_START.start(t) && P.PART_LINE.test(t)) return [field('part', line, 0, t.length, trimPiece(t, 0, t.length))];

  if (P.REFERENCE.test(t)) return [field('reference', line, 0, t.length, trimPiece(t, t.startsWith('RE') || t.startsWith('Re') ? t.indexOf(':') + 1 : 0, t.length))];

  // `To Beiping – to TEREBIN`: a city in small letters, then the man there
  const cityTo = CITY_THEN_MAN.exec(t);
  if (cityTo && P.CITY_ONLY.test(cityTo.groups!.place)) {
    const { place, who } = cityTo.groups!;
    const ps = t.indexOf(place, 2);
    return destinationAndAddressee(line, place, ps, who, t.lastIndexOf(who), ps + place.length + t.slice(ps + place.length).search(/[^\s,–—-]/));
  }
  // `To PYONGYANG, SOVIET AMBASSADOR`: the place, then the office reached there after a comma or a dash, as
  // `BEIJING - SOVIET AMBASSADOR` writes it without its `To`
  const toOffice = TO_PLACE_OFFICE.exec(t);
  // (or a ministry: `To MOSCOW, MFA`)
  if (toOffice && (P.OFFICE_ADDRESSEE.test(toOffice.groups!.whom) || MINISTRY.test(toOffice.groups!.whom))) {
    const { place, whom } = toOffice.groups!;
    const ws = t.lastIndexOf(whom);
    return destinationAndAddressee(line, place, t.indexOf(place, 2), whom, ws, ws);
  }
  const to = P.DESTINATION_TO.exec(t);
  if (to && !/^\s*(?:Cde|Comrade)/.test(to.groups!.rest)) {
    const ps = t.indexOf(to.groups!.place, 2);
    const tail = t.search(/\s(?:TOP|URGENT|EXTREMELY|PRIORITY|SPECIAL|MOLNIYA)\b/);
    const more = tail > ps ? classificationFields(line, tail) : undefined;
    const end = more ? tail : t.length;
    // `To MATVEYEV [RAZUVAYEV V.N.]`: a glossed name is a person, the addressee.
    const kind = /^\s*\[[A-Z]/.test(to.groups!.rest) ? 'addressee' : 'destination';
    // `To NORTH KOREA To RAZUVAEV TOP PRIORITY`: the place, then the man there
    const placeEnd = ps + to.groups!.place.length;
    const whom = kind === 'destination' ? TO_PERSON_AFTER_PLACE.exec(t.slice(placeEnd, end)) : null;
    if (whom) {
      const ws = placeEnd + whom.index + whom[0].lastIndexOf(whom.groups!.who);
      return [
        field('destination', line, 0, placeEnd, [ps, placeEnd]),
        field('addressee', line, placeEnd + whom.index + whom[0].search(/\S/), ws + whom.groups!.who.length, [ws, ws + whom.groups!.who.length]),
        ...(more ?? []),
      ];
    }
    return [field(kind, line, 0, end, [ps, placeEnd]), ...(more ?? [])];
  }
  const amb = P.DESTINATION_AMBASSADOR.exec(t);
  if (amb) {
    const ws = t.lastIndexOf(amb.groups!.whom);
    return [
      field('destination', line, 0, amb.groups!.place.length, [0, amb.groups!.place.length]),
      field('addressee', line, ws, t.length, [ws, ws + amb.groups!.whom.length]),
    ];
  }
  // `Moscow, 10 April 1950`; `[Moscow,] 10 April 1950`, the place supplied by the editor; a telegraph's `PYONGYANG 31 AUG 46 1430`
  const dateline = (t.includes(',') || t.startsWith('[') ? P.DATELINE.exec(t) : null) ?? P.TELEGRAPH_DATELINE.exec(t);
  if (dateline) {
    const place = dateline.groups!.place ?? dateline.groups!.supplied!;
    const ps = dateline.groups!.place !== undefined ? 0 : 1;
    const ws = t.lastIndexOf(dateline.groups!.when);
    const we = ws + dateline.groups!.when.length;
    return [field('origin', line, 0, ps + place.length, [ps, ps + place.length]), field('date', line, ws, we, [ws, we], { when: sub(line, ws, we) })];
  }
  if ((t.startsWith('Ext') || t.startsWith('Exc')) && P.PROTOCOL_EXTRACT.test(t)) {
    // the date the heading gives its act (`Extract from the Resolution of the Council of Ministers of the USSR No. 858-372ss of 19 March 1953`)
    const dated = EXTRACT_DATED.exec(t);
    if (!dated) return [field('note', line, 0, t.length)];
    const ws = t.length - dated[0].length + dated[0].indexOf(dated.groups!.when);
    const we = ws + dated.groups!.when.length;
    return [field('note', line, 0, t.length), field('date', line, ws, we, [ws, we], { when: sub(line, ws, we) })];
  }
  if (P.BODY_DECISION.test(t)) return [field('note', line, 0, t.length)];
  const decision = t.startsWith('Decision') || t.startsWith('Resolution') ? P.DECISION_DATE.exec(t) : null;
  if (decision) {
    const ws = t.lastIndexOf(decision.groups!.when);
    const we = ws + decision.groups!.when.length;
    return [field('date', line, 0, t.length, [ws, we], { when: sub(line, ws, we) })];
  }
  // `STATEMENT`, `MEMORANDUM`, `TASS STATEMENT`, a command's `COMBAT REPORT` or `OPERATIONAL SUMMARY`: the kind of paper, not where it went
  if (DOCUMENT_KIND_LINE.test(t) || (t.length < 16 && TITLED_NOTE_LINE.test(t))) return [field('documentType', line, 0, t.length, [0, t.length], { label: sub(line, 0, t.replace(/\.$/, '').length) })];
  const note = /^(?:VERBAL|Verbal|NOTE)\b/.test(t) ? NUMBERED_NOTE_LINE.exec(t) : null;
  if (note) {
    const ns = t.lastIndexOf(note.groups!.number);
    return [field('documentType', line, 0, t.length, [ns, ns + note.groups!.number.length], { label: sub(line, 0, note.groups!.label.length) })];
  }
  const dash = P.DESTINATION_PLACE_DASH.exec(t);
  if (dash) {
    const place = dash.groups!.place;
    const ws = t.length - dash.groups!.whom.length;
    // `MOSCOW, to PYONGYANG`: a routing line, the place of issue, then the destination after a small-letter
    // `to` (a man or an office there stays the addressee: `PEKING - to the Soviet Ambassador`, `BEIPING, to TEREBIN`)
    if (dash.groups!.whom.startsWith('to ')) {
      const [ds, de] = trimPiece(t, ws + 3, t.search(/\.?$/));
      if (P.CITY_ONLY.test(t.slice(ds, de))) return [field('origin', line, 0, place.length, [0, place.length]), field('destination', line, ws, t.length, [ds, de])];
    }
    const out = [field('destination', line, 0, place.length, [0, place.length])];
    if (dash.groups!.whom.trim()) out.push(field('addressee', line, ws, t.length, personPiece(t, ws, t.length)));
    return out;
  }
  if (P.BARE_CAPS_LINE.test(t) && t.length <= 40) {
    // `TO FYN SI.`: a two-word cover name, which `DESTINATION_TO` leaves alone, is the man the cable goes to
    // (`TO PYONGYANG.` stays the place); the value is the name without the `TO`.
    if (t.startsWith('TO ')) {
      const [ns, ne] = personPiece(t, 0, t.search(/\s*\[|\.?$/));
      return [field(P.CITY_ONLY.test(t.slice(ns, ne)) ? 'destination' : 'addressee', line, 0, t.length, [ns, ne])];
    }
    // `SOVIET AMBASSADOR.` under `To PYONGYANG` names the addressee, not a place.
    const kind = P.OFFICE_ADDRESSEE.test(t) || /COMRADE/.test(t) ? 'addressee' : 'destination';
    return [field(kind, line, 0, t.length, trimPiece(t, 0, t.search(/\s*\[|\.?$/)))];
  }

  if (/^\d{1,6}\.?$/.test(t)) return [field('other', line, 0, t.length)];
  if (P.isDateOnly(t) && /\D/.test(t)) {
    const w = findWhen(t, 0, t.length);
    if (w) return [field('date', line, 0, t.length, w, { when: sub(line, w[0], w[1]) })];
  }
  if (/^\[[^\]]*\]?$/.test(t) || P.EDITORIAL_LINE.test(t)) return [field('note', line, 0, t.length, trimPiece(t, 0, t.length, true))];
  return undefined;
}
