/**
 * The LSP glue: capabilities and thin handlers. Each handler finds the document, answers empty
 * when it is missing, and calls the service. Intelligence lives in `service/`; file access and
 * settings live here and in `lsp/`.
 */
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCableLanguageService, semanticTokensLegend } from './service';
import { defaultServerSettings, readSettings, type ServerSettings } from './lsp/settings';
import { WorkspaceGazetteer } from './lsp/workspaceGazetteer';
import { gazetteerAdditionEdit } from './lsp/gazetteerEdit';

/** How long to wait after a keystroke before checking the document again. */
const DIAGNOSTICS_DELAY_MS = 200;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const gazetteer = new WorkspaceGazetteer();
  let settings: ServerSettings = defaultServerSettings;
  let folders: string[] = [];
  let canConfigure = false;
  let canWatch = false;
  let canRefreshTokens = false;
  let canRefreshHints = false;

  const service = createCableLanguageService({
    gazetteer: () => gazetteer.manager.gazetteer,
    settings: () => settings,
    logger: { log: m => connection.console.error(m) },
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map(f => f.uri);
    if (!folders.length && params.rootUri) folders = [params.rootUri];
    canConfigure = params.capabilities.workspace?.configuration === true;
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canRefreshTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
    canRefreshHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'Cable' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        semanticTokensProvider: { legend: { tokenTypes: [...semanticTokensLegend.tokenTypes], tokenModifiers: [...semanticTokensLegend.tokenModifiers] }, full: true },
        inlayHintProvider: true,
      },
      serverInfo: { name: 'cable-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    try {
      if (canConfigure) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'cable' });
      if (canWatch) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.json' }] });
      }
    } catch (e) {
      connection.console.error(`cable: the client refused a registration: ${String(e)}`);
    }
    await refreshSettings();
  });

  // ---------------------------------------------------------------- settings and the workspace gazetteer

  async function refreshSettings(): Promise<void> {
    if (canConfigure) {
      try {
        const next = readSettings(await connection.workspace.getConfiguration('cable'));
        // Equal settings keep their identity, so cached analyses stay valid.
        if (JSON.stringify(next) !== JSON.stringify(settings)) settings = next;
      } catch (e) {
        connection.console.error(`cable: could not read settings: ${String(e)}`);
      }
    }
    await reloadGazetteer();
  }

  async function reloadGazetteer(): Promise<void> {
    let reports;
    try {
      reports = await gazetteer.reload(WorkspaceGazetteer.filesOf(folders, settings.gazetteerFiles));
    } catch (e) {
      connection.console.error(`cable: could not read the workspace gazetteer: ${String(e)}`);
      return;
    }
    for (const r of reports) void connection.sendDiagnostics({ uri: r.uri, diagnostics: r.diagnostics });
    documents.all().forEach(publishDiagnostics);
    // Ask the client to redraw names only if it can; a refused request must not take the server down.
    if (canRefreshHints) connection.languages.inlayHint.refresh().catch(() => undefined);
    if (canRefreshTokens) connection.languages.semanticTokens.refresh().catch(() => undefined);
  }

  connection.onDidChangeConfiguration(() => void refreshSettings());
  connection.onDidChangeWatchedFiles(change => {
    const watched = new Set(WorkspaceGazetteer.filesOf(folders, settings.gazetteerFiles).map(f => f.replace(/\\/g, '/')));
    if (change.changes.some(c => [...watched].some(f => decodeURIComponent(c.uri).endsWith(f)))) void reloadGazetteer();
  });

  // ---------------------------------------------------------------- diagnostics (pushed, debounced while typing)

  const pending = new Map<string, NodeJS.Timeout>();
  /** What the last published diagnostics of each open document were computed from. */
  const published = new Map<string, { version: number; gazetteer: unknown; settings: ServerSettings }>();
  function publishDiagnostics(doc: TextDocument): void {
    // Opening a document also reports a content change, and start-up reloads the gazetteer:
    // diagnostics already out for this version, gazetteer and settings are not sent again.
    const inputs = { version: doc.version, gazetteer: gazetteer.manager.gazetteer, settings };
    const last = published.get(doc.uri);
    if (last && last.version === inputs.version && last.gazetteer === inputs.gazetteer && last.settings === inputs.settings) return;
    published.set(doc.uri, inputs);
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: service.computeDiagnostics(doc) });
  }
  documents.onDidOpen(e => publishDiagnostics(e.document));
  documents.onDidChangeContent(e => {
    if (published.get(e.document.uri)?.version === e.document.version) return;
    clearTimeout(pending.get(e.document.uri));
    pending.set(e.document.uri, setTimeout(() => {
      pending.delete(e.document.uri);
      const doc = documents.get(e.document.uri);
      if (doc) publishDiagnostics(doc);
    }, DIAGNOSTICS_DELAY_MS));
  });
  documents.onDidClose(e => {
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    published.delete(e.document.uri);
    service.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // ---------------------------------------------------------------- features

  connection.onDocumentSymbol((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.getDocumentSymbols(doc, token) : [];
  });
  connection.onFoldingRanges((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.getFoldingRanges(doc, token) : [];
  });
  connection.onSelectionRanges((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.getSelectionRanges(doc, params.positions, token) : [];
  });
  connection.onHover((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.getHover(doc, params.position, token) : null;
  });
  connection.onCodeAction((params, token): CodeAction[] => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const target = WorkspaceGazetteer.filesOf(folders, settings.gazetteerFiles)[0];
    return service.getCodeActions(doc, params.context.diagnostics, token).flatMap(({ gazetteerAddition, ...action }) => {
      if (!gazetteerAddition) return [action];
      // Adding to the workspace gazetteer needs a workspace folder to hold the file.
      return target ? [{ ...action, edit: gazetteerAdditionEdit(target, gazetteerAddition.entry) }] : [];
    });
  });
  connection.languages.semanticTokens.on((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.getSemanticTokens(doc, token) : { data: [] };
  });
  connection.languages.inlayHint.on((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.getInlayHints(doc, params.range, token) : [];
  });

  documents.listen(connection);
  connection.listen();
}
