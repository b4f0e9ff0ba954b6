/**
 * A "cited by N" lens over each cable's header that other cables cite (none when no one does): N
 * counts the citing cables, one saved twice once (`citingCableCount`), while the peek lists every
 * citing place. Its command, `cable.showReferences`, carries the document's uri, the header's position and the
 * citing locations as JSON; the client turns them into VS Code's types and opens the references
 * peek (`editor.action.showReferences`, which does not take JSON).
 */
import type { CodeLens, Location } from 'vscode-languageserver-types';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { citingCableCount, corpusLinks } from '../corpus/links';
import type { ICancellationToken, ITextDocument } from '../types';
import type { CitationSource } from './citations';
import { sortLocations } from './references';

/** The lens command; `protocol/src/protocol.ts` names the same (a test checks), the service imports nothing outside itself. */
export const showReferencesCommand = 'cable.showReferences';

export class CodeLensProvider {
  constructor(private readonly citations: CitationSource, private readonly index: () => CorpusIndex) {}

  provideCodeLenses(doc: ITextDocument, token: ICancellationToken): CodeLens[] {
    const links = corpusLinks(this.index());
    const lenses: CodeLens[] = [];
    for (const cable of this.citations.summaryOf(doc).cables) {
      if (token.isCancellationRequested) return [];
      const citing = links.citedBy(doc.uri, cable.index);
      if (!citing.length) continue;
      const locations = citingLocations(citing);
      lenses.push({
        range: cable.headerRange,
        command: {
          title: `cited by ${citingCableCount(citing)}`,
          command: showReferencesCommand,
          arguments: [doc.uri, cable.headerRange.start, locations],
        },
      });
    }
    return lenses;
  }
}

/** The places of the citing references, in reading order. */
export function citingLocations(references: readonly { uri: string; reference: { range: Location['range'] } }[]): Location[] {
  return sortLocations(references.map(r => ({ uri: r.uri, range: r.reference.range })));
}
