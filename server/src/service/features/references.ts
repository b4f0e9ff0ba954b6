/**
 * Find All References on a person, cover name, place or organisation: every mention in the corpus
 * under every spelling, romanisation and cover name. The index is searched by gazetteer id — each
 * hit was already confirmed when its file was analysed (a cover name on its cable's date and
 * channel) — so no text is read again. The person's places include the near-miss spellings that
 * suggest him (`Roschin` for Roshchin); on a near-miss spelling, the other places it is written so.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { CorpusIndexer } from '../corpus/indexer';
import { foldKey } from '../gazetteer';
import { LocationList } from '../locationList';
import type { ICancellationToken, ITextDocument } from '../types';
import { entityTargetAt } from './entityTarget';

export class ReferencesProvider {
  constructor(private readonly analyses: AnalysisSource, private readonly indexer: CorpusIndexer) {}

  provideReferences(doc: ITextDocument, position: Position, token: ICancellationToken): LocationList {
    const target = entityTargetAt(this.analyses.get(doc), doc, position);
    if (!target || token.isCancellationRequested) return new LocationList();
    // The document asked about is summarised as it is now, not as the last keystroke left it.
    this.indexer.update(doc);
    const index = this.indexer.index;
    // Already in reading order: the index sorts the files, not the (tens of thousands of) mentions.
    if (target.kind === 'nearMiss') return index.nearMissLocationsWritten(foldKey(target.nearMiss.written));
    // a slip of the name (`Roschin`), which its hover calls probably this person, is one of its places too
    const mentions = index.mentionLocationsOf(target.entityId);
    const slips = index.nearMissLocationsOf(target.entityId);
    return slips.length ? LocationList.merge(mentions, slips) : mentions;
  }
}

function compareLocations(a: Location, b: Location): number {
  return (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)
    || a.range.start.line - b.range.start.line
    || a.range.start.character - b.range.start.character;
}

/** By file, then by place in the file: the order a reader goes through them. */
export function sortLocations(locations: Location[]): Location[] {
  return locations.sort(compareLocations);
}
