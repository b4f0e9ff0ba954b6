/**
 * The cable language service: one factory, a frozen facade of `getX(document, ..., token)`
 * methods. The service is pure — no LSP connection, no file system — so it runs the same in
 * the language server, in the command-line checker, in tests and in the benchmark.
 *
 * The facade only binds: the analysis layer (`analysis/`) computes and caches each document's
 * analysis, each feature provider receives that cache in its constructor, and `guarded` turns a
 * cancelled or failing call into an empty answer.
 */
import type {
  Diagnostic, DocumentSymbol, FoldingRange, Hover, InlayHint, Position, Range, SelectionRange, SemanticTokens,
} from 'vscode-languageserver-types';
import { AnalysisCache, allRules, defaultSettings, type CableSettings, type FileAnalysis, type Rule } from './analysis';
import type { Gazetteer } from './gazetteer';
import { DocumentSymbolProvider } from './features/documentSymbols';
import { FoldingRangeProvider } from './features/foldingRanges';
import { SelectionRangeProvider } from './features/selectionRanges';
import { HoverProvider } from './features/hover';
import { DiagnosticsProvider } from './features/diagnostics';
import { CodeActionProvider, type CableCodeAction } from './features/codeActions';
import { SemanticTokensProvider, semanticTokensLegend } from './features/semanticTokens';
import { InlayHintProvider } from './features/inlayHints';
import { neverCancelled, type ICancellationToken, type ILogger, type ITextDocument } from './types';

export interface CableServiceOptions {
  /** The gazetteer in force; asked on every analysis, so a reloaded workspace gazetteer takes effect at once. */
  readonly gazetteer: () => Gazetteer;
  readonly settings?: () => CableSettings;
  readonly logger?: ILogger;
  /** The rules to run; all of them unless a test narrows the set. */
  readonly rules?: readonly Rule[];
  /** How many documents' analyses are kept (least recently used dropped first). */
  readonly cacheCapacity?: number;
}

export interface CableLanguageService {
  /** The analysis of a document's current version, cached by uri and version: every feature works on the same one. */
  analyze(document: ITextDocument): FileAnalysis;
  getDocumentSymbols(document: ITextDocument, token?: ICancellationToken): DocumentSymbol[];
  getFoldingRanges(document: ITextDocument, token?: ICancellationToken): FoldingRange[];
  getSelectionRanges(document: ITextDocument, positions: readonly Position[], token?: ICancellationToken): SelectionRange[];
  getHover(document: ITextDocument, position: Position, token?: ICancellationToken): Hover | null;
  computeDiagnostics(document: ITextDocument, token?: ICancellationToken): Diagnostic[];
  /** Quick fixes for the diagnostics of a code action request's context. */
  getCodeActions(document: ITextDocument, diagnostics: readonly Diagnostic[], token?: ICancellationToken): CableCodeAction[];
  getSemanticTokens(document: ITextDocument, token?: ICancellationToken): SemanticTokens;
  getInlayHints(document: ITextDocument, range: Range, token?: ICancellationToken): InlayHint[];
  /** Drops the cached analysis of a closed document. */
  forget(uri: string): void;
}

export function createCableLanguageService(options: CableServiceOptions): CableLanguageService {
  const settings = options.settings ?? (() => defaultSettings);
  const logger = options.logger;
  const analyses = new AnalysisCache(options.gazetteer, settings, options.cacheCapacity);

  const symbols = new DocumentSymbolProvider(analyses);
  const folding = new FoldingRangeProvider(analyses);
  const selection = new SelectionRangeProvider(analyses);
  const hover = new HoverProvider(analyses);
  const diagnostics = new DiagnosticsProvider(analyses, options.rules ?? allRules, logger);
  const codeActions = new CodeActionProvider(analyses);
  const semanticTokens = new SemanticTokensProvider(analyses);
  const inlayHints = new InlayHintProvider(analyses);

  /** A feature that fails on some damaged text logs and answers empty; it never takes the server down. */
  const guarded = <T>(name: string, empty: T, token: ICancellationToken, run: () => T): T => {
    if (token.isCancellationRequested) return empty;
    try {
      return run();
    } catch (e) {
      logger?.log(`cable: ${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return empty;
    }
  };

  return Object.freeze({
    analyze: (document: ITextDocument) => analyses.get(document),
    getDocumentSymbols: (document: ITextDocument, token = neverCancelled) =>
      guarded('documentSymbol', [], token, () => symbols.provideDocumentSymbols(document, token)),
    getFoldingRanges: (document: ITextDocument, token = neverCancelled) =>
      guarded('foldingRange', [], token, () => folding.provideFoldingRanges(document, token)),
    getSelectionRanges: (document: ITextDocument, positions: readonly Position[], token = neverCancelled) =>
      guarded('selectionRange', [], token, () => selection.provideSelectionRanges(document, positions, token)),
    getHover: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded('hover', null, token, () => hover.provideHover(document, position)),
    computeDiagnostics: (document: ITextDocument, token = neverCancelled) =>
      guarded('diagnostics', [], token, () => diagnostics.provideDiagnostics(document)),
    getCodeActions: (document: ITextDocument, context: readonly Diagnostic[], token = neverCancelled) =>
      guarded('codeAction', [], token, () => codeActions.provideCodeActions(document, context)),
    getSemanticTokens: (document: ITextDocument, token = neverCancelled) =>
      guarded('semanticTokens', { data: [] }, token, () => semanticTokens.provideSemanticTokens(document)),
    getInlayHints: (document: ITextDocument, range: Range, token = neverCancelled) =>
      guarded('inlayHint', [], token, () => inlayHints.provideInlayHints(document, range)),
    forget: (uri: string) => analyses.forget(uri),
  });
}

export { semanticTokensLegend };
export { analyzeDocument, analyzeFile, defaultSettings, type CableSettings, type DocumentAnalysis, type FileAnalysis, type CableView, type Rule } from './analysis';
export { parseCable } from './parser/parser';
export type * from './parser/ast';
export type { CableDiagnostic, Level } from './diagnosticCodes';
export type { CableCodeAction } from './features/codeActions';
export type { ITextDocument, ICancellationToken, ILogger, Span } from './types';
