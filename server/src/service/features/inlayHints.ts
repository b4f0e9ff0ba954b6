/** Inlay hints: `[Stalin]` after a cover name that no gloss in the document explains. */
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import { getEntityInlayHints } from '../entities';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { ITextDocument } from '../types';

export class InlayHintProvider {
  constructor(private readonly analyses: AnalysisSource) {}

  provideInlayHints(doc: ITextDocument, range: Range): InlayHint[] {
    const analysis = this.analyses.get(doc);
    if (!analysis.settings.pseudonymHints) return [];
    const from = doc.offsetAt(range.start);
    const to = doc.offsetAt(range.end);
    return getEntityInlayHints(analysis.entities)
      .filter(h => h.offset >= from && h.offset <= to)
      .map(h => ({ position: doc.positionAt(h.offset), label: h.label, kind: InlayHintKind.Type, tooltip: h.tooltip, paddingLeft: true }));
  }
}
