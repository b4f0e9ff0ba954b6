/**
 * The LSP glue: capabilities and thin handlers. Each handler finds the document, answers empty
 * when it is missing, and calls the service. Intelligence lives in `service/`; file access and
 * settings live here and in `lsp/`.
 */
import {
  CodeActionKind, CodeLensRefreshRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ErrorCodes, FileChangeType, LSPErrorCodes, MessageType,
  ResponseError, ShowMessageNotification, TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type CodeAction, type Connection, type Diagnostic, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  corpusChangedMethod, gazetteerEntryMethod, indexStatusMethod, timelineMethod,
  type GazetteerEntryParams, type GazetteerEntryResult, type IndexStatusResult, type TimelineResult,
} from '../../protocol/src/protocol';
import { createCableLanguageService, renameProblem, semanticTokensLegend } from './service';
import { defaultServerSettings, readFilesExclude, readSettings, type ServerSettings } from './lsp/settings';
import { WorkspaceGazetteer } from './lsp/workspaceGazetteer';
import { gazetteerAdditionEdit } from './lsp/gazetteerEdit';
import { CorpusPublisher } from './lsp/corpusPublisher';
import { runIndexing, type IndexingRun } from './lsp/indexing';
import { entityIdOfEntryUri, gazetteerEntryLocation } from './lsp/gazetteerLocation';
import type { ServerHost } from './lsp/host';
import { sameUri } from './lsp/uris';
import { BUILTIN_PROVIDER_ID } from './service/gazetteer/manager';
import { runInSlices } from './lsp/slices';
import { checkDocumentParams } from './lsp/requestParams';

/** The `data` of an "add to the gazetteer" action: the file to add to and the entry (any entry). */
interface AddToGazetteerData {
  readonly addToGazetteer: { readonly uri: string; readonly entry: { readonly id: string } };
}

function isEntry(entry: unknown): entry is { readonly id: string } {
  return typeof entry === 'object' && entry !== null && !Array.isArray(entry) && typeof (entry as { id?: unknown }).id === 'string';
}

/** How long to wait after a keystroke before checking the document again. */
const DIAGNOSTICS_DELAY_MS = 200;
/** How long the index must stay still before the client hears `cable/corpusChanged` (indexing changes it file by file). */
const CORPUS_CHANGED_DELAY_MS = 300;

/** Files the index asks for at once: enough to keep every worker's batches full. */
const POOLED_INDEX_CONCURRENCY = 256;

/** Serves the language over `connection`; `host` gives the files (from disk under Node, through the client in a browser). */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const gazetteer = new WorkspaceGazetteer();
  let settings: ServerSettings = defaultServerSettings;
  let folders: string[] = [];
  let canConfigure = false;
  let canWatch = false;
  let canRefreshTokens = false;
  let canRefreshHints = false;
  let canRefreshLenses = false;
  let canAnnotate = false;
  let canResolveEdits = false;
  let canCreateFiles = false;
  let filesExclude: string[] = [];

  const workspace = host.createWorkspace(() => folders, documents, () => [...filesExclude, ...settings.corpusExclude]);
  const logger = { log: (m: string) => connection.console.error(m), info: (m: string) => connection.console.info(m) };
  const pool = host.createIndexPool?.({
    gazetteer: () => ({
      gazetteer: gazetteer.manager.gazetteer,
      workspaceProviders: gazetteer.manager.providers.filter(p => p.id !== BUILTIN_PROVIDER_ID),
    }),
    settings: () => settings,
    logger,
  });
  const service = createCableLanguageService({
    gazetteer: () => gazetteer.manager.gazetteer,
    settings: () => settings,
    logger,
    workspace,
    workspaceDiagnostics: () => settings.diagnosticsScope === 'workspace',
    indexConcurrency: pool ? POOLED_INDEX_CONCURRENCY : undefined,
    // Files from disk go to the workers; an open document stays here, with the live analysis cache.
    computeIndexedFile: pool && ((uri, token) => (documents.get(uri) || !pool.available
      ? undefined
      : pool.compute(uri, settings.diagnosticsScope === 'workspace', token))),
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map(f => f.uri);
    if (!folders.length && params.rootUri) folders = [params.rootUri];
    canConfigure = params.capabilities.workspace?.configuration === true;
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canRefreshTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
    canRefreshHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    canAnnotate = params.capabilities.workspace?.workspaceEdit?.changeAnnotationSupport !== undefined;
    canResolveEdits = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    const workspaceEdit = params.capabilities.workspace?.workspaceEdit;
    canCreateFiles = workspaceEdit?.documentChanges === true && workspaceEdit.resourceOperations?.includes('create') === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'Cable' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        hoverProvider: true,
        // Opened by typing a word (no trigger characters: a space would open the list after every word).
        completionProvider: { resolveProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: true },
        semanticTokensProvider: { legend: { tokenTypes: [...semanticTokensLegend.tokenTypes], tokenModifiers: [...semanticTokensLegend.tokenModifiers] }, full: true },
        inlayHintProvider: true,
        referencesProvider: true,
        definitionProvider: true,
        documentHighlightProvider: true,
        workspaceSymbolProvider: true,
        renameProvider: { prepareProvider: true },
        documentLinkProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'cable-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    pool?.warmUp();
    try {
      if (canConfigure) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'cable' });
      if (canWatch) {
        // Gazetteer files, and every cable file of the workspace for the corpus index.
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.json' }, { globPattern: '**/*.cable' }] });
      }
    } catch (e) {
      connection.console.error(`cable: the client refused a registration: ${String(e)}`);
    }
    await refreshSettings();
    initialized = true;
    reindex();
  });

  // ---------------------------------------------------------------- settings and the workspace gazetteer

  async function refreshSettings(): Promise<void> {
    if (canConfigure) {
      try {
        const [cable, files] = await connection.workspace.getConfiguration([{ section: 'cable' }, { section: 'files.exclude' }]) as unknown[];
        const next = readSettings(cable);
        // Equal settings keep their identity, so cached analyses stay valid.
        if (JSON.stringify(next) !== JSON.stringify(settings)) settings = next;
        filesExclude = readFilesExclude(files);
      } catch (e) {
        connection.console.error(`cable: could not read settings: ${String(e)}`);
      }
    }
    await reloadGazetteer();
    // What the index holds depends on the gazetteer, the settings and the exclusions: a change to any re-indexes.
    if (settings.diagnosticsScope === 'open') corpus.clearUnopened();
    const inputs = JSON.stringify([settings, filesExclude]);
    if (initialized && (inputs !== indexedWith.inputs || gazetteer.manager.gazetteer !== indexedWith.gazetteer)) reindex();
  }

  /** Refusals of `cable.gazetteer.files` already shown to the user: each is shown once, and logged each time. */
  const announced = new Set<string>();
  function gazetteerFiles(): readonly string[] {
    const { files, refused } = host.gazetteerFiles(folders, settings.gazetteerFiles);
    for (const message of refused) {
      connection.console.error(`cable: ${message}`);
      if (announced.has(message)) continue;
      announced.add(message);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `${message} Gazetteer files must be inside the workspace folder.` });
    }
    return files;
  }

  async function reloadGazetteer(): Promise<void> {
    let reports;
    try {
      reports = await gazetteer.reload(gazetteerFiles(), uri => host.loadGazetteerFile(uri, folders));
    } catch (e) {
      connection.console.error(`cable: could not read the workspace gazetteer: ${String(e)}`);
      return;
    }
    for (const r of reports) void connection.sendDiagnostics({ uri: r.uri, diagnostics: r.diagnostics });
    documents.all().forEach(doc => publishDiagnostics(doc));
    // Ask the client to redraw names only if it can; a refused request must not take the server down.
    if (canRefreshHints) connection.languages.inlayHint.refresh().catch(() => undefined);
    if (canRefreshTokens) connection.languages.semanticTokens.refresh().catch(() => undefined);
  }

  connection.onDidChangeConfiguration(() => void refreshSettings());
  connection.onDidChangeWatchedFiles(change => {
    for (const c of change.changes) {
      if (!c.uri.endsWith('.cable')) continue;
      if (c.type === FileChangeType.Deleted) workspace.deleted.fire(c.uri);
      else if (!workspace.includes(c.uri)) continue;
      else if (c.type === FileChangeType.Created) workspace.created.fire(c.uri);
      else if (!documents.get(c.uri)) workspace.changed.fire(c.uri); // an open document's own text wins over the disk
    }
    const watched = host.gazetteerFiles(folders, settings.gazetteerFiles).files;
    if (change.changes.some(c => watched.some(f => sameUri(c.uri, f)))) void reloadGazetteer();
  });

  // ---------------------------------------------------------------- diagnostics (pushed, debounced while typing)

  // ---------------------------------------------------------------- the corpus: background indexing and workspace diagnostics

  let initialized = false;
  let indexing: IndexingRun | undefined;
  let indexedWith: { inputs: string; gazetteer: unknown } = { inputs: '', gazetteer: undefined };
  const corpus = new CorpusPublisher({
    isOpen: uri => documents.get(uri) !== undefined,
    fileDiagnostics: uri => (settings.diagnosticsScope === 'workspace' && service.corpus.get(uri) ? service.getWorkspaceDiagnostics(uri) : undefined),
    corpusDiagnostics: () => service.getCorpusDiagnostics(),
    corpusDiagnosticChanges: version => service.getCorpusDiagnosticChanges(version),
    publishOpen: uri => {
      const doc = documents.get(uri);
      if (doc) publishDiagnostics(doc, true);
    },
    send: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
    busy: () => indexing !== undefined,
  });
  service.onDidUpdateCorpusFile(uri => {
    corpus.fileChanged(uri);
    corpusChanged();
  });

  /** Tells the client, once the index has been still for a moment, that its timeline is stale. */
  let corpusChangedTimer: ReturnType<typeof setTimeout> | undefined;
  function corpusChanged(): void {
    clearTimeout(corpusChangedTimer);
    corpusChangedTimer = setTimeout(() => {
      corpusChangedTimer = undefined;
      void connection.sendNotification(corpusChangedMethod).catch(() => undefined);
      // "cited by N" over an open file's headers depends on the other files too.
      if (canRefreshLenses) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    }, CORPUS_CHANGED_DELAY_MS);
  }

  function reindex(): void {
    indexing?.cancel();
    indexedWith = { inputs: JSON.stringify([settings, filesExclude]), gazetteer: gazetteer.manager.gazetteer };
    const run = runIndexing(connection, (token, progress) => service.indexWorkspace(token, progress));
    indexing = run;
    void run.done.then(() => {
      if (indexing === run) indexing = undefined;
      corpus.flush();
      corpusChanged(); // the timeline is complete now, even if no file changed at the end
    }, e => connection.console.error(`cable: indexing failed: ${String(e)}`));
  }

  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** What the last published diagnostics of each open document were computed from. */
  const published = new Map<string, { version: number; gazetteer: unknown; settings: ServerSettings }>();
  function publishDiagnostics(doc: TextDocument, corpusChanged = false): void {
    // Opening a document also reports a content change, and start-up reloads the gazetteer:
    // diagnostics already out for this version, gazetteer and settings are not sent again.
    const inputs = { version: doc.version, gazetteer: gazetteer.manager.gazetteer, settings };
    const last = published.get(doc.uri);
    if (!corpusChanged && last && last.version === inputs.version && last.gazetteer === inputs.gazetteer && last.settings === inputs.settings) return;
    published.set(doc.uri, inputs);
    // The analysis runs in slices; a newer version or a close stops it (the newer version is checked in its turn).
    const stale = () => documents.get(doc.uri) !== doc || doc.version !== inputs.version;
    void runInSlices(service.analysisSteps(doc), stale).then(finished => {
      if (!finished) {
        if (published.get(doc.uri) === inputs) published.delete(doc.uri);
        return;
      }
      noticeLarge(doc);
      const diagnostics: Diagnostic[] = [...service.computeDiagnostics(doc), ...(service.getCorpusDiagnostics().get(doc.uri) ?? [])];
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    });
  }
  /** Uris of open documents already told that they are too large for the full checks: one notice per document. */
  const noticed = new Set<string>();
  function noticeLarge(doc: TextDocument): void {
    if (noticed.has(doc.uri) || !service.isLargeDocument(doc)) return;
    noticed.add(doc.uri);
    const name = decodeURIComponent(doc.uri.slice(doc.uri.lastIndexOf('/') + 1));
    // A notification (window/showMessage): nothing to answer, nothing to wait for.
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Info,
      message: `${name} is too large for the full cable checks (${doc.getText().length.toLocaleString('en')} characters, ${doc.lineCount.toLocaleString('en')} lines): ` +
        'only its structure is checked, and dates, names and their highlighting are off for it.',
    }).catch(() => undefined);
  }
  /**
   * The open document with its analysis ready, or undefined when it is not open; InvalidParams for
   * parameters without a document or with a bad position (lsp/requestParams.ts). The analysis runs
   * in slices, so a `$/cancelRequest` that arrives meanwhile ends the request with RequestCancelled.
   */
  async function ready(method: string, params: unknown, token: CancellationToken | undefined): Promise<TextDocument | undefined> {
    checkDocumentParams(method, params);
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    if (!doc) return undefined;
    if (!(await runInSlices(service.analysisSteps(doc), () => token?.isCancellationRequested === true))) {
      throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    }
    return documents.get(uri);
  }
  /** The index follows the open text of a workspace file (summarised from the same analysis as its diagnostics). */
  const followInIndex = (uri: string) => {
    const doc = documents.get(uri);
    // A large open document stays out of the index (indexing reads its names: the work it is spared).
    if (doc && service.isLargeDocument(doc)) return;
    if (workspace.includes(uri)) workspace.changed.fire(uri);
  };
  documents.onDidOpen(e => {
    publishDiagnostics(e.document);
    followInIndex(e.document.uri);
  });
  documents.onDidChangeContent(e => {
    if (published.get(e.document.uri)?.version === e.document.version) return;
    clearTimeout(pending.get(e.document.uri));
    pending.set(e.document.uri, setTimeout(() => {
      pending.delete(e.document.uri);
      const doc = documents.get(e.document.uri);
      if (doc) publishDiagnostics(doc);
      followInIndex(e.document.uri);
    }, DIAGNOSTICS_DELAY_MS));
  });
  documents.onDidClose(e => {
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    published.delete(e.document.uri);
    noticed.delete(e.document.uri);
    service.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // The file on disk takes over in the index (and, with the workspace scope, in the Problems panel).
    followInIndex(e.document.uri);
  });

  // ---------------------------------------------------------------- features

  connection.onDocumentSymbol(async (params, token) => {
    const doc = await ready('textDocument/documentSymbol', params, token);
    return doc ? service.getDocumentSymbols(doc, token) : [];
  });
  connection.onFoldingRanges(async (params, token) => {
    const doc = await ready('textDocument/foldingRange', params, token);
    return doc ? service.getFoldingRanges(doc, token) : [];
  });
  connection.onSelectionRanges(async (params, token) => {
    const doc = await ready('textDocument/selectionRange', params, token);
    return doc ? service.getSelectionRanges(doc, params.positions, token) : [];
  });
  connection.onHover(async (params, token) => {
    const doc = await ready('textDocument/hover', params, token);
    return doc ? service.getHover(doc, params.position, token) : null;
  });
  connection.onCompletion(async (params, token) => {
    const doc = await ready('textDocument/completion', params, token);
    return doc ? service.getCompletions(doc, params.position, token) : null;
  });
  connection.onCompletionResolve((item, token) => service.resolveCompletion(item, token));
  connection.onCodeAction(async (params, token): Promise<CodeAction[]> => {
    const doc = await ready('textDocument/codeAction', params, token);
    if (!doc) return [];
    const actions = service.getCodeActions(doc, params.context.diagnostics, token, params.range);
    if (!actions.some(a => a.gazetteerAddition)) return actions;
    // "Add to the gazetteer" is listed without reading the file; its edit comes in codeAction/resolve.
    // It needs a workspace folder to hold the file, and is not offered for a file known to be broken.
    const target = host.gazetteerFiles(folders, settings.gazetteerFiles).files[0];
    const offered = target !== undefined && !gazetteer.isBroken(target) && (canCreateFiles || await host.fileExists(target));
    const out: CodeAction[] = [];
    for (const { gazetteerAddition, ...action } of actions) {
      if (!gazetteerAddition) out.push(action);
      else if (offered) {
        const data: AddToGazetteerData = { addToGazetteer: { uri: target, entry: gazetteerAddition.entry } };
        if (canResolveEdits) out.push({ ...action, data });
        else {
          // A client that cannot resolve gets the edit now (still a one-entry insertion), or no action.
          const resolved = await resolveAddition({ ...action, data }, false);
          if (resolved.edit) out.push(resolved);
        }
      }
    }
    return out;
  });
  connection.onCodeActionResolve(action => resolveAddition(action, true));

  /** Fills in the edit of an "add to the gazetteer" action; other actions come back as they are. */
  async function resolveAddition(action: CodeAction, tell: boolean): Promise<CodeAction> {
    const request = (action.data as Partial<AddToGazetteerData> | undefined)?.addToGazetteer;
    if (action.edit || !request || typeof request.uri !== 'string' || !isEntry(request.entry)) return action;
    // Only the configured file is ever edited, whatever the client sends back.
    const target = host.gazetteerFiles(folders, settings.gazetteerFiles).files[0];
    if (!target || target !== request.uri) return action;
    const result = await host.loadGazetteerFile(target, folders)
      .then(loaded => gazetteerAdditionEdit(target, loaded, request.entry, { canCreate: canCreateFiles }))
      .catch((e: unknown) => ({ problem: `could not add to the gazetteer (${String(e)})` }));
    if ('edit' in result) return { ...action, edit: result.edit };
    connection.console.error(`cable: ${result.problem}`);
    if (tell) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: result.problem });
    return { ...action, disabled: { reason: result.problem } };
  }
  connection.languages.semanticTokens.on(async (params, token) => {
    const doc = await ready('textDocument/semanticTokens/full', params, token);
    return doc ? service.getSemanticTokens(doc, token) : { data: [] };
  });
  connection.languages.inlayHint.on(async (params, token) => {
    const doc = await ready('textDocument/inlayHint', params, token);
    return doc ? service.getInlayHints(doc, params.range, token) : [];
  });

  connection.onReferences(async (params, token) => {
    const doc = await ready('textDocument/references', params, token);
    return doc ? host.locationsAnswer(service.getReferences(doc, params.position, token)) : [];
  });
  connection.onDocumentHighlight(async (params, token) => {
    const doc = await ready('textDocument/documentHighlight', params, token);
    return doc ? service.getDocumentHighlights(doc, params.position, token) : [];
  });
  connection.onDefinition(async (params, token) => {
    const doc = await ready('textDocument/definition', params, token);
    if (!doc) return [];
    // A reference to another telegram wins over a name inside it.
    const cited = service.getCitedCables(doc, params.position, token);
    if (cited.length) return cited;
    const target = service.getDefinition(doc, params.position, token);
    return target ? [await gazetteerEntryLocation(target, uri => host.readFile(uri))] : [];
  });
  connection.onDocumentLinks(async (params, token) => {
    const doc = await ready('textDocument/documentLink', params, token);
    return doc ? service.getDocumentLinks(doc, token) : [];
  });
  connection.onCodeLens(async (params, token) => {
    const doc = await ready('textDocument/codeLens', params, token);
    return doc ? service.getCodeLenses(doc, token) : [];
  });
  connection.onRequest(timelineMethod, (_params, token): TimelineResult => {
    const timeline = service.getTimeline(token);
    return { ...timeline, complete: indexing === undefined && timeline.complete };
  });
  connection.onWorkspaceSymbol((params, token) => service.getWorkspaceSymbols(params.query, token));
  connection.onPrepareRename(async (params, token) => {
    const doc = await ready('textDocument/prepareRename', params, token);
    return doc ? service.prepareRename(doc, params.position, token) : null;
  });
  connection.onRenameRequest(async (params, token) => {
    // the client shows this message: a name that cannot be a spelling is refused, not silently ignored
    const problem = typeof params.newName === 'string' ? renameProblem(params.newName) : 'newName must be a string';
    if (problem) throw new ResponseError(ErrorCodes.InvalidParams, `Cannot rename to ${JSON.stringify(params.newName)}: ${problem}.`);
    const doc = await ready('textDocument/rename', params, token);
    const edit = doc ? service.getRenameEdits(doc, params.position, params.newName, { annotations: canAnnotate }, token) : null;
    // an empty edit would be applied without a word: a rename that changes nothing says why
    if (edit && 'refused' in edit) throw new ResponseError(LSPErrorCodes.RequestFailed, edit.refused);
    return edit;
  });
  connection.onRequest(indexStatusMethod, (): IndexStatusResult => ({
    complete: indexing === undefined && service.isCorpusComplete,
    files: service.corpus.size,
  }));
  connection.onRequest(gazetteerEntryMethod, (params: GazetteerEntryParams): GazetteerEntryResult => {
    if (typeof params?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${gazetteerEntryMethod}: uri must be a string`);
    const id = entityIdOfEntryUri(params.uri);
    return { text: (id && service.getGazetteerEntryText(id)) ?? null };
  });

  documents.listen(connection);
  connection.listen();
}
