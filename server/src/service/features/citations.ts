/**
 * The citations of an open document, resolved against the corpus index: what Go to Definition,
 * document links and hover on a reference read. The document is summarised as it is now — the
 * index's summary when it holds this version, else one made from the cached analysis (without
 * adding the document to the index, so a hover on a file outside the workspace changes nothing).
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { resolveFileReferences, type ResolvedReference } from '../corpus/links';
import { summarizeFile } from '../corpus/summarize';
import type { FileSummary } from '../corpus/types';
import type { ITextDocument } from '../types';

export class CitationSource {
  /** The last summary made here and the last resolution, so that a hover after the links costs nothing. */
  private made: FileSummary | undefined;
  private resolved: { summary: FileSummary; version: number; references: readonly ResolvedReference[] } | undefined;

  constructor(private readonly analyses: AnalysisSource, private readonly index: () => CorpusIndex) {}

  summaryOf(doc: ITextDocument): FileSummary {
    const indexed = this.index().get(doc.uri);
    if (indexed && indexed.version === doc.version && doc.version >= 0) return indexed;
    if (this.made && this.made.uri === doc.uri && this.made.version === doc.version && doc.version >= 0) return this.made;
    return (this.made = summarizeFile(doc.uri, doc, this.analyses.get(doc)));
  }

  /** Every reference of the document with the cables it can mean. */
  referencesOf(doc: ITextDocument): readonly ResolvedReference[] {
    const summary = this.summaryOf(doc);
    const index = this.index();
    if (this.resolved && this.resolved.summary === summary && this.resolved.version === index.version) return this.resolved.references;
    const references = resolveFileReferences(index, summary);
    this.resolved = { summary, version: index.version, references };
    return references;
  }

  /** The reference under the cursor, if any (the innermost when two overlap). */
  referenceAt(doc: ITextDocument, position: Position): ResolvedReference | undefined {
    let found: ResolvedReference | undefined;
    for (const r of this.referencesOf(doc)) {
      if (containsPosition(r.reference.range, position) && (!found || containsRange(found.reference.range, r.reference.range))) found = r;
    }
    return found;
  }
}

export function containsPosition(range: Range, p: Position): boolean {
  return comparePositions(range.start, p) <= 0 && comparePositions(p, range.end) <= 0;
}

function containsRange(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
