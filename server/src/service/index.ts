/**
 * The cable language service: one factory, a frozen facade of `getX(document, ..., token)`
 * methods. The service is pure — no LSP connection, no file system — so it runs the same in
 * the language server, in tests and in the benchmark. A cancelled call returns an empty result.
 */
import type {
  CodeAction, Diagnostic, DocumentSymbol, FoldingRange, Hover, InlayHint, Position, Range, SelectionRange, SemanticTokens,
} from 'vscode-languageserver-types';
import type { CableDocument } from './parser/ast';
import { parseCable } from './parser/parser';
import { analyzeChronology, type ChronologyResult } from './chronology';
import { analyzeEntities, type EntityAnalysis } from './entities';
import type { Gazetteer } from './gazetteer';
import type { CableDiagnostic, Level } from './diagnosticCodes';
import { DocumentSymbolProvider } from './features/documentSymbols';
import { FoldingRangeProvider } from './features/foldingRanges';
import { SelectionRangeProvider } from './features/selectionRanges';
import { HoverProvider } from './features/hover';
import { DiagnosticsProvider } from './features/diagnostics';
import { CodeActionProvider, type CableCodeAction } from './features/codeActions';
import { SemanticTokensProvider, semanticTokensLegend } from './features/semanticTokens';
import { InlayHintProvider } from './features/inlayHints';
import { entityContextOf } from './features/documentContext';
import { formatMentionValue, mentionAt as dateMentionAt } from './chronology';
import { neverCancelled, type ICancellationToken, type ILogger, type ITextDocument } from './types';

/** The user's `cable.*` settings that the service reads. */
export interface CableSettings {
  /** `cable.diagnostics.levels`: a level per diagnostic code, e.g. `{ "cable.name.variant": "hint" }`. */
  readonly diagnosticLevels: Readonly<Record<string, Level | undefined>>;
  /** `cable.chronology.toleranceHours`: how far envelope, stamp and footer dates may disagree. */
  readonly toleranceHours: number;
  /** `cable.inlayHints.pseudonyms`: show `[Stalin]` after a cover name with no gloss. */
  readonly pseudonymHints: boolean;
}

export const defaultSettings: CableSettings = Object.freeze({ diagnosticLevels: {}, toleranceHours: 48, pseudonymHints: true });

export interface CableServiceOptions {
  /** The gazetteer in force; asked on every analysis, so a reloaded workspace gazetteer takes effect at once. */
  readonly gazetteer: () => Gazetteer;
  readonly settings?: () => CableSettings;
  readonly logger?: ILogger;
}

/** Everything the features need about one version of a document, computed once. */
export interface DocumentAnalysis {
  readonly parsed: CableDocument;
  readonly chronology: ChronologyResult;
  readonly entities: EntityAnalysis;
}

export interface CableLanguageService {
  /** The parsed document, cached by uri and version: every feature works on the same parse. */
  parse(document: ITextDocument): CableDocument;
  analyze(document: ITextDocument): DocumentAnalysis;
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
  const parses = new Map<string, { version: number; parsed: CableDocument }>();
  const analyses = new Map<string, { version: number; gazetteer: Gazetteer; settings: CableSettings; analysis: DocumentAnalysis }>();

  const parse = (document: ITextDocument): CableDocument => {
    const hit = parses.get(document.uri);
    if (hit && hit.version === document.version) return hit.parsed;
    const parsed = parseCable(document.getText());
    parses.set(document.uri, { version: document.version, parsed });
    return parsed;
  };

  const analyze = (document: ITextDocument): DocumentAnalysis => {
    const gazetteer = options.gazetteer();
    const current = settings();
    const hit = analyses.get(document.uri);
    if (hit && hit.version === document.version && hit.gazetteer === gazetteer && hit.settings === current) return hit.analysis;
    const parsed = parse(document);
    const chronology = analyzeChronology(parsed, { toleranceHours: current.toleranceHours });
    const entities = analyzeEntities(parsed.text, gazetteer, entityContextOf(parsed, chronology));
    const analysis = { parsed, chronology, entities };
    analyses.set(document.uri, { version: document.version, gazetteer, settings: current, analysis });
    return analysis;
  };

  const symbols = new DocumentSymbolProvider();
  const folding = new FoldingRangeProvider();
  const selection = new SelectionRangeProvider();
  const hover = new HoverProvider();
  const diagnostics = new DiagnosticsProvider();
  const codeActions = new CodeActionProvider();
  const semanticTokens = new SemanticTokensProvider();
  const inlayHints = new InlayHintProvider();

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
    parse,
    analyze,
    getDocumentSymbols: (document: ITextDocument, token = neverCancelled) =>
      guarded('documentSymbol', [], token, () => {
        const { parsed, chronology } = analyze(document);
        // Outline details show normalised dates (`1951-10-19 11:35`).
        const describeWhen = (span: { start: number }) => {
          const m = dateMentionAt(chronology, span.start);
          return m ? formatMentionValue(m) : undefined;
        };
        return symbols.provideDocumentSymbols(document, parsed, token, { describeWhen });
      }),
    getFoldingRanges: (document: ITextDocument, token = neverCancelled) =>
      guarded('foldingRange', [], token, () => folding.provideFoldingRanges(document, parse(document), token)),
    getSelectionRanges: (document: ITextDocument, positions: readonly Position[], token = neverCancelled) =>
      guarded('selectionRange', [], token, () => selection.provideSelectionRanges(document, parse(document), positions, token)),
    getHover: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded('hover', null, token, () => hover.provideHover(document, analyze(document), position)),
    computeDiagnostics: (document: ITextDocument, token = neverCancelled) =>
      guarded('diagnostics', [], token, () => diagnostics.provideDiagnostics(document, analyze(document), settings().diagnosticLevels)),
    getCodeActions: (document: ITextDocument, context: readonly Diagnostic[], token = neverCancelled) =>
      guarded('codeAction', [], token, () => codeActions.provideCodeActions(document, analyze(document), options.gazetteer(), context)),
    getSemanticTokens: (document: ITextDocument, token = neverCancelled) =>
      guarded('semanticTokens', { data: [] }, token, () => semanticTokens.provideSemanticTokens(document, analyze(document))),
    getInlayHints: (document: ITextDocument, range: Range, token = neverCancelled) =>
      guarded('inlayHint', [], token, () => (settings().pseudonymHints ? inlayHints.provideInlayHints(document, analyze(document), range) : [])),
    forget: (uri: string) => {
      parses.delete(uri);
      analyses.delete(uri);
    },
  });
}

export { semanticTokensLegend };
export { parseCable } from './parser/parser';
export type * from './parser/ast';
export type { CableDiagnostic, Level } from './diagnosticCodes';
export type { CableCodeAction } from './features/codeActions';
export type { ITextDocument, ICancellationToken, ILogger, Span } from './types';
