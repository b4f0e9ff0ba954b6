/**
 * Find All References on a person, cover name, place or organisation: every mention in the corpus
 * under every spelling, romanisation and cover name. The index is searched by gazetteer id — each
 * hit was already confirmed when its file was analysed (a cover name on its cable's date and
 * channel) — so no text is read again. On a near-miss spelling, the other places it is written so.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { CorpusIndexer } from '../corpus/indexer';
import { foldKey } from '../gazetteer';
import type { ICancellationToken, ITextDocument } from '../types';
import { entityTargetAt } from './entityTarget';

export class ReferencesProvider {
  constructor(private readonly analyses: AnalysisSource, private readonly indexer: CorpusIndexer) {}

  provideReferences(doc: ITextDocument, position: Position, token: ICancellationToken): Location[] {
    const target = entityTargetAt(this.analyses.get(doc), doc, position);
    if (!target || token.isCancellationRequested) return [];
    // The document asked about is summarised as it is now, not as the last keystroke left it.
    this.indexer.update(doc);
    const index = this.indexer.index;
    // Already in reading order: the index sorts the files, not the (tens of thousands of) mentions.
    return target.kind === 'entity'
      ? index.mentionLocationsOf(target.entityId)
      : index.nearMissLocationsWritten(foldKey(target.nearMiss.written));
  }
}

/** By file, then by place in the file: the order a reader goes through them. */
export function sortLocations(locations: Location[]): Location[] {
  return locations.sort((a, b) =>
    (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)
    || a.range.start.line - b.range.start.line
    || a.range.start.character - b.range.start.character);
}
