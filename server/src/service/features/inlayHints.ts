/**
 * Inlay hints: `= Stalin` (or `= Stalin?` when probable) after a cover name that no gloss in the
 * document explains; the hint's tooltip says whose identification it is.
 */
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import { getEntityInlayHints } from '../entities';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { ITextDocument } from '../types';

export class InlayHintProvider {
  constructor(private readonly analyses: AnalysisSource) {}

  provideInlayHints(file: ITextDocument, range: Range): InlayHint[] {
    const hints: InlayHint[] = [];
    for (const { analysis, doc, offset } of this.analyses.get(file).cables) {
      if (!analysis.settings.pseudonymHints) return [];
      // The requested range, in this cable's offsets.
      const from = file.offsetAt(range.start) - offset;
      const to = file.offsetAt(range.end) - offset;
      if (to < 0 || from > analysis.text.length) continue;
      for (const h of getEntityInlayHints(analysis.entities)) {
        if (h.offset >= from && h.offset <= to) {
          hints.push({ position: doc.positionAt(h.offset), label: h.label, kind: InlayHintKind.Type, tooltip: h.tooltip, paddingLeft: true });
        }
      }
    }
    return hints;
  }
}
