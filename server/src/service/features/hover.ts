/** Hover: a date's normalised value and role, or who a person, cover name, place or office was. */
import type { Hover, Position } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import { dateHoverAt } from '../chronology';
import { getEntityHover } from '../entities';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { ITextDocument } from '../types';
import { rangeOf } from './ranges';

export class HoverProvider {
  constructor(private readonly analyses: AnalysisSource) {}

  provideHover(file: ITextDocument, position: Position): Hover | null {
    const { analysis, doc, offset: start } = this.analyses.get(file).cableAt(file.offsetAt(position));
    // A collection's heading and title come before the cable's text: nothing there to hover.
    if (file.offsetAt(position) < start) return null;
    const offset = doc.offsetAt(position);
    // Dates first: a date never overlaps a name, and `19 October` must not read as a place.
    const found = dateHoverAt(analysis.chronology, offset) ?? getEntityHover(analysis.entities, offset);
    if (!found) return null;
    // The markdown is built from escaped text only; the client must not trust it (no command links).
    return {
      contents: { kind: MarkupKind.Markdown, value: found.markdown },
      range: rangeOf(doc, found.span),
    };
  }
}
