/** Document Highlights: every mention of the entity under the cursor in the open file, whatever its spelling or cover name. */
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver-types';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { ICancellationToken, ITextDocument } from '../types';
import { entityTargetAt } from './entityTarget';
import { rangeOf } from './ranges';
import { foldKey } from '../gazetteer';

export class DocumentHighlightProvider {
  constructor(private readonly analyses: AnalysisSource) {}

  provideDocumentHighlights(doc: ITextDocument, position: Position, token: ICancellationToken): DocumentHighlight[] {
    const analysis = this.analyses.get(doc);
    const target = entityTargetAt(analysis, doc, position);
    if (!target || token.isCancellationRequested) return [];
    // Every cable of the file (a collection holds several), each in its own offsets.
    return analysis.cables.flatMap(({ analysis: cable, doc: view }) => {
      const spans = target.kind === 'entity'
        ? [
          ...cable.entities.mentions.filter(m => m.resolution.best.entry.id === target.entityId).map(m => m.span),
          // a slip of the name that suggests this person (`Roschin` beside `Roshchin`)
          ...cable.entities.nearMisses.filter(n => n.entries.some(e => e.id === target.entityId)).map(n => n.span),
        ].sort((a, b) => a.start - b.start)
        : cable.entities.nearMisses.filter(n => foldKey(n.written) === foldKey(target.nearMiss.written)).map(n => n.span);
      return spans.map(span => ({ range: rangeOf(view, span), kind: DocumentHighlightKind.Text }));
    });
  }
}
