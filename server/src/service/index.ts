/**
 * The cable language service: one factory, a frozen facade of `getX(document, ..., token)`
 * methods. The service is pure — no LSP connection, no file system — so it runs the same in
 * the language server, in tests and in the benchmark. A cancelled call returns an empty result.
 */
import type { DocumentSymbol, FoldingRange, Position, SelectionRange } from 'vscode-languageserver-types';
import type { CableDocument } from './parser/ast';
import { parseCable } from './parser/parser';
import { DocumentSymbolProvider } from './features/documentSymbols';
import { FoldingRangeProvider } from './features/foldingRanges';
import { SelectionRangeProvider } from './features/selectionRanges';
import { neverCancelled, type ICancellationToken, type ILogger, type ITextDocument } from './types';

export interface CableServiceOptions {
  readonly logger?: ILogger;
}

export interface CableLanguageService {
  /** The parsed document, cached by uri and version: every feature works on the same parse. */
  parse(document: ITextDocument): CableDocument;
  getDocumentSymbols(document: ITextDocument, token?: ICancellationToken): DocumentSymbol[];
  getFoldingRanges(document: ITextDocument, token?: ICancellationToken): FoldingRange[];
  getSelectionRanges(document: ITextDocument, positions: readonly Position[], token?: ICancellationToken): SelectionRange[];
  /** Drops the cached parse of a closed document. */
  forget(uri: string): void;
}

export function createCableLanguageService(options: CableServiceOptions = {}): CableLanguageService {
  const cache = new Map<string, { version: number; parsed: CableDocument }>();
  const logger = options.logger;

  const parse = (document: ITextDocument): CableDocument => {
    const hit = cache.get(document.uri);
    if (hit && hit.version === document.version) return hit.parsed;
    const parsed = parseCable(document.getText());
    cache.set(document.uri, { version: document.version, parsed });
    return parsed;
  };

  const symbols = new DocumentSymbolProvider();
  const folding = new FoldingRangeProvider();
  const selection = new SelectionRangeProvider();

  /** A feature that fails on some damaged text logs and answers empty; it never takes the server down. */
  const guarded = <T>(name: string, empty: T, run: () => T): T => {
    try {
      return run();
    } catch (e) {
      logger?.log(`cable: ${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return empty;
    }
  };

  return Object.freeze({
    parse,
    getDocumentSymbols: (document: ITextDocument, token: ICancellationToken = neverCancelled) =>
      guarded('documentSymbol', [], () => symbols.provideDocumentSymbols(document, parse(document), token)),
    getFoldingRanges: (document: ITextDocument, token: ICancellationToken = neverCancelled) =>
      guarded('foldingRange', [], () => folding.provideFoldingRanges(document, parse(document), token)),
    getSelectionRanges: (document: ITextDocument, positions: readonly Position[], token: ICancellationToken = neverCancelled) =>
      guarded('selectionRange', [], () => selection.provideSelectionRanges(document, parse(document), positions, token)),
    forget: (uri: string) => void cache.delete(uri),
  });
}

export { parseCable } from './parser/parser';
export type * from './parser/ast';
export type { ITextDocument, ICancellationToken, ILogger, Span } from './types';
