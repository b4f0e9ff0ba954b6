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
import { CorpusDiagnostics, type CorpusDiagnosticChanges } from './corpus/corpusDiagnostics';
import { DefinitionProvider, type EntityDefinition } from './features/definition';
import { DocumentHighlightProvider } from './features/documentHighlights';
import { ReferencesProvider } from './features/references';
import { RenameProvider, type RenameOptions, type RenameRefusal } from './features/rename';
import { WorkspaceSymbolProvider } from './features/workspaceSymbols';
import { Emitter, type Event, type ICableWorkspace } from './workspace';
import { LocationList } from './locationList';
import { DocumentSymbolProvider } from './features/documentSymbols';
import { FoldingRangeProvider } from './features/foldingRanges';
import { SelectionRangeProvider } from './features/selectionRanges';
import { HoverProvider } from './features/hover';
import { DiagnosticsProvider, SEVERITY } from './features/diagnostics';
import { levelFor } from './diagnosticCodes';
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
  /** Beyond these sizes a document is "large" and gets the cheap treatment (see `isLargeDocument`); `DEFAULT_LIMITS` by default. */
  readonly limits?: DocumentLimits;
}

/** The size beyond which a document is only parsed: characters (UTF-16 code units) or lines, whichever comes first. */
export interface DocumentLimits {
  readonly characters: number;
  readonly lines: number;
}

/** 5 million characters (about 5 MB of English text) or 200,000 lines: twenty times the largest archival collection file. */
/** The most findings reported for one document: more are not read, and would only slow the editor down. */
export const MAX_DIAGNOSTICS = 5_000;

export const DEFAULT_LIMITS: DocumentLimits = Object.freeze({ characters: 5_000_000, lines: 200_000 });

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
  /**
   * True when the document is beyond the limits: it is then only parsed — the outline, folding,
   * selection ranges and the structure checks answer; the date and name layers, their checks,
   * hovers, hints, semantic tokens and the name and citation features answer empty.
   */
  isLargeDocument(document: ITextDocument): boolean;
  /**
   * The analysis of the document's current version, one layer of one cable per step (parse, then
   * dates, then names), as far as its features need. Each step is synchronous and bounded by one
   * layer's work; the server runs the steps in slices and gives the event loop a turn between them,
   * so that a cancellation or a newer version can stop the work. The features do the same work
   * anyway on first use: running the steps first only lets it be interrupted.
   */
  analysisSteps(document: ITextDocument): Iterable<void>;

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
  /**
   * The files whose corpus findings read differently since `version` (0 at first, then the version
   * an earlier answer gave), as of the last `getCorpusDiagnostics`, and the version now; no set of
   * files when that is too far back to tell, and no answer when the findings failed.
   */
  getCorpusDiagnosticChanges(version: number): CorpusDiagnosticChanges | undefined;
  /**
   * On a name, its mentions across the corpus; on a cable's header, the references that cite the
   * cable. A compact list (a person named in every file has tens of thousands of places):
   * `toArray()` gives the locations, and `JSON.stringify` writes them as the protocol does.
   */
  getReferences(document: ITextDocument, position: Position, token?: ICancellationToken): LocationList;
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
  /** The edits, or why a rename that would change nothing is refused (the server answers it with an error), or null where no name is. */
  getRenameEdits(document: ITextDocument, position: Position, newName: string, options: RenameOptions, token?: ICancellationToken): WorkspaceEdit | RenameRefusal | null;
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
  // A large document gets the parser's own checks only: they read the parse, nothing more.
  const structureDiagnostics = new DiagnosticsProvider(analyses, (options.rules ?? allRules).filter(r => r.code.startsWith('cable.structure.')), logger);
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

  const limits = options.limits ?? DEFAULT_LIMITS;
  const largeFiles = new WeakMap<FileAnalysis, boolean>();
  const isLarge = (document: ITextDocument): boolean => {
    const file = analyses.get(document); // cheap: the layers run on first use
    let large = largeFiles.get(file);
    if (large === undefined) {
      large = file.text.length > limits.characters || countLines(file.text, limits.lines) > limits.lines;
      largeFiles.set(file, large);
    }
    return large;
  };
  function* analysisSteps(document: ITextDocument): Iterable<void> {
    const large = isLarge(document);
    for (const cable of analyses.get(document).cables) {
      void cable.analysis.parsed;
      yield;
      if (large) continue;
      void cable.analysis.chronology;
      yield;
      void cable.analysis.entities;
      yield;
    }
  }
  /** At most `MAX_DIAGNOSTICS` of a document's findings, in document order, and one more that says how many were left out. */
  const truncated = (found: Diagnostic[]): Diagnostic[] => {
    if (found.length <= MAX_DIAGNOSTICS) return found;
    const level = levelFor('cable.diagnostics.truncated', settings().diagnosticLevels);
    if (level === 'ignore') return found.slice(0, MAX_DIAGNOSTICS);
    const start = { line: 0, character: 0 };
    return [{
      range: { start, end: start }, severity: SEVERITY[level], code: 'cable.diagnostics.truncated', source: 'cable',
      message: `This document has ${found.length.toLocaleString('en')} findings; only the first ${MAX_DIAGNOSTICS.toLocaleString('en')} are reported.`,
    }, ...found.slice(0, MAX_DIAGNOSTICS)];
  };
  /** A feature that needs the date and name layers answers `empty` for a large document. */
  const full = <T>(document: ITextDocument, empty: T, run: () => T): T => (isLarge(document) ? empty : run());

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
      guarded('documentSymbol', [], token, () => symbols.provideDocumentSymbols(document, token, !isLarge(document))),
    getFoldingRanges: (document: ITextDocument, token = neverCancelled) =>
      guarded('foldingRange', [], token, () => folding.provideFoldingRanges(document, token)),
    getSelectionRanges: (document: ITextDocument, positions: readonly Position[], token = neverCancelled) =>
      guarded('selectionRange', [], token, () => selection.provideSelectionRanges(document, positions, token)),
    // A resolved reference's hover (the cited cable) wins over the date or name hover inside it.
    getHover: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded('hover', null, token, () => full(document, null, () => citationHover.provideHover(document, position) ?? hover.provideHover(document, position))),
    computeDiagnostics: (document: ITextDocument, token = neverCancelled) =>
      guarded('diagnostics', [], token, () => truncated((isLarge(document) ? structureDiagnostics : diagnostics).provideDiagnostics(document))),
    getCodeActions: (document: ITextDocument, context: readonly Diagnostic[], token = neverCancelled, range?: Range) =>
      guarded('codeAction', [], token, () => full(document, [], () => codeActions.provideCodeActions(document, context, range))),
    getSemanticTokens: (document: ITextDocument, token = neverCancelled) =>
      guarded('semanticTokens', { data: [] }, token, () => full(document, { data: [] }, () => semanticTokens.provideSemanticTokens(document))),
    getInlayHints: (document: ITextDocument, range: Range, token = neverCancelled) =>
      guarded('inlayHint', [], token, () => full(document, [], () => inlayHints.provideInlayHints(document, range))),
    getCompletions: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded<CompletionList>('completion', { isIncomplete: false, items: [] }, token, () => full(document, { isIncomplete: false, items: [] }, () => completion.provideCompletions(document, position, token))),
    resolveCompletion: (item: CompletionItem, token = neverCancelled) =>
      guarded('completionResolve', item, token, () => completion.resolveCompletion(item)),
    forget: (uri: string) => analyses.forget(uri),
    isLargeDocument: (document: ITextDocument) => guarded('size', false, neverCancelled, () => isLarge(document)),
    analysisSteps,

    indexWorkspace: (token = neverCancelled, progress?: IndexProgress) => indexer.indexAll(token, progress),
    onDidUpdateCorpusFile: indexer.onDidUpdateFile,
    corpus: indexer.index,
    get isCorpusComplete() {
      return indexer.complete;
    },
    getWorkspaceDiagnostics: (uri: string) => indexer.diagnosticsOf(uri),
    getCorpusDiagnostics: () => guarded<ReadonlyMap<string, readonly Diagnostic[]>>('corpusDiagnostics', new Map(), neverCancelled, corpusDiagnostics),
    getCorpusDiagnosticChanges: (version: number) => guarded<CorpusDiagnosticChanges | undefined>('corpusDiagnosticChanges', undefined, neverCancelled, () => corpusFindings.changesSince(version)),
    getReferences: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded('references', new LocationList(), token, () => full(document, new LocationList(), () => {
        const mentions = references.provideReferences(document, position, token);
        return mentions.length ? mentions : LocationList.of(cableReferences.provideReferences(document, position, token));
      })),
    getDocumentHighlights: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded('documentHighlight', [], token, () => full(document, [], () => highlights.provideDocumentHighlights(document, position, token))),
    getDefinition: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded('definition', undefined, token, () => full(document, undefined, () => definition.provideDefinition(document, position, token))),
    getCitedCables: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded('definition', [], token, () => full(document, [], () => citedCables.provideDefinition(document, position, token))),
    getDocumentLinks: (document: ITextDocument, token = neverCancelled) =>
      guarded('documentLink', [], token, () => full(document, [], () => documentLinks.provideDocumentLinks(document, token))),
    getCodeLenses: (document: ITextDocument, token = neverCancelled) =>
      guarded('codeLens', [], token, () => full(document, [], () => codeLenses.provideCodeLenses(document, token))),
    getTimeline: (token = neverCancelled) =>
      guarded<CorpusTimeline>('timeline', { cables: [], links: [], complete: false }, token, () => timeline.provideTimeline(token)),
    getWorkspaceSymbols: (query: string, token = neverCancelled) =>
      guarded('workspaceSymbol', [], token, () => workspaceSymbols.provideWorkspaceSymbols(query, token)),
    prepareRename: (document: ITextDocument, position: Position, token = neverCancelled) =>
      guarded('prepareRename', null, token, () => full(document, null, () => rename.prepareRename(document, position) ?? null)),
    getRenameEdits: (document: ITextDocument, position: Position, newName: string, renameOptions: RenameOptions, token = neverCancelled) =>
      guarded('rename', null, token, () => full(document, null, () => rename.provideRenameEdits(document, position, newName, renameOptions, token) ?? null)),
    getGazetteerEntryText: (id: string) => {
      const entry = options.gazetteer().get(id);
      return entry ? JSON.stringify(entry, null, 2) + '\n' : undefined;
    },
  });
}

/** The number of lines of `text`, counting no further than just past `stop`. */
function countLines(text: string, stop: number): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0 && lines <= stop; i = text.indexOf('\n', i + 1)) lines++;
  // a file of lone carriage returns is as many lines to the editor
  if (lines <= stop) for (let i = text.indexOf('\r'); i >= 0 && lines <= stop; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) lines++;
  return lines;
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
export { LocationList } from './locationList';
export type { EntityDefinition } from './features/definition';
export type { CorpusTimeline, TimelineEntry, TimelineEdge } from './features/timeline';
export { renameProblem, type RenameOptions, type RenameRefusal } from './features/rename';
export type * from './corpus/types';
export type { ComputedFile } from './corpus/indexer';
export type { CorpusDiagnosticChanges } from './corpus/corpusDiagnostics';
