/** Hover: a date's normalised value and role, or who a person, cover name, place or office was. */
import type { Hover, Position } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import { dateHoverAt } from '../chronology';
import { getEntityHover, mentionAt } from '../entities';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { ITextDocument } from '../types';
import { rangeOf } from './ranges';

/** The corpus index (with this document summarised as it is now) once the whole folder is read; undefined before: counts then stay within the document. */
export type CompleteCorpus = (document: ITextDocument) => CorpusIndex | undefined;

export class HoverProvider {
  constructor(private readonly analyses: AnalysisSource, private readonly corpus: CompleteCorpus = () => undefined) {}

  provideHover(file: ITextDocument, position: Position): Hover | null {
    const { analysis, doc, line, offset: start, isTitle } = this.analyses.get(file).cableAt(file.offsetAt(position));
    // A collection's heading comes before the cable's text (its title is a view of its own): nothing there to hover.
    if (file.offsetAt(position) < start) return null;
    const offset = doc.offsetAt(position);
    // Dates first: `19 October` must not read as a place. The one name inside a date is its clock's
    // place (`21:30 Beijing time`): on its letters, the place answers.
    const date = dateHoverAt(analysis.chronology, offset, isTitle);
    const found = (date && mentionAt(analysis.entities, offset)?.type !== 'place' ? date : undefined) ?? getEntityHover(analysis.entities, offset, {
      firstLine: line,
      // asked only on a person the gazetteer lacks
      unknownInFolder: (key) => this.corpus(file)?.unknownPersonCount(key),
      dates: analysis.chronology.mentions,
    }) ?? date;
    if (!found) return null;
    // The markdown is built from escaped text only; the client must not trust it (no command links).
    return {
      contents: { kind: MarkupKind.Markdown, value: found.markdown },
      range: rangeOf(doc, found.span),
    };
  }
}
