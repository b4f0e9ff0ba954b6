/**
 * A "cited by N" lens over each cable's header that other cables cite (none when no one does).
 * Its command is VS Code's `editor.action.showReferences` with the arguments it takes — the
 * document's uri, the header's position and the citing locations — the standard way a lens opens a
 * references peek.
 */
import type { CodeLens, Location } from 'vscode-languageserver-types';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { corpusLinks } from '../corpus/links';
import type { ICancellationToken, ITextDocument } from '../types';
import type { CitationSource } from './citations';
import { sortLocations } from './references';

export const showReferencesCommand = 'editor.action.showReferences';

export class CodeLensProvider {
  constructor(private readonly citations: CitationSource, private readonly index: () => CorpusIndex) {}

  provideCodeLenses(doc: ITextDocument, token: ICancellationToken): CodeLens[] {
    const links = corpusLinks(this.index());
    const lenses: CodeLens[] = [];
    for (const cable of this.citations.summaryOf(doc).cables) {
      if (token.isCancellationRequested) return [];
      const locations = citingLocations(links.citedBy(doc.uri, cable.index));
      if (!locations.length) continue;
      lenses.push({
        range: cable.headerRange,
        command: {
          title: `cited by ${locations.length}`,
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
