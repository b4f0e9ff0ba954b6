/**
 * Go to Definition on a reference (`your telegram No. 3153`): the header of each cable of the
 * corpus the reference can mean — one place when it resolves, several when it is ambiguous.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import type { ICancellationToken, ITextDocument } from '../types';
import type { CitationSource } from './citations';

export class CableDefinitionProvider {
  constructor(private readonly citations: CitationSource) {}

  provideDefinition(doc: ITextDocument, position: Position, token: ICancellationToken): Location[] {
    const at = this.citations.referenceAt(doc, position);
    if (!at || token.isCancellationRequested) return [];
    return at.cited.map(c => ({ uri: c.uri, range: c.item.headerRange }));
  }
}
