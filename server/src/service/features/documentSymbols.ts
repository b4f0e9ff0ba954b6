/**
 * The Outline: the blocks of a cable named as a historian would name them —
 * `Cable N° 25025 — Beijing → Moscow, received 1135 19 Oct 1951`,
 * `Telegram: Mao Zedong → Li Kenong, 0530 18 October`, `Deciphered by Fedyaev 1205 19 October`.
 * Ranges cover the block; selection ranges cover its meaningful words.
 */
import { DocumentSymbol, SymbolKind, type Range } from 'vscode-languageserver-types';
import type {
  Block, DistributionList, EditorialNotes, Envelope, Footer, FooterItem, HeaderField, Message, MessagePart, Stamp,
} from '../parser/ast';
import type { ICancellationToken, ITextDocument, Span } from '../types';
import type { AnalysisSource } from '../analysis/analysisCache';
import { addresseeOf, routeOrigin } from '../parser/header';
import { ACT_LABEL, ARCHIVE_CITATION, isDateOnly, CONVERSATION_HEADING, DIARY_HEADING, DISTRIBUTION_HEAD, NOTE_FORMULA, NOTE_HANDED_OVER, NOTE_HEADING, PROTOCOL_EXTRACT, PROTOCOL_NUMBER_RE, RECORDED_BY, SALUTATION, SENT_TO_COMRADES, TOLD_ALOUD, TOLD_RECEIPT } from '../parser/patterns';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import { isRuleLine } from '../analysis/collection';
import { formatMentionValue, mentionAt } from '../chronology';
import { displayName, documentTypeLabel, oneLine, shortWhen, slice } from './labels';
import { rangeOf } from './ranges';
import { trimSpan } from '../spans';

/** Optional details from other features, e.g. a normalised date for a date span (`1951-10-19 11:35 MSK`). */
export interface SymbolDetails {
  describeWhen?(span: Span): string | undefined;
  /** Whether the words name a person and no place: a `To` line's name is then the addressee (`TO FENG XI`), not where the cable went. */
  namesPerson?(span: Span): boolean;
  /** Whom a form of address without his surname names, as the gazetteer reads it: `Dear Iosif Vissarionovich,` is to Stalin. */
  addressedAs?(span: Span): string | undefined;
  /** The people the words name, each once, by the gazetteer's short name: who took part in a recorded conversation. */
  peopleNamed?(span: Span): readonly string[];
}

export class DocumentSymbolProvider {
  /** Each cable's outline in its own lines, kept while its analysis lives: an edit elsewhere in a collection reuses it. */
  private readonly outlines = new WeakMap<DocumentAnalysis, CableOutline>();

  constructor(private readonly analyses: AnalysisSource) {}

  /** `dates: false` leaves out the dates' normalised values, so that only the parse is read (a large document's outline). */
  provideDocumentSymbols(doc: ITextDocument, token: ICancellationToken, dates = true): DocumentSymbol[] {
    const file = this.analyses.get(doc);
    const perCable = file.cables.map(c => {
      let local = this.outlines.get(c.analysis);
      if (!local) {
        local = cableOutline(c.analysis, c.local, token, dates);
        if (token.isCancellationRequested) return { symbols: [], title: '' };
        this.outlines.set(c.analysis, local);
      }
      return c.line === 0 ? local : { symbols: local.symbols.map(s => shiftSymbol(s, c.line)), title: local.title };
    });
    if (token.isCancellationRequested) return [];
    // A file of one cable under an edition's heading (`DOCUMENT 7` / its title) keeps the heading
    // and title as its root, as each cable of a collection does: they are not in the cable's own blocks.
    if (!file.isCollection && !file.cables[0]?.heading) return perCable[0]?.symbols ?? [];
    // A collection file: each cable is a root of its own, named by its heading and its envelope.
    // an editor's note before the first heading (`Editorial note: The documents below ...`, or the edition's
    // title with its bracket, read as a bare text) is no cable, nor counted among them
    const isNote = (c: (typeof file.cables)[number], i: number) => !c.heading && c.analysis.parsed.blocks.length > 0
      && c.analysis.parsed.blocks.every(b => b.kind === 'notes' || b.kind === 'separator' || (i === 0 && (file.cables[1]?.heading !== undefined || fewLines(c.analysis.text)) && isBareText(b)));
    const first = file.cables[0] && isNote(file.cables[0], 0) ? 0 : 1;
    return file.cables.map((c, i) => {
      const notesOnly = isNote(c, i);
      // an edition's heading read as a bare text is its lines, not an empty message
      const children = notesOnly ? (perCable[i]?.symbols ?? []).flatMap(s => isBareMessage(s) ? lineNotes(doc, file.text, s.range) : [s]) : perCable[i]?.symbols ?? [];
      const heading = c.heading ? oneLine(slice(file.text, c.heading)) : notesOnly ? "Editor's note" : `Cable ${i + first}`;
      // The editor's title when there is one, else the cable's own.
      const title = c.title ? oneLine(slice(file.text, c.title)) : perCable[i]?.title ?? '';
      const range = rangeOf(doc, trimSpan(file.text, c.span));
      const selection = c.heading ? rangeOf(doc, c.heading) : children[0]?.selectionRange ?? range;
      return DocumentSymbol.create(title ? `${heading}: ${title}` : heading, notesOnly ? 'editorial' : 'cable', SymbolKind.File, range, selection, children);
    });
  }
}

/** The outline's symbol of a message with nothing in it: `Message`, no detail of its own, no children. */
function isBareMessage(s: DocumentSymbol): boolean {
  return s.name === 'Message' && s.detail === 'message' && !s.children?.length;
}

/** Each line of text within `range`, as a note of the editor's (the first 60 characters of it). */
function lineNotes(doc: ITextDocument, text: string, range: Range): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const end = doc.offsetAt(range.end);
  for (let at = doc.offsetAt(range.start); at < end;) {
    const eol = text.indexOf('\n', at);
    const stop = eol < 0 || eol > end ? end : eol;
    const words = text.slice(at, stop).trim();
    if (words) {
      const from = at + text.slice(at, stop).indexOf(words);
      const r = rangeOf(doc, { start: from, end: from + words.length });
      out.push(DocumentSymbol.create(words.length > 60 ? words.slice(0, 59) + '…' : words, 'note', SymbolKind.String, r, r));
    }
    at = stop + 1;
  }
  return out;
}

/**
 * A research file's heading over its first rule (`Research notes: Pyongyang channel, August 1950` /
 * `=====`): a bare text of three lines at most before the first cable, no cable of its own.
 */
function fewLines(text: string): boolean {
  let lines = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (line.trim() !== '' && !isRuleLine(line, 0, line.length) && ++lines > 3) return false;
  return lines > 0;
}

/** A message with nothing of a cable's in it: no addressee, signature, date or other part, no inner telegram. */
function isBareText(b: DocumentAnalysis['parsed']['blocks'][number]): boolean {
  return b.kind === 'message' && b.parts.length === 0 && b.telegrams.length === 0 && b.header.length === 0 && b.stamps.length === 0;
}

/** A symbol and its children moved down by `lines` lines. */
function shiftSymbol(s: DocumentSymbol, lines: number): DocumentSymbol {
  const shift = (r: Range): Range => ({ start: { line: r.start.line + lines, character: r.start.character }, end: { line: r.end.line + lines, character: r.end.character } });
  return { ...s, range: shift(s.range), selectionRange: shift(s.selectionRange), children: s.children?.map(c => shiftSymbol(c, lines)) };
}

/** Whether the words of a span name a person (or a cover name) and no place: `To KUZNETSOV` is a man, `To PYONGYANG` a place. */
export function namesPersonIn(analysis: DocumentAnalysis): (span: Span) => boolean {
  return (span) => {
    const inside = analysis.entities.mentions.filter(m => m.span.start >= span.start && m.span.end <= span.end);
    return inside.some(m => m.type === 'person' || m.type === 'pseudonym') && !inside.some(m => m.type === 'place');
  };
}

/** The people the words of a span name, each once in order of mention, by the gazetteer's short name (`I.V. STALIN` → `Stalin`). */
export function peopleNamedIn(analysis: DocumentAnalysis): (span: Span) => readonly string[] {
  return (span) => {
    const named = new Set<string>();
    for (const m of analysis.entities.mentions) {
      const person = m.span.start >= span.start && m.span.end <= span.end && m.type === 'person' ? m.resolution.best.entry : undefined;
      if (person) named.add(person.short ?? person.canonical);
    }
    return [...named];
  };
}

/** A given name and patronymic, the polite Russian address that leaves out the surname: `Iosif Vissarionovich`, `Terentii Fomich`. */
const NAME_AND_PATRONYMIC = /^[A-Z][a-z]+\s+[A-Z][a-z]+(?:ovich|evich|ich|ovna|evna|ichna)$/;

/**
 * The person an addressee written as name and patronymic stands for, by the surname the gazetteer
 * gives him (`Dear Iosif Vissarionovich,` → `Stalin`), so that the outline names him as it names
 * `Dear Comrade Stalin!`; undefined for other words, or when the gazetteer does not know the form.
 */
function addressedAsIn(analysis: DocumentAnalysis): (span: Span) => string | undefined {
  return (span) => {
    const written = displayName(slice(analysis.text, span));
    const patronymic = NAME_AND_PATRONYMIC.test(written);
    if (!patronymic && !GIVEN_NAME_ALONE.test(written)) return undefined;
    const mention = analysis.entities.mentions.find(m => m.type === 'person' && m.span.start >= span.start && m.span.end <= span.end);
    const person = mention?.resolution.best.entry;
    if (!person) return undefined;
    if (patronymic) return person.short ?? person.canonical;
    // `Comrade Shaoqi:`, as Mao greets his comrades by the given name: the man by his full name (`Liu
    // Shaoqi`); only a name in pinyin, the surname first (`Comrade Roshchin` is Nikolai Roshchin's surname)
    const words = person.canonical.split(' ');
    return person.system === 'pinyin' && words.length === 2 && words[1] === written && words[0] !== written ? person.canonical : undefined;
  };
}
/** One word of a given name, as a Chinese greeting writes it without the surname: `Shaoqi`, `Enlai`, `Dehuai`. */
const GIVEN_NAME_ALONE = /^[A-Z][a-z]+$/;

/** One cable's outline, and the title a collection gives the cable's root when no editor titled it. */
interface CableOutline {
  readonly symbols: DocumentSymbol[];
  /**
   * The first block's: the envelope's (`Ciphered telegram No. 600934/sh — Pyongyang → Moscow, ...`),
   * or, for a cable printed without one (a letter of an edition: `Comrade Peng Dehuai:` / ... /
   * `Mao Zedong`), its message's who and when (`Mao Zedong → Peng Dehuai, 0600, October 24`), so
   * that the root says more than `Cable 3`. The editor's blocks that head a cable (a web page's
   * title and source, a Chinese original) are passed over; empty when no such block comes first.
   */
  readonly title: string;
}

/** The outline of one cable, in the positions of `doc`. */
function cableOutline(analysis: DocumentAnalysis, doc: ITextDocument, token: ICancellationToken, dates: boolean): CableOutline {
  const parsed = analysis.parsed;
  // Outline details show normalised dates (`1951-10-19 11:35`).
  const details: SymbolDetails = !dates ? {} : {
    describeWhen: (span) => {
      const m = mentionAt(analysis.chronology, span.start);
      // An impossible date (`31 September 1949`) has no normalised value to show; the diagnostic says why.
      return m ? (m.invalid ? 'impossible date' : formatMentionValue(m)) : undefined;
    },
    namesPerson: namesPersonIn(analysis),
    addressedAs: addressedAsIn(analysis),
    peopleNamed: peopleNamedIn(analysis),
  };
  const b = new SymbolBuilder(doc, parsed.text, details);
  const envelope = parsed.blocks.find((x): x is Envelope => x.kind === 'envelope');
  b.editionDate = envelope ? undefined : editionDate(parsed.text, parsed.blocks);
  const message = parsed.blocks.find((x): x is Message => x.kind === 'message');
  const out: DocumentSymbol[] = [];
  let title: string | undefined;
  for (const block of parsed.blocks) {
    if (token.isCancellationRequested) return { symbols: [], title: '' };
    const sym = b.block(block, envelope, message);
    if (!sym || isEmpty(sym.range)) continue;
    out.push(sym);
    if (title === undefined && sym.kind !== SymbolKind.Package) {
      title = block.kind === 'envelope' ? sym.name : block.kind === 'message' ? b.whoAndWhen(block, envelope).title : '';
    }
  }
  return { symbols: out, title: title ?? '' };
}

const FIELD_LABEL: Record<HeaderField['kind'], string> = {
  institution: 'Institution', documentType: 'Document', classification: 'Classification', series: 'Series', part: 'Part',
  special: 'Special', origin: 'From', destination: 'Destination', sent: 'Sent', received: 'Received', arrived: 'Arrived',
  transmitted: 'Transmitted', forwarded: 'Forwarded', deciphered: 'Deciphered', typed: 'Typed', copyNumber: 'Copy', reference: 'Reference',
  addressee: 'Addressee', date: 'Dated', note: 'Note', other: 'Line',
};

const PART_LABEL: Record<MessagePart['kind'], string> = {
  sender: 'From', addressee: 'To', salutation: 'Salutation', closing: 'Closing', signature: 'Signed', date: 'Dated', number: 'Number',
  action: 'Action', introducer: 'Forwarding note', endorsement: 'Endorsement', mandate: 'On behalf of', office: 'Office', place: 'Written at', address: 'Address', enclosure: 'Enclosure', present: 'Present', decision: 'Decision', turn: 'Turn',
};

/**
 * The date line an edition gives under its title (`Telegram, ... on the Exchange of Sick ...` / `March 28, 1953`, or
 * `Peking, March 30, 1953`), in the editor's block heading a text that has no envelope: the date of a text
 * that gives none under its signature.
 */
function editionDate(text: string, blocks: readonly Block[]): Span | undefined {
  const first = blocks.find(x => x.kind !== 'separator');
  if (first?.kind !== 'notes' || first.role !== 'preamble') return undefined;
  for (const item of first.items) {
    const words = slice(text, item).trim();
    // (the place of writing before it, or the edition's parentheses around it: `(October 18, 1953)`)
    const lead = /^(?:[A-Z][\p{L}'’-]+,\s+|\(\s*)/u.exec(words)?.[0] ?? '';
    const date = words.slice(lead.length).replace(/\s*\)$/, '');
    if (isDateOnly(date)) {
      const at = text.indexOf(words, item.start) + lead.length;
      return { start: at, end: at + date.length };
    }
  }
  return undefined;
}

class SymbolBuilder {
  /** The date an edition's title block gives the text under it (`editionDate`). */
  editionDate: Span | undefined;
  constructor(private readonly doc: ITextDocument, private readonly text: string, private readonly details: SymbolDetails) {}

  block(block: Block, envelope: Envelope | undefined, message: Message | undefined): DocumentSymbol | undefined {
    switch (block.kind) {
      case 'envelope': return this.envelope(block, message);
      case 'message': return this.message(block, envelope);
      case 'footer': return this.footer(block);
      case 'stamp': return this.stamp(block);
      case 'notes': return this.notes(block);
      case 'distribution': return this.distribution(block);
      case 'separator': return undefined;
    }
  }

  private envelope(env: Envelope, message: Message | undefined): DocumentSymbol {
    const { title } = describeEnvelope(this.text, env, message, this.details.namesPerson, this.details.peopleNamed);
    const type = env.fields.find(x => x.kind === 'documentType');
    // `From BEIJING No. 2563 21 hours 40`: the number run into the routing line is the sender's own
    const routed = (x: HeaderField) => x.kind === 'documentType' && !x.label
      && env.fields.some(o => o.kind === 'origin' && o.span.end <= x.span.start && !this.text.slice(o.span.end, x.span.start).includes('\n'));
    const children: DocumentSymbol[] = env.fields.map(x => (routed(x) ? this.sendersNumber(x) : this.field(x)));
    if (env.distribution) children.push(this.distribution(env.distribution));
    for (const st of env.stamps) children.push(this.stamp(st));
    children.sort((a, b) => compare(a.range, b.range));
    return this.symbol(title, 'envelope', SymbolKind.Module, env.span, type?.span ?? env.fields[0]?.span ?? env.span, children);
  }

  private field(field: HeaderField): DocumentSymbol {
    const x = field.kind === 'destination' && this.details.namesPerson?.(field.value) ? { ...field, kind: 'addressee' as const } : field;
    const value = oneLine(slice(this.text, x.value));
    const name = x.kind === 'copyNumber' ? `Copy ${oneLine(slice(this.text, x.span)).replace(/^copy\s*/i, '')}`
      : x.kind === 'documentType' || x.kind === 'classification' || x.kind === 'series' || x.kind === 'part' || x.kind === 'other' || x.kind === 'note' ? oneLine(slice(this.text, x.span))
      : `${FIELD_LABEL[x.kind]}: ${x.kind === 'origin' || x.kind === 'destination' || x.kind === 'addressee' ? displayName(value) : value}`;
    return this.symbol(name, this.whenDetail(x.when) ?? FIELD_LABEL[x.kind].toLowerCase(), SymbolKind.Field, x.span, x.value);
  }

  private sendersNumber(x: HeaderField): DocumentSymbol {
    return this.symbol(`Sender's number: ${oneLine(slice(this.text, x.span))}`, "sender's number", SymbolKind.Field, x.span, x.value);
  }

  private message(m: Message, envelope: Envelope | undefined, forwardedTo?: string): DocumentSymbol {
    const { who, when, received, note, to } = this.whoAndWhen(m, envelope, forwardedTo);
    const label = m.depth === 0 ? 'Message' : m.delimitedBy === 'attachment' ? 'Attachment' : note ? 'Note' : this.toldAloud(m) ? 'Oral message' : 'Telegram';
    const title = `${label}${who ? `: ${who}` : ''}${when ? `${who ? ',' : ':'} ${when}` : ''}`;
    const children: DocumentSymbol[] = [
      ...m.header.map(x => this.field(x)),
      ...m.parts.filter(p => p.kind !== 'introducer').map(p => this.part(p, m.parts)),
      ...m.telegrams.map(t => this.message(t, undefined, to)),
      ...m.stamps.map(s => this.stamp(s)),
    ].sort((a, b) => compare(a.range, b.range));
    const kind = m.depth === 0 ? SymbolKind.Namespace : SymbolKind.Event;
    const selection = m.depth === 0 ? (m.parts[0]?.span ?? firstLine(this.text, m.span)) : firstLine(this.text, m.span);
    return this.symbol(title, this.whenDetail(m.when ?? received) ?? (m.depth === 0 ? 'message' : `inner telegram, level ${m.depth}`), kind, m.span, selection, children);
  }

  /**
   * Who sent a message to whom (`Mao Zedong → Peng Dehuai`, `recorded by Roshchin`) and when, as its
   * outline label gives them; `title` joins the two (`Mao Zedong → Peng Dehuai, 0600, October 24`);
   * `note` when the message is a government's diplomatic note, sent by the government it names.
   */
  whoAndWhen(m: Message, envelope: Envelope | undefined, forwardedTo?: string): { who: string; when: string; received?: Span; title: string; note: boolean; to?: string } {
    const note = m.delimitedBy === 'attachment' ? undefined : this.governmentNote(m, envelope);
    const from = m.from ? this.signers(m, this.signerName(m.from)) : note?.from;
    let to = m.to ? this.addressees(m, this.addresseeName(m.to)) : note?.to;
    // `Mao Zedong asked me to relay the following to you:` over a telegram that greets no one: it is for
    // the man the forwarding message goes to
    if (!to && forwardedTo && m.introducer && PASSED_ON_TO_YOU.test(slice(this.text, m.introducer.span))) to = forwardedTo;
    if (!to && m.depth === 0) {
      // (`From BEIJING` / `To FILIPPOV`: the man a destination line names is the addressee, as the envelope shows him)
      const addressee = envelope && (addresseeOf(this.text, envelope.fields) ?? addresseeAsDestination(envelope, this.details.namesPerson)?.value);
      if (addressee) to = displayName(slice(this.text, addressee));
    }
    // a record of conversation is signed by the man who wrote it down
    const recorder = m.parts.find(p => p.kind === 'signature' && this.recordedBy(p));
    const who = recorder && from ? `recorded by ${from}` : from && to ? `${from} → ${to}` : from ? `from ${from}` : to ? `to ${to}` : '';
    // A telegram's date keeps its words as written (`0530 18 October`); without one, when it reached
    // the forwarder, said so (`12.9.51 at 21:30 Beijing time I received the following telegram`).
    const received = !m.when && m.introducer?.when && TOLD_RECEIPT.test(slice(this.text, m.introducer.span)) ? m.introducer.when : undefined;
    // (a published text dated only by the edition's line under its title bears that date)
    const edition = !m.when && !received && m.depth === 0 ? this.editionDate : undefined;
    const when = m.when ? oneLine(slice(this.text, m.when)) : received ? `received ${oneLine(slice(this.text, received))}` : edition ? oneLine(slice(this.text, edition)) : '';
    return { who, when, received: received ?? edition, title: who && when ? `${who}, ${when}` : who || when, note: note !== undefined, to };
  }

  private part(p: MessagePart, all: readonly MessagePart[]): DocumentSymbol {
    let words = oneLine(slice(this.text, p.span)).replace(/^["“„«‘]|["”»“’']$/g, '');
    // the body may go on after a salutation on its line (`“Comrade MAO ZEDONG. We agree ...`): the label is the greeting
    if (p.kind === 'salutation') {
      const greeting = SALUTATION.exec(words)?.[0];
      // not at or before an initial: `Dear Comrade I. V. Stalin:`, `Dear Comrade I.V. Stalin,` are one greeting
      if (greeting && !/^\s*[A-Z]\./.test(words.slice(greeting.length)) && !/(?:^|[\s.])[A-Z]\.$/.test(greeting)) words = greeting;
    }
    const narrower = p.value.end > p.value.start && p.value.end - p.value.start < p.span.end - p.span.start;
    // a number or date that shares its line with a signature is labelled by itself (`ROSHCHIN No. 2781 11.11.50`)
    if ((p.kind === 'number' || p.kind === 'date') && narrower && all.some(q => q !== p && q.span.start === p.span.start)) words = oneLine(slice(this.text, p.value));
    // what a letter encloses is named by its own words: `Enclosure: draft telegram to Malik (3 pages).`
    if (p.kind === 'enclosure' || p.kind === 'present') words = oneLine(slice(this.text, p.value));
    const named = p.kind === 'signature' || p.kind === 'sender' || (p.kind === 'addressee' && narrower);
    const label = p.kind === 'signature' && this.recordedBy(p) ? 'Recorded by' : PART_LABEL[p.kind];
    // a speaker's turn is named by its own words: `Stalin: What does Nehru say?`
    if (p.kind === 'turn') return this.symbol(words.length > 60 ? words.slice(0, 57) + '…' : words, 'turn', SymbolKind.Property, p.span, p.value);
    const name = named ? `${label}: ${this.signerName(p.value)}${p.when ? ` ${oneLine(slice(this.text, p.when))}` : ''}`
      : `${PART_LABEL[p.kind]}: ${words.length > 60 ? words.slice(0, 57) + '…' : words}`;
    return this.symbol(name, this.whenDetail(p.when) ?? p.kind, SymbolKind.Property, p.span, p.value);
  }

  /**
   * The sender with his co-signers (`(A. Vyshinsky) (A. Vasilevsky)`): `A. Vyshinsky and A. Vasilevsky`,
   * or `Peng Dehuai and 5 others` for a joint command's six.
   */
  private signers(m: Message, first: string): string {
    const signed = m.parts.filter(p => p.kind === 'signature' && p.value.end > p.value.start).sort((a, b) => a.span.start - b.span.start);
    const at = signed.findIndex(p => p.value.start === m.from!.start);
    if (at < 0) return first;
    let last = at;
    while (last + 1 < signed.length && this.signTogether(signed[last]!, signed[last + 1]!, m.parts)) last++;
    const names: string[] = [];
    const surnames = new Set<string>();
    for (const p of signed.slice(at, last + 1)) {
      const name = displayName(slice(this.text, p.value));
      const surname = name.split(/\s+/).pop()!.toLowerCase();
      if (!surnames.has(surname)) names.push(name);
      surnames.add(surname);
    }
    return names.length === 1 ? first : names.length === 2 ? `${names[0]} and ${names[1]}` : `${names[0]} and ${names.length - 1} others`;
  }

  /**
   * Two signatures of one signing: on one line (`(A. Vyshinsky) (A. Vasilevsky)`), or stacked on
   * adjacent lines, in capitals (`KIM IL SUNG` / `PAK HEON-YEONG`) or with initials in normal case
   * (`A. Vyshinsky` / `A. Vasilevsky`, as a joint memorandum signs).
   */
  /** How an addressee is named in a label: as the analysis reads him (`FENG XI [Stalin]`), else as written. */
  private addresseeName(span: Span): string {
    return this.details.addressedAs?.(span) ?? displayName(slice(this.text, span));
  }

  /**
   * The addressee with those addressed beside him, each on his own `To` line right under the one
   * before (`To Comrade Mao Zedong` / `To Comrade Kim Il Sung`): `Mao Zedong and Kim Il Sung`, or
   * `Mao Zedong and 2 others`, as `signers` names a joint signature.
   */
  private addressees(m: Message, first: string): string {
    const lines = m.parts.filter(p => p.kind === 'addressee' && p.value.end > p.value.start).sort((a, b) => a.span.start - b.span.start);
    const at = lines.findIndex(p => p.value.start === m.to!.start);
    if (at < 0) return first;
    let last = at;
    // (a line of a stacked addressee without a `To`, such as `The Council of Ministers,`, is no second one)
    const under = (a: MessagePart, b: MessagePart) => /^[ \t]*\r?\n[ \t]*$/.test(this.text.slice(a.span.end, b.span.start)) && /^To\s/i.test(slice(this.text, b.span));
    while (last + 1 < lines.length && under(lines[last]!, lines[last + 1]!)) last++;
    if (last === at) return first;
    return last === at + 1 ? `${first} and ${this.addresseeName(lines[last]!.value)}` : `${first} and ${last - at} others`;
  }

  private signTogether(a: MessagePart, b: MessagePart, parts: readonly MessagePart[]): boolean {
    // the first signer's office may stand between them (`KIM IL SUNG` / `Chairman of the Cabinet` / `PAK HON YONG`)
    const office = parts.find(p => p.kind === 'office' && p.span.start >= a.span.end && p.span.end <= b.span.start);
    const gaps = office ? [this.text.slice(a.span.end, office.span.start), this.text.slice(office.span.end, b.span.start)] : [this.text.slice(a.span.end, b.span.start)];
    if (!office && !gaps[0]!.includes('\n')) return true;
    // (under an office a blank line may part the next signer: `Kim Il Sung` / his office / blank / `Peng Dehuai`)
    // (or over the next signer, a blank line parting the blocks: `G. MALENKOV` / blank / his office / `V. MOLOTOV`)
    const line = /^[ \t]*\r?\n[ \t]*$/;
    const blank = /^[ \t]*(?:\r?\n[ \t]*){1,2}$/;
    const stacked = office ? (line.test(gaps[0]!) && blank.test(gaps[1]!)) || (blank.test(gaps[0]!) && line.test(gaps[1]!)) : line.test(gaps[0]!);
    // (the editor's gloss is not the signer's: `PAK HEON-YEONG [Pak Hon Yong]` is in capitals)
    const caps = (p: MessagePart) => { const s = slice(this.text, p.value).replace(/\s*\[[^\]]*\]/g, ''); return s === s.toUpperCase() && /\p{Lu}/u.test(s); };
    // `A. Vyshinsky`: an initial before the surname marks a signer's name, not a word of the text
    const initialled = (p: MessagePart) => /^(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}/u.test(slice(this.text, p.value));
    // `Zhou Enlai` / `Nie Rongzhen`: two names of the gazetteer's people, one under the other
    const known = (p: MessagePart) => this.details.namesPerson?.(p.value) === true;
    // (not across the close of a quotation: `Zhou Enlai.”` / `2.8.52 ROSHCHIN` are the quoted signer and the forwarder)
    const quoteCloses = /["”»]/.test(this.text.slice(a.value.end, b.span.start));
    return stacked && ((caps(a) && caps(b)) || (initialled(a) && initialled(b)) || (known(a) && known(b) && !quoteCloses));
  }

  /** A signer's name as shown; one the edition left out (`Recorded by [...]`) keeps the editor's mark. */
  private signerName(span: Span): string {
    return displayName(slice(this.text, span)) || oneLine(slice(this.text, span));
  }

  /**
   * A government's diplomatic note, quoted or relayed in a cable (or printed on its own), and the governments it
   * names: headed as one (`NOTE OF THE SOVIET GOVERNMENT TO THE GOVERNMENT OF THE UNITED STATES`, over the message
   * or in the paper's envelope, there perhaps over two lines: `NOTE` / `of the Soviet Government to ...`), opening with its
   * formula (`The Soviet Government considers it necessary to state the following:`) or handed over as one (`hand him
   * the following note of the Soviet Government:`). Undefined for any other text.
   */
  private governmentNote(m: Message, envelope: Envelope | undefined): { from: string; to?: string } | undefined {
    // (a heading or a formula is short: a long first line, as of a text that lost its line breaks, is read from its start only)
    const first = firstLine(this.text, m.span);
    const opening = oneLine(this.text.slice(first.start, Math.min(first.end, first.start + 240)));
    // the paper's heading above the message, over two lines (`NOTE` / `of the Soviet Government to the Government of ...`)
    const heading = m.depth === 0 ? envelope?.fields.find(f => f.kind === 'documentType' && f.label) : undefined;
    const named = (heading && NOTE_HEADING.exec(oneLine(slice(this.text, heading.span)))) ?? NOTE_HEADING.exec(opening) ?? NOTE_FORMULA.exec(opening) ?? (m.introducer ? NOTE_HANDED_OVER.exec(oneLine(slice(this.text, m.introducer.span))) : null);
    if (!named) return undefined;
    const { from, to } = named.groups!;
    return { from: displayName(from!), ...(to ? { to: displayName(to) } : {}) };
  }

  /** A quoted text the envoy is to say, not hand over (`... keeping strictly to the following text, tell them:`): no telegram. */
  private toldAloud(m: Message): boolean {
    return m.delimitedBy === 'quotes' && m.introducer !== undefined && TOLD_ALOUD.test(oneLine(slice(this.text, m.introducer.span)));
  }

  /** `Recorded by Cde. N. Fedorenko`: a signature that names who wrote a conversation down. */
  private recordedBy(p: MessagePart): boolean {
    return RECORDED_BY.test(oneLine(slice(this.text, p.span)));
  }

  private footer(footer: Footer): DocumentSymbol {
    const first = footer.items.find(i => i.kind === 'deciphered') ?? footer.items[0];
    const title = first ? this.itemTitle(first) : 'Processing';
    // a list of copies in the footer (`Distribution list - 5 copies: Stalin - 2, ...`) shows its names, as the envelope's does
    const listed = footer.distribution && footer.items.find(i => i.kind === 'copyTo' && (DISTRIBUTION_HEAD.test(this.itemTitle(i)) || SENT_TO_COMRADES.test(this.itemTitle(i))));
    const children = footer.items.map(i => i === listed ? this.distribution(footer.distribution!)
      : this.symbol(this.itemTitle(i), this.whenDetail(i.when) ?? i.kind, SymbolKind.Property, i.span, i.who ?? i.verb));
    return this.symbol(title, 'processing footer', SymbolKind.Struct, footer.span, first?.span ?? footer.span, children);
  }

  private itemTitle(i: FooterItem): string {
    return oneLine(slice(this.text, i.span)).replace(/\s*\[signature\]\s*/g, ' ').trim();
  }

  private stamp(s: Stamp): DocumentSymbol {
    // `[Stamp: Secret]`, and `[stamp:] Secret` with the editor's word alone in the bracket
    const body = oneLine(slice(this.text, s.span)).replace(/^\[\s*stamp\s*:\s*\]?\s*/i, '').replace(/\]$/, '');
    const inc = s.incomingNumber ? `Incoming ${slice(this.text, s.incomingNumber)}${s.when ? ` ${oneLine(slice(this.text, s.when))}` : ''}` : undefined;
    const title = `Stamp: ${inc ?? (body.length > 50 ? body.slice(0, 49) + '…' : body)}`;
    return this.symbol(title, s.closed ? 'stamp' : 'stamp (unclosed)', SymbolKind.Key, s.span, s.incomingNumber ?? firstLine(this.text, s.span));
  }

  private notes(n: EditorialNotes): DocumentSymbol {
    const children = n.items.map(i => {
      const words = oneLine(slice(this.text, i));
      return this.symbol(words.length > 60 ? words.slice(0, 59) + '…' : words, 'note', SymbolKind.String, i, i);
    });
    // (the editor's block over a text that holds only where the text was found, `[Source: AVP RF, f. 07, ...]`, has no title to name)
    const sourceOnly = n.role === 'preamble' && sourcesOnly(n.items.map(i => oneLine(slice(this.text, i))));
    const title = sourceOnly ? 'Source' : n.role === 'preamble' ? 'Title and source' : n.role === 'original' ? 'Chinese original' : "Editor's notes";
    return this.symbol(title, n.role === 'original' ? 'original text' : 'editorial', SymbolKind.Package, n.span, n.items[0] ?? n.span, children);
  }

  private distribution(d: DistributionList): DocumentSymbol {
    // One name per recipient, with its copies summed: the seed's `o Cde. Stalin` and `Stalin` lines read `Stalin ×2`.
    const perRecipient = new Map<string, number>();
    for (const e of d.entries) {
      const name = displayName(slice(this.text, e.recipient));
      perRecipient.set(name, (perRecipient.get(name) ?? 0) + e.copies);
    }
    const names = [...perRecipient].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name));
    const copies = d.entries.reduce((n, e) => n + e.copies, 0);
    const title = `Distribution: ${names.join(', ')}`;
    const children = d.entries.map(e => this.symbol(oneLine(slice(this.text, e.span)), 'copy', SymbolKind.Field, e.span, e.recipient));
    return this.symbol(title.length > 90 ? title.slice(0, 89) + '…' : title, `${copies} ${copies === 1 ? 'copy' : 'copies'}${d.statedCount ? ` (stated ${d.statedCount})` : ''}`, SymbolKind.Array, d.span, d.entries[0]?.recipient ?? d.span, children);
  }

  private whenDetail(when: Span | undefined): string | undefined {
    return when ? this.details.describeWhen?.(when) : undefined;
  }

  private symbol(name: string, detail: string, kind: SymbolKind, span: Span, selection: Span, children?: DocumentSymbol[]): DocumentSymbol {
    const range = rangeOf(this.doc, trimSpan(this.text, span));
    let sel = rangeOf(this.doc, selection);
    // The selection range must lie inside the range.
    if (compare(sel, range) < 0 || after(sel.end, range.end)) sel = { start: range.start, end: range.start };
    // A block of blank characters only (an attachment that is a form feed) trims to an empty range
    // at its end, which may lie past its parent's last written character: it is no entry of the outline.
    return DocumentSymbol.create(name || '(untitled)', detail, kind, range, sel, children?.filter(c => !isEmpty(c.range)));
  }
}

/** An editor's line saying where the text was found or who translated it: `[Source: AVP RF, f. 07, op. 23a, ...]`, `APRF, f. 45, op. 1, d. 329`, `Translated by Danny Rozas.` */
function isSourceLine(words: string): boolean {
  return /^\[?\s*(?:Sources?|Archive)\s*:|^\[?\s*Translat(?:ed|ion) (?:by|from)\s/i.test(words) || ARCHIVE_CITATION.test(words);
}

/** Whether the lines are source notes and nothing else, a bracket's later lines (`[Source: Archive of the President,` / `fond 45, opis 1.]`) its own. */
function sourcesOnly(lines: readonly string[]): boolean {
  let open = 0;
  for (const words of lines) {
    if (open <= 0 && !isSourceLine(words)) return false;
    for (const c of words) open += c === '[' ? 1 : c === ']' ? -1 : 0;
  }
  return lines.length > 0;
}

const isEmpty = (r: Range): boolean => r.start.line === r.end.line && r.start.character === r.end.character;

/** What an envelope says of its cable: the outline's title and the parts the corpus index keeps. */
export interface EnvelopeDescription {
  /** `Cable N° 25025 — Beijing → Moscow, received 1135 19 Oct 1951` */
  readonly title: string;
  /** The number as written after its sign: for `CABLE N° 25025` this is `25025`; for `No. 1522/sh` `1522/sh`. */
  readonly number?: string;
  /** Origin and destination as the title names them: `Beijing`, `Moscow`. */
  readonly from?: string;
  readonly to?: string;
}

/**
 * The organ whose protocol an extract records: the Presidium when its envelope names it or the
 * party by its name from October 1952 (`CPSU CC`), else the Politburo.
 */
function protocolOrgan(text: string, env: Envelope): string {
  // the party's name on the letterhead, or the meeting's in the extract's heading (`... of the Presidium of the CC CPSU`)
  return env.fields.some(x => (x.kind === 'institution' && /presidium|\bCPSU\b|Communist Party of the Soviet Union/i.test(slice(text, x.span)))
    || (x.kind === 'note' && PROTOCOL_EXTRACT.test(slice(text, x.span)) && /\bPresidium\b/i.test(slice(text, x.span)))) ? 'Presidium' : 'Politburo';
}

/** Fields only a cable's envelope has: where it came from or went, its times, the cipher office's marks. */
const CIPHER_FIELDS: ReadonlySet<HeaderField['kind']> = new Set<HeaderField['kind']>([
  'origin', 'destination', 'sent', 'received', 'arrived', 'transmitted', 'forwarded', 'deciphered', 'typed', 'copyNumber', 'series', 'reference',
]);

/** A ministry on a letterhead (`MFA USSR`, `War Ministry of the USSR`), not its cipher department (`Tenth Department`). */
const MINISTRY = /^(?:MFA|MID)\b|\bministry\b/i;

/**
 * The ministries of a joint note, which an envelope without a type word heads when two of them are stacked
 * on its letterhead, with its secrecy or number under them and no route, time or cipher office's mark
 * (`MFA USSR` / `Ministry of War USSR` / `Special no. 81/III`, CABLE-FORMAT §1); empty for a cable, and for
 * a damaged one whose other header lines were lost into its text. One ministry alone may head either its
 * note to a leader or its outgoing cable to an ambassador (`MFA USSR` / `To Cde. Roshchin.`): a cable.
 */
function jointNoteOffices(text: string, env: Envelope): readonly HeaderField[] {
  if (env.fields.some(x => CIPHER_FIELDS.has(x.kind))) return [];
  const offices = env.fields.filter(x => x.kind === 'institution');
  const ministries = offices.every(x => MINISTRY.test(slice(text, x.value)));
  return offices.length > 1 && ministries && offices.length < env.fields.length ? offices : [];
}

/** The label of a memorandum's subject line: `Subject: On the visit of Mao Zedong`, `Re: Statements of Liu Shaoqi ...`. */
const SUBJECT_LABEL = /^(?:Subject|SUBJECT|Re|RE)\s*:/;

/**
 * Whether a paper with no heading is a memorandum by its labelled header: who wrote it (`From: A. Gromyko`),
 * the man it is for (`To: Comrade V. M. Molotov`) and its subject (`Subject: On the statement of Zhou Enlai`),
 * with no route, time or cipher office's mark. Without a subject line a `From:` / `To:` header may be
 * a cable's, and stays one.
 */
function isLabelledMemorandum(text: string, env: Envelope): boolean {
  if (env.fields.some(x => x.kind !== 'origin' && x.kind !== 'reference' && CIPHER_FIELDS.has(x.kind))) return false;
  const origin = routeOrigin(text, env.fields);
  return origin !== undefined && /^From\s*:/i.test(slice(text, origin.span))
    && env.fields.some(x => x.kind === 'addressee' && /^To\s*:/i.test(slice(text, x.span)))
    && env.fields.some(x => x.kind === 'note' && SUBJECT_LABEL.test(slice(text, x.span)));
}

/** A type line that only says which way the cable went: `Incoming`, `OUTGOING.` */
const BARE_DIRECTION = /^(?:Incoming|INCOMING|Outgoing|OUTGOING)\.?$/;

/** The one place the envelope's title is made: the outline and the corpus index both read it. */
export function describeEnvelope(
  text: string, env: Envelope, message: Message | undefined, namesPerson?: (span: Span) => boolean, peopleNamed?: (span: Span) => readonly string[],
): EnvelopeDescription {
  const f = (kind: HeaderField['kind']) => env.fields.find(x => x.kind === kind);
  // the paper's kind names it, wherever its line stands: `No. 312/gs` / `Top Secret` / `MEMORANDUM` is a memorandum numbered 312/gs
  // (a bare `Incoming` or `Outgoing` over `CIPHERED TELEGRAM No. 1412` says which way it went: the telegram's line names it)
  const labelled = env.fields.filter(x => x.kind === 'documentType' && x.label);
  const type = labelled.find(x => !BARE_DIRECTION.test(slice(text, x.span))) ?? labelled[0] ?? f('documentType');
  // an extract without a protocol number is named by its heading (`Extract from Protocol No. 4 of the Meeting of ...`)
  const offices = jointNoteOffices(text, env);
  const kind = offices.length ? 'Joint note' : !type && isLabelledMemorandum(text, env) ? 'Memorandum' : 'Cable';
  // (an extract from a government's resolution, `Extract from the Resolution of the Council of Ministers ...`, is named as one;
  // a party organ's decision is a protocol's item)
  const extract = type ? undefined : env.fields.find(x => x.kind === 'note' && PROTOCOL_EXTRACT.test(slice(text, x.span)));
  let title = extract ? (/^\S+\s+(?:from\s+)?(?:the\s+)?resolution\b/i.test(slice(text, extract.span)) ? 'Resolution extract' : 'Protocol extract') : kind;
  let numbered: string | undefined;
  if (type) {
    // `# P78/131`: item 131 of the Politburo's protocol 78, as its extracts are numbered
    // (after October 1952 the Politburo was the Presidium: `CPSU CC` / `Presidium` / `# P3/19`)
    const label = type.label ? documentTypeLabel(slice(text, type.label)) : PROTOCOL_NUMBER_RE.test(slice(text, type.value)) ? `${protocolOrgan(text, env)} protocol` : kind;
    const rest = type.label ? oneLine(text.slice(type.label.end, type.value.end)) : oneLine(slice(text, type.span));
    title = type.label && type.value.start === type.label.start ? label : `${label} ${rest}`.trim();
    if (!(type.label && type.value.start === type.label.start)) numbered = rest;
  }
  // An unnumbered type line takes the number written on a line of its own (`PRIORITY CABLE` / `No. 1522/sh`);
  // a cable without one, the number under its signature (`No. 3341`, `No. 201-gi`): an outgoing cable's,
  // a covering note's, and an incoming cable's that the receiving office did not number (the General
  // Staff's `CIPHERED TELEGRAM` / `FROM: PYONGYANG` signed `No. 1476/sh T. SHTYKOV`), whose only number
  // is then the sender's, the one replies cite (`my telegram #1476/sh dated 14 October`).
  const unnumbered = !type || (type.label !== undefined && type.value.start === type.label.start);
  const own = env.fields.find(x => x.kind === 'documentType' && x !== type && !x.label);
  const signed = unnumbered ? signedNumberAsWritten(text, message) : undefined;
  if (unnumbered && own) title += ` ${(numbered = handwrittenAsWritten(oneLine(slice(text, own.span))))}`;
  else if (unnumbered && signed) title += ` ${(numbered = signed)}`;
  const origin = routeOrigin(text, env.fields);
  // a bare cover name under `FROM: PYONGYANG` is the addressee, not where the cable went
  const dest = addresseeAsDestination(env, namesPerson) ? undefined : f('destination');
  const received = f('received') ?? f('arrived');
  const sent = f('sent');
  // `To KUZNETSOV` under Terebin's number names a man, and with no routing times to say so the cable
  // need not have gone from Moscow; a cable its label calls outgoing did
  const outgoing = env.fields.some(x => x.kind === 'documentType' && x.label && /outgoing|issuing/i.test(slice(text, x.label)));
  const toMan = dest !== undefined && namesPerson?.(dest.value) === true && !outgoing && !sent && !received;
  const destName = dest ? displayName(slice(text, dest.value)) : undefined;
  // a cable to Moscow did not come from it: with no origin line it came from where its sender wrote it
  // (`MOSCOW, MFA – to Cde. MOLOTOV` over a report signed `T. SHTYKOV` / `Seoul`), or from a place unsaid
  const writtenAt = message?.parts.find(p => p.kind === 'place');
  const toMoscow = destName?.toLowerCase() === 'moscow';
  const from = origin ? displayName(slice(text, origin.value))
    : dest && !toMan ? (!toMoscow ? 'Moscow' : writtenAt ? displayName(slice(text, writtenAt.value)) : undefined) : undefined;
  // a memorandum's labelled lines (`From: Head of the Far Eastern Department I. Tugarinov` / `To: Cde. A. A. Gromyko`)
  // say whom it went to, and no city: the paper was no cipher traffic to Moscow
  const memoTo = !dest && !received && !sent && origin && /^From\s*:/i.test(slice(text, origin.span))
    ? env.fields.find(x => x.kind === 'addressee' && /^To\s*:/i.test(slice(text, x.span))) : undefined;
  const to = memoTo ? displayName(slice(text, memoTo.value))
    : dest
    ? destName
    // Incoming cipher traffic of these archives went to Moscow unless the cable says otherwise;
    // a cable from Moscow went out, to a place its header does not give
    // (a letter's dateline, `Pyongyang, 14 September 1950`, says where it was written, not where it went)
    : received?.who ? displayName(slice(text, received.who)) : from && from.toLowerCase() !== 'moscow' && !(origin && isPlaceOfWriting(text, env, origin)) ? 'Moscow' : undefined;
  const participants = peopleNamed && type?.label && CONVERSATION_HEADING.test(slice(text, type.label)) ? conversationParticipants(text, env, type, peopleNamed) : [];
  // a record is named by who spoke; the place on its date line (`Moscow, 10 April 1950`) is where, not a route
  const issuer = type?.label && ACT_LABEL.test(slice(text, type.label)) ? f('institution') : undefined;
  if (participants.length) title += ` — ${participants.length > 2 ? `${participants.slice(0, -1).join(', ')} and ${participants.at(-1)}` : participants.join(' and ')}`;
  // a government's act is named by the body that passed it, not by a route it never travelled
  else if (issuer) title += ` — ${displayName(slice(text, issuer.value))}`;
  // a joint note is named by the ministries that wrote it
  else if (offices.length && title.startsWith(kind)) title += ` — ${offices.map(x => displayName(slice(text, x.value))).join(' and ')}`;
  else if (from && to) title += ` — ${from} → ${to}`;
  else if (from) title += ` — from ${from}`;
  else if (to) title += ` — to ${to}`;
  // An outgoing cable's `received` is when the cipher office got the text: name it by its sending.
  if (sent?.when && (env.layout === 'outgoing' || !received?.when)) title += `, sent ${shortWhen(slice(text, sent.when))}`;
  else if (received?.when) title += `, ${received.kind} ${shortWhen(slice(text, received.when))}`;
  else {
    // no routing time: the date line of the envelope (`9 October 1950   14.35`, a Politburo extract's `30/9/50`);
    // a record's, the day under its heading, not the day its diary entry was written above it
    const datedField = (x: HeaderField) => (x.kind === 'date' || x.kind === 'documentType') && x.when !== undefined;
    const heading = participants.length && type ? env.fields.indexOf(type) : -1;
    const dated = (heading >= 0 ? env.fields.slice(heading).find(datedField) : undefined) ?? env.fields.find(datedField);
    if (dated?.when) title += `, ${shortWhen(slice(text, dated.when))}`;
  }
  return { title, number: numberOf(numbered), from, to };
}

/**
 * The fields that say a paper went by wire: where it went and when it was sent, handed in or came (not the cipher
 * office's own marks of `CIPHER_FIELDS`, which a letter copied into a cable bears too).
 */
const ROUTING: ReadonlySet<HeaderField['kind']> = new Set<HeaderField['kind']>(['sent', 'received', 'arrived', 'transmitted', 'destination']);

/**
 * Whether the origin is a letter's place of writing: its date follows it on its line or the next
 * (`Pyongyang, 14 September 1950`, `Moscow, the Kremlin, 12 March 1950`, `Moscow` / `12 March 1950`), or it
 * stands under the paper's date (`27 July 1953` / `Pyongyang`), and no routing line says when the paper was sent or came.
 */
function isPlaceOfWriting(text: string, env: Envelope, origin: HeaderField): boolean {
  if (env.fields.some(x => ROUTING.has(x.kind))) return false;
  // (a comma between the place and the date on their line, or the place alone over the date: `From BEIJING` over
  // a date, and a telegraph's `PYONGYANG 31 AUG 46 1430`, where the telegram was handed in, are routing)
  if (/^(?:From|FROM|from)\b/.test(slice(text, origin.span))) return false;
  return env.fields.some(x => x.kind === 'date' && x.span.start >= origin.span.end && /^(?:,[^\n\d]*|[ \t]*\r?\n[ \t]*)$/.test(text.slice(origin.span.end, x.span.start)))
    // (or the place of issue under a paper's date: `ORDER` / `27 July 1953` / `Pyongyang`)
    || env.fields.some(x => x.kind === 'date' && x.span.end <= origin.span.start && /^[ \t]*\r?\n[ \t]*$/.test(text.slice(x.span.end, origin.span.start)));
}

/**
 * Who spoke in a recorded conversation, as its heading says: the people named on the heading's
 * line (`RECORD OF CONVERSATION BETWEEN COMRADE I.V. STALIN AND ... MAO ZEDONG`) and on the lines
 * that carry it on (`with the Minister of Foreign Affairs` / `of the PRC Zhou Enlai`), after the
 * owner of the diary it comes from (`From the Diary of N.V. ROSHCHIN`). Those merely present
 * (`Present: Cdes. Molotov, ...`) and the editor's notes are not among them.
 */
function conversationParticipants(text: string, env: Envelope, heading: HeaderField, peopleNamed: (span: Span) => readonly string[]): string[] {
  const spans: Span[] = env.fields.filter(f => f.kind === 'note' && DIARY_HEADING.test(slice(text, f.span))).map(f => f.span);
  spans.push(heading.span);
  let end = heading.span.end;
  for (const f of env.fields.slice(env.fields.indexOf(heading) + 1)) {
    // on the next line, with no label of its own (`Present:`) and no editor's bracket
    if (f.kind !== 'note' || !NEXT_LINE.test(text.slice(end, f.span.start)) || /^(?:\[|[A-Z][a-z]+(?: [a-z]+)?:)/.test(slice(text, f.span))) break;
    spans.push(f.span);
    end = f.span.end;
  }
  return [...new Set(spans.flatMap(peopleNamed))];
}

/** What lies between the end of a line's words and the start of the next line's. */
const NEXT_LINE = /^[ \t]*\r?\n[ \t]*$/;

/**
 * The destination line of an incoming cable when it names a man and no place: under `FROM:
 * PYONGYANG`, a bare `FENG XI` (Stalin's cover name, without the gloss that would make it read as
 * an addressee) is the man the cable is for, and the cable went where incoming traffic went.
 */
/**
 * A forwarding sentence that passes a text on at its author's request to the man it is written to:
 * `Chairman Mao Zedong asked me to relay the following to you`, `Zhou Enlai asks to transmit to you:`.
 * (`I am sending you a telegram received from Peng Dehuai` says nothing of whom the telegram greets.)
 */
const PASSED_ON_TO_YOU = /\bask(?:s|ed)\s+(?:me\s+|us\s+)?to\s+(?:relay|transmit|pass(?:\s+on)?|convey|forward|send)\b[^.;]{0,60}?\bto\s+you\b/i;

export function addresseeAsDestination(env: Envelope, namesPerson: ((span: Span) => boolean) | undefined): HeaderField | undefined {
  if (env.layout !== 'incoming' || !namesPerson || !env.fields.some(x => x.kind === 'origin')) return undefined;
  const dest = env.fields.find(x => x.kind === 'destination');
  return dest && namesPerson(dest.value) ? dest : undefined;
}

/**
 * The number under a message's signature, written with its sign (`No. 3341`, `Nº [handwritten:
 * 412/ag]` as `Nº 412/ag`): the sender's own. A bare number line is left alone (it may be anything).
 */
function signedNumberAsWritten(text: string, message: Message | undefined): string | undefined {
  const signed = message?.parts.find(p => p.kind === 'number' && p.value.start > p.span.start);
  return signed ? handwrittenAsWritten(oneLine(text.slice(signed.span.start, signed.value.end))) : undefined;
}

/**
 * The number of a cable without an envelope, the usual Chinese-side telegram (`MAO ZEDONG` /
 * `No. 4712` / `19 October 1950`): the one under its signature, without its sign (`4712`). Replies cite it.
 */
export function signedNumberOf(text: string, message: Message | undefined): string | undefined {
  return numberOf(signedNumberAsWritten(text, message));
}

/** `Nº [handwritten: 412/ag] [signature]` → `Nº 412/ag`: the number as the clerk wrote it in. */
function handwrittenAsWritten(written: string): string {
  return written.replace(/\[handwritten:\s*([^\]]*?)\s*\]?(?=\s|$)/, '$1').replace(/\s*\[signature\]/g, '');
}

/** `N° 25025` → `25025`; `No. 1522/sh` → `1522/sh`; `#201-gi` → `201-gi`; words without a number → undefined. */
function numberOf(written: string | undefined): string | undefined {
  const m = written && /(?:N[°ºo]\.?|Nr\.?|#|№)\s*([0-9][\w/.-]*\w|[0-9])/i.exec(written);
  if (m) return m[1];
  const bare = written && /^\s*([0-9][\w/-]*)\s*$/.exec(written);
  return bare ? bare[1] : undefined;
}

function firstLine(text: string, span: Span): Span {
  const s = trimSpan(text, span);
  const nl = text.slice(s.start, s.end).search(/[\r\n]/);
  return nl < 0 ? s : { start: s.start, end: s.start + nl };
}

function compare(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

function after(a: Range['end'], b: Range['end']): boolean {
  return a.line > b.line || (a.line === b.line && a.character > b.character);
}

