/**
 * What entity recognition needs to know about a document besides its text: its date (from
 * the chronology) and its channel — the offices, places and relaying persons of its envelope
 * and messages (`PEKING`, `Terebin`, `MFA USSR`), against which cover names are resolved.
 */
import type { CableDocument, Message } from '../parser/ast';
import type { ChronologyResult } from '../chronology';
import { PROCESSING_LINE_CUE, type DatedText, type EntityContext } from '../entities';
import type { PartialDate } from '../types';

/**
 * `dateHint`, the date an editor gives the cable outside its text, dates it when its text does not;
 * `glosses`, the cover names the editor glosses there, count as the text's own glosses.
 */
export function entityContextOf(
  parsed: CableDocument, chronology: ChronologyResult, dateHint?: PartialDate, glosses?: ReadonlyMap<string, ReadonlySet<string>>,
): EntityContext {
  const text = parsed.text;
  const channels: string[] = [];
  // where the sender's words begin (after the envelope, which the receiving office wrote), and the place they were sent from
  let place: string | undefined;
  let placeSpan: { start: number; end: number } | undefined;
  let from = 0;
  const personSlots: { span: { start: number; end: number }; cue: string }[] = [];
  const slot = (span: { start: number; end: number } | undefined, cue: string) => {
    if (span && span.end > span.start) personSlots.push({ span, cue });
  };
  const add = (span: { start: number; end: number } | undefined) => {
    if (span && span.end > span.start) channels.push(text.slice(span.start, span.end));
  };
  const speakers: { span: { start: number; end: number }; name: string }[] = [];
  const message = (m: Message) => {
    add(m.from);
    add(m.to);
    m.header.forEach(f => add(f.value));
    m.parts.forEach((p, i) => {
      if (p.kind in SLOT_CUES) slot(p.value, SLOT_CUES[p.kind]!);
      // a speaker's words run to the next part: his next turn's, another speaker's, the signature
      if (p.kind === 'turn') speakers.push({ span: { start: p.span.start, end: m.parts[i + 1]?.span.start ?? m.span.end }, name: text.slice(p.value.start, p.value.end) });
    });
    m.telegrams.forEach(message);
  };
  for (const block of parsed.blocks) {
    if (block.kind === 'envelope') {
      if (from === 0) from = block.span.end;
      for (const f of block.fields) {
        if (['institution', 'origin', 'destination', 'addressee', 'received'].includes(f.kind)) add(f.kind === 'received' ? f.who : f.value);
        if (f.kind === 'origin' && place === undefined && f.value.end > f.value.start) {
          place = text.slice(f.value.start, f.value.end);
          placeSpan = f.value;
        }
        if (f.kind === 'addressee') slot(f.value, 'addressee');
        // the header's decipherer and typist (`Deciphered by Orlov on 10/21/50`) are the cipher office's clerks
        if (f.kind === 'deciphered' || f.kind === 'typed') slot(f.who, PROCESSING_LINE_CUE);
      }
      block.distribution?.entries.forEach(e => slot(e.recipient, 'distribution list'));
    } else if (block.kind === 'message') {
      message(block);
    } else if (block.kind === 'footer') {
      block.distribution?.entries.forEach(e => slot(e.recipient, 'distribution list'));
      // `copies NºNº 1-3 to Cde. Poskrebyshev` names a reader of the cable; `Deciphered by Karpov` a clerk
      block.items.forEach(item => slot(item.who, item.kind === 'copyTo' ? 'distribution list' : PROCESSING_LINE_CUE));
    }
  }
  const date = chronology.documentDate ?? withinHint(dateHint, firstWrittenDate(chronology));
  // every field set, in one order, whether or not the cable has speakers or glosses: one shape for every context
  return {
    date, channels, origin: { place, from, placeSpan }, brackets: parsed.brackets, personSlots,
    speakers: speakers.length ? speakers : undefined,
    glosses: glosses?.size ? glosses : undefined,
    datedTexts: datedTextsOf(chronology, date),
  };
}

/**
 * The hint, or the first day the text writes out in full when the hint gives only its year or month
 * (a file in the folder `1951`) and the day falls within it: the day is the closer date.
 */
function withinHint(hint: PartialDate | undefined, written: PartialDate | undefined): PartialDate | undefined {
  if (!hint) return written;
  if (hint.day !== undefined || !written || written.year !== hint.year || (hint.month !== undefined && written.month !== hint.month)) return hint;
  return written;
}

/**
 * The messages that give themselves a date other than the document's (a quoted letter's `20
 * December 1950` in a cable of January 1951): the first of their own dates with a year. Undefined
 * when there are none, as in most cables.
 */
function datedTextsOf(chronology: ChronologyResult, documentDate: PartialDate | undefined): DatedText[] | undefined {
  let texts: DatedText[] | undefined;
  let seen: Set<Message> | undefined;
  for (const m of chronology.mentions) {
    const message = m.ownDateOf;
    const d = m.date;
    if (!message || d?.year === undefined || m.invalid || seen?.has(message)) continue;
    (seen ??= new Set()).add(message);
    if (d.year === documentDate?.year && d.month === documentDate.month && d.day === documentDate.day) continue;
    (texts ??= []).push({ span: message.span, depth: message.depth, date: { year: d.year, month: d.month, day: d.day } });
  }
  return texts?.sort((a, b) => a.span.start - b.span.start || a.depth - b.depth);
}

/**
 * A text with no date of its own (a diary entry: `From the Diary of N.V. Roshchin` / `On 5 February
 * 1951 at 20 hours I visited Zhou Enlai.`) is of the time of the first day it writes out in full:
 * the names in it are read with the offices held then.
 */
function firstWrittenDate(chronology: ChronologyResult): PartialDate | undefined {
  // a stamp's date last: `[Stamp: Declassified 2 March 1994]` over a record of 1 February 1949 is the archive's, not the text's
  return firstFullDate(chronology, false) ?? firstFullDate(chronology, true);
}

function firstFullDate(chronology: ChronologyResult, stamps: boolean): PartialDate | undefined {
  for (const m of chronology.mentions) {
    const d = m.date;
    if ((m.role === 'stamp') !== stamps) continue;
    if (d && d.year !== undefined && d.month !== undefined && d.day !== undefined && d.yearSource === 'text' && !d.relative && !m.invalid) return { year: d.year, month: d.month, day: d.day };
  }
  return undefined;
}

/** Message parts whose words are a person's name, and how the hover says where the name stood. */
const SLOT_CUES: Partial<Record<string, string>> = { addressee: 'addressee', salutation: 'salutation', signature: 'signature', sender: 'sender' };
