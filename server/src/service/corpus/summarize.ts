/**
 * One file's summary for the corpus index, made from the analysis every other feature reads (no
 * second parse): its cables (number, date, channel, sender and recipient, the outline's title),
 * its entity mentions by gazetteer id, its near-miss spellings and its references to other
 * telegrams. Positions are converted once here, so the index answers without the text.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { CableView, DocumentAnalysis, FileAnalysis } from '../analysis';
import { findTelegramReferences, normaliseTelegramNumber } from '../references';
import { rangeOf } from '../features/ranges';
import type { ChronologyMention } from '../chronology';
import type { EntityMention } from '../entities';
import type { BracketKind, EditorialBracket, Envelope, Message } from '../parser/ast';
import { addresseeOf } from '../parser/header';
import { yearlessDayOf } from './corpusIndex';
import { addresseeAsDestination, describeEnvelope, namesPersonIn, peopleNamedIn, signedNumberOf } from '../features/documentSymbols';
import { displayName, slice } from '../features/labels';
import { foldKey, type Country, type Gazetteer, type GazetteerEntry, type Role } from '../gazetteer';
import { dateFit } from '../entities/dates';
import type { ITextDocument, PartialDate, Span } from '../types';
import { partitionPoint } from '../spans';
import { MentionTableBuilder } from './mentionTable';
import type { CableSummary, FileSummary, NearMissSummary, ProtectedBy, TelegramReference, UnknownPersonSummary } from './types';

/**
 * The telegram references of one cable (`your telegram No. 3153`, `#1405/sh dated 5 October`), by
 * `service/references/`; the depth-0 ones cite on behalf of the cable itself, deeper ones on behalf
 * of a forwarded telegram and are kept too, with that telegram's signer and addressee (the resolver
 * narrows by number and date, and a citation by date alone by the side they give `your` and `my`).
 */
function telegramReferencesOf(cable: CableView): TelegramReference[] {
  const inner = new Map<Message, Who>();
  return findTelegramReferences(cable.analysis).map(ref => {
    const out: { -readonly [K in keyof TelegramReference]: TelegramReference[K] } = {
      range: rangeOf(cable.doc, ref.span),
      cable: cable.index,
      depth: ref.depth,
    };
    if (ref.number !== undefined) out.number = ref.number;
    if (ref.numberSpan !== undefined) out.numberRange = rangeOf(cable.doc, ref.numberSpan);
    if (ref.date !== undefined) out.date = ref.date;
    if (ref.whose !== undefined) out.whose = ref.whose;
    if (ref.noun !== undefined) out.noun = ref.noun;
    const ownerId = ref.ownerSpan && personNamed(cable.analysis, ref.ownerSpan).id;
    if (ownerId !== undefined) out.ownerId = ownerId;
    if (ref.depth > 0 && ref.message) {
      const message = ref.message;
      let people = inner.get(message);
      if (!people) inner.set(message, (people = peopleOf(cable.analysis, message)));
      if (people.senderId !== undefined) out.senderId = people.senderId;
      if (people.recipientId !== undefined) out.recipientId = people.recipientId;
    }
    return out;
  });
}

/**
 * One file's summary: a cable summary per cable of the file (a collection holds several), its
 * mentions and references. The parts are made by separate small functions: the optimising
 * compiler of each index worker thread then compiles (and, when a new shape of input turns up,
 * recompiles) small units instead of one large function with everything inlined.
 */
export function summarizeFile(uri: string, document: ITextDocument, file: FileAnalysis): FileSummary {
  const cables: CableSummary[] = [];
  const mentions = new MentionTableBuilder();
  const fold = folder();
  const nearMisses: NearMissSummary[] = [];
  const references: TelegramReference[] = [];
  const unknownPeople: UnknownPersonSummary[] = [];
  for (const view of file.cables) {
    cables.push(summarizeCable(document, view));
    // a collection title's names count in the folder as the cable's (its dates and references do not)
    if (view.titleView) {
      const brackets = new BracketLookup(view.titleView.analysis.parsed.brackets);
      addMentions(mentions, view.titleView, fold, brackets);
      addNearMisses(nearMisses, view.titleView, fold, brackets);
    }
    const brackets = new BracketLookup(view.analysis.parsed.brackets);
    addMentions(mentions, view, fold, brackets);
    addNearMisses(nearMisses, view, fold, brackets);
    addUnknownPeople(unknownPeople, view);
    for (const r of telegramReferencesOf(view)) references.push(r);
  }
  return {
    uri, version: document.version, cables, mentions: mentions.build(), nearMisses, references,
    ...(unknownPeople.length ? { unknownPeople } : {}),
  };
}

/** Folds a name, each name once per file (a cable writes the same few names many times). */
function folder(): (name: string) => string {
  const folded = new Map<string, string>();
  return (name: string): string => {
    let key = folded.get(name);
    if (key === undefined) folded.set(name, (key = foldKey(name)));
    return key;
  };
}

function summarizeCable(document: ITextDocument, view: CableView): CableSummary {
  const { analysis, doc } = view;
  const text = analysis.text;
  const parsed = analysis.parsed;
  const envelope = parsed.blocks.find((b): b is Envelope => b.kind === 'envelope');
  const message = parsed.blocks.find((b): b is Message => b.kind === 'message');
  const described = envelope ? describeEnvelope(text, envelope, message, namesPersonIn(analysis), peopleNamedIn(analysis)) : undefined;
  const header = envelope?.fields.find(f => f.kind === 'documentType')?.span ?? envelope?.span ?? message?.span ?? { start: 0, end: 0 };
  const people = whoOf(analysis, envelope, message);
  const number = envelope ? described?.number : signedNumberOf(text, message);
  const senderNumber = envelope && number ? senderNumberOf(text, envelope, message, number) : undefined;
  const { from, to } = envelope ? { from: placeOf(analysis, described?.from), to: placeOf(analysis, described?.to) } : placesOfParties(analysis, people);
  const when = cableDate(analysis.chronology.mentions, analysis.chronology.documentDate);
  const undated = when ? undefined : yearlessDate(analysis.chronology.mentions, analysis.chronology.documentDate);
  const own = rangeOf(doc, firstLineOf(text, header));
  const heading = view.heading ? rangeOf(document, view.heading) : undefined;
  // every field, set or not, in one order: the index holds thousands of these, read by the same code
  return {
    index: view.index,
    range: rangeOf(document, view.span),
    headerRange: heading ?? own,
    headerLines: heading ? { start: heading.start, end: after(own.end, heading.end) } : own,
    title: described?.title ?? (message ? `Message${number ? ` No. ${number}` : ''}` : 'Cable'),
    number,
    senderNumber,
    date: when?.date,
    utc: when?.utc,
    sent: when?.sent,
    yearless: undated?.date,
    yearlessSent: undated?.sent,
    from: from.name,
    to: to.name,
    fromId: from.id,
    toId: to.id,
    sender: people.sender,
    recipient: people.recipient,
    senderId: people.senderId,
    recipientId: people.recipientId,
    layout: envelope?.layout === 'outgoing' ? 'outgoing' : envelope?.layout === 'incoming' ? 'incoming' : analysis.chronology.layout,
  };
}

function addMentions(mentions: MentionTableBuilder, view: CableView, fold: (name: string) => string, brackets: BracketLookup): void {
  const { analysis, doc } = view;
  const text = analysis.text;
  for (const m of analysis.entities.mentions) {
    // a bare `Kim` that may be Kim Il Sung or Kim Chaek is nobody's reference
    if (m.reference !== undefined && m.resolution.confidence === 'uncertain') continue;
    const start = doc.positionAt(m.span.start);
    const end = doc.positionAt(m.span.end);
    mentions.add(
      start.line, start.character, end.line, end.character, view.index,
      m.resolution.best.entry.id, slice(text, m.span), fold(m.name),
      m.glossOf !== undefined ? 'gloss' : m.resolution.best.via, protectionOf(m, brackets),
    );
  }
}

/**
 * The cable's near misses, with those read only beside the right spelling that the cable lacks
 * (`Ren Bishe` alone): the folder's check reports them only where the folder writes the man often.
 */
function addNearMisses(out: NearMissSummary[], view: CableView, fold: (name: string) => string, brackets: BracketLookup): void {
  const { analysis, doc } = view;
  for (const n of [...analysis.entities.nearMisses, ...analysis.entities.nearMissesAlone]) {
    const protectedBy = bracketProtection(brackets.innermost(n.span)?.kind);
    out.push({
      range: rangeOf(doc, n.span),
      written: n.written,
      key: fold(n.written),
      suggestionKey: fold(n.suggestion),
      entityIds: n.entries.map(e => e.id),
      cable: view.index,
      protectedBy,
      ...(n.anotherGivenName?.oneSyllable ? { anotherName: true as const } : {}),
    });
  }
}

function addUnknownPeople(out: UnknownPersonSummary[], view: CableView): void {
  for (const u of view.analysis.entities.unknownPeople) out.push({ range: rangeOf(view.doc, u.span), written: u.name, key: u.key, cable: view.index });
}

interface Who {
  sender?: string;
  recipient?: string;
  senderId?: string;
  recipientId?: string;
}

/**
 * The person named by the words of a sender or an addressee: the gazetteer's canonical name and id
 * when they name an entity, else the words as a display name.
 */
function personNamed(analysis: DocumentAnalysis, span: Span | undefined): { name?: string; id?: string } {
  if (!span || span.end <= span.start) return {};
  // the mentions are in text order: those inside the span, or (`Comrade STALIN I.V.`: the name the
  // message reads as the addressee is part of a longer mention) the one holding it, are found by halves
  const mentions = analysis.entities.mentions;
  const at = partitionPoint(mentions, m => m.span.start < span.start);
  let inside: EntityMention | undefined;
  for (let k = at; k < mentions.length && mentions[k]!.span.start < span.end && !inside; k++) {
    const m = mentions[k]!;
    if (m.span.end <= span.end && m.glossOf === undefined) inside = m;
  }
  for (let k = at; k >= Math.max(0, at - 4) && !inside; k--) {
    const m = mentions[k];
    if (m && m.span.start <= span.start && m.span.end >= span.end && m.glossOf === undefined) inside = m;
  }
  // `To Roschin.`: a slip the checks report, of the one person it is near, is still that person's cable;
  // of two men named (`To Cdes. Filipov and Peng Dehuai.`) the first is, slip or not
  const misses = analysis.entities.nearMisses;
  let slip: (typeof misses)[number] | undefined;
  for (let k = partitionPoint(misses, n => n.span.start < span.start); k < misses.length && misses[k]!.span.start < span.end && !slip; k++) {
    const n = misses[k]!;
    if (n.span.end <= span.end && n.entries.length === 1 && n.entries[0]!.kind === 'person') slip = n;
  }
  if (slip && inside && inside.span.start < slip.span.start) slip = undefined;
  if (slip) inside = undefined;
  const person = inside?.resolution.best.entry ?? slip?.entries[0];
  // `MATVEYEV`, whom the sources give to two men: the name as written with both readings, as the
  // hover leaves it open (`Matveyev (Vladimir Razuvaev or Matvei Zakharov)`); the id stays the
  // first reading's, as the hover's, for the channel a citation is matched by
  if (inside && disputed(inside)) {
    const readings = [inside.resolution.best, ...inside.resolution.alternatives].map(c => c.entry.canonical);
    return { name: `${displayName(inside.name)} (${readings.join(' or ')})`, id: inside.resolution.best.entry.id };
  }
  return person ? { name: person.canonical, id: person.id } : { name: displayName(slice(analysis.text, span)) || undefined };
}

/** A cover name the sources give to several men, read with its other candidates still open (`Matveyev`); a gloss (`Matveyev [Zakharov]`) decides it. */
const disputed = (m: EntityMention) =>
  m.resolution.best.pseudonym?.confidence === 'disputed' && m.resolution.confidence === 'uncertain' && m.resolution.alternatives.length > 0;

/** A message's own signer and addressee (`MAO ZEDONG` and `Cde. FILIPPOV!` of a telegram Roshchin forwards). */
function peopleOf(analysis: DocumentAnalysis, message: Message): Who {
  const sender = personNamed(analysis, message.from);
  const recipient = personNamed(analysis, message.to);
  return { sender: sender.name, recipient: recipient.name, senderId: sender.id, recipientId: recipient.id };
}

/** The first message's sender and recipient: the gazetteer's canonical name and id when the words name an entity. */
function whoOf(analysis: DocumentAnalysis, envelope: Envelope | undefined, message: Message | undefined): Who {
  const text = analysis.text;
  const addressee = envelope && (addresseeOf(text, envelope.fields) ?? addresseeAsDestination(envelope, namesPersonIn(analysis))?.value);
  const sender = personNamed(analysis, message?.from ?? (envelope?.layout === 'outgoing' ? relayedSignature(text, message) : undefined));
  let recipient = personNamed(analysis, message?.to ?? addressee);
  // `PEKING, TO THE SOVIET AMBASSADOR`: the man who held the post on the cable's date
  if (!recipient.id && recipient.name && SOVIET_AMBASSADOR.test(recipient.name) && envelope) {
    const dest = envelope.fields.find(f => f.kind === 'destination');
    const place = dest ? placeOf(analysis, displayName(slice(text, dest.value))).name : undefined;
    const post = place ? EMBASSY_POSTS[place] : undefined;
    const holder = post ? postHolder(analysis.gazetteer, post, analysis.chronology.documentDate) : undefined;
    if (holder) recipient = { name: holder.canonical, id: holder.id };
  }
  return { sender: sender.name, recipient: recipient.name, senderId: sender.id, recipientId: recipient.id };
}

/**
 * Who signed the message an outgoing cable passes on, when the cable itself is unsigned: Moscow's
 * relays (`Pass the following to Cde. MAO ZEDONG:` / `"… FILIPPOV"`) quote the author's own text
 * for the ambassador to deliver, so its signer is the cable's sender. A text introduced as
 * another's (`the following telegram from Kim Il Sung:`) is not.
 */
function relayedSignature(text: string, message: Message | undefined): Span | undefined {
  const relayed = message?.telegrams.find(t => t.introducer !== undefined && t.from !== undefined);
  return relayed && !ANOTHERS_TEXT.test(slice(text, relayed.introducer!.span)) ? relayed.from : undefined;
}

/** An introducer that names the quoted text's author: `telegram from Kim Il Sung`, `received from`. */
const ANOTHERS_TEXT = /\bfrom\b/i;

/** An addressee by office alone: `SOVIET AMBASSADOR`, `SovAmbassador`, `to the Soviet Ambassador`. */
const SOVIET_AMBASSADOR = /^(?:(?:to\s+)?the\s+)?(?:Soviet\s+Ambassador|SovAmbassador|Ambassador)\.?$/i;

/** The Soviet embassy post of a capital, as the gazetteer declares it. */
const EMBASSY_POSTS: Readonly<Record<string, string>> = { Beijing: 'ussr-ambassador-prc', Pyongyang: 'ussr-ambassador-dprk' };

const holdersByPost = new WeakMap<Gazetteer, Map<string, { entry: GazetteerEntry; role: Role }[]>>();

/** The one person who held `post` on the date (a month or a day of handover may give two: then none). */
function postHolder(gazetteer: Gazetteer, post: string, date: PartialDate | undefined): GazetteerEntry | undefined {
  if (date?.year === undefined || date.month === undefined) return undefined;
  let byPost = holdersByPost.get(gazetteer);
  if (!byPost) {
    byPost = new Map();
    for (const entry of gazetteer.entries) for (const role of entry.roles ?? []) if (role.post) byPost.set(role.post, [...(byPost.get(role.post) ?? []), { entry, role }]);
    holdersByPost.set(gazetteer, byPost);
  }
  const holders = (byPost.get(post) ?? []).filter(h => dateFit(date, h.role.from, h.role.to) === 'in');
  return holders.length === 1 ? holders[0]!.entry : undefined;
}

interface Place {
  name?: string;
  id?: string;
}

/**
 * A place as the gazetteer names it, so that `Destination: PEKING` and `From BEIJING` are one
 * channel (references are resolved by channel, and the timeline groups by it): canonical with its
 * gazetteer id when the gazetteer knows it (`PEKING` gives `Beijing`), else as written. The name is
 * the channel's, as the id is: `To NORTH KOREA` is `Pyongyang`, as `PYONGYANG` is, not a second
 * place of the same line (the outline's title keeps the words the header writes).
 */
function placeOf(analysis: DocumentAnalysis, place: string | undefined): Place {
  if (!place) return {};
  const entry = analysis.gazetteer.findByName(place).find(e => e.kind === 'place');
  if (!entry) return { name: place };
  const id = channelIdOf(entry);
  return { name: (id === entry.id ? entry : analysis.gazetteer.get(id) ?? entry).canonical, id };
}

/**
 * The id a place is compared by: its own, except that a state named as a place (`To NORTH KOREA`,
 * the entry `dprk`) is its capital's channel, for its telegrams went through the capital; else a
 * cable to `NORTH KOREA` and one from `Pyongyang` (or from Kim Il Sung) would be two channels.
 */
function channelIdOf(entry: GazetteerEntry): string {
  const state = entry.country !== undefined && entry.id === entry.country.toLowerCase() ? CAPITALS[entry.country] : undefined;
  return state ?? entry.id;
}

/** The capital each state's telegrams to another state went from and to, in these years (gazetteer ids). */
const CAPITALS: Partial<Record<Country, string>> = { USSR: 'moscow', PRC: 'beijing', DPRK: 'pyongyang' };

/**
 * The places of a cable without an envelope (a Chinese-side telegram: `Cde. FILIPPOV!` … `MAO
 * ZEDONG`), read from its parties, since no routing line names them: a telegram from a person of
 * one state to someone the gazetteer knows who is not of that state went out from the sender's
 * capital, and to the recipient's when the gazetteer gives the recipient's state (Mao Zedong to
 * Filippov: from Beijing). Without these places Moscow's answer through the ambassador (`PEKING,
 * TO THE SOVIET AMBASSADOR` / `To your No. 4712.`) could not be matched to the telegram. Two of one
 * state (Mao Zedong to Peng Dehuai, or to Liu Shaoqi while Mao was in Moscow) say nothing of the places.
 */
function placesOfParties(analysis: DocumentAnalysis, people: Who): { from: Place; to: Place } {
  const countryOf = (id: string | undefined) => {
    const entry = id === undefined ? undefined : analysis.gazetteer.get(id);
    return entry?.country ?? (entry ? countryOfPosts(entry) : undefined);
  };
  const sender = countryOf(people.senderId);
  const recipient = countryOf(people.recipientId);
  if (sender === undefined || people.recipientId === undefined || sender === recipient) return { from: {}, to: {} };
  return { from: capitalOf(analysis, sender), to: capitalOf(analysis, recipient) };
}

/**
 * The state whose single posts a man held (`ussr-head-of-government`: Stalin), for an entry that
 * does not give its state: the one state of all its posts, else none.
 */
function countryOfPosts(entry: GazetteerEntry): Country | undefined {
  let found: Country | undefined;
  for (const role of entry.roles ?? []) {
    const state = role.post === undefined ? undefined : POST_STATES[role.post.slice(0, role.post.indexOf('-'))];
    if (state === undefined) continue;
    if (found !== undefined && found !== state) return undefined;
    found = state;
  }
  return found;
}

/** The state a post's id opens with (`ussr-ambassador-prc` is a Soviet post). */
const POST_STATES: Readonly<Record<string, Country>> = { ussr: 'USSR', prc: 'PRC', dprk: 'DPRK', rok: 'ROK', us: 'USA' };

function capitalOf(analysis: DocumentAnalysis, country: Country | undefined): Place {
  const entry = country === undefined ? undefined : analysis.gazetteer.get(CAPITALS[country] ?? '');
  return entry ? { name: entry.canonical, id: entry.id } : {};
}

/**
 * The sender's own number, when the header number is the receiving office's: the number in the
 * routing line (`From BEIJING No. 2563 21 hours 40`), else the one under the signature of the
 * cable's own message (`ROSHCHIN` / `No. 2467`). Clerk marks (`3ak`) are not numbers.
 */
function senderNumberOf(text: string, envelope: Envelope, message: Message | undefined, number: string): string | undefined {
  const type = envelope.fields.find(f => f.kind === 'documentType');
  const routed = envelope.fields.find(f => f.kind === 'documentType' && f !== type && !f.label);
  const signed = message?.depth === 0 ? message.parts.find(p => p.kind === 'number' && p.value.end > p.value.start) : undefined;
  for (const span of [routed?.value, signed?.value]) {
    const written = span ? slice(text, span).trim() : '';
    if (/^\d/.test(written) && normaliseTelegramNumber(written) !== normaliseTelegramNumber(number)) return written;
  }
  return undefined;
}

const OWN_DATE_ROLES = ['document', 'sent', 'received'] as const;

/**
 * The cable's own date — its date line, else its sending, else its receipt — as `1951-10-19` or
 * `1951-10-19 11:35`, with the UTC minutes it can mean when it was read from a mention; of two of one
 * role on one day (a title's date and a signature's), the one with its hour.
 */
function cableDate(mentions: readonly ChronologyMention[], documentDate: { year?: number; month?: number; day?: number } | undefined): { date: string; utc?: CableSummary['utc']; sent?: string } | undefined {
  const own = mentions.filter(m => m.depth === 0 && m.iso && !m.invalid && /^\d{4}/.test(m.iso));
  for (const role of OWN_DATE_ROLES) {
    let found = own.find(m => m.role === role);
    if (!found) continue;
    // an edition's `October 18, 1951` over a signature's `0115, October 18`: the hour says which telegram of the day
    const day = found.iso!;
    if (day.length === 10) found = own.find(m => m.role === role && m.iso!.length > 10 && m.iso!.startsWith(day)) ?? found;
    const date = found.iso!.replace('T', ' ');
    const sending = own.find(m => m.role === 'sent' && m !== found && /^\d{4}-\d{2}-\d{2}/.test(m.iso!));
    const sent = sending ? sending.iso!.replace('T', ' ') : undefined;
    return { date, utc: found.utc, sent: sent !== date ? sent : undefined };
  }
  if (documentDate?.year === undefined) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${documentDate.year}${documentDate.month ? `-${two(documentDate.month)}${documentDate.day ? `-${two(documentDate.day)}` : ''}` : ''}` };
}

/**
 * The own date of a cable that writes no year (`sent at 2350 5 October`), as `--10-05 23:50`, in the
 * roles' order of `cableDate`, with when it was sent when that is another; else its date line's
 * day and month. Citations by date can then still find it (`resolveTelegramReference`).
 */
function yearlessDate(mentions: readonly ChronologyMention[], documentDate: PartialDate | undefined): { date: string; sent?: string } | undefined {
  const own = mentions.filter(m => m.depth === 0 && !m.invalid && yearlessDayOf(m.iso) !== undefined);
  for (const role of OWN_DATE_ROLES) {
    const found = own.find(m => m.role === role);
    if (!found) continue;
    const date = found.iso!.replace('T', ' ');
    const sending = own.find(m => m.role === 'sent' && m !== found);
    const sent = sending ? sending.iso!.replace('T', ' ') : undefined;
    return { date, sent: sent !== date ? sent : undefined };
  }
  if (documentDate?.month === undefined || documentDate.day === undefined) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `--${two(documentDate.month)}-${two(documentDate.day)}` };
}

function after(a: Position, b: Position): Position {
  return a.line > b.line || (a.line === b.line && a.character >= b.character) ? a : b;
}

function firstLineOf(text: string, span: Span): Span {
  const nl = text.slice(span.start, span.end).search(/[\r\n]/);
  return nl < 0 ? span : { start: span.start, end: span.start + nl };
}

function protectionOf(m: EntityMention, brackets: BracketLookup): ProtectedBy | undefined {
  if (m.glossOf !== undefined) return 'gloss';
  return bracketProtection(m.bracket ?? brackets.innermost(m.span)?.kind);
}

function bracketProtection(kind: BracketKind | undefined): ProtectedBy | undefined {
  if (kind === 'pseudonym-gloss' || kind === 'name-normalisation' || kind === 'role-gloss') return 'gloss';
  if (kind === 'transliteration') return 'original';
  return undefined;
}

/**
 * The innermost editorial bracket holding a span — of those holding it, the last in the parser's
 * order (by start, the longer first) — found without reading every bracket before it: each bracket
 * knows the one it sits in, so a lookup climbs from the last bracket that starts before the span.
 * Built once per cable; a long line of names and brackets would otherwise cost names × brackets.
 */
export class BracketLookup {
  /** `parent[i]`: the index of the last bracket before `i` that holds bracket `i`, or -1. */
  private readonly parent: number[] = [];

  constructor(private readonly brackets: readonly EditorialBracket[]) {
    const open: number[] = [];
    brackets.forEach((b, i) => {
      while (open.length && !holds(brackets[open[open.length - 1]!]!.span, b.span)) open.pop();
      this.parent.push(open.length ? open[open.length - 1]! : -1);
      open.push(i);
    });
  }

  innermost(span: Span): EditorialBracket | undefined {
    const { brackets, parent } = this;
    for (let i = partitionPoint(brackets, (b) => b.span.start <= span.start) - 1; i >= 0; i = parent[i]!) {
      if (holds(brackets[i]!.span, span)) return brackets[i];
    }
    return undefined;
  }
}

function holds(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

