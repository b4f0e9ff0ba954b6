/** Offsets become line/character positions only at the edge: every provider converts spans here. */
import type { Range } from 'vscode-languageserver-types';
import type { ITextDocument, Span } from '../types';

export function rangeOf(doc: ITextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}
