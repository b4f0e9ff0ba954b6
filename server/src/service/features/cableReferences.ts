/**
 * Find All References on a cable's header (`CIPHERED TELEGRAM No. 25150`; in a collection also its
 * `Document No. 12` heading and the editor's title under it): the references in the corpus that cite the cable.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { corpusLinks } from '../corpus/links';
import type { ICancellationToken, ITextDocument } from '../types';
import { containsPosition, type CitationSource } from './citations';
import { citingLocations } from './codeLenses';

export class CableReferencesProvider {
  constructor(private readonly citations: CitationSource, private readonly index: () => CorpusIndex) {}

  provideReferences(doc: ITextDocument, position: Position, token: ICancellationToken): Location[] {
    const cable = this.citations.summaryOf(doc).cables.find(c => containsPosition(c.headerLines ?? c.headerRange, position));
    if (!cable || token.isCancellationRequested) return [];
    return citingLocations(corpusLinks(this.index()).citedBy(doc.uri, cable.index));
  }
}
