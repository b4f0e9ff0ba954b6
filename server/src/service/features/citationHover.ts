/**
 * Hover on a reference: the cable it cites — its title line and date (`Cable N° 25025 — Beijing →
 * Moscow, received 1135 19 Oct 1951`, `19 October 1951`) and its file — or the list when several
 * cables match. Copies of one cable (the same number, day and channel) are one cable, with the
 * other files named. An unresolved reference has no hover of its own (the date and name hovers answer).
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { Located } from '../corpus/corpusIndex';
import type { CableSummary } from '../corpus/types';
import { escapeMarkdown } from '../markdown';
import { formatReferenceDate } from '../references/referenceChecks';
import { copyKey } from '../references/resolveReference';
import type { ITextDocument } from '../types';
import type { CitationSource } from './citations';

export class CitationHoverProvider {
  constructor(private readonly citations: CitationSource) {}

  provideHover(doc: ITextDocument, position: Position): Hover | null {
    const at = this.citations.referenceAt(doc, position);
    if (!at || !at.cited.length) return null;
    const cables = copiesTogether(at.cited);
    const value = cables.length === 1
      ? describe(cables[0])
      : [`Cites one of ${cables.length} cables:`, '', ...cables.map(c => `- ${describe(c)}`)].join('\n');
    return { contents: { kind: MarkupKind.Markdown, value }, range: at.reference.range };
  }
}

/** The cited cables, each with the other places it is saved in, in the order first found. */
function copiesTogether(cited: readonly Located<CableSummary>[]): Located<CableSummary>[][] {
  const byKey = new Map<string, Located<CableSummary>[]>();
  const out: Located<CableSummary>[][] = [];
  for (const c of cited) {
    const key = copyKey(c.item);
    const same = key === undefined ? undefined : byKey.get(key);
    if (same) {
      same.push(c);
      continue;
    }
    const copies = [c];
    out.push(copies);
    if (key !== undefined) byKey.set(key, copies);
  }
  return out;
}

/** `**Cable N° 25025 — …**, 19 October 1951, in a.cable (also in b.cable)`: every piece escaped (the client must not trust it). */
function describe([{ uri, item }, ...copies]: readonly Located<CableSummary>[]): string {
  const date = item.date ? `, ${escapeMarkdown(formatReferenceDate(item.date))}` : '';
  const also = copies.length ? ` (also in ${copies.map(c => escapeMarkdown(fileName(c.uri))).join(', ')})` : '';
  return `**${escapeMarkdown(item.title)}**${date} — in ${escapeMarkdown(fileName(uri))}${also}`;
}

function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
