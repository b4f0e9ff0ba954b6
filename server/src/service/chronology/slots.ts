/**
 * Where the parser already placed a date: the `when` of header fields, footer items, stamps,
 * messages, signatures and introducers. Each such span is a slot with the role its place gives
 * (`received at 1135 19 October 1951` → received; `MAO ZEDONG 0530 18 October` → the inner
 * telegram's own date), so that the chronology reads roles from the tree, not from the words.
 */
import type { Block, CableDocument, FooterItem, HeaderField, HeaderFieldKind, Message, Stamp } from '../parser/ast';
import type { Span } from '../types';
import { TOLD_RECEIPT } from '../parser/patterns';

export type DateRole =
  | 'sent' | 'received' | 'arrived' | 'transmitted' | 'deciphered' | 'printed' | 'typed' | 'verified'
  | 'document' //  the document's own date (signature/date line, preamble date line, `Today`)
  | 'telegram' //  an inner telegram's own date
  | 'reference' // any other date in the text: another telegram's date, an event
  | 'stamp';

/**
 * Processing step, finer than the role: a forwarding inside Moscow (`Sent to the 8th Department`) is
 * not the sender's transmission; a reader's endorsement under the document (`I agree.` / `I. Stalin`
 * / `14.3.51`) is a reference to the document, dated by its reader; the time a forwarder says the
 * text reached him (`At 0230 28 December Mao Zedong handed me the following telegram`) is `relayed`,
 * not the forwarded text's own date.
 */
export type Stage = DateRole | 'forwarded' | 'endorsement' | 'relayed';

export interface Slot {
  readonly span: Span;
  readonly role: DateRole;
  readonly stage: Stage;
  readonly depth: number;
  readonly refersToMessage?: boolean;
  /** The message whose own date this slot is (its `when`, signature or date part). */
  readonly ownDateOf?: Message;
}

/** What the chronology takes from the tree, in one walk. */
export interface DocumentSlots {
  readonly slots: readonly Slot[];
  /** Every message, outer before inner, in text order. */
  readonly messages: readonly Message[];
  /** Every stamp: top-level blocks and those inside the envelope or a message. */
  readonly stamps: readonly Stamp[];
  /** The cable's own `From ...` field, when the envelope has one. */
  readonly origin?: HeaderField;
  /** The envelope's `documentType` fields (`COPY OF AN OUTGOING TELEGRAM`, `Issuing No. 39`). */
  readonly documentTypes: readonly HeaderField[];
  /** The envelope's `destination` fields: `Destination: PEKING`, `To PYONGYANG`. */
  readonly destinations: readonly HeaderField[];
}

const fieldRole: Partial<Record<HeaderFieldKind, { role: DateRole; stage: Stage }>> = {
  sent: { role: 'sent', stage: 'sent' },
  received: { role: 'received', stage: 'received' },
  arrived: { role: 'arrived', stage: 'arrived' },
  transmitted: { role: 'transmitted', stage: 'transmitted' },
  forwarded: { role: 'transmitted', stage: 'forwarded' },
  deciphered: { role: 'deciphered', stage: 'deciphered' },
  typed: { role: 'typed', stage: 'typed' },
};

function footerRole(item: FooterItem): DateRole | undefined {
  switch (item.kind) {
    case 'sent':
    case 'received':
    case 'transmitted':
    case 'arrived':
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


/**
 * Whether the forwarding sentence's date is when the text reached the forwarder: the sentence that
 * holds the date tells of his receipt, and the date is no citation (`Your telegram of 19 October
 * was conveyed to Kim Il Sung. He handed me a letter` cites the telegram; the letter's receipt is undated).
 */
function toldReceipt(text: string, sentence: Span, when: Span): boolean {
  const line = text.slice(sentence.start, sentence.end);
  const at = when.start - sentence.start;
  const before = line.slice(0, at);
  if (/\b(?:of|dated|from|No\.)\s*$/.test(before)) return false;
  const stop = line.indexOf('. ', when.end - sentence.start);
  return TOLD_RECEIPT.test(line.slice(before.lastIndexOf('. ') + 1, stop < 0 ? line.length : stop));
}

export function slotsOf(doc: CableDocument): DocumentSlots {
  const slots: Slot[] = [];
  const messages: Message[] = [];
  const stamps: Stamp[] = [];
  const documentTypes: HeaderField[] = [];
  let origin: HeaderField | undefined;
  const destinations: HeaderField[] = [];
  const addFields = (fields: readonly HeaderField[], depth: number) => {
    for (const f of fields) {
      if (depth === 0 && f.kind === 'origin') origin ??= f;
      // a date line in the header (`12/11/50` under a Politburo extract's number) is the document's date
      const own: DateRole = depth === 0 ? 'document' : 'telegram';
      const r = f.kind === 'date' ? { role: own, stage: own } : fieldRole[f.kind];
      // without a `when`, the whole field is searched for its date words
      if (r) slots.push({ span: f.when ?? f.span, role: r.role, stage: r.stage, depth });
    }
  };
  // Only a stamp block of its own gives a slot; the date of a stamp inside the envelope or a
  // message (the seed's `Incoming N° ...` under `Copy N° 2`) takes its role from the stamp around it.
  const addStamp = (s: Stamp, slot = false) => {
    stamps.push(s);
    if (slot && s.when) slots.push({ span: s.when, role: 'stamp', stage: 'stamp', depth: 0 });
  };
  const addMessage = (m: Message) => {
    messages.push(m);
    const own: DateRole = m.depth === 0 ? 'document' : 'telegram';
    addFields(m.header, m.depth);
    if (m.when) slots.push({ span: m.when, role: own, stage: own, depth: m.depth, ownDateOf: m });
    // the dates under an endorsement (`I agree with this.` / `I. Stalin` / `14.3.51`) are its reader's,
    // written later and elsewhere: not the document's own
    let endorsed = false;
    for (const p of m.parts) {
      if (p.kind === 'endorsement') endorsed = true;
      const span = p.when ?? (p.kind === 'date' ? p.value : undefined);
      if (!span) continue;
      if (endorsed) slots.push({ span, role: 'reference', stage: 'endorsement', depth: m.depth });
      else slots.push({ span, role: own, stage: own, depth: m.depth, ownDateOf: m });
    }
    for (const t of m.telegrams) {
      const intro = t.introducer;
      if (intro?.when) {
        const relayed = toldReceipt(doc.text, intro.span, intro.when);
        slots.push({ span: intro.when, role: 'reference', stage: relayed ? 'relayed' : 'reference', depth: m.depth, refersToMessage: !relayed });
      }
      addMessage(t);
    }
    for (const s of m.stamps) addStamp(s);
  };
  const visit = (b: Block) => {
    switch (b.kind) {
      case 'envelope':
        for (const f of b.fields) {
          if (f.kind === 'documentType') documentTypes.push(f);
          else if (f.kind === 'destination') destinations.push(f);
        }
        addFields(b.fields, 0);
        for (const s of b.stamps) addStamp(s);
        break;
      case 'message':
        addMessage(b);
        break;
      case 'footer':
        for (const it of b.items) {
          const role = footerRole(it);
          if (role && (it.when || it.kind !== 'copies')) slots.push({ span: it.when ?? it.span, role, stage: role, depth: 0 });
        }
        break;
      case 'stamp':
        addStamp(b, true);
        break;
      default:
        break;
    }
  };
  for (const b of doc.blocks) visit(b);
  const out: { -readonly [K in keyof DocumentSlots]: DocumentSlots[K] } = { slots, messages, stamps, documentTypes, destinations };
  if (origin) out.origin = origin;
  return out;
}
