/**
 * The repairs a parse needed, read off the finished tree: stamps and brackets that never close,
 * and quoted telegrams whose quote marks do not balance. (`unplacedBlock` is not produced: the
 * parser places every line — text it cannot place is message text or notes.)
 */
import type { Block, EditorialBracket, Message, ParseRepair, Stamp } from './ast';
import type { Span } from '../types';

/**
 * Text relayed on an instruction (`Visit Cde. Mao Zedong and pass him the following reply:`) is
 * often written without its opening quote and closed with one (`FILIPPOV [Stalin]”.`, §5): that
 * is the form, not a repair.
 */
const RELAY_INSTRUCTION = /^(?:Visit|Pass|Transmit|Tell|Inform|Convey|Hand)\b|\b(?:pass|transmit|convey|hand)\s+(?:him|her|them|it)?\s*the following\b/i;

function relaysText(text: string, t: Message): boolean {
  return t.introducer !== undefined && RELAY_INSTRUCTION.test(text.slice(t.introducer.span.start, t.introducer.span.end).trim());
}

/** The numbers of an envelope's part marker: `Part 1 of 2`, `PART II OF III`. */
const PART_OF_WHOLE = /\b(?:Part|PART)\s+(?<part>\d{1,2}|[IVX]{1,4})\s+(?:of|OF)\s+(?<whole>\d{1,2}|[IVX]{1,4})/;
const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** `2`, `II`, `IV` as a number. */
function partNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let n = 0;
  for (let k = 0; k < s.length; k++) n += ROMAN[s[k]!]! < (ROMAN[s[k + 1]!] ?? 0) ? -ROMAN[s[k]!]! : ROMAN[s[k]!]!;
  return n;
}

/**
 * Which ends of a telegram sent in parts this cable lacks, as its envelope's part marker says (`Part
 * 1 of 2`: the text goes on in the next part, so a quote opened here closes there; `Part 2 of 2`,
 * `Continuation of No. 25199`: it goes on from the last, where its quote opened). A quote mark left
 * alone at such an end is the form, not a repair.
 */
function splitEnds(text: string, blocks: readonly Block[]): { goesOn: boolean; goesOnFrom: boolean } {
  let goesOn = false;
  let goesOnFrom = false;
  for (const b of blocks) {
    if (b.kind !== 'envelope') continue;
    for (const f of b.fields) {
      if (f.kind !== 'part') continue;
      const words = text.slice(f.span.start, f.span.end);
      const m = PART_OF_WHOLE.exec(words);
      if (m) {
        const part = partNumber(m.groups!.part!);
        goesOn ||= part < partNumber(m.groups!.whole!);
        goesOnFrom ||= part > 1;
      }
      goesOnFrom ||= /\b(?:Continuation|CONTINUATION)\b/.test(words);
    }
  }
  return { goesOn, goesOnFrom };
}

export function collectRepairs(text: string, blocks: readonly Block[], brackets: readonly EditorialBracket[]): ParseRepair[] {
  const out: ParseRepair[] = [];
  const split = splitEnds(text, blocks);
  const stamps = new Set<Stamp>();
  const addStamp = (s: Stamp) => {
    if (!s.closed && !stamps.has(s)) {
      stamps.add(s);
      out.push({ kind: 'unclosedStamp', span: trimmed(text, s.span), message: 'This stamp never closes: its `]` is missing.' });
    }
  };
  const walk = (m: Message) => {
    m.stamps.forEach(addStamp);
    for (const t of m.telegrams) {
      if (t.delimitedBy === 'quotes' && t.openQuote && !t.closeQuote && !split.goesOn) {
        out.push({ kind: 'unbalancedQuote', span: t.openQuote, message: 'This quoted telegram is never closed: it was ended at its signature or at the end of the message.' });
      } else if (t.delimitedBy === 'quotes' && !t.openQuote && t.closeQuote && !relaysText(text, t) && !split.goesOnFrom) {
        out.push({ kind: 'unbalancedQuote', span: t.closeQuote, message: 'This closing quote has no opening one: the quoted telegram was taken to begin after the forwarding sentence.' });
      }
      walk(t);
    }
  };
  for (const b of blocks) {
    if (b.kind === 'stamp') addStamp(b);
    if (b.kind === 'envelope') b.stamps.forEach(addStamp);
    if (b.kind === 'message') walk(b);
  }
  let outer: EditorialBracket | undefined;
  for (const b of brackets) {
    // A stamp's bracket is reported as the stamp; an elision typed `[...[` is the edition's own
    // known slip (CABLE-FORMAT §1) and read as the elision, so not a repair.
    if (!b.closed && b.kind !== 'stamp' && !(outer && b.span.start < outer.span.end)) {
      outer = b;
      if (MISTYPED_ELISION.test(text.slice(b.span.start, b.span.start + 6))) continue;
      out.push({ kind: 'unclosedBracket', span: b.span, message: 'This bracket is never closed: it was ended at the end of its line or paragraph.' });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** `[...[`, `[…[`: an elision whose closing bracket was typed as an opening one. */
const MISTYPED_ELISION = /^\[\s*(?:\.{3}|…)\s*\[/;

function trimmed(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  let start = span.start;
  while (start < end && /\s/.test(text[start])) start++;
  return { start, end };
}
