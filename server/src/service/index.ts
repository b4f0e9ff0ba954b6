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
  CodeLens, CompletionItem, CompletionList, Diagnostic, DocumentHighlight, DocumentLink, DocumentSymbol, FoldingRange, Hover, InlayHint, Location, Position, Range, SelectionRange,
  SemanticTokens, SymbolInformation, WorkspaceEdit,
} from 'vscode-languageserver-types';
import { AnalysisCache, allRules, analyzeFile, defaultSettings, type CableSettings, type FileAnalysis, type Rule } from './analysis';
import type { Gazetteer } from './gazetteer';
import { CorpusIndexer, type IndexerOptions, type IndexProgress } from './corpus/indexer';
import type { CorpusIndex } from './corpus/corpusIndex';
import { corpusRules } from './corpus/corpusRules';
import { CorpusDiagnostics } from './corpus/corpusDiagnostics';
import { DefinitionProvider, type EntityDefinition } from './features/definition';
import { DocumentHighlightProvider } from './features/documentHighlights';
import { ReferencesProvider } from './features/references';
import { RenameProvider, type RenameOptions } from './features/rename';
import { WorkspaceSymbolProvider } from './features/workspaceSymbols';
import { Emitter, type Event, type ICableWorkspace } from './workspace';
import { DocumentSymbolProvider } from './features/documentSymbols';
import { FoldingRangeProvider } from './features/foldingRanges';
import { SelectionRangeProvider } from './features/selectionRanges';
import { HoverProvider } from './features/hover';
import { DiagnosticsProvider } from './features/diagnostics';
import { CodeActionProvider, type CableCodeAction } from './features/codeActions';
import { SemanticTokensProvider, semanticTokensLegend } from './features/semanticTokens';
import { InlayHintProvider } from './features/inlayHints';
import { CitationSource } from './features/citations';
import { CableDefinitionProvider } from './features/cableDefinition';
import { CableReferencesProvider } from './features/cableReferences';
import { CitationHoverProvider } from './features/citationHover';
import { CodeLensProvider } from './features/codeLenses';
import { DocumentLinkProvider } from './features/documentLinks';
import { TimelineProvider, type CorpusTimeline } from './features/timeline';
import { CompletionProvider } from './features/completion';
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
  /** The cable files of the workspace, for the corpus index; without it the corpus is the documents asked about. */
  readonly workspace?: ICableWorkspace;
  /** Whether the index computes each file's diagnostics while summarising it (`cable.diagnostics.scope: workspace`). */
  readonly workspaceDiagnostics?: () => boolean;
  /** How many workspace files are read at once while indexing. */
  readonly indexConcurrency?: number;
  /** Summarises files read from disk somewhere else while indexing (the server's worker threads); see `IndexerOptions`. */
  readonly computeIndexedFile?: IndexerOptions['computeElsewhere'];
}

export interface CableLanguageService {
  /** The analysis of a document's current version, cached by uri and version: every feature works on the same one. */
  analyze(document: ITextDocument): FileAnalysis;
  getDocumentSymbols(document: ITextDocument, token?: ICancellationToken): DocumentSymbol[];
  getFoldingRanges(document: ITextDocument, token?: ICancellationToken): FoldingRange[];
  getSelectionRanges(document: ITextDocument, positions: readonly Position[], token?: ICancellationToken): SelectionRange[];
  getHover(document: ITextDocument, position: Position, token?: ICancellationToken): Hover | null;
  computeDiagnostics(document: ITextDocument, token?: ICancellationToken): Diagnostic[];
  /** Quick fixes for the diagnostics of a code action request's context, and for a person the gazetteer lacks in `range`. */
  getCodeActions(document: ITextDocument, diagnostics: readonly Diagnostic[], token?: ICancellationToken, range?: Range): CableCodeAction[];
  getSemanticTokens(document: ITextDocument, token?: ICancellationToken): SemanticTokens;
  getInlayHints(document: ITextDocument, range: Range, token?: ICancellationToken): InlayHint[];
  /** Names (gazetteer and folder spellings), honorifics, months after a day, number signs: what fits where the user types. */
  getCompletions(document: ITextDocument, position: Position, token?: ICancellationToken): CompletionList;
  /** An offered name's documentation, made when the user looks at it. */
  resolveCompletion(item: CompletionItem, token?: ICancellationToken): CompletionItem;
  /** Drops the cached analysis of a closed document. */
  forget(uri: string): void;

  // ---------------------------------------------------------------- the corpus (a folder of cables as one body of evidence)

  /** Lists and indexes the workspace's cable files, reporting `(done, total)`; resolves when done or cancelled. */
  indexWorkspace(token?: ICancellationToken, progress?: IndexProgress): Promise<void>;
  /** A file's summary or diagnostics changed in the index, or it left the index. */
  readonly onDidUpdateCorpusFile: Event<string>;
  /** The index as it stands (summaries only), for corpus views such as the timeline. */
  readonly corpus: CorpusIndex;
  /** True once the whole workspace has been read. */
  readonly isCorpusComplete: boolean;
  /** The diagnostics the index computed for a file from disk (not open): empty with `workspaceDiagnostics` off. */
  getWorkspaceDiagnostics(uri: string): readonly Diagnostic[];
  /** The corpus checks' findings, by file, at the user's levels. */
  getCorpusDiagnostics(): ReadonlyMap<string, readonly Diagnostic[]>;
  /** On a name, its mentions across the corpus; on a cable's header, the references that cite the cable. */
  getReferences(document: ITextDocument, position: Position, token?: ICancellationToken): Location[];
  getDocumentHighlights(document: ITextDocument, position: Position, token?: ICancellationToken): DocumentHighlight[];
  /** Which gazetteer entry a name stands for, and who defined it; the server turns it into a location. */
  getDefinition(document: ITextDocument, position: Position, token?: ICancellationToken): EntityDefinition | undefined;
  /** On a reference (`your telegram No. 3153`), the header of each cable it can mean; empty elsewhere. Asked before `getDefinition`. */
  getCitedCables(document: ITextDocument, position: Position, token?: ICancellationToken): Location[];
  /** A link to the cited cable on each resolved reference. */
  getDocumentLinks(document: ITextDocument, token?: ICancellationToken): DocumentLink[];
  /** "cited by N" over each cable header that references in the corpus cite. */
  getCodeLenses(document: ITextDocument, token?: ICancellationToken): CodeLens[];
  /** Every cable of the index in date order, and the links between them (`cable/timeline`). */
  getTimeline(token?: ICancellationToken): CorpusTimeline;
  getWorkspaceSymbols(query: string, token?: ICancellationToken): SymbolInformation[];
  prepareRename(document: ITextDocument, position: Position, token?: ICancellationToken): { range: Range; placeholder: string } | null;
  getRenameEdits(document: ITextDocument, position: Position, newName: string, options: RenameOptions, token?: ICancellationToken): WorkspaceEdit | null;
  /** The gazetteer entry as pretty JSON (the read-only `cable-gazetteer:/<id>.json` document), or undefined for an unknown id. */
  getGazetteerEntryText(id: string): string | undefined;
}

export function createCableLanguageService(options: CableServiceOptions): CableLanguageService {
  const settings = options.settings ?? (() => defaultSettings);
  const logger = options.logger;
  const analyses = new AnalysisCache(options.gazetteer, settings, options.cacheCapacity);

  const symbols = new DocumentSymbolProvider(analyses);
  const folding = new FoldingRangeProvider(analyses);
  const selection = new SelectionRangeProvider(analyses);
  const diagnostics = new DiagnosticsProvider(analyses, options.rules ?? allRules, logger);
  const semanticTokens = new SemanticTokensProvider(analyses);
  const inlayHints = new InlayHintProvider(analyses);

  const workspace = options.workspace ?? emptyWorkspace;
  const wantDiagnostics = options.workspaceDiagnostics ?? (() => true);
  const indexer = new CorpusIndexer(workspace, {
    // An open document shares the cached analysis with the live features; a file read from disk
    // (version -1) is analysed once and let go, so indexing a folder does not flush the cache.
    analyze: (document) => (document.version >= 0 ? analyses.get(document) : analyzeFile(document, options.gazetteer(), settings())),
    diagnose: (analysis) => (wantDiagnostics() ? diagnostics.diagnosticsOf(analysis) : undefined),
    concurrency: options.indexConcurrency,
    logger,
    computeElsewhere: options.computeIndexedFile,
  });
  // a name's count over the folder is only worth giving once the whole folder is read
  const completeCorpus = (document: ITextDocument) => {
    if (!indexer.complete) return undefined;
    indexer.update(document);
    return indexer.index;
  };
  const hover = new HoverProvider(analyses, completeCorpus);
  const codeActions = new CodeActionProvider(analyses, completeCorpus);
  const references = new ReferencesProvider(analyses, indexer);
  const highlights = new DocumentHighlightProvider(analyses);
  const definition = new DefinitionProvider(analyses);
  const workspaceSymbols = new WorkspaceSymbolProvider(indexer, options.gazetteer);
  const rename = new RenameProvider(analyses, indexer);
  const corpus = () => indexer.index;
  const citations = new CitationSource(analyses, corpus);
  const citedCables = new CableDefinitionProvider(citations);
  const citationHover = new CitationHoverProvider(citations);
  const cableReferences = new CableReferencesProvider(citations, corpus);
  const documentLinks = new DocumentLinkProvider(citations);
  const codeLenses = new CodeLensProvider(citations, corpus);
  const timeline = new TimelineProvider(corpus, () => indexer.complete);
  const completion = new CompletionProvider(analyses, corpus, options.gazetteer);

  const corpusFindings = new CorpusDiagnostics(corpusRules, logger);
  const corpusDiagnostics = (): ReadonlyMap<string, readonly Diagnostic[]> => corpusFindings.get(indexer.index, options.gazetteer(), settings());

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
    // A resolved reference's hover (the cited cable) wins over the date or name hover inside it.
    getHover: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded('hover', null, token, () => citationHover.provideHover(document, position) ?? hover.provideHover(document, position)),
    computeDiagnostics: (document: ITextDocument, token = neverCancelled) =>
      guarded('diagnostics', [], token, () => diagnostics.provideDiagnostics(document)),
    getCodeActions: (document: ITextDocument, context: readonly Diagnostic[], token = neverCancelled, range?: Range) =>
      guarded('codeAction', [], token, () => codeActions.provideCodeActions(document, context, range)),
    getSemanticTokens: (document: ITextDocument, token = neverCancelled) =>
      guarded('semanticTokens', { data: [] }, token, () => semanticTokens.provideSemanticTokens(document)),
    getInlayHints: (document: ITextDocument, range: Range, token = neverCancelled) =>
      guarded('inlayHint', [], token, () => inlayHints.provideInlayHints(document, range)),
    getCompletions: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded<CompletionList>('completion', { isIncomplete: false, items: [] }, token, () => completion.provideCompletions(document, position, token)),
    resolveCompletion: (item: CompletionItem, token = neverCancelled) =>
      guarded('completionResolve', item, token, () => completion.resolveCompletion(item)),
    forget: (uri: string) => analyses.forget(uri),

    indexWorkspace: (token = neverCancelled, progress?: IndexProgress) => indexer.indexAll(token, progress),
    onDidUpdateCorpusFile: indexer.onDidUpdateFile,
    corpus: indexer.index,
    get isCorpusComplete() {
      return indexer.complete;
    },
    getWorkspaceDiagnostics: (uri: string) => indexer.diagnosticsOf(uri),
    getCorpusDiagnostics: () => guarded<ReadonlyMap<string, readonly Diagnostic[]>>('corpusDiagnostics', new Map(), neverCancelled, corpusDiagnostics),
    getReferences: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded('references', [], token, () => {
        const mentions = references.provideReferences(document, position, token);
        return mentions.length ? mentions : cableReferences.provideReferences(document, position, token);
      }),
    getDocumentHighlights: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded('documentHighlight', [], token, () => highlights.provideDocumentHighlights(document, position, token)),
    getDefinition: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded('definition', undefined, token, () => definition.provideDefinition(document, position, token)),
    getCitedCables: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded('definition', [], token, () => citedCables.provideDefinition(document, position, token)),
    getDocumentLinks: (document: ITextDocument, token = neverCancelled) =>
      guarded('documentLink', [], token, () => documentLinks.provideDocumentLinks(document, token)),
    getCodeLenses: (document: ITextDocument, token = neverCancelled) =>
      guarded('codeLens', [], token, () => codeLenses.provideCodeLenses(document, token)),
    getTimeline: (token = neverCancelled) =>
      guarded<CorpusTimeline>('timeline', { cables: [], links: [], complete: false }, token, () => timeline.provideTimeline(token)),
    getWorkspaceSymbols: (query: string, token = neverCancelled) =>
      guarded('workspaceSymbol', [], token, () => workspaceSymbols.provideWorkspaceSymbols(query, token)),
    prepareRename: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded('prepareRename', null, token, () => rename.prepareRename(document, position) ?? null),
    getRenameEdits: (document: ITextDocument, position: Position, newName: string, renameOptions: RenameOptions, token = neverCancelled) =>
      guarded('rename', null, token, () => rename.provideRenameEdits(document, position, newName, renameOptions, token) ?? null),
    getGazetteerEntryText: (id: string) => {
      const entry = options.gazetteer().get(id);
      return entry ? JSON.stringify(entry, null, 2) + '\n' : undefined;
    },
  });
}

/** The workspace of a service given none: no files, no events (the corpus is then the documents asked about). */
const never = new Emitter<string>().event;
const emptyWorkspace: ICableWorkspace = {
  listCableFiles: async () => [],
  readCableFile: async () => undefined,
  onDidCreateCableFile: never,
  onDidChangeCableFile: never,
  onDidDeleteCableFile: never,
};

export { semanticTokensLegend };
export { analyzeDocument, analyzeFile, defaultSettings, type CableSettings, type DocumentAnalysis, type FileAnalysis, type CableView, type Rule } from './analysis';
export { parseCable } from './parser/parser';
export type * from './parser/ast';
export type { CableDiagnostic, Level } from './diagnosticCodes';
export type { CableCodeAction } from './features/codeActions';
export type { ITextDocument, ICancellationToken, ILogger, Span } from './types';
export { Emitter, type Event, type ICableWorkspace, type IDisposable } from './workspace';
export { summarizeFile } from './corpus/summarize';
export { CorpusIndex } from './corpus/corpusIndex';
export type { EntityDefinition } from './features/definition';
export type { CorpusTimeline, TimelineEntry, TimelineEdge } from './features/timeline';
export type { RenameOptions } from './features/rename';
export type * from './corpus/types';
export type { ComputedFile } from './corpus/indexer';
