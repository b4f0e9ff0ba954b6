/**
 * The places where a cable cites another telegram (issue 9): by number (`your telegram No. 3153`,
 * `To No. 483/sh`, `RE: 2217/sh`), by number and date (`my telegram No. 5205 of 19 October`,
 * `#1405/sh dated 5 October`) or by date alone (`your telegram of 0115 18 October`,
 * `the 7 October telegram`). A citation of several numbers (`To your Nos. 1405/sh and 1421/sh`,
 * `your No. 3500 and No. 3702`) gives a citation per number, each of the side and noun the first names.
 *
 * The tree says most of it: a header `reference` field is a citation; the chronology has already
 * decided which dates are another message's (role `reference`, `refersToMessage`) and completed
 * their years. Only numbers in the text of a message need a scan, anchored at number signs, and
 * only where the tree holds running text — not a message's own number (`N° 5205`), its header
 * lines, its stamps, or an editor's note; the envelope, footer and notes are never scanned, so
 * `CIPHERED TELEGRAM No. 20815`, `Copy N° 2`, `Incoming N° 254/3612/shs` and
 * `Printed by ... № 3007` are not citations.
 */
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import type { ChronologyMention } from '../chronology/timeline';
import type { BracketKind, HeaderField, Message } from '../parser/ast';
import { messagesAt, topMessages } from '../parser/tree';
import { partitionPoint } from '../spans';
import type { Span } from '../types';
import { alternation, numberSigns, pluralNumberSigns } from '../vocabulary';
import { isAsciiLetter, isBlank } from '../chars';
import { endsSentence } from '../sentence';

/** Whose telegram is cited: the recipient's (`your`) or the sender's own (`my`, `our`). */
export type Whose = 'your' | 'my';

export interface TelegramRef {
  /** The whole citation: for `I received your telegram No. 3153 of 5 October.` the range of `your telegram No. 3153 of 5 October`. */
  readonly span: Span;
  /** The number as written, without its sign: `3153`, `483/sh`; undefined for a citation by date alone. */
  readonly number?: string;
  /** For `your telegram No. 3153` the range of `3153`. */
  readonly numberSpan?: Span;
  /** `1950-10-05`, or `1950-10-18 01:15` when a time is given; the year as the chronology completed it. */
  readonly date?: string;
  /** For `your telegram of 0115 18 October` the range of `0115 18 October`. */
  readonly dateSpan?: Span;
  readonly whose?: Whose;
  /** The word naming what is cited, lower case: `telegram`, `cable`, `letter`; undefined for `To No. 483/sh`. */
  readonly noun?: string;
  /** A third party named as the telegram's owner: for `Peng Dehuai's telegram No. 27` the range of `Dehuai` (a name's last word). */
  readonly ownerSpan?: Span;
  /** How the tree shows it: a header field (`RE: 2217/sh`), a number in the text, or a date the chronology marked. */
  readonly via: 'header' | 'number' | 'date';
  /** The innermost message whose text holds the citation (`your` and `my` are its recipient and sender). */
  readonly message?: Message;
  /** 0 for the cable itself, 1 for a forwarded or attached telegram, ... */
  readonly depth: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// ---------------------------------------------------------------- words

/** What a telegram is called when cited. The plural is kept so that `telegrams No. 12` still reads. */
const NOUNS = new Set([
  'telegram', 'telegrams', 'cable', 'cables', 'ciphergram', 'letter', 'letters', 'directive', 'directives',
  'message', 'messages', 'note', 'report', 'reports', 'instruction', 'instructions', 'request', 'order', 'orders', 'reply', 'answer',
]);
/**
 * What a third party issues rather than telegraphs: `Order No. 27 of the Supreme Commander`, `the
 * Chinese note No. 27`, `his directive No. 12`. Such a number cites a telegram of the folder only as
 * the sender's or the recipient's own (`your directive No. 12`) or in a reply's lead (`To order No. 3`).
 */
const ISSUED_NOUNS = new Set(['order', 'orders', 'directive', 'directives', 'note', 'instruction', 'instructions']);
/** An issuer after the number: `No. 27 of the Supreme Commander`, `No. 4 of Kim Il Sung` (a date after `of` is read before this). */
const ISSUER_AFTER = /[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]/y;
/** Possessives; `our` is the sender's side, like `my`; `his`, `their` name a third party. */
const WHOSE: ReadonlyMap<string, Whose | undefined> = new Map([['your', 'your'], ['my', 'my'], ['our', 'my'], ['his', undefined], ['her', undefined], ['their', undefined]]);
/**
 * `To` leads a number straight into a citation when it opens the sentence (`To No. 483/sh.`) or ends
 * a phrase of reply (`In reply to`, `ANSWER_WORDS`) or of addition (`In addition to`, `Further to`, these); `RE:` always does.
 */
const REPLY_WORDS = new Set(['addition', 'further', 'supplement', 'regard', 'reference']);

/** Words after which a number with its date cites a telegram as it would alone: `reported in #1298/sh dated 21 September`. */
const PREPOSITIONS = new Set(['in', 'by', 'with', 'under', 'per', 'see', 'from', 'on', 'about', 'after', 'before']);

/**
 * How a leading word leads a number into a citation: `RE:`, or `To` opening a reply (`To No. 612.`,
 * `In reply to No. 612`), answers the telegram it cites, the addressee's; `In addition to No. 2481`
 * adds to one of either side's; any other word leads to none.
 */
function numberLead(text: string, lead: Word): 'answers' | 'adds' | undefined {
  if (lead.word === 're') return 'answers';
  if (lead.word !== 'to') return undefined;
  const before = wordBefore(text, lead.start);
  if (!before || ANSWER_WORDS.has(before.word)) return 'answers';
  return REPLY_WORDS.has(before.word) ? 'adds' : undefined;
}
const ANSWER_WORDS = new Set(['reply', 'answer', 'response']);

/** A number sign pattern; a sign that starts with a letter must start a word (`No.` but not `Kono.`). */
const signPattern = (signs: readonly string[]) => signs.map((s) => (/^\w/.test(s) ? '\\b' : '') + alternation([s])).join('|');
/** A number sign, singular or plural (the plural first, so that `NºNº` is one sign). */
const SIGN = new RegExp(`(${signPattern(pluralNumberSigns)})|${signPattern(numberSigns)}`, 'gi');
/** A number sign right at the search position (`and No. 1421/sh`). */
const SIGN_HERE = new RegExp(SIGN.source, 'iy');
/** The cited number after a sign: `3153`, `483/sh`, `254/3612/shs`, `187-gi` (never its sentence's period). */
const NUMBER_AFTER_SIGN = /[ \t]*(\d+(?:[/-][0-9A-Za-z]+)*)/y;
/** The words between a number and its date: `No. 5205 of 19 October`, `#1405/sh dated 5 October`. */
const DATE_LINK = /[ \t]*,?[ \t]*(?:of|dated|from)[ \t]+/iy;
/**
 * What joins a further number to a citation: `, `, ` and `, `, and `, ` or `
 * (`To your #1405/sh dated 5 October and No. 1421/sh`, `your Nos. 3702, 3800 and 3810`).
 */
const COORDINATOR = /[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+/iy;
/** A sign at the start of a header value: `RE: No. 2217/sh` keeps `2217/sh`. */
const LEADING_SIGN = new RegExp(`^(?:${alternation([...numberSigns])})[ \\t]*`, 'i');

/** Bracket kinds whose inside is the original's running text (`my [telegram] No. 3105`); the rest are the editor's. */
const TEXT_BRACKETS: ReadonlySet<BracketKind> = new Set<BracketKind>(['supplied-word', 'name-normalisation', 'pseudonym-gloss', 'role-gloss', 'partial-reading', 'doubt', 'supplied-date']);

interface Word {
  /** Lower case, without a possessive `'s`: `telegram`, `your`, `shtykov`. */
  readonly word: string;
  /** Where it starts, its bracket included (`[telegram]`). */
  readonly start: number;
  /** A name's possessive, capitalised and with its `'s`: `Shtykov's`, `Mao Zedong's`. */
  readonly ownerName: boolean;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019;

/**
 * The word that ends just before `end` on the same line, skipping spaces and one `:` (`RE:`); a
 * supplied word in brackets counts (`my [telegram]`), a possessive `'s` is dropped (`Shtykov's`).
 * Undefined when punctuation or the line's start comes first.
 */
function wordBefore(text: string, end: number): Word | undefined {
  let i = end;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  if (text.charCodeAt(i - 1) === 0x3a) i--; // :
  const bracketed = text.charCodeAt(i - 1) === 0x5d; // ]
  if (bracketed) i--;
  let s = i;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  if (s === i || (bracketed && text.charCodeAt(s - 1) !== 0x5b)) return undefined; // [
  const written = text.slice(s, i);
  const word = written.toLowerCase().replace(POSSESSIVE_END, '');
  const ownerName = CAPITALISED.test(written) && NAME_POSSESSIVE.test(written);
  return word ? { word, start: bracketed ? s - 1 : s, ownerName } : undefined;
}
// (the patterns of `wordBefore`, built once: a pattern written in a function is a new object on every call)
/** A possessive's ending, dropped from the word: `Shtykov's` → `shtykov`. */
const POSSESSIVE_END = /['’]s?$/;
const CAPITALISED = /^[A-Z]/;
/** A name's possessive: `Shtykov's`, `Zedong’s`. */
const NAME_POSSESSIVE = /[a-zA-Z]['’]s$/;

/** The word right after a date on its line (for `the 7 October telegram`). */
const NOUN_AFTER = /[ \t]*([A-Za-z]+)/y;

// ---------------------------------------------------------------- the tree's regions

/** Which characters are running text of a message: 1 inside a message, 0 in its parts, header, stamps and the editor's notes. */
function runningTextMask(analysis: DocumentAnalysis): Uint8Array {
  const { parsed } = analysis;
  const mask = new Uint8Array(parsed.text.length + 1);
  const clear = (sp: Span) => {
    mask.fill(0, sp.start, sp.end);
  };
  const visit = (m: Message) => {
    for (const part of m.parts) if (part.kind === 'number' || part.kind === 'signature' || part.kind === 'sender') clear(part.span);
    for (const field of m.header) clear(field.span);
    for (const stamp of m.stamps) clear(stamp.span);
    m.telegrams.forEach(visit);
  };
  for (const block of parsed.blocks) {
    if (block.kind !== 'message') continue;
    mask.fill(1, block.span.start, block.span.end);
    visit(block);
  }
  for (const b of parsed.brackets) if (!TEXT_BRACKETS.has(b.kind)) clear(b.span);
  return mask;
}

// ---------------------------------------------------------------- the finder

/** An ISO value that starts with a whole day, with or without its year: `1951-10-18`, `--10-13`. */
const ISO_DAY = /^(?:\d{4}|-)-\d{2}-\d{2}/;

/**
 * `1951-10-18` or `1951-10-18 01:15` from the chronology's ISO value; in a cable that writes no year
 * (`In addition to our telegram of 13 October.` in a Moscow outgoing copy) the day without it,
 * `--10-13`, which can still name another such cable; undefined without a full day.
 */
export function referenceDateOf(mention: ChronologyMention): string | undefined {
  const iso = mention.iso;
  if (!iso || !ISO_DAY.test(iso)) return undefined;
  return iso.replace('T', ' ');
}

/** Every citation of another telegram in the document, in text order. Linear in the text; never throws. */
export function findTelegramReferences(analysis: DocumentAnalysis): TelegramRef[] {
  const { text, parsed, chronology } = analysis;
  const refs: TelegramRef[] = [];
  const top = topMessages(parsed);
  const located = (at: number) => {
    const message = messagesAt(top, at).at(-1);
    return message ? { message, depth: message.depth } : { depth: 0 };
  };
  // the chronology's mentions are in text order: the first one starting at an offset is found by a binary search, with no map built of them all
  const mentions = chronology.mentions;
  const mentionAtStart = (at: number): ChronologyMention | undefined => {
    const m = mentions[partitionPoint(mentions, (x) => x.span.start < at)];
    return m !== undefined && m.span.start === at ? m : undefined;
  };

  const withDate = (ref: Mutable<TelegramRef>, mention: ChronologyMention) => {
    ref.dateSpan = mention.span;
    const date = referenceDateOf(mention);
    if (date) ref.date = date;
  };

  // 1. header fields the parser read as references: `RE: 2217/sh`, a bare `2217/sh.` under the destination
  const headerRefs = (fields: readonly HeaderField[]) => {
    for (const f of fields) {
      if (f.kind !== 'reference') continue;
      const numberSpan = headerNumberSpan(text, f.value);
      if (!numberSpan) continue;
      // A reference line in a reply's heading answers the addressee's telegram.
      refs.push({ span: f.span, number: text.slice(numberSpan.start, numberSpan.end), numberSpan, whose: 'your', via: 'header', ...located(f.span.start) });
    }
  };
  const visitHeaders = (m: Message) => {
    headerRefs(m.header);
    m.telegrams.forEach(visitHeaders);
  };
  for (const block of parsed.blocks) {
    if (block.kind === 'envelope') headerRefs(block.fields);
    else if (block.kind === 'message') visitHeaders(block);
  }

  // 2. numbers in running text, anchored at number signs
  const mask = runningTextMask(analysis);
  const covered: Span[] = [];
  /** The date a number is cited with: `No. 5205 of 19 October`, `#1405/sh dated 5 October`. */
  const dateAfter = (numberEnd: number) => {
    DATE_LINK.lastIndex = numberEnd;
    return DATE_LINK.exec(text) ? mentionAtStart(DATE_LINK.lastIndex) : undefined;
  };
  /** Records the citation of the number at `numberSpan`, written from `start`, with the side and noun it is cited under. */
  const citeNumber = (start: number, numberSpan: Span, dated: ChronologyMention | undefined, cited: { whose?: Whose; noun?: string; owner?: Word }) => {
    const ref: Mutable<TelegramRef> = { span: { start, end: numberSpan.end }, number: text.slice(numberSpan.start, numberSpan.end), numberSpan, via: 'number', ...located(start) };
    if (cited.whose) ref.whose = cited.whose;
    if (cited.noun) ref.noun = cited.noun;
    if (cited.owner) ref.ownerSpan = { start: cited.owner.start, end: cited.owner.start + cited.owner.word.length };
    if (dated) {
      withDate(ref, dated);
      ref.span = { start, end: dated.span.end };
    }
    covered.push(ref.span);
    refs.push(ref);
    return ref;
  };
  SIGN.lastIndex = 0;
  for (let sign = SIGN.exec(text); sign; sign = SIGN.exec(text)) {
    const signStart = sign.index;
    const signEnd = signStart + sign[0].length;
    if (!mask[signStart]) continue;
    NUMBER_AFTER_SIGN.lastIndex = signEnd;
    const num = NUMBER_AFTER_SIGN.exec(text);
    if (!num) continue;
    const numberSpan = { start: NUMBER_AFTER_SIGN.lastIndex - (num[1] as string).length, end: NUMBER_AFTER_SIGN.lastIndex };
    SIGN.lastIndex = numberSpan.end;

    let start = signStart;
    let noun: string | undefined;
    let whose: Whose | undefined;
    let owner: Word | undefined;
    let cue = false;
    let issued = false;
    const before = wordBefore(text, signStart);
    if (before && NOUNS.has(before.word)) {
      noun = singular(before.word);
      start = before.start;
      cue = true;
      const possessive = wordBefore(text, before.start);
      if (possessive && WHOSE.has(possessive.word)) {
        whose = WHOSE.get(possessive.word);
        start = possessive.start;
      } else if (possessive?.ownerName) {
        owner = possessive;
      }
      issued = ISSUED_NOUNS.has(before.word) && whose === undefined && !(possessive && numberLead(text, possessive));
    } else if (before && WHOSE.has(before.word)) {
      whose = WHOSE.get(before.word);
      start = before.start;
      cue = true;
    } else if (before?.ownerName) {
      // a third party's telegram by its number: `To Shtykov's No. 1173.`, `Matveyev's No. 4 of 21 September`;
      // the citation starts at the sign, for the name is the person's, not the cable's
      owner = before;
      cue = true;
    } else if (before) {
      const lead = numberLead(text, before);
      if (lead) cue = true;
      if (lead === 'answers') whose = 'your';
    }

    const dated = dateAfter(numberSpan.end);
    // `#1405/sh dated 5 October` cites by itself, also after a preposition (`as Shtykov reported in #1298/sh dated
    // 21 September`), unless a word such as `Decision` or `Protocol` owns the number.
    if (!cue && !(dated && (!before || PREPOSITIONS.has(before.word)))) continue;
    // an order or a note a third party issued (`Order No. 27 of the Supreme Commander`, `the Chinese note No. 27`) is no telegram of the folder's
    if (issued) continue;
    ISSUER_AFTER.lastIndex = numberSpan.end;
    if (whose === undefined && !dated && ISSUER_AFTER.test(text)) continue;

    let last = citeNumber(start, numberSpan, dated, { whose, noun, owner });
    // `To your Nos. 1405/sh and 1421/sh`, `your No. 3500 and No. 3702`: each number is a citation of the same side
    const plural = sign[1] !== undefined;
    for (let next = coordinatedNumber(text, last.span.end, plural); next && mask[next.start]; next = coordinatedNumber(text, last.span.end, plural)) {
      last = citeNumber(next.start, next.numberSpan, dateAfter(next.numberSpan.end), { whose, noun, owner });
    }
    SIGN.lastIndex = Math.max(SIGN.lastIndex, last.span.end);
  }

  // 3. dates the chronology found to be another message's: `your telegram of 0115 18 October`
  // the people's names are gathered only when a date cites a telegram (most cables cite none so)
  let holdsName: ((span: Span) => boolean) | undefined;
  const coveredStarts = covered.map((c) => c.start);
  const isCovered = (sp: Span) => {
    const c = covered[partitionPoint(coveredStarts, (s) => s <= sp.start) - 1];
    return c !== undefined && sp.start < c.end;
  };
  let previousEnd = 0;
  for (const m of chronology.mentions) {
    const earlierDateEnd = previousEnd;
    previousEnd = Math.max(previousEnd, m.span.end);
    if (m.role !== 'reference' || !m.refersToMessage || !mask[m.span.start] || isCovered(m.span)) continue;
    // A date cites a telegram only beside a word naming one: not `27.7.51 at 21:30 ... I received the following telegram`.
    const named = nounAround(text, m.span, earlierDateEnd);
    if (!named) continue;
    // `my telegram to Cde. Li Kenong of 0530 18 October`: the name stays the person's, the date is the citation
    if ((holdsName ??= personNames(analysis))(named.span)) named.span = m.span;
    const ref: Mutable<TelegramRef> = { span: named.span, noun: named.noun, via: 'date', ...located(m.span.start) };
    if (named.whose) ref.whose = named.whose;
    withDate(ref, m);
    refs.push(ref);
  }
  return refs.sort((a, b) => a.span.start - b.span.start);
}

/**
 * A further number of the citation that ends at `end`: `and No. 1421/sh`, `, #12`, or, after a
 * plural sign, a bare `and 1421/sh`. Its start (its sign's, if it has one) and its number's range.
 */
function coordinatedNumber(text: string, end: number, bareAllowed: boolean): { start: number; numberSpan: Span } | undefined {
  COORDINATOR.lastIndex = end;
  if (!COORDINATOR.exec(text)) return undefined;
  const start = COORDINATOR.lastIndex;
  SIGN_HERE.lastIndex = start;
  const sign = SIGN_HERE.exec(text);
  if (!sign && !bareAllowed) return undefined;
  NUMBER_AFTER_SIGN.lastIndex = sign ? SIGN_HERE.lastIndex : start;
  const num = NUMBER_AFTER_SIGN.exec(text);
  if (!num) return undefined;
  const numberEnd = NUMBER_AFTER_SIGN.lastIndex;
  return { start, numberSpan: { start: numberEnd - (num[1] as string).length, end: numberEnd } };
}

/**
 * Whether a range holds a person's name (a gazetteer person or one read from a form of address):
 * a citation's range never does, so that Go to Definition on the name opens the person.
 */
function personNames(analysis: DocumentAnalysis): (span: Span) => boolean {
  const { mentions, unknownPeople } = analysis.entities;
  const starts = [
    ...mentions.filter((m) => m.resolution.best.entry.kind === 'person').map((m) => m.span.start),
    ...unknownPeople.map((u) => u.span.start),
  ].sort((a, b) => a - b);
  return (span) => {
    const next = starts[partitionPoint(starts, (s) => s < span.start)];
    return next !== undefined && next < span.end;
  };
}

/**
 * Past participles of handing a message over (`Your instructions were conveyed to Kim Il Sung on 30
 * September`): a date after one is the day of that act, not the cited telegram's.
 */
const DELIVERED = /\b(?:conveyed|handed|passed|delivered|transmitted|relayed|forwarded|given|presented|shown|read|communicated|reported)\b/i;

/** A stop before the next sentence's capital; whether it ends a sentence is `endsSentence`'s to say. */
const STOP_BEFORE_CAPITAL = /[.!?]["”]?\s+["“]?[A-Z]/g;

/** Whether a sentence ends in `text[from, to)` (`... to Sinuiju. The ...`), an abbreviation's or an initial's period aside. */
function sentenceEndBetween(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  STOP_BEFORE_CAPITAL.lastIndex = 0;
  for (let m = STOP_BEFORE_CAPITAL.exec(between); m; m = STOP_BEFORE_CAPITAL.exec(between)) {
    if (endsSentence(text.slice(Math.max(0, from + m.index - 6), from + m.index))) return true;
  }
  return false;
}

/** How far before a date the chronology looks for the noun that makes it a reference (`telegram No. 12 to Cde. X of`). */
const NOUN_WINDOW = 90;

const nounLengths = [...NOUNS].map((n) => n.length);
const shortestNoun = Math.min(...nounLengths);
const longestNoun = Math.max(...nounLengths);

/**
 * The last noun of `NOUNS` among the words (runs of ASCII letters, cut at `from`) of `text[from, to)`,
 * lower case, and where it starts: read backwards from `to`, so the search stops at the first noun
 * and cuts and lower-cases only the words that are long enough to be one.
 */
function lastNounIn(text: string, from: number, to: number): { word: string; start: number } | undefined {
  let i = to;
  while (i > from) {
    while (i > from && !isAsciiLetter(text.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > from && isAsciiLetter(text.charCodeAt(i - 1))) i--;
    if (end - i < shortestNoun || end - i > longestNoun) continue;
    const word = text.slice(i, end).toLowerCase();
    if (NOUNS.has(word)) return { word, start: i };
  }
  return undefined;
}

/**
 * The noun that makes a date a citation and the citation's extent: the last noun on the date's
 * line within the window, with the possessive before it (`your telegram of 0115 18 October`), else
 * a noun right after the date (`the 7 October telegram`). A noun before an earlier date in an earlier
 * sentence is that date's (`your telegram of 27 September should be sent to Sinuiju. The 27 September
 * telegram` cites twice, the second time by the noun after it). A noun the date follows only as the day
 * the message was handed on (`instructions were conveyed to Kim Il Sung on 30 September`) is none.
 */
function nounAround(text: string, date: Span, earlierDateEnd = 0): { noun: string; span: Span; whose?: Whose } | undefined {
  let from = Math.max(0, date.start - NOUN_WINDOW);
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  if (lineStart > from) from = lineStart;
  if (earlierDateEnd > from && sentenceEndBetween(text, earlierDateEnd, date.start)) from = earlierDateEnd;
  const last = lastNounIn(text, from, date.start);
  if (last && !DELIVERED.test(text.slice(last.start, date.start))) return ownedBy(text, singular(last.word), { start: last.start, end: date.end });
  NOUN_AFTER.lastIndex = date.end;
  const after = NOUN_AFTER.exec(text);
  const word = after?.[1]?.toLowerCase();
  // `Your 7 December telegram`: the noun after the date, the possessive before it
  return word && NOUNS.has(word) ? ownedBy(text, singular(word), { start: date.start, end: NOUN_AFTER.lastIndex }) : undefined;
}

/** A citation's noun and span, the span taking in a possessive right before it (`your telegram of ...`), which says whose it is. */
function ownedBy(text: string, noun: string, span: Span): { noun: string; span: Span; whose?: Whose } {
  const owner = wordBefore(text, span.start);
  if (!owner || !WHOSE.has(owner.word)) return { noun, span };
  const whose = WHOSE.get(owner.word);
  return { noun, span: { start: owner.start, end: span.end }, ...(whose ? { whose } : {}) };
}

/** `telegrams` → `telegram`: the noun without one final `s`. */
const singular = (noun: string) => (noun.endsWith('s') ? noun.slice(0, -1) : noun);

/** What a header's number does not end with: white space and punctuation. */
const TRAILING_PUNCTUATION = /[\s.,;:]/;

/** For `RE: 2217/sh` (value `2217/sh`) or a bare `2217/sh.` the range of `2217/sh`: no sign, no final period. */
function headerNumberSpan(text: string, value: Span): Span | undefined {
  let { start, end } = value;
  const lead = LEADING_SIGN.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  while (end > start && TRAILING_PUNCTUATION.test(text[end - 1] as string)) end--;
  return end > start ? { start, end } : undefined;
}
