/**
 * Hover on a reference: the cable it cites — its title line and date (`Cable N° 25025 — Beijing →
 * Moscow, received 1135 19 Oct 1951`, `19 October 1951`) and its file — or the list when several
 * cables match. An unresolved reference has no hover of its own (the date and name hovers answer).
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { Located } from '../corpus/corpusIndex';
import type { CableSummary } from '../corpus/types';
import { escapeMarkdown } from '../markdown';
import { formatReferenceDate } from '../references/referenceChecks';
import type { ITextDocument } from '../types';
import type { CitationSource } from './citations';

export class CitationHoverProvider {
  constructor(private readonly citations: CitationSource) {}

  provideHover(doc: ITextDocument, position: Position): Hover | null {
    const at = this.citations.referenceAt(doc, position);
    if (!at || !at.cited.length) return null;
    const value = at.cited.length === 1
      ? describe(at.cited[0])
      : [`Cites one of ${at.cited.length} cables:`, '', ...at.cited.map(c => `- ${describe(c)}`)].join('\n');
    return { contents: { kind: MarkupKind.Markdown, value }, range: at.reference.range };
  }
}

/** `**Cable N° 25025 — …**, 19 October 1951, in a.cable`: every piece escaped (the client must not trust it). */
function describe({ uri, item }: Located<CableSummary>): string {
  const date = item.date ? `, ${escapeMarkdown(formatReferenceDate(item.date))}` : '';
  return `**${escapeMarkdown(item.title)}**${date} — in ${escapeMarkdown(fileName(uri))}`;
}

function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
