/** Folding: one range per block of two or more lines, per inner telegram, per multi-line stamp and list. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { Block, Message } from '../parser/ast';
import type { ICancellationToken, ITextDocument, Span } from '../types';

export class FoldingRangeProvider {
  constructor(private readonly analyses: AnalysisSource) {}

  provideFoldingRanges(file: ITextDocument, token: ICancellationToken): FoldingRange[] {
    const analysis = this.analyses.get(file);
    const out: FoldingRange[] = [];
    const seen = new Set<string>();
    const fold = (doc: ITextDocument, text: string, span: Span, kind?: FoldingRangeKind) => {
      const start = doc.positionAt(span.start).line;
      const end = doc.positionAt(lastChar(text, span)).line;
      const key = `${start}:${end}`;
      if (end > start && !seen.has(key)) {
        seen.add(key);
        out.push({ startLine: start, endLine: end, kind });
      }
    };
    for (const cable of analysis.cables) {
      // Each cable of a collection folds as a whole, then its blocks.
      if (analysis.isCollection) fold(file, analysis.text, cable.span);
      const parsed = cable.analysis.parsed;
      this.foldCable(parsed.blocks, (span, kind) => fold(cable.doc, parsed.text, span, kind), token);
      if (token.isCancellationRequested) return [];
    }
    return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  }

  private foldCable(blocks: readonly Block[], add: (span: Span, kind?: FoldingRangeKind) => void, token: ICancellationToken): void {
    const message = (m: Message) => {
      add(m.span);
      for (const s of m.stamps) add(s.span);
      for (const t of m.telegrams) message(t);
    };
    for (const block of blocks) {
      if (token.isCancellationRequested) return;
      switch (block.kind) {
        case 'envelope':
          add(block.span);
          if (block.distribution) add(block.distribution.span);
          for (const s of block.stamps) add(s.span);
          break;
        case 'message': message(block); break;
        case 'footer': add(block.span); break;
        case 'notes': add(block.span, FoldingRangeKind.Comment); break;
        case 'stamp': case 'distribution': add(block.span); break;
        case 'separator': break;
      }
    }
  }
}

/** The offset of the last non-space character of a span, so blank lines owned by a block are not folded. */
function lastChar(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start + 1 && /\s/.test(text[end - 1])) end--;
  return Math.max(span.start, end - 1);
}
