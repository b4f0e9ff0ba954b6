/**
 * Smart selection: word → line → field or part → inner telegrams (innermost first) → block → document.
 */
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { Block, CableDocument, Message } from '../parser/ast';
import type { ICancellationToken, ITextDocument, Span } from '../types';
import { trimSpan } from '../spans';
import { rangeOf } from './ranges';

export class SelectionRangeProvider {
  constructor(private readonly analyses: AnalysisSource) {}

  provideSelectionRanges(doc: ITextDocument, positions: readonly Position[], token: ICancellationToken): SelectionRange[] {
    const file = this.analyses.get(doc);
    const out: SelectionRange[] = [];
    for (const position of positions) {
      if (token.isCancellationRequested) return [];
      const offset = doc.offsetAt(position);
      // Spans in the file's offsets: the cable's own (shifted), then in a collection the cable and the file.
      const cable = file.cableAt(offset);
      const local = offset - cable.offset;
      const spans = local >= 0 ? this.spansAt(cable.analysis.parsed, local).map(s => ({ start: s.start + cable.offset, end: s.end + cable.offset })) : [];
      // A cable of blank lines only (a separator before the first one) trims to an empty span that may not hold the cursor.
      if (file.isCollection) spans.push(...[trimSpan(file.text, cable.span), { start: 0, end: file.text.length }].filter(s => s.start <= offset && offset <= s.end));
      spans.sort((a, b) => b.end - b.start - (a.end - a.start)); // outermost first
      let parent: SelectionRange | undefined;
      let last: Span | undefined;
      for (const s of spans) {
        if (last && s.start === last.start && s.end === last.end) continue;
        if (last && (s.start < last.start || s.end > last.end)) continue; // keep strict nesting
        parent = { range: rangeOf(doc, s), parent };
        last = s;
      }
      out.push(parent ?? { range: { start: position, end: position } });
    }
    return out;
  }

  private spansAt(parsed: CableDocument, offset: number): Span[] {
    const text = parsed.text;
    const spans: Span[] = [{ start: 0, end: text.length }];
    const block = parsed.blocks.find(b => contains(b.span, offset));
    if (block) {
      spans.push(trimSpan(text, block.span));
      for (const s of innerSpans(block, offset)) spans.push(trimSpan(text, s));
    }
    const line = parsed.lines.find(l => l.span.start <= offset && offset <= l.span.end);
    if (line) spans.push(trimSpan(text, line.span));
    const word = wordAt(text, offset);
    if (word) spans.push(word);
    return spans.filter(s => s.end > s.start && s.start <= offset && offset <= s.end);
  }
}

function innerSpans(block: Block, offset: number): Span[] {
  const out: Span[] = [];
  const message = (m: Message) => {
    for (const t of m.telegrams) {
      if (contains(t.span, offset)) {
        out.push(t.span);
        message(t);
        return;
      }
    }
    const p = [...m.header, ...m.parts].find(x => contains(x.span, offset));
    if (p) out.push(p.span, p.value);
    const s = m.stamps.find(x => contains(x.span, offset));
    if (s) out.push(s.span);
  };
  switch (block.kind) {
    case 'envelope': {
      const f = block.fields.find(x => contains(x.span, offset));
      if (f) out.push(f.span, f.value);
      if (block.distribution && contains(block.distribution.span, offset)) {
        out.push(block.distribution.span);
        const e = block.distribution.entries.find(x => contains(x.span, offset));
        if (e) out.push(e.span, e.recipient);
      }
      const s = block.stamps.find(x => contains(x.span, offset));
      if (s) out.push(s.span);
      break;
    }
    case 'message': message(block); break;
    case 'footer': {
      const i = block.items.find(x => contains(x.span, offset));
      if (i) out.push(i.span);
      break;
    }
    default: break;
  }
  return out;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function wordAt(text: string, offset: number): Span | undefined {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);
  let start = offset;
  let end = offset;
  while (start > 0 && isWord(text[start - 1])) start--;
  while (end < text.length && isWord(text[end])) end++;
  return end > start ? { start, end } : undefined;
}
