/**
 * Document links on references: the number of `your telegram No. 3153` (or the whole citation
 * when it gives no number, `your telegram of 5 October`) opens the cited cable's file at its
 * header. The target is a file uri with a `#L<line>` fragment (1-based), which VS Code opens at
 * that line. An ambiguous reference links to the first cable and says so; Go to Definition lists all.
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { ICancellationToken, ITextDocument } from '../types';
import { distinctCables } from '../references/referenceChecks';
import type { CitationSource } from './citations';

export class DocumentLinkProvider {
  constructor(private readonly citations: CitationSource) {}

  provideDocumentLinks(doc: ITextDocument, token: ICancellationToken): DocumentLink[] {
    const links: DocumentLink[] = [];
    for (const { reference, cited } of this.citations.referencesOf(doc)) {
      if (token.isCancellationRequested) return [];
      const first = cited[0];
      if (!first) continue;
      const cables = distinctCables(cited, c => c.item).length;
      const tooltip = cables === 1 ? first.item.title : `${first.item.title} (one of ${cables} cables this reference matches)`;
      links.push({
        range: reference.numberRange ?? reference.range,
        target: `${first.uri}#L${first.item.headerRange.start.line + 1}`,
        tooltip,
      });
    }
    return links;
  }
}
