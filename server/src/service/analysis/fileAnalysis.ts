/**
 * The analysis of a file: one `DocumentAnalysis` per cable (a collection file holds several, an
 * ordinary file one), each made on the cable's own text, so that every cable has its own outline
 * root, its own chronology and its own name checks, and a cable's dates are never compared with
 * another's. Features see each cable through `CableView.doc`, a view of the file that translates the
 * cable's offsets to the file's positions.
 *
 * Incremental at the cable: a new version of a collection file reuses the analysis of every cable
 * whose text did not change; only the cable an edit touched is analysed again.
 */
import type { Gazetteer } from '../gazetteer';
import type { ITextDocument, Span } from '../types';
import type { Position } from 'vscode-languageserver-types';
import { partitionPoint } from '../spans';
import { splitCollection } from './collection';
import { analyzeDocument, type DocumentAnalysis } from './documentAnalysis';
import type { CableSettings } from './settings';

export interface CableView {
  /** Its place in the file, 0 for the first. */
  readonly index: number;
  /** The cable's extent in the file (its separator line and heading included). */
  readonly span: Span;
  /** The heading line of a collection's cable (`Document No. 12`) and the editor's title under it, in file offsets. */
  readonly heading?: Span;
  readonly title?: Span;
  /** Where the analysed text starts in the file: add it to the analysis' offsets to get the file's. */
  readonly offset: number;
  /** The cable's analysis, in offsets of its own text. */
  readonly analysis: DocumentAnalysis;
  /** The file seen as this cable: `getText()` is the cable's text, positions are the file's. */
  readonly doc: ITextDocument;
}

export interface FileAnalysis {
  readonly text: string;
  readonly cables: readonly CableView[];
  /** True when the file holds several cables (CABLE-FORMAT §11). */
  readonly isCollection: boolean;
  /** The cable holding a file offset (the last one for the end of the file). */
  cableAt(offset: number): CableView;
}

/** The file's own document seen through one cable: offsets shift, positions are the file's. */
function cableDocument(file: ITextDocument, text: string, offset: number): ITextDocument {
  if (offset === 0 && text.length === file.getText().length) return file;
  return {
    uri: file.uri,
    version: file.version,
    getText: () => text,
    positionAt: (o: number): Position => file.positionAt(o + offset),
    offsetAt: (p: Position): number => Math.max(0, Math.min(text.length, file.offsetAt(p) - offset)),
  };
}

/**
 * Analyses a file cable by cable; `previous` (the analysis of an earlier version) lends the
 * analysis of every cable whose text is unchanged, made with the same gazetteer and settings.
 */
export function analyzeFile(
  document: ITextDocument, gazetteer: Gazetteer, settings: CableSettings, previous?: FileAnalysis,
): FileAnalysis {
  const text = document.getText();
  const reusable = new Map<string, DocumentAnalysis>();
  if (previous && previous.cables.length > 1) {
    for (const c of previous.cables) {
      if (c.analysis.gazetteer === gazetteer && c.analysis.settings === settings) reusable.set(c.analysis.text, c.analysis);
    }
  }
  const cables: CableView[] = splitCollection(text).map((part, index) => {
    const body = text.slice(part.body.start, part.body.end);
    const analysis = reusable.get(body) ?? analyzeDocument(body, gazetteer, settings);
    const view: CableView = { index, span: part.span, offset: part.body.start, analysis, doc: cableDocument(document, body, part.body.start) };
    return part.heading ? { ...view, heading: part.heading, ...(part.title ? { title: part.title } : {}) } : view;
  });
  return {
    text,
    cables,
    isCollection: cables.length > 1,
    cableAt(offset: number): CableView {
      return cables[Math.max(0, partitionPoint(cables, (c) => c.span.start <= offset) - 1)]!;
    },
  };
}
