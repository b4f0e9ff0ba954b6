/**
 * The editor's voice in a cable (CABLE-FORMAT §8): notes in brackets (`[Ed. note: see the telegram
 * of 17 June below.]`, `2. [This point concerned ...]`) and the notes blocks before and after the
 * text (`[1] Mao replied by telegram on 20 June 1951.`). An editor writes later than the cable and
 * may name later telegrams: the cable's own chronology is not checked there.
 */
import type { CableDocument } from '../parser/ast';
import type { Span } from '../types';
import { partitionPoint } from '../spans';

export type EditorsVoice = (span: Span) => boolean;

const memo = new WeakMap<CableDocument, EditorsVoice>();

export function editorsVoice(doc: CableDocument): EditorsVoice {
  let test = memo.get(doc);
  if (!test) {
    const spans: Span[] = [];
    for (const b of doc.blocks) if (b.kind === 'notes' && b.role !== 'original') spans.push(b.span);
    for (const b of doc.brackets) if (b.kind === 'note' || b.kind === 'summary') spans.push(b.span);
    spans.sort((a, b) => a.start - b.start);
    test = (span) => {
      // spans may nest (a note inside a notes block): any one starting before may hold it
      for (let k = partitionPoint(spans, (s) => s.start <= span.start) - 1; k >= 0; k--) if (span.end <= spans[k]!.end) return true;
      return false;
    };
    memo.set(doc, test);
  }
  return test;
}

/**
 * Whether the editor answers for the date at `span` rather than the cable: the editor supplied it
 * (`telegram [of 25 October]`, `of [25 October]`) or marks it as written wrongly (`of 25 October
 * [SIC]`). A check that blames the cable's chronology leaves such a date alone.
 */
export type EditorsDate = (span: Span) => boolean;

const datesMemo = new WeakMap<CableDocument, EditorsDate>();

export function editorsDate(doc: CableDocument): EditorsDate {
  let test = datesMemo.get(doc);
  if (!test) {
    const supplied = doc.brackets.filter(b => b.kind === 'supplied-date' || b.kind === 'supplied-word');
    const doubts = doc.brackets.filter(b => b.kind === 'doubt');
    test = (span) => {
      const k = partitionPoint(supplied, (b) => b.span.start <= span.start) - 1;
      if (k >= 0 && span.end <= supplied[k]!.span.end) return true;
      // a `[sic]` right after the date, across spaces only
      const d = partitionPoint(doubts, (b) => b.span.start < span.end);
      const after = doubts[d];
      return after !== undefined && after.span.start - span.end <= 2 && /^\s*$/.test(doc.text.slice(span.end, after.span.start));
    };
    datesMemo.set(doc, test);
  }
  return test;
}
